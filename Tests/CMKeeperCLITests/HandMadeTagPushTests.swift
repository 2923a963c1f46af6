import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// Release and baseline tags pushed by hand: only exactly the tag cmkeeper made for a record on
/// main lands.
@Suite("Git hooks: hand-made release and baseline tags")
struct HandMadeTagPushTests {
    /// In `clone`: makes the annotated tag `name` on `target` with exactly `message`.
    func tag(_ name: String, _ target: String, message: String, in clone: URL) throws {
        let file = clone.appendingPathComponent(".git/TAG_MESSAGE")
        try Data(message.utf8).write(to: file)
        let made = try Shell.git(["tag", "-f", "-a", "--cleanup=verbatim", "-F", file.path, name, target], in: clone)
        guard made.succeeded else { throw ScenarioError.command("git tag", made) }
    }

    /// Pushes `tags` from `clone` as the CM engineer.
    func push(_ s: Scenario, _ clone: URL, _ tags: String...) throws -> CommandResult {
        try s.push(clone, as: s.cm, ["origin"] + tags.map { "refs/tags/\($0)" })
    }

    /// The library's tag `name` made by cmkeeper is lost (deleted in the library), so pushes may
    /// make it again: hand-made ones are refused, the one cmkeeper made lands again.
    func expectOnlyTheMadeTagLands(
        _ s: Scenario, name: String, message: String, kind: String, wrongMessage: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let clone = try s.clone()
        try Shell.git(["fetch", "-q", "origin", "--tags"], in: clone)
        let made = try Shell.git(["rev-parse", "refs/tags/\(name)"], in: clone).stdout.trimmingCharacters(in: .newlines)
        try s.git(["update-ref", "-d", "refs/tags/\(name)"])
        let main = try s.git(["rev-parse", "main"]).stdout
        let tags = try s.git(["for-each-ref", "refs/tags"]).stdout
        func refused(_ result: CommandResult, _ text: String) throws {
            #expect(!result.succeeded, "the push landed", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(try s.git(["rev-parse", "main"]).stdout == main, sourceLocation: sourceLocation)
            #expect(try s.git(["for-each-ref", "refs/tags"]).stdout == tags, sourceLocation: sourceLocation)
        }
        // The record's message, on a commit of main that is not the one that recorded it.
        try tag(name, "origin/main~1", message: message, in: clone)
        try refused(try push(s, clone, name), "does not point at the commit on main that recorded it")
        // The right commit, another message.
        try tag(name, "origin/main", message: wrongMessage, in: clone)
        try refused(try push(s, clone, name), "is not the tag cmkeeper made for its record")
        // A name no record gives.
        let unrecorded = name + "-2"
        try tag(unrecorded, "origin/main", message: message, in: clone)
        try refused(try push(s, clone, unrecorded), "no \(kind) record on main names this tag")
        // The tag cmkeeper made, pushed again, lands; verify and git's fsck are clean.
        try Shell.git(["update-ref", "refs/tags/\(name)", made], in: clone)
        let again = try push(s, clone, name)
        #expect(again.succeeded, "\(again)", sourceLocation: sourceLocation)
        #expect(try s.git(["rev-parse", "refs/tags/\(name)"]).stdout.hasPrefix(made), sourceLocation: sourceLocation)
        let report = try s.open().verify()
        #expect(report.passed, "\(report.findings)", sourceLocation: sourceLocation)
        #expect(try s.git(["fsck", "--full", "--strict", "--no-dangling"]).succeeded, sourceLocation: sourceLocation)
    }

    @Test func onlyTheReleaseTagCmkeeperMadeLands() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject(hooks: CLI.binary)
        let outcome = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: s.cm))
        try expectOnlyTheMadeTagLands(
            s, name: outcome.tag, message: outcome.record.tagMessage(), kind: "release",
            wrongMessage: "Release 核心业务平台 2.1.0\n")
    }

    @Test func aReleaseTagWhoseReadableRecordWasAlteredDoesNotLand() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject(hooks: CLI.binary)
        let outcome = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: s.cm))
        let message = try #require(try library.tagMessage(of: outcome.record))
        #expect(message.contains("Released by: zhang.cm") && message.contains("cmkeeper-release-record: \(outcome.record.jsonLine())"))
        try expectOnlyTheMadeTagLands(
            s, name: outcome.tag, message: message, kind: "release",
            wrongMessage: message.replacingOccurrences(of: "Released by: zhang.cm", with: "Released by: someone.else"))
    }

    @Test func onlyTheBaselineTagCmkeeperMadeLands() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject(hooks: CLI.binary)
        let outcome = try library.baseline(project: "P-2026-001", user: s.cm)
        var other = outcome.manifest
        other.items.removeLast()
        try expectOnlyTheMadeTagLands(
            s, name: outcome.tag, message: outcome.manifest.tagMessage(), kind: "baseline", wrongMessage: other.tagMessage())
    }

    @Test func aReleasePushedWithItsMainToAMirrorLandsAndAForgedOneDoesNot() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject(hooks: CLI.binary)
        // A second library with the hook: a copy of the first, before the release.
        let mirror = s.folder.path("mirror")
        try Shell.run("cp", ["-a", s.libraryURL.path, mirror.path])
        let outcome = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: s.cm))
        try Shell.run("cp", ["-a", s.repositoryURL.appendingPathComponent("lfs").path + "/.", mirror.appendingPathComponent("repo.git/lfs").path])
        let mirrorRepository = mirror.appendingPathComponent("repo.git").path
        let before = try Shell.git(["--git-dir", mirrorRepository, "show-ref"]).stdout

        // main and a hand-made tag of the release, together: nothing lands.
        let forged = "refs/tags/forged"
        try Shell.git(["--git-dir", s.repositoryURL.path, "tag", "-a", "-m", "Release 核心业务平台 2.1.0", "forged", "main"])
        let refused = try Shell.git(
            ["--git-dir", s.repositoryURL.path, "push", mirrorRepository, "main", "\(forged):refs/tags/\(outcome.tag)"],
            environment: ["CMKEEPER_USER": s.cm])
        #expect(!refused.succeeded, "\(refused)")
        #expect(refused.stderr.contains("is not the tag cmkeeper made for its record"), "\(refused.stderr)")
        #expect(try Shell.git(["--git-dir", mirrorRepository, "show-ref"]).stdout == before)
        try Shell.git(["--git-dir", s.repositoryURL.path, "tag", "-d", "forged"])

        // main and the tag cmkeeper made, together: both land, and the mirror verifies clean.
        let pushed = try Shell.git(
            ["--git-dir", s.repositoryURL.path, "push", mirrorRepository, "main", "refs/tags/\(outcome.tag)"],
            environment: ["CMKEEPER_USER": s.cm])
        #expect(pushed.succeeded, "\(pushed)")
        let report = try Library.open(at: mirror).verify()
        #expect(report.passed, "\(report.findings)")
    }
}
