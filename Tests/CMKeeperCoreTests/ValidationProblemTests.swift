import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

@Suite("Problems as a person reads them")
struct ProblemSummaryTests {
    @Test func eachProblemIsToldOnceAndAMassMistakeInOneLine() {
        let denied = (1...412).map { ValidationProblem(path: "projects/P-2026-001/\($0 % 3 == 0 ? "preparation" : "acceptance")/\($0).docx", message: .verbatim("li.pm may not change the documents of project P-2026-001"), hint: .verbatim("ask wang.pm")) }
        let placed = ValidationProblem(path: "projects/P-2026-001/乱放.docx", message: .verbatim("is not a document of the process here"), hint: .verbatim("keep it in attachments/"))
        let lines = ValidationProblem.summary([placed] + denied + [placed] + denied)
        #expect(lines == [
            "projects/P-2026-001/乱放.docx: is not a document of the process here\n    fix: keep it in attachments/",
            "412 files under projects/P-2026-001/: li.pm may not change the documents of project P-2026-001\n    fix: ask wang.pm",
        ])
        #expect(ValidationProblem.count([placed] + denied + [placed]) == "413 problems")
        // A few alike are still named one by one.
        #expect(ValidationProblem.summary(Array(denied.prefix(3))).count == 3)
    }

    @Test func aRefusedSubmissionSumsUpAlikeFilesAndCommitsNothing() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let main = try library.snapshot().commit
        let scans = try (1...8).map { try s.folder.write("desk/scan-\($0).pdf", Data("%PDF \($0)".utf8)) }
        let error = #expect(throws: CMKeeperError.self) { _ = try library.submit(Submission(project: "P-2026-001", files: scans, user: s.manager)) }
        let message = try #require(error?.message)
        #expect(message.contains("(8 problems)"))
        #expect(message.contains("8 files under \(s.folder.path("desk").path)/: its name does not say which document it is"), "\(message)")
        #expect(!message.contains("scan-1.pdf"))
        #expect(try library.snapshot().commit == main)
    }
}
