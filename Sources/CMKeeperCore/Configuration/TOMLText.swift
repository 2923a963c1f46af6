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
            guard let found = value(at: path, in: table) else {
                throw missingKey(path.map(\.stringValue), file: file)
            }
            // TOMLKit says a key of the wrong type is missing; its message names the type it wanted.
            let wanted = context.debugDescription.split(separator: "\"").dropFirst().first.map { expected(String($0)) } ?? .valueKind(.anotherType)
            throw wrongType(path.map(\.stringValue), found: found.type, wanted: wanted, text: text, file: file)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            throw badValue(context.codingPath.map(\.stringValue), context.debugDescription, file: file)
        } catch {
            throw ConfigurationError(file: file, line: nil, column: nil, message: .verbatim("\(error)"))
        }
    }

    // MARK: The errors of reading a file cmkeeper owns
    // Shared by `decode` and ``TOMLRecordReader``, so that a file reads the same either way.

    /// The key at `path` is not set.
    static func missingKey(_ path: [String], file: String) -> ConfigurationError {
        ConfigurationError(file: file, message: .configKeyMissing(path.joined(separator: ".")))
    }

    /// The key at `path` holds a value of type `found` where `wanted` was asked for, at its line in `text`.
    static func wrongType(_ path: [String], found: TOMLType, wanted: Message, text: String, file: String) -> ConfigurationError {
        let place = ConfigurationError.Locator(text).key(path.last ?? "", in: Array(path.dropLast()))
        return ConfigurationError(
            file: file, line: place?.line, column: place?.column,
            message: .configWrongType(key: path.joined(separator: "."), found: describe(found), wanted: wanted))
    }

    /// The key at `path` holds a value of the right type that is not one of those allowed, as `description` says.
    static func badValue(_ path: [String], _ description: String, file: String) -> ConfigurationError {
        ConfigurationError(file: file, line: nil, column: nil, message: .configAt(table: nil, key: path.joined(separator: "."), .verbatim(description)))
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
    static func expected(_ swiftType: String) -> Message {
        switch swiftType {
        case "Int", "Int64", "Int32", "UInt", "UInt64", "UInt32": .valueKind(.integerExample)
        case "String": .valueKind(.quotedString)
        case "Bool": .valueKind(.bool)
        case "Double", "Float": .valueKind(.number)
        default: .verbatim(swiftType)
        }
    }
}
