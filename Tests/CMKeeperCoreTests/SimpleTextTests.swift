import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

/// `SimpleText` answers without Foundation only where the answer is certain: on many seeded
/// strings, of simple scalars and of every kind that is not (white space, marks, full-width and
/// compatibility forms), it answers exactly as the Foundation calls the process checks made.
@Suite struct SimpleTextTests {
    /// Scalars simple text is made of, the separators the checks look for among them.
    static let simple: [Unicode.Scalar] = ["a", "z", "Z", "0", "9", ":", " ", "/", "\\", "*", "?", "-", ".", "_", "报", "告", "或", "者", "\u{3000}", "\u{3001}", "〇"]
    /// Scalars that make text not simple.
    static let other: [Unicode.Scalar] = [
        "\t", "\n", "\u{A0}", "\u{2003}", "\u{200B}", "\u{301}", "\u{302A}", "\u{FF0F}", "\u{FF0A}", "\u{FF08}", "\u{E9}", "\u{FB01}",
        "\u{2F00}", "\u{F900}", "\u{2215}", "\u{1F680}", "\u{1100}", "\u{1161}", "\u{85}", "\u{7F}",
    ]

    static func text(_ random: inout SeededRandom) -> String {
        var scalars = String.UnicodeScalarView()
        let mixed = random.next() % 3 == 0
        for _ in 0..<(random.next() % 9) {
            let pool = mixed && random.next() % 3 == 0 ? other : simple
            scalars.append(pool[Int(random.next() % UInt64(pool.count))])
        }
        return String(scalars)
    }

    @Test func answersAsFoundationDoes() {
        var random = SeededRandom(seed: 1515)
        var fast = 0
        var slow = 0
        for round in 0..<20_000 {
            let string = Self.text(&random)
            let text = SimpleText(string)
            if text.isSimple { fast += 1 } else { slow += 1 }
            let shown = string.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            for needle: StaticString in ["/", "\\", "*", "?", "--", "**"] {
                #expect(text.contains(needle) == string.contains(needle.description), "round \(round): \(shown) holds \(needle)")
            }
            for extra: Unicode.Scalar? in [nil, "-"] {
                let byCharacter = string.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || extra.map(Character.init) == $0) }
                #expect(SimpleText.isLowercaseASCII(string, or: extra) == byCharacter, "round \(round): \(shown)")
            }
            #expect(text.trimmed.unicodeScalars.elementsEqual(string.trimmingCharacters(in: .whitespaces).unicodeScalars), "round \(round): \(shown)")
            #expect(
                text.compatibilityComposed.unicodeScalars.elementsEqual(string.precomposedStringWithCompatibilityMapping.unicodeScalars),
                "round \(round): \(shown)")
            #expect(text.isNFC == string.unicodeScalars.elementsEqual(string.precomposedStringWithCanonicalMapping.unicodeScalars), "round \(round): \(shown)")
            let type = DocumentType(id: "d", title: string, englishTitle: "d", phase: "any", path: PathPattern("d.*"), fileTypes: ["docx"], aliases: ["别名"])
            let alternatives = string.components(separatedBy: "或者").flatMap { $0.components(separatedBy: "或") }.filter { !$0.isEmpty }
            #expect(type.names == [string] + (alternatives.count > 1 ? alternatives : []) + ["别名"], "round \(round): \(shown)")
        }
        #expect(fast > 10_000 && slow > 3_000, "\(fast) simple, \(slow) not")
    }

    /// `PathPattern.literalExtension` reads the pattern's text as it read its characters before.
    @Test func aPatternsExtensionIsReadAsBefore() {
        var random = SeededRandom(seed: 1516)
        for round in 0..<20_000 {
            let pattern = Self.text(&random) + (random.next() % 2 == 0 ? ".D?c" : ".Docx")
            var expected: String? = nil
            if let last = pattern.split(separator: "/", omittingEmptySubsequences: false).last.map(Array.init), let dot = last.lastIndex(of: ".") {
                let ext = last[(dot + 1)...]
                if !ext.isEmpty, !ext.contains("*"), !ext.contains("?") { expected = String(ext).lowercased() }
            }
            #expect(PathPattern(pattern).literalExtension == expected, "round \(round): \(pattern)")
        }
    }
}
