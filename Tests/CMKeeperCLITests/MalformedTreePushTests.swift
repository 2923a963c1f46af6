import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// Real pushes of hand-made trees into a library whose pre-receive hook is the real cmkeeper:
/// nothing malformed lands, and git's strict fsck and cmkeeper's verify stay clean.
@Suite("Git hooks: malformed trees")
struct MalformedTreePushTests {
    let attachments = "projects/P-2026-001/attachments"

    /// A hand-made commit in `clone` on its main, with a tree of `kind` as the project's attachments.
    func handMadeCommit(_ kind: HandMadeTree.Kind, in clone: URL) throws -> (commit: String, tree: String) {
        let gitDir = clone.appendingPathComponent(".git")
        let tree = try HandMadeTree.write(kind, blob: try HandMadeTree.blob("a document", gitDir: gitDir), gitDir: gitDir)
        let commit = try HandMadeTree.commit(grafting: tree, at: attachments, onto: "origin/main", gitDir: gitDir, message: kind.label)
        return (commit, tree)
    }

    /// Pushes `commit` to main as the project's manager, without the client checking what it sends.
    func pushUnchecked(_ s: Scenario, _ clone: URL, _ commit: String) throws -> CommandResult {
        try Shell.git(["-c", "transfer.fsckObjects=false", "push", "origin", "\(commit):refs/heads/main"], in: clone, environment: ["CMKEEPER_USER": s.manager])
    }

    /// The push was refused saying `text`; main and the tags are as before, the tree is not in the
    /// library, and git's strict fsck and cmkeeper's verify find nothing.
    func expectNothingLanded(
        _ s: Scenario, _ result: CommandResult, _ text: String, tree: String, main: String, tags: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(!result.succeeded, "the push landed", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try s.git(["rev-parse", "main"]).stdout == main, sourceLocation: sourceLocation)
        #expect(try s.git(["for-each-ref", "refs/tags"]).stdout == tags, sourceLocation: sourceLocation)
        #expect(!(try s.git(["cat-file", "-e", tree]).succeeded), "the malformed tree was kept", sourceLocation: sourceLocation)
        let fsck = try s.git(["fsck", "--full", "--strict", "--no-dangling"])
        #expect(fsck.succeeded && !fsck.stderr.contains("warning"), "\(fsck)", sourceLocation: sourceLocation)
    }

    func state(_ s: Scenario) throws -> (String, String) {
        (try s.git(["rev-parse", "main"]).stdout, try s.git(["for-each-ref", "refs/tags"]).stdout)
    }

    @Test(arguments: HandMadeTree.kinds)
    func gitRefusesAMalformedTreeBeforeTheHookRuns(_ kind: HandMadeTree.Kind) throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let clone = try s.clone()
        let (main, tags) = try state(s)
        let (commit, tree) = try handMadeCommit(kind, in: clone)
        try expectNothingLanded(s, try pushUnchecked(s, clone, commit), kind.fsckID, tree: tree, main: main, tags: tags)
        #expect(try s.open().verify().passed)
    }

    @Test(arguments: HandMadeTree.kinds)
    func theHookRefusesAMalformedTreeWhereGitDoesNotCheck(_ kind: HandMadeTree.Kind) throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        // A library made before git checked pushed objects.
        for key in ["transfer.fsckObjects", "receive.fsckObjects", "receive.fsck.badFilemode"] {
            try s.git(["config", "--unset", key])
        }
        let clone = try s.clone()
        let (main, tags) = try state(s)
        let (commit, tree) = try handMadeCommit(kind, in: clone)
        let result = try pushUnchecked(s, clone, commit)
        try expectNothingLanded(s, result, kind.message, tree: tree, main: main, tags: tags)
        #expect(result.stderr.contains("cmkeeper refused this push"), "\(result.stderr)")
        #expect(try s.open().verify().passed)
    }

    @Test func hooksInstallTurnsOnGitsChecksInAnOlderLibrary() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        for key in ["transfer.fsckObjects", "receive.fsckObjects", "fetch.fsckObjects", "receive.fsck.badFilemode", "fsck.badFilemode"] {
            try s.git(["config", "--unset", key])
        }
        let install = try CLI.run(["hooks", "install"], library: s.libraryURL)
        #expect(install.succeeded, "\(install)")
        #expect(try s.git(["config", "receive.fsckObjects"]).stdout == "true\n")
        #expect(try s.git(["config", "fetch.fsckObjects"]).stdout == "true\n")
        #expect(try s.git(["config", "receive.fsck.badFilemode"]).stdout == "error\n")
        let clone = try s.clone()
        let (main, tags) = try state(s)
        let (commit, tree) = try handMadeCommit(HandMadeTree.kinds[0], in: clone)
        try expectNothingLanded(s, try pushUnchecked(s, clone, commit), "fullPathname", tree: tree, main: main, tags: tags)
    }

    @Test func aTreeGitWroteWithNamesAroundAFoldersNameLands() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let clone = try s.clone()
        // git sorts the folder "a" as "a/": after "a-b" and "a.c", before "a0".
        let names = ["a-b.txt", "a.c.txt", "a/x.txt", "a0.txt", "a/b/y.txt"]
        let result = try s.commitAndPush(clone, as: s.manager, files: Dictionary(uniqueKeysWithValues: names.map { ("\(attachments)/\($0)", Data($0.utf8)) }))
        #expect(result.succeeded, "\(result)")
        #expect(try s.git(["fsck", "--full", "--strict", "--no-dangling"]).succeeded)
        let (commit, problems) = try s.open().validate()
        #expect(commit != nil && problems.isEmpty, "\(problems)")
    }

    @Test func validateReportsAMalformedTreeAlreadyOnMain() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let main = try s.git(["rev-parse", "main"]).stdout.trimmingCharacters(in: .newlines)
        let blob = try HandMadeTree.blob("a document", gitDir: s.repositoryURL)
        // Written straight into the library, as a push could before git checked pushed objects.
        for kind in HandMadeTree.kinds + [HandMadeTree.emptyName] {
            let tree = try HandMadeTree.write(kind, blob: blob, gitDir: s.repositoryURL)
            let commit = try HandMadeTree.commit(grafting: tree, at: attachments, onto: main, gitDir: s.repositoryURL)
            try s.git(["update-ref", "refs/heads/main", commit, main])
            let validate = try CLI.run(["validate"], library: s.libraryURL)
            #expect(validate.status == 1, "\(kind): \(validate)")
            #expect(validate.stdout.contains("\(attachments)"), "\(kind): \(validate.stdout)")
            #expect(validate.stdout.contains(kind.message), "\(kind): \(validate.stdout)")
            try s.git(["update-ref", "refs/heads/main", main, commit])
        }
    }
}
