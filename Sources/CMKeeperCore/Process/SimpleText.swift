import Foundation

/// A name or pattern of process.toml as its checks look at it. Every hook reads the whole file, so
/// the questions the checks ask Foundation (does it hold `/`, is it trimmed, is it NFC) are
/// answered without Foundation when the answer is certain: when each scalar is a character of its
/// own that normalization leaves alone (printable ASCII, CJK: ``PathPattern/isSimple(_:)``), which
/// names almost always are. Any other text is asked of Foundation, as before.
struct SimpleText {
    let text: String
    /// Every scalar is printable ASCII or CJK: a character of its own, unchanged by NFC and NFD.
    let isSimple: Bool

    init(_ text: String) {
        self.text = text
        isSimple = PathPattern.isSimple(text.unicodeScalars)
    }

    /// Whether the text holds `ascii` (printable ASCII), as Foundation's `contains` says.
    func contains(_ ascii: StaticString) -> Bool {
        guard isSimple else { return text.contains(ascii.description) }
        var text = text
        return text.withUTF8 { bytes in
            ascii.withUTF8Buffer { needle in
                guard needle.count <= bytes.count else { return false }
                return (0...(bytes.count - needle.count)).contains { start in
                    (0..<needle.count).allSatisfy { bytes[start + $0] == needle[$0] }
                }
            }
        }
    }

    /// Whether every character is a lowercase ASCII letter, a digit or `extra` (ASCII), as
    /// `isASCII && (isLowercase || isNumber)` says of each: read by bytes, without Unicode's tables.
    static func isLowercaseASCII(_ text: String, or extra: Unicode.Scalar? = nil) -> Bool {
        text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || UInt32($0) == extra?.value }
    }

    /// The text without the white space at its ends, as `trimmingCharacters(in: .whitespaces)`
    /// gives it. Of the simple scalars only the space and the ideographic space (U+3000) are white space.
    var trimmed: String {
        guard isSimple else { return text.trimmingCharacters(in: .whitespaces) }
        let scalars = text.unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\u{3000}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// The text compatibility-composed (NFKC), as `precomposedStringWithCompatibilityMapping`
    /// gives it: of the simple scalars only the ideographic space changes (to a space).
    var compatibilityComposed: String {
        isSimple && !text.unicodeScalars.contains("\u{3000}") ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// Whether NFC leaves the text's scalars as they are.
    var isNFC: Bool {
        isSimple || text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
