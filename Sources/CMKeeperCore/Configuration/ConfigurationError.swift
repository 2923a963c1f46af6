import Foundation
import TOMLKit

/// A file the library refuses to run on: which file, where, and what is wrong.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as the user knows it, e.g. `.cmkeeper/process.toml`.
    public let file: String
    /// The 1-based line of the problem, when known.
    public let line: Int?
    /// The 1-based column of the problem, when known.
    public let column: Int?
    /// What is wrong and what to do.
    public let message: Message

    public init(file: String, line: Int? = nil, column: Int? = nil, message: Message) {
        self.file = file
        self.line = line
        self.column = line == nil ? nil : column
        self.message = message
    }

    /// `FILE:LINE:COL: message` in `language`, leaving out what is not known.
    public func text(in language: Language) -> String {
        "\(place): \(message.text(in: language))"
    }

    /// `FILE:LINE:COL`, leaving out what is not known.
    public var place: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return place
    }

    /// `FILE:LINE:COL: message` in English (for logs).
    public var description: String { text(in: .en) }
}

// MARK: - Reading TOML configuration files

extension ConfigurationError {
    /// Parses a TOML text, turning a syntax error into a `ConfigurationError` at its line and column.
    static func parseTOML(_ text: String, file: String) throws(ConfigurationError) -> TOMLTable {
        // The parser reads a C string: it would stop silently at a NUL.
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw ConfigurationError(file: file, line: line, message: .configNulByte)
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = error.source.begin.line
            let column = error.source.begin.column
            throw ConfigurationError(
                file: file, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
                message: .configNotTOML(error.description, fixSyntax: true))
        } catch {
            throw ConfigurationError(file: file, message: .configNotTOML("\(error)", fixSyntax: false))
        }
    }

    /// Where the tables and keys of a TOML text are written, so that a problem found after parsing
    /// (an unknown key, a wrong value) can still be reported at its line.
    ///
    /// A light line scanner, not a parser: it knows `[table]` and `[[array.of.tables]]` headers,
    /// `key = …` and `dotted.key = …` lines, and skips comments and multi-line strings. What it
    /// cannot place it leaves to the caller, who reports no line.
    ///
    /// It scans only when asked (a problem is being reported): reading a valid file, as every
    /// hook does, costs nothing here.
    struct Locator: Sendable {
        struct Position: Sendable, Equatable {
            let line: Int
            let column: Int
        }

        private let text: String

        init(_ text: String) {
            self.text = text
        }

        /// Where the table at `path` (the `index`th of an array of tables) begins.
        func table(_ path: [String], index: Int? = nil) -> Position? {
            Index(text).table(path, index: index)
        }

        /// Where `key` is set in the table at `path`, also when written as a dotted key in a
        /// parent table or as a table header of its own; else where that table begins.
        func key(_ key: String, in path: [String] = [], index: Int? = nil) -> Position? {
            Index(text).key(key, in: path, index: index)
        }
    }

    /// The places of every table and key of a text, for ``Locator``.
    private struct Index {
        typealias Position = Locator.Position
        private var tables: [String: Position] = [:]
        private var keys: [String: Position] = [:]

        init(_ text: String) {
            var arrayCounts: [String: Int] = [:]
            var current = Self.tableKey([], index: nil)
            var inMultiline: String? = nil
            var lineNumber = 0
            for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                let line = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
                if let delimiter = inMultiline {
                    if line.components(separatedBy: delimiter).count % 2 == 0 { inMultiline = nil }
                    continue
                }
                let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
                let body = line.dropFirst(indent)
                let column = indent + 1
                if body.isEmpty || body.hasPrefix("#") { continue }
                if body.hasPrefix("[[") {
                    guard let path = Self.keyPath(body.dropFirst(2), terminator: "]]") else { continue }
                    let name = path.joined(separator: ".")
                    let index = arrayCounts[name, default: 0]
                    arrayCounts[name] = index + 1
                    current = Self.tableKey(path, index: index)
                    tables[current] = tables[current] ?? Position(line: lineNumber, column: column)
                } else if body.hasPrefix("[") {
                    guard let path = Self.keyPath(body.dropFirst(), terminator: "]") else { continue }
                    current = Self.tableKey(path, index: nil)
                    // `[a.b]` also defines `a`, if nothing did before.
                    for length in 1...path.count {
                        let key = Self.tableKey(Array(path.prefix(length)), index: nil)
                        tables[key] = tables[key] ?? Position(line: lineNumber, column: column)
                    }
                } else if let (path, rest) = Self.assignment(body) {
                    let id = current + "\u{0}" + path.joined(separator: ".")
                    keys[id] = keys[id] ?? Position(line: lineNumber, column: column)
                    for delimiter in ["\"\"\"", "'''"] where rest.components(separatedBy: delimiter).count % 2 == 0 {
                        inMultiline = delimiter
                        break
                    }
                }
            }
        }

        func table(_ path: [String], index: Int? = nil) -> Position? {
            tables[Self.tableKey(path, index: index)]
        }

        func key(_ key: String, in path: [String] = [], index: Int? = nil) -> Position? {
            if let found = keys[Self.tableKey(path, index: index) + "\u{0}" + key] { return found }
            if index == nil {
                for split in stride(from: path.count - 1, through: 0, by: -1) {
                    let dotted = (path[split...] + [key]).joined(separator: ".")
                    if let found = keys[Self.tableKey(Array(path[..<split]), index: nil) + "\u{0}" + dotted] { return found }
                }
                if let found = table(path + [key]) ?? table(path + [key], index: 0) { return found }
            }
            return table(path, index: index)
        }

        private static func tableKey(_ path: [String], index: Int?) -> String {
            path.joined(separator: "\u{1}") + (index.map { "\u{2}\($0)" } ?? "")
        }

        /// The key path of `key = …` and what follows the `=`, or nil if the line is no assignment.
        private static func assignment(_ body: Substring) -> ([String], Substring)? {
            guard let (path, rest) = parseKeyPath(body), rest.first == "=" else { return nil }
            return (path, rest.dropFirst())
        }

        /// The key path of a header up to `terminator`.
        private static func keyPath(_ body: Substring, terminator: String) -> [String]? {
            guard let (path, rest) = parseKeyPath(body), rest.hasPrefix(terminator) else { return nil }
            return path
        }

        /// Reads `a.b."c d".'e'` and returns its parts and the rest of the line after any spaces.
        private static func parseKeyPath(_ text: Substring) -> ([String], Substring)? {
            var rest = text
            var path: [String] = []
            func skipSpaces() { rest = rest.drop(while: { $0 == " " || $0 == "\t" }) }
            while true {
                skipSpaces()
                guard let first = rest.first else { return nil }
                if first == "\"" || first == "'" {
                    rest = rest.dropFirst()
                    var part = ""
                    var closed = false
                    while let c = rest.first {
                        rest = rest.dropFirst()
                        if c == first { closed = true; break }
                        if c == "\\" && first == "\"", let next = rest.first {
                            rest = rest.dropFirst()
                            part.append(next)
                        } else {
                            part.append(c)
                        }
                    }
                    guard closed else { return nil }
                    path.append(part)
                } else {
                    let bare = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
                    guard !bare.isEmpty else { return nil }
                    path.append(String(bare))
                    rest = rest.dropFirst(bare.count)
                }
                skipSpaces()
                if rest.first == "." {
                    rest = rest.dropFirst()
                } else {
                    return (path, rest)
                }
            }
        }
    }

    /// Reads the values of one TOML table with their types checked, reporting problems at the
    /// line of the key, and catching keys it was not asked about (typos).
    struct TableReader {
        let table: TOMLTable
        let file: String
        let locator: Locator
        /// Where the table is: its key path and, for an array of tables, its index.
        let path: [String]
        let index: Int?
        /// How messages name the table, e.g. `phase "installation"`; nil for the top level.
        let name: Message?
        /// Where to point when the locator cannot place the table (e.g. the key holding an inline
        /// table); asked only when a problem is reported.
        var fallback: (@Sendable (Locator) -> Locator.Position?)? = nil

        /// A problem with `key` (or with the table, when nil), at its line when the locator finds it.
        func error(_ key: String?, _ message: Message) -> ConfigurationError {
            let position =
                (key.map { locator.key($0, in: path, index: index) } ?? locator.table(path, index: index)) ?? fallback?(locator)
            return ConfigurationError(
                file: file, line: position?.line, column: position?.column,
                message: name == nil && key == nil ? message : .configAt(table: name, key: key, message))
        }

        /// Refuses every key not in `allowed`, suggesting the one meant when it looks like a typo.
        func rejectUnknownKeys(_ allowed: [String]) throws(ConfigurationError) {
            for key in table.keys.sorted() where !allowed.contains(key) {
                throw error(key, .configUnknownKey(near: ProcessDefinition.nearest(key, allowed), allowed: allowed))
            }
        }

        private func value(_ key: String, _ type: TOMLType, _ what: ValueKind) throws(ConfigurationError) -> TOMLValueConvertible? {
            guard let value = table[key] else { return nil }
            guard value.type == type else {
                throw error(key, .configMustBe(what, not: Self.article(value.type)))
            }
            return value
        }

        func string(_ key: String) throws(ConfigurationError) -> String? {
            try value(key, .string, .quotedString)?.string
        }

        func requiredString(_ key: String, example: String) throws(ConfigurationError) -> String {
            guard let text = try string(key) else { throw error(nil, .configKeyMissingAdd(key: key, example: example)) }
            return text
        }

        func bool(_ key: String) throws(ConfigurationError) -> Bool? {
            try value(key, .bool, .bool)?.bool
        }

        func int(_ key: String) throws(ConfigurationError) -> Int? {
            try value(key, .int, .wholeNumber)?.int
        }

        func stringArray(_ key: String) throws(ConfigurationError) -> [String]? {
            guard let array = try value(key, .array, .stringList)?.array else { return nil }
            var result: [String] = []
            for element in array {
                guard element.type == .string, let text = element.string else {
                    throw error(key, .configStringListHolds(Self.article(element.type)))
                }
                result.append(text)
            }
            return result
        }

        /// The elements of an array of tables (`[[key]]` or a list of inline tables).
        func tableArray(_ key: String, example: String) throws(ConfigurationError) -> [TOMLTable]? {
            guard let value = table[key] else { return nil }
            guard value.type == .array, let array = value.array else {
                throw error(key, .configTableList(example: example, holds: nil))
            }
            var result: [TOMLTable] = []
            for element in array {
                guard element.type == .table, let table = element.table else {
                    throw error(key, .configTableList(example: example, holds: Self.article(element.type)))
                }
                result.append(table)
            }
            return result
        }

        func subtable(_ key: String, example: Message) throws(ConfigurationError) -> TOMLTable? {
            guard let value = table[key] else { return nil }
            guard value.type == .table, let table = value.table else {
                throw error(key, .configMustBeTable(example: example))
            }
            return table
        }

        /// The Levenshtein distance between two strings, in characters.
        static func editDistance(_ a: String, _ b: String) -> Int {
            let a = Array(a)
            let b = Array(b)
            if a.isEmpty { return b.count }
            if b.isEmpty { return a.count }
            var previous = Array(0...b.count)
            var current = [Int](repeating: 0, count: b.count + 1)
            for i in 1...a.count {
                current[0] = i
                for j in 1...b.count {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }

        static func article(_ type: TOMLType) -> ValueKind {
            switch type {
            case .string: .string
            case .int: .wholeNumber
            case .double: .fraction
            case .bool: .bool
            case .array: .list
            case .table: .table
            case .date: .date
            case .time: .time
            case .dateTime: .dateTime
            }
        }
    }
}
