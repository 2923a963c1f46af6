import CMKeeperTestSupport
import Foundation
import Testing

import CMKeeperCore

/// A file dropped with a name that passes for another goes to rejected/, saying why.
@Suite("Daemon: names with invisible characters")
struct InboxInvisibleNameTests {
    @Test func aTwinNamedWithAZeroWidthSpaceIsRejectedWithItsReason() throws {
        let scene = try InboxScenario()
        let twin = "change-requests/需求变更申请单-\u{200B}001.docx"
        try scene.drop("change-requests/需求变更申请单-001.docx", Data("PK the request".utf8))
        try scene.drop(twin, Data("PK its twin".utf8))
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }

        #expect(eventually(timeout: 20) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.committed("change-requests/需求变更申请单-001.docx") == Data("PK the request".utf8))
        let rejected = scene.rejected.appendingPathComponent("\(scene.project)/\(twin)")
        #expect(try Data(contentsOf: rejected) == Data("PK its twin".utf8))
        let reason = try String(contentsOf: URL(fileURLWithPath: rejected.path + ".reason.txt"), encoding: .utf8)
        #expect(reason.contains("invisible character U+200B ZERO WIDTH SPACE at character 9 of 17"), "\(reason)")
        // The name is shown as messages show it, in every line: never raw.
        #expect(!reason.unicodeScalars.contains("\u{200B}"), "\(reason)")
        #expect(reason.hasPrefix("需求变更申请单-\\u{200B}001.docx was not taken into the library."), "\(reason)")
        #expect(reason.contains("dropped as inbox/\(scene.project)/change-requests/需求变更申请单-\\u{200B}001.docx by"), "\(reason)")
        #expect(try scene.s.git(["ls-tree", "-r", "--name-only", "main"]).stdout.contains("\u{200B}") == false)
        #expect(try scene.fsck().succeeded)
    }
}
