import Foundation

/// A glob over '/'-separated relative paths: '*' matches any run of characters except '/',
/// '?' one character; everything else literal (Chinese included). No '**'.
///
/// Characters are compared as Swift compares them (canonical equivalence), so a composed and a
/// decomposed spelling of the same name match.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written, e.g. `acceptance/安装验收报告.*`.
    public let pattern: String
    private let components: [[Character]]
    /// Each component, made ready to match quickly.
    private let parts: [Part]

    /// A component without wildcards is compared as a string; one with them only after its
    /// literal start matches.
    private enum Part: Sendable, Hashable {
        case literal(String)
        /// The pattern by characters, and by scalars when each of its scalars is a character of
        /// its own (ASCII, CJK): then a name made the same way is matched scalar by scalar.
        case glob(prefix: String, [Character], scalars: [Unicode.Scalar]?)
    }

    public init(_ pattern: String) {
        self.pattern = pattern
        let pieces = pattern.split(separator: "/", omittingEmptySubsequences: false)
        components = pieces.map { Array($0) }
        parts = zip(pieces, components).map { piece, component in
            guard Self.hasWildcard(component) else { return .literal(String(piece)) }
            let scalars = Array(piece.unicodeScalars)
            return .glob(prefix: String(piece.prefix { $0 != "*" && $0 != "?" }), component, scalars: Self.isSimple(scalars) ? scalars : nil)
        }
    }

    public var description: String { pattern }

    /// Whether a path relative to the project folder, e.g. `acceptance/安装验收报告.docx`, matches.
    public func matches(_ relativePath: String) -> Bool {
        matches(components: relativePath.split(separator: "/", omittingEmptySubsequences: false))
    }

    /// Whether a path, split at '/', matches: for matching one path against many patterns.
    public func matches(components names: [Substring]) -> Bool {
        guard names.count == parts.count else { return false }
        for (part, name) in zip(parts, names) {
            switch part {
            case .literal(let text):
                guard name == text else { return false }
            case .glob(let prefix, let pattern, let scalars):
                guard name.hasPrefix(prefix) else { return false }
                if let scalars, Self.isSimple(name.unicodeScalars) {
                    guard Self.match(scalars, Array(name.unicodeScalars), star: "*", one: "?") else { return false }
                } else {
                    guard Self.match(pattern, Array(name), star: "*", one: "?") else { return false }
                }
            }
        }
        return true
    }

    /// Whether a bare file name (no '/') matches the last part of the pattern, e.g.
    /// `需求变更申请单-003.docx` against `change-requests/需求变更申请单-*.*`.
    public func matchesFileName(_ name: String) -> Bool {
        guard let last = components.last, !name.contains("/") else { return false }
        return Self.match(last, Array(name), star: "*", one: "?")
    }

    /// The literal folder part: the leading folders before the file name, up to the first with a
    /// wildcard, e.g. `acceptance` for `acceptance/安装验收报告.*`; empty for a file at the project root.
    public var folder: String {
        components.dropLast().prefix { !Self.hasWildcard($0) }.map { String($0) }.joined(separator: "/")
    }

    /// The last part of the pattern, the file name, e.g. `安装验收报告.*`.
    public var fileName: String {
        components.last.map { String($0) } ?? ""
    }

    /// Whether more than one file name can match (the file name part has a '*' or '?').
    public var fileNameHasWildcards: Bool {
        components.last.map(Self.hasWildcard) ?? false
    }

    /// The extension the pattern fixes, lowercased (e.g. `jsonl` for `release-log.jsonl`), or nil
    /// when the file name has no '.' or its extension has a wildcard.
    public var literalExtension: String? {
        let last = pattern[(pattern.lastIndex(of: "/").map(pattern.index(after:)) ?? pattern.startIndex)...]
        guard let dot = last.lastIndex(of: ".") else { return nil }
        let ext = last[last.index(after: dot)...]
        guard !ext.isEmpty, !Self.hasWildcard(ext) else { return nil }
        return String(ext).lowercased()
    }

    /// Why this pattern cannot name a place in a project folder, or nil when it can.
    public var problem: Message? {
        if pattern.isEmpty {
            return .patternEmpty
        }
        let text = SimpleText(pattern)
        if pattern.hasPrefix("/") {
            return .patternAbsolute(pattern)
        }
        if text.contains("\\") {
            return .patternBackslash(pattern)
        }
        if pattern.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }) {
            return .patternControl(pattern)
        }
        if let bad = pattern.first(where: { ":\"<>|".contains($0) }) {
            return .patternWindows(pattern, character: String(bad))
        }
        if text.contains("**") {
            return .patternDoubleStar(pattern)
        }
        if !text.isNFC {
            return .patternNotNFC(pattern)
        }
        for part in pattern.split(separator: "/", omittingEmptySubsequences: false) {
            if part.isEmpty {
                return .patternEmptyFolder(pattern)
            }
            if part == "." || part == ".." {
                return .patternDotPart(pattern, part: String(part))
            }
            if part.lowercased().hasPrefix(".git") {
                return .patternGitName(pattern, part: String(part))
            }
        }
        return nil
    }

    private static func hasWildcard(_ part: some Collection<Character>) -> Bool {
        part.contains("*") || part.contains("?")
    }

    /// Whether each scalar is a character of its own and NFC leaves it alone: printable ASCII, CJK.
    static func isSimple(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { (0x20...0x7E).contains($0.value) || (0x3000...0x3029).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Matches one path component against one pattern component (neither holds '/'), by
    /// characters or, for simple names, by scalars.
    private static func match<Unit: Equatable>(_ pattern: [Unit], _ name: [Unit], star starUnit: Unit, one: Unit) -> Bool {
        var p = 0
        var n = 0
        var star: Int? = nil
        var starName = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == starUnit {
                star = p
                starName = n
                p += 1
            } else if p < pattern.count, pattern[p] == one || pattern[p] == name[n] {
                p += 1
                n += 1
            } else if let star {
                p = star + 1
                starName += 1
                n = starName
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == starUnit { p += 1 }
        return p == pattern.count
    }
}
