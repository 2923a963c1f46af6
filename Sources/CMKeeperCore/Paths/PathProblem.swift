import Foundation

/// Why a path was refused: the path as given, what is wrong, and what to do. Its description is one line a CM engineer can act on.
public struct PathProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case empty, absolute, dotOrDotDot, gitDirectory, controlCharacter, invalidUTF8, notNFC, backslash,
            windowsReservedCharacter, windowsReservedName, trailingDotOrSpace, tooLong, emptyComponent, invisibleCharacter
    }

    /// The path as given, with control and invisible formatting characters escaped (`\u{1B}`) and
    /// bytes that are not UTF-8 shown as `\x{FF}`, so it can be printed on one line.
    public let path: String
    public let kind: Kind
    /// What is wrong, naming the offending name, e.g. "the folder name “.GIT” is git's own folder in another spelling".
    public let message: Message
    /// What to do about it, e.g. "rename the folder; git and cmkeeper never accept a file under .git".
    public let fix: Message

    public init(path: String, kind: Kind, message: Message, fix: Message) {
        self.path = path
        self.kind = kind
        self.message = message
        self.fix = fix
    }

    /// ``message`` in English, for logs.
    public var reason: String { message.en }
    /// ``fix`` in English, for logs.
    public var hint: String { fix.en }

    /// One line: the path, what is wrong and what to do.
    public var description: String {
        "path “\(path)” refused: \(reason) — \(hint)"
    }
}

extension PathProblem {
    /// `text` with every scalar that would print invisibly or break the line (control characters,
    /// format characters such as U+200C or U+202E, line and paragraph separators) written as `\u{…}`:
    /// what a name may show in an error, a reason file or a log line.
    public static func displayed(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return String(text) }
        var shown = ""
        for scalar in text.unicodeScalars {
            if needsEscaping(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// `bytes` shown as text: valid UTF-8 as `displayed(_:)` shows it, every other byte as `\x{FF}`.
    static func displayed(bytes: [UInt8]) -> String {
        var shown = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                shown += displayed(String(Unicode.UTF8.decode(encoded)))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] {
                    shown += "\\x{" + String(byte, radix: 16, uppercase: true) + "}"
                }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return shown
    }

    /// A name as quoted inside a reason: escaped, and cut short if it is very long.
    static func quoted(_ name: some StringProtocol) -> String {
        let shown = displayed(name)
        guard shown.count > 80 else { return "“\(shown)”" }
        return "“\(shown.prefix(60))…\(shown.suffix(12))”"
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }
}
