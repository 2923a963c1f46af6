import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// The real daemon keeping real mirrors (plain bare repositories, as a second site's or a
/// backup disk's), checked with the real git and git-lfs.
@Suite("cmkeeper daemon: mirrors", .serialized)
struct MirrorTests {
    @Test func aFileURLMirrorAndAPathMirrorReceiveMainTheTagsAndTheLargeFiles() throws {
        let scene = try InboxScenario(largeFileThreshold: 10_000, hooks: DaemonProcess.binary)
        try scene.s.sampleProduct(installerBytes: 300_000)
        _ = try scene.library.release(ReleaseRequest(project: scene.project, product: "核心业务平台", version: "2.1.0", user: scene.s.cm))
        let byURL = try scene.bareRepository("mirror-by-url.git")
        let byPath = try scene.bareRepository("mirror-by-path.git")
        try scene.addMirrors([("second site", "file://" + byURL.path), (nil, byPath.path)])
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }

        // At start: main, the release's tag and its large files.
        #expect(daemon.waitFor("mirrored", count: 2), "\(daemon.log)")
        #expect(Set(daemon.events("mirrored").compactMap { $0["mirror"] as? String }) == ["second site", byPath.path])
        for mirror in [byURL, byPath] { try scene.expectMirrored(mirror) }
        #expect(try scene.s.git(["for-each-ref", "refs/tags"]).stdout.contains("refs/tags/release/P-2026-001/核心业务平台/2.1.0"))

        // A drop: its commit and its large file reach both.
        let photo = Scenario.noise(60_000, seed: 11)
        try scene.drop("attachments/现场/照片.jpg", photo)
        #expect(daemon.waitFor("committed"), "\(daemon.log)")
        #expect(try eventually(timeout: 15) { try [byURL, byPath].allSatisfy { try scene.main(of: $0) == scene.main() } }, "\(daemon.log)")
        for mirror in [byURL, byPath] { try scene.expectMirrored(mirror) }

        // A clone of each mirror gets every byte back with git lfs pull.
        let installer = try Data(contentsOf: scene.s.productsURL.appendingPathComponent("核心业务平台/2.1.0/安装包/core-platform-2.1.0.tar.gz"))
        for (index, source) in ["file://" + byURL.path, byPath.path].enumerated() {
            let clone = scene.s.folder.path("mirror-clone-\(index)")
            let cloned = try Shell.git(["clone", "-q", source, clone.path])
            try #require(cloned.succeeded, "\(cloned)")
            let pull = try Shell.git(["lfs", "pull"], in: clone)
            #expect(pull.succeeded, "\(pull)")
            let project = clone.appendingPathComponent("projects/P-2026-001")
            #expect(try Data(contentsOf: project.appendingPathComponent("attachments/现场/照片.jpg")) == photo)
            #expect(try Data(contentsOf: project.appendingPathComponent("releases/核心业务平台/2.1.0/安装包/core-platform-2.1.0.tar.gz")) == installer)
            #expect(try Shell.git(["status", "--porcelain"], in: clone).stdout == "")
        }

        // A push to the library reaches them too.
        let clone = try scene.s.clone()
        let push = try scene.s.commitAndPush(
            clone, as: scene.dropper, files: ["projects/P-2026-001/acceptance/安装验收报告.docx": Data("PK pushed".utf8)])
        try #require(push.succeeded, "\(push)")
        #expect(daemon.waitFor("ref-moved"), "\(daemon.log)")
        #expect(try eventually(timeout: 15) { try [byURL, byPath].allSatisfy { try scene.main(of: $0) == scene.main() } }, "\(daemon.log)")
        for mirror in [byURL, byPath] { try scene.expectMirrored(mirror) }
        #expect(daemon.events("mirror-failed").isEmpty, "\(daemon.log)")

        // The status says both are up to date.
        #expect(try eventually(timeout: 5) { try scene.daemonStatus().mirrors.allSatisfy { $0["state"] as? String == "up-to-date" && $0["behind"] as? Int == 0 } })
    }

    @Test func aMirrorThatIsDownNeverStopsTheInboxShowsAsFailingAndCatchesUpWhenItComesBack() throws {
        let scene = try InboxScenario()
        let later = scene.s.folder.path("later.git")  // not made yet
        let flaky = try scene.bareRepository("flaky.git")
        try scene.addMirrors([("later", later.path), ("flaky", "file://" + flaky.path)])
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        #expect(try eventually(timeout: 15) { try scene.main(of: flaky) == scene.main() }, "\(daemon.log)")
        #expect(daemon.waitFor("mirror-failed"))

        // The flaky mirror's disk goes away; the inbox carries on.
        let away = scene.s.folder.path("flaky-away.git")
        try FileManager.default.moveItem(at: flaky, to: away)
        try scene.drop("安装验收报告.docx", Data("PK report".utf8))
        #expect(daemon.waitFor("committed"), "\(daemon.log)")
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty })
        #expect(eventually(timeout: 15) { daemon.events("mirror-failed").contains { $0["mirror"] as? String == "flaky" } }, "\(daemon.log)")

        // The status shows both failing: the one never reached behind by an unknown count, the other by the one commit.
        let status = try scene.daemonStatus()
        #expect(status.json["running"] as? Bool == true)
        let byName = Dictionary(uniqueKeysWithValues: status.mirrors.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["later"]?["state"] as? String == "failing")
        #expect(byName["later"]?["behind"] is NSNull)
        #expect((byName["later"]?["last_error"] as? String)?.contains("git init --bare") == true, "\(status.json)")
        #expect(byName["flaky"]?["state"] as? String == "failing")
        #expect(byName["flaky"]?["behind"] as? Int == 1, "\(status.json)")
        #expect((byName["flaky"]?["consecutive_failures"] as? Int ?? 0) >= 1)
        let text = try Shell.run(DaemonProcess.binary, ["daemon", "status", "--library", scene.s.libraryURL.path])
        #expect(text.stdout.contains("failing"), "\(text)")

        // Both come back: the new one is made, the flaky one's disk returns.
        try #require(try Shell.git(["init", "-q", "--bare", later.path]).succeeded)
        try FileManager.default.moveItem(at: away, to: flaky)
        #expect(try eventually(timeout: 45) { try [later, flaky].allSatisfy { try scene.main(of: $0) == scene.main() } }, "\(daemon.log)")
        for mirror in [later, flaky] { try scene.expectMirrored(mirror) }
        #expect(try eventually(timeout: 5) {
            try scene.daemonStatus().mirrors.allSatisfy { $0["state"] as? String == "up-to-date" && $0["behind"] as? Int == 0 && $0["consecutive_failures"] as? Int == 0 }
        })
        #expect(daemon.events("mirrored").contains { $0["mirror"] as? String == "later" })
    }
}

extension InboxScenario {
    /// A new plain bare repository in the test's folder, as a mirror is.
    func bareRepository(_ name: String) throws -> URL {
        let url = s.folder.path(name)
        let result = try Shell.git(["init", "-q", "--bare", url.path])
        guard result.succeeded else { throw ScenarioError.command("git init --bare", result) }
        return url
    }

    /// Adds `[[mirror]]` tables to cmkeeper.toml (the daemon reads them when it starts).
    func addMirrors(_ mirrors: [(name: String?, url: String)]) throws {
        var settings = try LibrarySettings.parse(try String(contentsOf: library.settingsURL, encoding: .utf8))
        settings.mirrors = mirrors.map { LibrarySettings.Mirror(url: $0.url, name: $0.name) }
        try Data(settings.serialized().utf8).write(to: library.settingsURL)
    }

    /// The library's main, as the real git reads it.
    func main() throws -> String {
        try s.git(["rev-parse", "main"]).stdout
    }

    /// The main of the repository at `gitDirectory`, as the real git reads it; "" when it has none or is gone.
    func main(of gitDirectory: URL) throws -> String {
        let result = try Shell.git(["--git-dir", gitDirectory.path, "rev-parse", "--verify", "-q", "main"])
        return result.succeeded ? result.stdout : ""
    }

    /// Checks that the mirror holds the library's main, its tags and its large files, and is sound.
    func expectMirrored(_ mirror: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try main(of: mirror) == main(), sourceLocation: sourceLocation)
        let tags = ["for-each-ref", "--format=%(refname) %(objectname)", "refs/tags"]
        #expect(try Shell.git(["--git-dir", mirror.path] + tags).stdout == s.git(tags).stdout, sourceLocation: sourceLocation)
        let fsck = try Shell.git(["--git-dir", mirror.path, "fsck", "--strict"])
        #expect(fsck.succeeded, "\(fsck)", sourceLocation: sourceLocation)
        let objects = files(in: s.repositoryURL.appendingPathComponent("lfs/objects"))
        #expect(files(in: mirror.appendingPathComponent("lfs/objects")) == objects, sourceLocation: sourceLocation)
        for object in objects {
            #expect(
                FileManager.default.contentsEqual(
                    atPath: mirror.appendingPathComponent("lfs/objects/\(object)").path,
                    andPath: s.repositoryURL.appendingPathComponent("lfs/objects/\(object)").path),
                "\(object)", sourceLocation: sourceLocation)
        }
    }

    /// `cmkeeper daemon status --json`, parsed.
    func daemonStatus() throws -> (json: [String: Any], mirrors: [[String: Any]]) {
        let result = try Shell.run(DaemonProcess.binary, ["daemon", "status", "--library", s.libraryURL.path, "--json"])
        guard result.succeeded, let json = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any] else {
            throw ScenarioError.command("cmkeeper daemon status --json", result)
        }
        return (json, json["mirrors"] as? [[String: Any]] ?? [])
    }
}
