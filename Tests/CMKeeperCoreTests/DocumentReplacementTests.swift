import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// A new version of a document kept once replaces its file whatever the extension, and in a
/// baselined project the removal of the old file is part of the change its change request opens.
@Suite("A new version of a document replaces its file")
struct DocumentReplacementTests {
    let report = "projects/P-2026-001/acceptance/安装验收报告"

    @Test func inABaselinedProjectTheOldExtensionGoesOnlyWithTheChangeRequest() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        let signed = try s.folder.write("desk/安装验收报告.pdf", Data("%PDF-1.4 签字版".utf8))

        let refused = #expect(throws: CMKeeperError.self) { _ = try library.submit(Submission(project: "P-2026-001", files: [signed], user: s.cm)) }
        let message = refused?.message.description ?? ""
        #expect(message.contains("\(report).pdf: ") && message.contains("\(report).docx: "), "\(message)")
        #expect(message.contains("cannot be deleted without a change request"), "\(message)")
        #expect(try s.git(["cat-file", "-e", "main:\(report).docx"]).succeeded)

        let request = try s.folder.write("desk/需求变更申请单-003.docx", Data("CR 3".utf8))
        _ = try library.submit(Submission(project: "P-2026-001", files: [request], user: s.manager))
        _ = try library.approve(project: "P-2026-001", documentType: "change-request", file: "需求变更申请单-003.docx", user: s.cm)
        _ = try library.submit(Submission(project: "P-2026-001", files: [signed], changeRequest: "CR-003", user: s.cm))
        let files = try s.git(["-c", "core.quotePath=false", "ls-tree", "--name-only", "main", "projects/P-2026-001/acceptance/"]).stdout
        #expect(files.contains("\(report).pdf\n") && !files.contains("\(report).docx"), "\(files)")
        #expect(try library.validate().problems.isEmpty)
    }
}
