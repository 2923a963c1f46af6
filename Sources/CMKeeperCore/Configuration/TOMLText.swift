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
        let table = try ConfigurationError.parseTOML(text, file: file)
        do {
            return try TOMLDecoder().decode(T.self, from: table)
        } catch let DecodingError.keyNotFound(key, context) {
            var path = context.codingPath
            if path.last?.stringValue != key.stringValue { path.append(key) }
            let at = path.map(\.stringValue).joined(separator: ".")
            guard let found = value(at: path, in: table) else {
                throw ConfigurationError(file: file, message: .configKeyMissing(at))
            }
            // TOMLKit says a key of the wrong type is missing; its message names the type it wanted.
            let place = ConfigurationError.Locator(text).key(key.stringValue, in: path.dropLast().map(\.stringValue))
            let wanted = context.debugDescription.split(separator: "\"").dropFirst().first.map { expected(String($0)) } ?? .valueKind(.anotherType)
            throw ConfigurationError(
                file: file, line: place?.line, column: place?.column,
                message: .configWrongType(key: at, found: describe(found.type), wanted: wanted))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            let at = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ConfigurationError(file: file, line: nil, column: nil, message: .configAt(table: nil, key: at, .verbatim(context.debugDescription)))
        } catch {
            throw ConfigurationError(file: file, line: nil, column: nil, message: .verbatim("\(error)"))
        }
    }

    /// The value at a decoding path (table keys and array indices), if there is one.
    private static func value(at path: [any CodingKey], in table: TOMLTable) -> (any TOMLValueConvertible)? {
        var current: (any TOMLValueConvertible)? = table
        for key in path {
            if let index = key.intValue, let array = current?.array {
                current = index < array.count ? array[index] : nil
            } else {
                current = current?.table?[key.stringValue]
            }
        }
        return current
    }

    /// A TOML type as people say it.
    private static func describe(_ type: TOMLType) -> ValueKind {
        switch type {
        case .string: .string
        case .int: .integer
        case .double: .decimalNumber
        case .bool: .bool
        case .table: .table
        case .array: .array
        case .date, .time, .dateTime: .dateOrTime
        }
    }

    /// A Swift type TOMLKit names, as people say it.
    private static func expected(_ swiftType: String) -> Message {
        switch swiftType {
        case "Int", "Int64", "Int32", "UInt", "UInt64", "UInt32": .valueKind(.integerExample)
        case "String": .valueKind(.quotedString)
        case "Bool": .valueKind(.bool)
        case "Double", "Float": .valueKind(.number)
        default: .verbatim(swiftType)
        }
    }
}
