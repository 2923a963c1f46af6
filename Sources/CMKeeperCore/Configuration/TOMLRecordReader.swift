import Foundation
import TOMLKit

/// Reads the top-level keys of a small TOML file cmkeeper writes (a project record) straight from
/// the parsed table, without `Decodable`: every hook reads thousands of them.
///
/// It promises the errors `TOMLText.decode` gives for the same text, built by the same functions:
/// a missing key, a key of the wrong type (at its line), a value that is not allowed; keys it is
/// not asked about are left alone, as TOMLKit's decoder leaves them.
struct TOMLRecordReader {
    private let table: TOMLTable
    private let text: String
    private let file: String

    /// Parses `text`, turning a syntax error into a `ConfigurationError` naming `file`.
    init(_ text: String, file: String) throws(ConfigurationError) {
        table = try ConfigurationError.parseTOML(text, file: file)
        self.text = text
        self.file = file
    }

    /// The string at `key`, which must be set.
    func string(_ key: String) throws(ConfigurationError) -> String {
        guard let value = try optional(key, \.string) else { throw TOMLText.missingKey([key], file: file) }
        return value
    }

    /// The string at `key`, nil when it is not set.
    func optionalString(_ key: String) throws(ConfigurationError) -> String? {
        try optional(key, \.string)
    }

    /// The boolean at `key`, nil when it is not set.
    func optionalBool(_ key: String) throws(ConfigurationError) -> Bool? {
        try optional(key, \.bool)
    }

    /// A value at `key` of the right type that is not allowed, as `description` says.
    func badValue(_ key: String, _ description: String) -> ConfigurationError {
        TOMLText.badValue([key], description, file: file)
    }

    private func optional<T>(_ key: String, _ read: (any TOMLValueConvertible) -> T?) throws(ConfigurationError) -> T? {
        guard let value = table[key] else { return nil }
        guard let result = read(value) else {
            throw TOMLText.wrongType([key], found: value.type, wanted: TOMLText.expected("\(T.self)"), text: text, file: file)
        }
        return result
    }
}
