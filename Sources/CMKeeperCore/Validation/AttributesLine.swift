/// One line of a `.gitattributes` file: a pattern and the attributes it gives the files it matches.
///
/// Patterns match as git matches them (gitattributes(5)): a pattern without '/' matches a file's
/// name in any folder below the attributes file; one with '/' matches the path relative to that
/// folder (a leading '/' only anchors it), where `*`, `?` and `[…]` never cross a '/', a leading
/// `**/` or an inner `/**/` stands for any number of folders and a trailing `/**` for everything
/// inside. A pattern ending in '/' matches folders only, so never a file. Letter case is ignored,
/// as on the Windows and macOS clients (core.ignorecase).
struct AttributesLine {
    /// The line's number in its file, from 1.
    let number: Int
    /// The line as written, for messages.
    let text: Substring
    /// The pattern, unquoted and in lower case (nil for a macro definition, a negative pattern or
    /// a folder pattern, which give no file any attribute).
    let pattern: [UInt8]?
    /// The attributes as written: `filter=lfs`, `-text`, `!diff`, or a macro's name.
    let attributes: [Substring]
    /// For `[attr]NAME …` lines: the macro's name.
    let macro: Substring?

    /// The lines of a `.gitattributes` file that say something (not blank, not comments).
    static func parse(_ text: String) -> [AttributesLine] {
        var lines: [AttributesLine] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard let first = line.first, first != "#", first != "\r" else { continue }
            var pattern: [UInt8]
            var rest: Substring
            if first == "\"", let (unquoted, after) = unquote(line) {
                pattern = unquoted
                rest = after
            } else {
                let end = line.firstIndex { $0 == " " || $0 == "\t" || $0 == "\r" } ?? line.endIndex
                pattern = Array(line[..<end].utf8)
                rest = line[end...]
            }
            let attributes = rest.split { $0 == " " || $0 == "\t" || $0 == "\r" }
            var macro: Substring? = nil
            if pattern.starts(with: "[attr]".utf8) {
                macro = Substring(String(decoding: pattern.dropFirst(6), as: UTF8.self))
            }
            let givesFiles = macro == nil && pattern.first != UInt8(ascii: "!") && pattern.last != UInt8(ascii: "/") && !pattern.isEmpty
            if givesFiles, pattern.first == UInt8(ascii: "/") {
                pattern.removeFirst()
            }
            lines.append(AttributesLine(
                number: index + 1, text: raw, pattern: givesFiles ? lowercased(pattern) : nil, attributes: attributes, macro: macro))
        }
        return lines
    }

    /// Whether the line gives `attribute=value` (itself, or through one of `macros`, the macro
    /// lines of the root attributes file).
    func sets(_ attribute: String, to value: String, macros: [AttributesLine]) -> Bool {
        Self.sets(attributes, "\(attribute)=\(value)", macros: macros, depth: 0)
    }

    private static func sets(_ attributes: [Substring], _ wanted: String, macros: [AttributesLine], depth: Int) -> Bool {
        guard depth < 8 else { return false }
        return attributes.contains { attribute in
            if attribute == wanted { return true }
            guard !attribute.contains("="), let first = attribute.first, first != "-", first != "!" else { return false }
            return macros.contains { $0.macro == attribute && sets($0.attributes, wanted, macros: macros, depth: depth + 1) }
        }
    }

    /// Whether the pattern matches the file at `path`, relative to the folder of the attributes file.
    func matches(_ path: String) -> Bool {
        guard let pattern else { return false }
        if !pattern.contains(UInt8(ascii: "/")) {
            let name = path.split(separator: "/").last.map { Array($0.utf8) } ?? []
            return Self.match(pattern, 0, Self.lowercased(name), 0)
        }
        return Self.match(pattern, 0, Self.lowercased(Array(path.utf8)), 0)
    }

    // MARK: Matching

    private static let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")

    private static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    /// Whether `p[pi...]` matches all of `t[ti...]`.
    private static func match(_ p: [UInt8], _ pi: Int, _ t: [UInt8], _ ti: Int) -> Bool {
        var pi = pi, ti = ti
        while pi < p.count {
            switch p[pi] {
            case star:
                var end = pi
                while end < p.count, p[end] == star { end += 1 }
                let wholeNames = end - pi >= 2 && (pi == 0 || p[pi - 1] == slash) && (end == p.count || p[end] == slash)
                if wholeNames {
                    // A trailing "**" takes everything; "**/" takes no folder, or one or more whole ones.
                    guard end < p.count else { return true }
                    var next = ti
                    while true {
                        if match(p, end + 1, t, next) { return true }
                        guard let found = t[next...].firstIndex(of: slash) else { return false }
                        next = found + 1
                    }
                }
                // Within one name: any run of characters other than '/'.
                var next = ti
                while true {
                    if match(p, end, t, next) { return true }
                    if next == t.count || t[next] == slash { return false }
                    next += 1
                }
            case UInt8(ascii: "?"):
                guard ti < t.count, t[ti] != slash else { return false }
                pi += 1
            case UInt8(ascii: "["):
                guard ti < t.count, t[ti] != slash, let (matched, after) = bracket(p, pi + 1, t[ti]), matched else { return false }
                pi = after
            case UInt8(ascii: "\\"):
                guard pi + 1 < p.count, ti < t.count, p[pi + 1] == t[ti] else { return false }
                pi += 2
            default:
                guard ti < t.count, p[pi] == t[ti] else { return false }
                pi += 1
            }
            ti += 1
        }
        return ti == t.count
    }

    /// A bracket expression starting at `p[start]` (just after '['): whether it takes `c`, and
    /// where the pattern goes on; nil when it never closes (git then matches nothing).
    private static func bracket(_ p: [UInt8], _ start: Int, _ c: UInt8) -> (Bool, Int)? {
        var i = start
        let negated = i < p.count && (p[i] == UInt8(ascii: "!") || p[i] == UInt8(ascii: "^"))
        if negated { i += 1 }
        var matched = false
        var first = true
        while i < p.count, first || p[i] != UInt8(ascii: "]") {
            first = false
            var low = p[i]
            if low == UInt8(ascii: "\\") {
                i += 1
                guard i < p.count else { return nil }
                low = p[i]
            } else if low == UInt8(ascii: "["), i + 1 < p.count, p[i + 1] == UInt8(ascii: ":"),
                let close = (i + 2..<p.count).first(where: { p[$0] == UInt8(ascii: "]") }), p[close - 1] == UInt8(ascii: ":")
            {
                let name = String(decoding: p[(i + 2)..<(close - 1)], as: UTF8.self)
                guard let inClass = characterClass(name, c) else { return nil }
                matched = matched || inClass
                i = close + 1
                continue
            }
            var high = low
            if i + 2 < p.count, p[i + 1] == UInt8(ascii: "-"), p[i + 2] != UInt8(ascii: "]") {
                i += 2
                if p[i] == UInt8(ascii: "\\") {
                    i += 1
                    guard i < p.count else { return nil }
                }
                high = p[i]
            }
            let upper = (0x61...0x7A).contains(c) ? c - 0x20 : c
            if (low...max(low, high)).contains(c) || (low...max(low, high)).contains(upper) { matched = true }
            i += 1
        }
        guard i < p.count else { return nil }
        return (matched != negated, i + 1)
    }

    /// Whether `c` is in the POSIX class `name` (`alpha`, `digit`, …); nil for an unknown class.
    private static func characterClass(_ name: String, _ c: UInt8) -> Bool? {
        let s = Unicode.Scalar(c)
        switch name {
        case "alnum": return s.properties.isAlphabetic && c < 0x80 || (0x30...0x39).contains(c)
        case "alpha": return c < 0x80 && s.properties.isAlphabetic
        case "blank": return c == 0x20 || c == 0x09
        case "cntrl": return c < 0x20 || c == 0x7F
        case "digit": return (0x30...0x39).contains(c)
        case "graph": return (0x21...0x7E).contains(c)
        case "lower", "upper": return (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c)
        case "print": return (0x20...0x7E).contains(c)
        case "punct": return (0x21...0x7E).contains(c) && !s.properties.isAlphabetic && !(0x30...0x39).contains(c)
        case "space": return c == 0x20 || (0x09...0x0D).contains(c)
        case "xdigit": return (0x30...0x39).contains(c) || (0x61...0x66).contains(c) || (0x41...0x46).contains(c)
        default: return nil
        }
    }

    /// A C-style quoted pattern at the start of `line`, as git allows one: its bytes and what follows.
    private static func unquote(_ line: Substring) -> ([UInt8], Substring)? {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var i = 1
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let rest = line.utf8.index(line.utf8.startIndex, offsetBy: i + 1)
                return (out, Substring(line[rest...]))
            }
            if b == UInt8(ascii: "\\"), i + 1 < bytes.count {
                i += 1
                switch bytes[i] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "0")...UInt8(ascii: "3"):
                    guard i + 2 < bytes.count else { return nil }
                    let digits = bytes[i...(i + 2)].map { Int($0) - 0x30 }
                    guard digits.allSatisfy({ (0...7).contains($0) }) else { return nil }
                    out.append(UInt8(digits[0] * 64 + digits[1] * 8 + digits[2]))
                    i += 2
                default: out.append(bytes[i])
                }
            } else {
                out.append(b)
            }
            i += 1
        }
        return nil
    }
}
