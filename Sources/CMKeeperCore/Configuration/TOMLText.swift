import Foundation
import TOMLKit

/// Writing and reading the small TOML files cmkeeper owns (settings, project records).
enum TOMLText {
    /// `value` as a TOML basic string, quotes included, every control character escaped.
    static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7f:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Decodes a TOML document into `T`, turning parse and type errors into a `ConfigurationError` naming `file`.
    static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws(ConfigurationError) -> T {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(
                file: file, line: Int(error.source.begin.line), column: Int(error.source.begin.column),
                message: error.description)
        } catch {
            throw ConfigurationError(file: file, line: nil, column: nil, message: "\(error)")
        }
        do {
            return try TOMLDecoder().decode(T.self, from: table)
        } catch let DecodingError.keyNotFound(key, context) {
            var names = context.codingPath.map(\.stringValue)
            if names.last != key.stringValue { names.append(key.stringValue) }
            let at = names.joined(separator: ".")
            throw ConfigurationError(file: file, line: nil, column: nil, message: "the key \(at) is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            let at = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ConfigurationError(file: file, line: nil, column: nil, message: "\(at): \(context.debugDescription)")
        } catch {
            throw ConfigurationError(file: file, line: nil, column: nil, message: "\(error)")
        }
    }
}
