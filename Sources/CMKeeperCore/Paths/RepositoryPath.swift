import Foundation

/// A relative path inside the repository (or a project folder), '/'-separated, that is safe to write into a git tree and onto any client's disk (Linux, macOS, Windows).
///
/// Every path that reaches a git tree or the file system goes through one of the validating
/// initialisers, which refuse (each with its own `PathProblem.Kind`, checked in this order):
///
/// - the empty path;
/// - an absolute path: a leading `/`, a leading `\`, or a Windows drive such as `C:`;
/// - an empty name (`a//b`, or a trailing `/`);
/// - `.` or `..` as a name;
/// - a control character (U+0000–U+001F, U+007F, U+0080–U+009F); bytes that are not UTF-8;
/// - a name not in Unicode NFC (as macOS writes names, decomposed);
/// - a backslash;
/// - git's own folder in any spelling: `.git` after dropping the code points HFS+ ignores,
///   trailing dots and spaces (which Windows drops) and letter case; and its NTFS short name `git~1`;
/// - an invisible character: zero-width (U+200B–U+200D, U+2060, U+FEFF) or a bidirectional
///   control (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), with which a name can pass
///   for another (`需求变更申请单-001.docx` and its twin with a zero-width space look the same);
/// - a character Windows cannot store in a name: `< > : " | ? *` (and `/` inside one name);
/// - a Windows device name (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`, also with an
///   extension such as `nul.txt`);
/// - a name ending in a dot or a space;
/// - a name longer than 255 UTF-8 bytes, or a path longer than 1024 UTF-8 bytes.
///
/// Names are otherwise free: Chinese names, spaces inside a name, `~$draft.docx`, `.gitattributes`.
public struct RepositoryPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The names, outermost first; never empty.
    public let components: [String]
    private let joined: String

    /// The components joined by "/".
    public var string: String { joined }
    public var description: String { joined }

    /// The longest name, in UTF-8 bytes (the limit of ext4, APFS and NTFS).
    public static let maximumComponentBytes: Int = 255
    /// The longest path, in UTF-8 bytes.
    public static let maximumPathBytes: Int = 1024

    /// A path from names already known to be valid.
    private init(checked components: [String]) {
        self.components = components
        self.joined = components.joined(separator: "/")
    }

    // MARK: Validating

    public init(validating path: String) throws(PathProblem) {
        let shown = { PathProblem.displayed(path) }
        try Self.checkStart(of: path, shown: shown())
        let names = path.utf8
            .split(separator: Self.slash, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        for (index, name) in names.enumerated() {
            let isLast = index == names.count - 1
            if name.isEmpty {
                throw PathProblem(
                    path: shown(), kind: .emptyComponent,
                    message: isLast ? .pathEndsWithSlash : .pathHasEmptyFolderName, fix: isLast ? .removeTrailingSlash : .writeSingleSlash)
            }
            try Self.checkName(name, isLast: isLast, shown: shown())
        }
        try Self.checkLength(of: path, shown: shown())
        self.init(checked: names)
    }

    /// A path from a name as the file system gave it, which need not be UTF-8.
    public init(validatingBytes bytes: [UInt8]) throws(PathProblem) {
        if let offset = Self.firstInvalidUTF8Offset(in: bytes) {
            throw PathProblem(
                path: PathProblem.displayed(bytes: bytes), kind: .invalidUTF8,
                message: .nameNotUTF8(byte: String(bytes[offset], radix: 16, uppercase: true), offset: offset), fix: .renameInUTF8)
        }
        try self.init(validating: String(decoding: bytes, as: UTF8.self))
    }

    /// A path from its names, each checked as `init(validating:)` checks it. A name may not contain '/'.
    public init(components: [String]) throws(PathProblem) {
        let path = components.joined(separator: "/")
        let shown = { PathProblem.displayed(path) }
        guard !components.isEmpty else {
            throw Self.emptyProblem()
        }
        for (index, name) in components.enumerated() {
            try Self.checkSingleName(name, isLast: index == components.count - 1, shown: shown())
        }
        try Self.checkLength(of: path, shown: shown())
        self.init(checked: components)
    }

    /// `NFC(path)`, validated: for names a Mac stored decomposed, which cmkeeper may normalise.
    public init(normalizing path: String) throws(PathProblem) {
        try self.init(validating: path.precomposedStringWithCanonicalMapping)
    }

    // MARK: Building and taking apart

    /// This path followed by `other`.
    ///
    /// Both are valid, so every name is; the result is not checked against `maximumPathBytes`
    /// (use `appending(component:)` or `init(components:)` where the total length matters).
    public func appending(_ other: RepositoryPath) -> RepositoryPath {
        RepositoryPath(checked: components + other.components)
    }

    /// This path followed by one more name, checked like any other name (and the whole length).
    public func appending(component: String) throws(PathProblem) -> RepositoryPath {
        let path = joined + "/" + component
        let shown = { PathProblem.displayed(path) }
        try Self.checkSingleName(component, isLast: true, shown: shown())
        try Self.checkLength(of: path, shown: shown())
        return RepositoryPath(checked: components + [component])
    }

    /// The last name: the file's or folder's own name.
    public var lastComponent: String { components[components.count - 1] }

    /// The name at `index` (0: the outermost), as a path of its own.
    func name(at index: Int) -> RepositoryPath {
        RepositoryPath(checked: [components[index]])
    }

    /// The folder holding this path, or nil for a single name.
    public var parent: RepositoryPath? {
        components.count > 1 ? RepositoryPath(checked: Array(components.dropLast())) : nil
    }

    /// Whether `other` is this path or a folder above it, name by name (`a/bc` does not start with `a/b`).
    public func hasPrefix(_ other: RepositoryPath) -> Bool {
        other.components.count <= components.count
            && zip(components, other.components).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    // MARK: Equality and order

    public static func == (lhs: RepositoryPath, rhs: RepositoryPath) -> Bool {
        PathKey(lhs.joined) == PathKey(rhs.joined)
    }

    public func hash(into hasher: inout Hasher) {
        // By its bytes, as `==` compares: a String's own hash first normalises the text, which
        // costs for every name that is not ASCII.
        PathKey(joined).hash(into: &hasher)
    }

    /// UTF-8 byte order of `string`: stable, and the same on every platform.
    public static func < (lhs: RepositoryPath, rhs: RepositoryPath) -> Bool {
        lhs.joined.utf8.lexicographicallyPrecedes(rhs.joined.utf8)
    }

    // MARK: Case collisions

    /// Pairs of names in one folder that differ only in case (after Unicode case folding and NFC), which Windows and macOS clients cannot check out side by side.
    ///
    /// Folders count too: `Docs/a.txt` and `docs/b.txt` give the pair (`Docs`, `docs`), and a file
    /// `readme` collides with a folder `README/`. Each pair is reported once, as the two colliding
    /// paths (the smaller first); the pairs are sorted. Names below two colliding folders are not
    /// compared with each other: the folders are the problem to fix.
    public static func caseCollisions(in paths: [RepositoryPath]) -> [(RepositoryPath, RepositoryPath)] {
        struct Key: Hashable {
            let parent: PathKey
            let folded: PathKey
        }
        var seen = Set<RepositoryPath>()
        var groups: [Key: [RepositoryPath]] = [:]
        for path in paths {
            for length in 1...path.components.count {
                let prefix = RepositoryPath(checked: Array(path.components[..<length]))
                guard seen.insert(prefix).inserted else { continue }
                let key = Key(
                    parent: PathKey(path.components[..<(length - 1)].joined(separator: "/")),
                    folded: PathKey(caseFolded(path.components[length - 1])))
                groups[key, default: []].append(prefix)
            }
        }
        var pairs: [(RepositoryPath, RepositoryPath)] = []
        for members in groups.values where members.count > 1 {
            let sorted = members.sorted()
            for first in sorted.indices {
                for second in sorted.indices where second > first {
                    pairs.append((sorted[first], sorted[second]))
                }
            }
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    /// The form two names share when a case-insensitive file system takes them for the same name:
    /// NFC, then each scalar's simple upper case (as NTFS compares: `ı` and `i` meet in `I`),
    /// then lower case (as macOS folds: the Kelvin sign meets `k`, `ς` meets `σ`).
    static func caseFolded(_ name: String) -> String {
        // ASCII and CJK (which has no case): ASCII's lower case is the whole answer.
        if name.unicodeScalars.allSatisfy({ $0.value < 0x80 || (0x3000...0x3029).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }) {
            guard name.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return name }
            return String(decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        var upper = String.UnicodeScalarView()
        for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
            let mapped = scalar.properties.uppercaseMapping.unicodeScalars
            if mapped.count == 1, let single = mapped.first {
                upper.append(single)
            } else {
                upper.append(scalar)
            }
        }
        return String(upper).lowercased().precomposedStringWithCanonicalMapping
    }

    // MARK: The rules

    private static let slash = UInt8(ascii: "/")

    private static func emptyProblem() -> PathProblem {
        PathProblem(
            path: "", kind: .empty, message: .pathEmpty, fix: .giveRelativePath(definite: false))
    }

    /// Empty, absolute, or starting with a Windows drive or a backslash.
    private static func checkStart(of path: String, shown: @autoclosure () -> String) throws(PathProblem) {
        let scalars = Array(path.unicodeScalars.prefix(2))
        guard let first = scalars.first else {
            throw emptyProblem()
        }
        let relativeHint = Message.giveRelativePath(definite: true)
        if first == "/" {
            throw PathProblem(
                path: shown(), kind: .absolute,
                message: .pathStartsWithSlash, fix: relativeHint)
        }
        if first == "\\" {
            throw PathProblem(
                path: shown(), kind: .absolute,
                message: .pathStartsWithBackslash, fix: relativeHint)
        }
        if scalars.count == 2, first.isASCII, first.properties.isAlphabetic, scalars[1] == ":" {
            throw PathProblem(
                path: shown(), kind: .absolute,
                message: .pathStartsWithDrive(String(Character(first))), fix: relativeHint)
        }
    }

    /// The whole path's length.
    private static func checkLength(of path: String, shown: @autoclosure () -> String) throws(PathProblem) {
        let bytes = path.utf8.count
        if bytes > maximumPathBytes {
            throw PathProblem(
                path: shown(), kind: .tooLong,
                message: .pathTooLong(bytes: bytes, limit: maximumPathBytes), fix: .shortenPath)
        }
    }

    /// A name given on its own (not split from a path): also not empty and without '/'.
    private static func checkSingleName(_ name: String, isLast: Bool, shown: @autoclosure () -> String) throws(PathProblem) {
        if name.isEmpty {
            throw PathProblem(
                path: shown(), kind: .emptyComponent, message: .nameEmpty, fix: .giveEveryName)
        }
        if name.utf8.contains(slash) {
            throw PathProblem(
                path: shown(), kind: .windowsReservedCharacter,
                message: .nameContainsSlash(PathProblem.quoted(name)), fix: .separateNames)
        }
        try checkName(name, isLast: isLast, shown: shown())
    }

    /// One non-empty name without '/', most specific problem first.
    static func checkName(_ name: String, isLast: Bool, shown: @autoclosure () -> String) throws(PathProblem) {
        var what: NameInPath { NameInPath(name: PathProblem.quoted(name), isFolder: !isLast) }
        let scalars = name.unicodeScalars

        if name.utf8.elementsEqual(".".utf8) || name.utf8.elementsEqual("..".utf8) {
            let isUp = name.utf8.count == 2
            throw PathProblem(
                path: shown(), kind: .dotOrDotDot,
                message: .pathHasDots(up: isUp), fix: .writeWithoutDots)
        }

        // Most names hold only printable ASCII (none of Windows' reserved characters) and CJK:
        // no control character, backslash or reserved character, and already NFC.
        let isPlain = isPlainName(scalars)

        if !isPlain, let control = scalars.first(where: isControlCharacter) {
            throw PathProblem(
                path: shown(), kind: .controlCharacter,
                message: .nameHasControlCharacter(what, code: codePoint(control)), fix: .renameWithoutControl)
        }

        let composed = isPlain || isSurelyNFC(scalars) ? scalars : name.precomposedStringWithCanonicalMapping.unicodeScalars
        if !composed.elementsEqual(scalars) {
            let decomposed = composed.count < scalars.count
            throw PathProblem(
                path: shown(), kind: .notNFC,
                message: .nameNotNFC(what, decomposed: decomposed), fix: .retypeOrNormalise)
        }

        if !isPlain, scalars.contains("\\") {
            throw PathProblem(
                path: shown(), kind: .backslash,
                message: .nameHasBackslash(what), fix: .useSlash)
        }

        if isGitDirectoryName(name) {
            let isShortName = gitDirectoryKey(name) == "git~1"
            let spelling: GitFolderSpelling = isShortName ? .shortName : (name == ".git" ? .exact : .other)
            throw PathProblem(
                path: shown(), kind: .gitDirectory,
                message: .nameIsGitFolder(what, spelling: spelling), fix: .renameGitFolder(isLast: isLast))
        }

        if !isPlain, let (offset, invisible) = scalars.enumerated().first(where: { isInvisible($0.element) }) {
            throw PathProblem(
                path: shown(), kind: .invisibleCharacter,
                message: .nameHasInvisibleCharacter(
                    what, code: codePoint(invisible), character: invisible.properties.name ?? "", at: offset + 1, of: scalars.count),
                fix: .retypeWithoutInvisible)
        }

        if !isPlain, let reserved = scalars.first(where: { windowsReservedCharacters.contains($0) }) {
            throw PathProblem(
                path: shown(), kind: .windowsReservedCharacter,
                message: .nameHasWindowsReserved(what, character: String(reserved)), fix: .renameWithoutReserved)
        }

        if let device = windowsDeviceName(name) {
            throw PathProblem(
                path: shown(), kind: .windowsReservedName,
                message: .nameIsWindowsDevice(what, device: device), fix: .renameDevice(device))
        }

        if let last = scalars.last, last == "." || last == " " {
            throw PathProblem(
                path: shown(), kind: .trailingDotOrSpace,
                message: .nameEndsWith(what, dot: last == "."), fix: .renameWithoutTrailing(dot: last == "."))
        }

        let bytes = name.utf8.count
        if bytes > maximumComponentBytes {
            throw PathProblem(
                path: shown(), kind: .tooLong,
                message: .nameTooLong(what, bytes: bytes, limit: maximumComponentBytes), fix: .shortenName)
        }
    }

    // MARK: Helpers of the rules

    /// Whether `text` is spelled as Unicode's composed form (NFC) spells it, as the library's
    /// names must be; quick for Latin and CJK text.
    public static func isComposed(_ text: String) -> Bool {
        isSurelyNFC(text.unicodeScalars) || text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// Whether every scalar is printable ASCII other than `\\ < > : " | ? *`, or a CJK ideograph
    /// or punctuation mark: such a name has none of the characters the rules refuse, and is NFC.
    static func isPlainName(_ scalars: String.UnicodeScalarView) -> Bool {
        scalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20, 0x21, 0x23...0x29, 0x2B...0x39, 0x3B, 0x3D, 0x40...0x5B, 0x5D...0x7B, 0x7D, 0x7E: true
            case 0x3000...0x3029, 0x4E00...0x9FFF: true
            default: false
            }
        }
    }

    /// Whether the name is in NFC without asking Foundation: true when every scalar is one
    /// NFC leaves alone whatever follows it (Latin below U+0300, CJK ideographs and
    /// punctuation, full-width forms); false means "ask".
    static func isSurelyNFC(_ scalars: String.UnicodeScalarView) -> Bool {
        scalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
            default: false
            }
        }
    }

    /// C0 controls, DEL and C1 controls.
    static func isControlCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x1F || (0x7F...0x9F).contains(scalar.value)
    }

    /// Zero-width characters and bidirectional controls: invisible, so a name holding one looks
    /// like the name without it (or, for an override, like its characters in another order).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2060, 0xFEFF, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Code points HFS+ ignores when comparing names (as git's `is_hfs_dotgit` lists them).
    static func isHFSIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200C...0x200F, 0x202A...0x202E, 0x206A...0x206F, 0xFEFF: true
        default: false
        }
    }

    /// The name as macOS and Windows compare it with `.git`: without HFS+ ignorable code points,
    /// without trailing dots and spaces, in lower case.
    static func gitDirectoryKey(_ name: String) -> String {
        var scalars = String.UnicodeScalarView(name.unicodeScalars.filter { !isHFSIgnorable($0) })
        while let last = scalars.last, last == "." || last == " " {
            scalars.removeLast()
        }
        return String(scalars).lowercased()
    }

    /// `.git` in any spelling a client would take for it, or its NTFS short name `git~1`.
    static func isGitDirectoryName(_ name: String) -> Bool {
        // Quick answer for most names: the key starts with '.' or 'g'.
        guard let first = name.unicodeScalars.first(where: { !isHFSIgnorable($0) }), first == "." || first == "g" || first == "G" else {
            return false
        }
        let key = gitDirectoryKey(name)
        return key.utf8.elementsEqual(".git".utf8) || key.utf8.elementsEqual("git~1".utf8)
    }

    private static let windowsReservedCharacters: Set<Unicode.Scalar> = ["<", ">", ":", "\"", "|", "?", "*"]

    private static let windowsDeviceNames: Set<String> = {
        var names: Set<String> = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
        for digit in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
            names.insert("COM" + digit)
            names.insert("LPT" + digit)
        }
        return names
    }()

    /// The device name `name` stands for on Windows (`nul.txt` → `NUL`), if any: the part before
    /// the first dot, without trailing spaces, in any case.
    static func windowsDeviceName(_ name: String) -> String? {
        // Every device name starts with one of these letters.
        guard let first = name.unicodeScalars.first, "CcPpAaNnLl".unicodeScalars.contains(first) else { return nil }
        // And goes on with one of these, and is at most 7 long (CONOUT$): most names are
        // answered here, without building the upper-case name.
        var scalars = name.unicodeScalars.dropFirst().makeIterator()
        guard let second = scalars.next(), "OoRrUuPp".unicodeScalars.contains(second) else { return nil }
        var length = 2, trimmed = 2
        while let scalar = scalars.next(), scalar != "." {
            length += 1
            if scalar != " " { trimmed = length }
            if trimmed > 7 { return nil }
        }
        var base = String.UnicodeScalarView(name.unicodeScalars.prefix { $0 != "." })
        while base.last == " " {
            base.removeLast()
        }
        let upper = String(String.UnicodeScalarView(base.map { ("a"..."z").contains($0) ? Unicode.Scalar(UInt8($0.value - 0x20)) : $0 }))
        return windowsDeviceNames.contains(upper) ? upper : nil
    }

    /// `U+001B`.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Where `bytes` stop being UTF-8, or nil if they are UTF-8.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error:
                return offset
            case .emptyInput:
                return nil
            }
        }
    }
}
