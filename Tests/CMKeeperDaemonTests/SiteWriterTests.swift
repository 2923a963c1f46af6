import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// The real daemon keeps DIR/site/ current.
@Suite("Daemon: the status site")
struct SiteWriterTests {
    @Test func theSiteIsWrittenAtStartAndAgainAfterTheInboxCommits() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("site-written"), "\(daemon.log)")
        let site = scene.s.libraryURL.appendingPathComponent("site")
        let page = site.appendingPathComponent("projects/\(scene.project).html")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("acceptance/安装验收报告.docx"))

        try scene.drop("安装验收报告.docx", Data("PK\u{3}\u{4} 验收报告".utf8))
        #expect(eventually(timeout: 20) {
            (try? String(contentsOf: page, encoding: .utf8))?.contains("acceptance/安装验收报告.docx") == true
        }, "\(daemon.log)")
        let dom = try Chromium.dumpDOM(page)
        #expect(dom.contains("acceptance/安装验收报告.docx") && dom.contains(scene.dropper))
        #expect(daemon.events("site-written").dropFirst().contains { $0["pages"] as? String == "1" }, "only the project that changed: \(daemon.events("site-written"))")
    }

    @Test func aVerifyRecordedByTheCommandShowsOnTheSiteTheDaemonKeeps() throws {
        let scene = try InboxScenario(language: "zh-CN")
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("site-written"), "\(daemon.log)")
        let page = scene.s.libraryURL.appendingPathComponent("site/projects/\(scene.project).html")
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("校验通过"))

        // The real command, as a CM engineer runs it: it records, and tells the daemon.
        let verify = try Shell.run(DaemonProcess.binary, ["verify", scene.project, "--library", scene.s.libraryURL.path])
        #expect(verify.succeeded, "\(verify)")
        #expect(FileManager.default.fileExists(atPath: scene.s.libraryURL.appendingPathComponent("run/verify.json").path))
        #expect(eventually(timeout: 20) {
            (try? String(contentsOf: page, encoding: .utf8))?.contains("校验通过") == true
        }, "\(daemon.log)")
        let dom = try Chromium.dumpDOM(page)
        #expect(dom.contains("项目整体") && dom.contains("校验通过"), "\(dom)")
        #expect(daemon.events("site-written").dropFirst().contains { $0["pages"] as? String == "1" }, "\(daemon.events("site-written"))")
    }
}
