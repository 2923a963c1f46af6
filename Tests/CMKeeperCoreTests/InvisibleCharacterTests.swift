import Foundation
import Testing

@testable import CMKeeperCore

/// Names holding an invisible character, which can pass for another name that looks the same.
struct InvisibleCharacterTests {
    /// Every zero-width character and bidirectional control the rule names, with its Unicode name.
    static let invisible: [(UInt32, String)] = [
        (0x200B, "ZERO WIDTH SPACE"), (0x200C, "ZERO WIDTH NON-JOINER"), (0x200D, "ZERO WIDTH JOINER"),
        (0x2060, "WORD JOINER"), (0xFEFF, "ZERO WIDTH NO-BREAK SPACE"),
        (0x200E, "LEFT-TO-RIGHT MARK"), (0x200F, "RIGHT-TO-LEFT MARK"), (0x061C, "ARABIC LETTER MARK"),
        (0x202A, "LEFT-TO-RIGHT EMBEDDING"), (0x202B, "RIGHT-TO-LEFT EMBEDDING"), (0x202C, "POP DIRECTIONAL FORMATTING"),
        (0x202D, "LEFT-TO-RIGHT OVERRIDE"), (0x202E, "RIGHT-TO-LEFT OVERRIDE"),
        (0x2066, "LEFT-TO-RIGHT ISOLATE"), (0x2067, "RIGHT-TO-LEFT ISOLATE"), (0x2068, "FIRST STRONG ISOLATE"),
        (0x2069, "POP DIRECTIONAL ISOLATE"),
    ]

    @Test(arguments: invisible.map(\.0))
    func aNameHoldingTheCharacterIsRefusedSayingWhichAndWhere(_ code: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(code))
        let name = try #require(Self.invisible.first { $0.0 == code }?.1)
        // A twin of 需求变更申请单-001.docx (16 characters): the invisible one is the 9th of 17.
        let twin = "需求变更申请单-" + String(scalar) + "001.docx"
        for path in ["projects/P-2026-001/change-requests/" + twin, twin + "/a.txt"] {
            do {
                _ = try RepositoryPath(validating: path)
                Issue.record("\(PathProblem.displayed(path)) was accepted")
            } catch {
                #expect(error.kind == .invisibleCharacter)
                let hex = String(code, radix: 16, uppercase: true)
                let code = String(repeating: "0", count: 4 - hex.count) + hex
                #expect(error.reason.contains("invisible character U+\(code) \(name) at character 9 of 17"), "\(error.reason)")
                // The message shows it escaped, never invisibly.
                #expect(!error.description.unicodeScalars.contains(scalar))
                #expect(error.path.contains("\\u{\(hex)}"))
            }
        }
        // Every way a name reaches the library: one name, and names given one by one.
        #expect(throws: PathProblem.self) { try RepositoryPath(components: ["projects", twin]) }
        #expect(throws: PathProblem.self) { try RepositoryPath(validating: "projects").appending(component: twin) }
        #expect(throws: PathProblem.self) { try RepositoryPath(validatingBytes: Array(twin.utf8)) }
    }

    @Test func visibleNeighboursAreStillAccepted() throws {
        // Spaces, CJK punctuation, a non-breaking space and joiners' visible neighbours are names' own.
        for name in ["需求变更申请单-001.docx", "项目 周报 2026-W48.docx", "报告（终稿）.docx", "a\u{00A0}b.txt", "Ünïcödé.txt", "שלום.txt", "مرحبا.txt"] {
            #expect(throws: Never.self) { try RepositoryPath(validating: "projects/P-2026-001/attachments/" + name) }
        }
    }

    @Test func gitsOwnFolderHiddenByTheSameCharactersIsStillNamedAsSuch() {
        // The .git rule comes first: its message says what the name would become.
        #expect(throws: PathProblem.self) { try RepositoryPath(validating: ".g\u{200C}it/config") }
        do {
            _ = try RepositoryPath(validating: ".g\u{200C}it/config")
        } catch {
            #expect(error.kind == .gitDirectory)
        }
    }
}
