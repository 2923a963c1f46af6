import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Logging
import Testing

@testable import CMKeeperDaemon

/// The mirror worker itself, on a real library and a real file:// mirror: what a round pushes
/// is what it read at its start, whatever the library does meanwhile.
@Suite("cmkeeper daemon: a mirror round", .serialized)
struct MirrorRoundTests {
    @Test func aReleaseMadeBetweenTheLargeFilesAndThePushWaitsForTheNextRound() async throws {
        let scene = try InboxScenario(largeFileThreshold: 10_000)
        try scene.s.sampleProduct(installerBytes: 300_000)
        let mirror = try scene.bareRepository("mirror.git")
        let worker = MirrorWorker(library: scene.library, logger: Logger(label: "test"))
        let target = LibrarySettings.Mirror(url: "file://" + mirror.path, name: "backup")
        let tag = "refs/tags/release/P-2026-001/核心业务平台/2.1.0"

        // The release lands after the round has sent the large files, before it pushes.
        let (binary, library, cm, project) = (DaemonProcess.binary, scene.s.libraryURL.path, scene.s.cm, scene.project)
        worker.afterLargeFiles = {
            _ = try? Shell.run(binary, ["release", project, "核心业务平台", "2.1.0", "--library", library], environment: ["CMKEEPER_USER": cm])
        }
        let before = try #require(await worker.refs())
        guard case .success(let first) = await worker.push(target, refs: before) else { Issue.record("the first round failed"); return }
        #expect(first.pushed.map(\.reference) == ["refs/heads/main"])
        #expect(first.pushed.first?.object == before.main)
        // The mirror has the main of the round's start, not the release's, and no tag of it.
        #expect(try scene.main(of: mirror) == "\(try #require(before.main).hex)\n")
        #expect(try scene.s.git(["rev-parse", "-q", "--verify", tag]).succeeded, "the release was not made")
        #expect(try scene.main() != scene.main(of: mirror))
        #expect(try !Shell.git(["--git-dir", mirror.path, "for-each-ref", "refs/tags"]).stdout.contains(tag))
        #expect(try Shell.git(["--git-dir", mirror.path, "fsck", "--strict"]).succeeded)

        // The next round takes the release, its tag and its large files.
        worker.afterLargeFiles = nil
        let after = try #require(await worker.refs())
        guard case .success(let second) = await worker.push(target, refs: after) else { Issue.record("the second round failed"); return }
        #expect(Set(second.pushed.map(\.reference)) == ["refs/heads/main", tag])
        #expect(second.largeFiles > 0)
        try scene.expectMirrored(mirror)
    }
}
