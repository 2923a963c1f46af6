import CMKeeperTestSupport
import Foundation
import Testing

/// A new version of a document the process keeps once, dropped into the inbox with another
/// extension, replaces the current file in the same commit.
@Suite("Daemon: a new version of a document replaces it")
struct InboxNewVersionTests {
    @Test func aDropWithAnotherExtensionReplacesTheDocumentsFile() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let before = try scene.commits()

        // First by its name, then at its place: either way it is the one 安装调试报告.
        try scene.drop("安装调试报告.docx", Data("PK\u{3}\u{4} 第一版".utf8))
        #expect(eventually(timeout: 15) { (try? scene.commits().count) == before.count + 1 }, "\(daemon.log)")
        try scene.drop("installation/安装调试报告.pdf", Data("%PDF-1.4 签字版".utf8))
        #expect(eventually(timeout: 15) { (try? scene.commits().count) == before.count + 2 }, "\(daemon.log)")

        let commit = try scene.commits()[0]
        #expect(try scene.changedPaths(commit) == [
            "projects/P-2026-001/installation/安装调试报告.docx", "projects/P-2026-001/installation/安装调试报告.pdf",
        ])
        #expect(try scene.committed("installation/安装调试报告.docx") == nil)
        #expect(try scene.committed("installation/安装调试报告.pdf") == Data("%PDF-1.4 签字版".utf8))
        #expect(try scene.s.git(["cat-file", "blob", "\(commit)~1:projects/P-2026-001/installation/安装调试报告.docx"]).stdout == "PK\u{3}\u{4} 第一版")
        #expect(scene.files(in: scene.inbox).isEmpty && scene.files(in: scene.rejected).isEmpty)
        #expect(try scene.fsck().succeeded)
    }
}
