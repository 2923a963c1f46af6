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

    @Test func theDaemonVerifiesOnItsScheduleAndTheSiteShowsIt() throws {
        let scene = try InboxScenario()
        let settings = scene.library.settingsURL
        let text = try String(contentsOf: settings, encoding: .utf8)
        #expect(text.contains("# every = \"24h\""), "the settings file shows the example")
        try Data(text.replacingOccurrences(of: "# every = \"24h\"", with: "every = \"2s\"").utf8).write(to: settings)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        // At once (nothing recorded yet), then again a period later.
        #expect(daemon.waitFor("verified", count: 2, timeout: 30), "\(daemon.log)")
        let times = daemon.events("verified").compactMap(DaemonProcess.time(of:))
        #expect(times.count >= 2 && times[1].timeIntervalSince(times[0]) >= 1.0, "\(times)")
        let record = try String(contentsOf: scene.s.libraryURL.appendingPathComponent("run/verify.json"), encoding: .utf8)
        #expect(record.contains("\"library\"") && record.contains("\"passed\" : true"), "\(record)")
        let page = scene.s.libraryURL.appendingPathComponent("site/projects/\(scene.project).html")
        #expect(eventually(timeout: 20) { (try? String(contentsOf: page, encoding: .utf8))?.contains("verified intact") == true }, "\(daemon.log)")
    }

    @Test func aScheduleOfNonsenseIsRefused() throws {
        #expect(LibrarySettings.Verify(dueAfterDays: 30, every: "24h").interval == 86400)
        #expect(LibrarySettings.Verify(dueAfterDays: 30, every: "90m").interval == 5400)
        let base = try InboxScenario().library.settings.serialized()
        for bad in ["nightly", "24", "-1h", "0d"] {
            let text = base.replacingOccurrences(of: "# every = \"24h\"", with: "every = \"\(bad)\"")
            #expect(throws: ConfigurationError.self) { _ = try LibrarySettings.parse(text) }
        }
    }
}
