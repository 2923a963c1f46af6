import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `cmkeeper daemon status`, with and without the real daemon running.
@Suite("cmkeeper daemon status", .serialized)
struct DaemonStatusTests {
    @Test func withNoDaemonItSaysSoAndCountsWhatLiesInTheInbox() throws {
        let scene = try InboxScenario()
        try scene.drop("安装验收报告.docx", Data("PK".utf8))
        try scene.drop("attachments/照片.jpg", Data("JPEG".utf8))
        let text = try scene.statusText()
        #expect(text.contains("not running"), "\(text)")
        #expect(text.contains("2 files waiting"), "\(text)")
        #expect(text.contains("mirrors: none"), "\(text)")

        let status = try scene.daemonStatus().json
        #expect(status["running"] as? Bool == false)
        #expect(status["pid"] == nil)
        #expect(queue(status) == ["P-2026-001": 2])
        #expect((status["recent_commits"] as? [Any])?.isEmpty == true)
    }

    @Test func withADaemonItShowsItsPidItsQueueAndItsLastCommits() throws {
        // A quiet period long enough to see the files wait.
        let scene = try InboxScenario(quietPeriodMilliseconds: 2500)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        #expect(try scene.daemonStatus().json["running"] as? Bool == true)
        #expect(try scene.daemonStatus().json["pid"] as? Int == Int(daemon.pid))

        try scene.dropTogether(["安装验收报告.docx": Data("PK report".utf8), "attachments/现场/照片 1.jpg": Data("JPEG".utf8)])
        #expect(try eventually(timeout: 2) {
            queue(try scene.daemonStatus().json) == ["P-2026-001": 2]
        }, "\((try? scene.statusText()) ?? "")")
        #expect(try scene.statusText().contains("2 files waiting"))

        #expect(daemon.waitFor("committed", count: 2), "\(daemon.log)")
        let main = try scene.main().trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try eventually(timeout: 5) { (try scene.daemonStatus().json["waiting"] as? [Any])?.isEmpty == true })
        let status = try scene.daemonStatus().json
        let commits = status["recent_commits"] as? [[String: Any]] ?? []
        try #require(commits.count == 1, "\(status)")
        #expect(commits[0]["commit"] as? String == main)
        #expect(commits[0]["project"] as? String == "P-2026-001")
        #expect(commits[0]["user"] as? String == scene.dropper)
        #expect(commits[0]["files"] as? [String] == [
            "projects/P-2026-001/acceptance/安装验收报告.docx", "projects/P-2026-001/attachments/现场/照片 1.jpg",
        ])
        #expect(commits[0]["time"] is String)
        let text = try scene.statusText()
        #expect(text.contains("running (pid \(daemon.pid)"), "\(text)")
        #expect(text.contains(String(main.prefix(12))), "\(text)")
        #expect(text.contains("nothing waiting"), "\(text)")

        // Stopped: not running, and the last commits of the daemon that ran last.
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 10) == 0)
        let after = try scene.daemonStatus().json
        #expect(after["running"] as? Bool == false)
        #expect((after["recent_commits"] as? [[String: Any]])?.first?["commit"] as? String == main)
        #expect(try scene.statusText().contains("not running"))
    }
}

/// The `waiting` of a status, by project.
private func queue(_ status: [String: Any]) -> [String: Int]? {
    guard let waiting = status["waiting"] as? [[String: Any]] else { return nil }
    return Dictionary(uniqueKeysWithValues: waiting.map { ($0["project"] as? String ?? "?", $0["files"] as? Int ?? -1) })
}

extension InboxScenario {
    /// `cmkeeper daemon status` for people.
    func statusText() throws -> String {
        let result = try Shell.run(DaemonProcess.binary, ["daemon", "status", "--library", s.libraryURL.path])
        guard result.succeeded else { throw ScenarioError.command("cmkeeper daemon status", result) }
        return result.stdout
    }
}
