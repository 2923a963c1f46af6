import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// A project manager's mistake, made in a real clone with the real client hook and pushed to a
/// library whose pre-receive hook is the real cmkeeper: taken back out, and told how.
@Suite("Git hooks: undoing a mistake")
struct UndoingMistakesTests {
    let doc = Data("PK\u{3}\u{4} a document".utf8)
    /// A manager of another project than the scenario's P-2026-001 (wang.pm's).
    let other = "li.pm"
    let mistake = "projects/P-2026-001/attachments/笔记.docx"

    /// A library with wang.pm's P-2026-001 and li.pm's P-2026-002, and a clone with the client hook.
    func setUp() throws -> (Scenario, URL) {
        let s = Scenario()
        let library = try s.makeLibraryWithProject(hooks: CLI.binary)
        _ = try library.createProject(NewProject(id: "P-2026-002", name: "示例证券系统实施", manager: other), by: s.cm)
        let clone = try s.clone()
        let install = try CLI.run(["hooks", "install", "--client", clone.path])
        #expect(install.succeeded, "\(install)")
        return (s, clone)
    }

    /// Writes files into the clone and stages everything.
    func stage(_ clone: URL, _ files: [String: Data]) throws {
        for (path, data) in files {
            let url = clone.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try Shell.git(["add", "-A"], in: clone)
    }

    /// `git commit` as `user`, through the client hook unless `verify` is false.
    func commit(_ s: Scenario, _ clone: URL, as user: String, _ message: String, verify: Bool = true) throws -> CommandResult {
        try Shell.git(["commit", "-q"] + (verify ? [] : ["--no-verify"]) + ["-m", message], in: clone, environment: try s.identity(user))
    }

    /// Runs a command a refusal told the user, as its words say (a shell line).
    func follow(_ s: Scenario, _ line: String, in clone: URL, as user: String) throws -> CommandResult {
        try Shell.run("/bin/sh", ["-c", line], in: clone, environment: try s.identity(user))
    }

    /// The `git …` command of the way back's line mentioning `start`, up to the line's end.
    func command(_ output: String, _ start: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let line = try #require(output.split(separator: "\n").first { $0.contains(start) }, "no “\(start)” in:\n\(output)", sourceLocation: sourceLocation)
        return String(line[line.range(of: start)!.lowerBound...]).trimmingCharacters(in: .whitespaces)
    }

    @Test func aFileCommittedIntoAnotherManagersProjectCanBeRemovedAgain() throws {
        let (s, clone) = try setUp()
        try stage(clone, [mistake: doc])
        #expect(try commit(s, clone, as: other, "笔记", verify: false).succeeded)

        // Removing it is no change against the server: the hook takes it.
        try Shell.git(["rm", "-q", mistake], in: clone)
        let undone = try commit(s, clone, as: other, "Remove 笔记")
        #expect(undone.succeeded, "\(undone)")
        // And li.pm's own work goes on through the hook.
        try stage(clone, ["projects/P-2026-002/attachments/机房.jpg": doc])
        let own = try commit(s, clone, as: other, "机房")
        #expect(own.succeeded, "\(own)")

        // The server still refuses the commit that holds the mistake, and says how to make the commits one.
        let main = try s.git(["rev-parse", "main"]).stdout
        let refused = try s.push(clone, as: other)
        #expect(!refused.succeeded)
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        #expect(refused.stderr.contains("git reset --soft origin/main"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("git restore"), "nothing is left to restore: \(refused.stderr)")
        #expect(try follow(s, "git reset --soft origin/main", in: clone, as: other).succeeded)
        let squashed = try commit(s, clone, as: other, "机房")
        #expect(squashed.succeeded, "\(squashed)")
        let pushed = try s.push(clone, as: other)
        #expect(pushed.succeeded, "\(pushed)")
        #expect(try s.git(["cat-file", "-e", "main:projects/P-2026-002/attachments/机房.jpg"]).succeeded)
        #expect(!(try s.git(["log", "--all", "--format=%H", "--", mistake]).stdout.contains { $0.isHexDigit }))
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func aRefusedCommitSaysHowToGetBack() throws {
        let (s, clone) = try setUp()
        defer { withExtendedLifetime(s) {} }
        // Only staged: taken out of the commit, as the refusal says.
        try stage(clone, [mistake: doc])
        let staged = try commit(s, clone, as: other, "笔记")
        #expect(!staged.succeeded)
        #expect(staged.stderr.contains("li.pm may not change the documents of project P-2026-001"), "\(staged.stderr)")
        let restore = try command(staged.stderr, "git restore --staged --worktree -- ")
        #expect(restore == "git restore --staged --worktree -- \(mistake)")
        #expect(try follow(s, restore, in: clone, as: other).succeeded)
        #expect(try Shell.git(["status", "--porcelain"], in: clone).stdout.isEmpty)

        // Already in an unpushed commit: back to what the server has, or every unpushed commit dropped.
        try stage(clone, [mistake: doc])
        #expect(try commit(s, clone, as: other, "笔记", verify: false).succeeded)
        try stage(clone, ["projects/P-2026-002/attachments/机房.jpg": doc])
        let unpushed = try commit(s, clone, as: other, "机房")
        #expect(!unpushed.succeeded)
        #expect(unpushed.stderr.contains("git reset --hard origin/main"), "\(unpushed.stderr)")
        let back = try command(unpushed.stderr, "git restore --source=origin/main --staged --worktree -- ")
        #expect(back.hasPrefix("git restore --source=origin/main --staged --worktree -- \(mistake), then commit"), "\(back)")
        #expect(try follow(s, "git restore --source=origin/main --staged --worktree -- \(mistake)", in: clone, as: other).succeeded)
        let accepted = try commit(s, clone, as: other, "机房; 笔记 removed")
        #expect(accepted.succeeded, "\(accepted)")
    }

    @Test func aRefusedPushSaysHowToGetBack() throws {
        let (s, clone) = try setUp()
        try stage(clone, [mistake: doc])
        #expect(try commit(s, clone, as: other, "笔记", verify: false).succeeded)
        let refused = try s.push(clone, as: other)
        #expect(!refused.succeeded)
        #expect(refused.stderr.contains("nothing of this push landed"), "\(refused.stderr)")
        #expect(refused.stderr.contains("git reset --hard origin/main"))
        // Following the way back, step by step, leaves a clone as the server has it.
        #expect(try follow(s, "git reset --soft origin/main", in: clone, as: other).succeeded)
        let restore = try command(refused.stderr, "git restore --staged --worktree -- ")
        #expect(restore == "git restore --staged --worktree -- \(mistake)")
        #expect(try follow(s, restore, in: clone, as: other).succeeded)
        #expect(try Shell.git(["status", "--porcelain"], in: clone).stdout.isEmpty)
        #expect(try Shell.git(["rev-parse", "HEAD"], in: clone).stdout == (try s.git(["rev-parse", "main"]).stdout))

        // A push behind main is told to pull first.
        try Shell.git(["commit", "-q", "--amend", "-m", "rewritten"], in: clone)
        let behind = try s.push(clone, as: other, ["--force", "origin", "HEAD:main"])
        #expect(!behind.succeeded)
        #expect(behind.stderr.contains("git pull --rebase origin main"))
    }

    @Test func removingAnotherManagersProjectIsSummedUpInAFewLines() throws {
        let (s, clone) = try setUp()
        let photos = Dictionary(uniqueKeysWithValues: (1...40).map { ("projects/P-2026-001/attachments/现场照片/\($0).jpg", Data("photo \($0)".utf8)) })
        #expect(try s.commitAndPush(clone, as: s.manager, files: photos).succeeded)
        let main = try s.git(["rev-parse", "main"]).stdout
        try Shell.git(["rm", "-r", "-q", "projects/P-2026-001"], in: clone)
        #expect(try commit(s, clone, as: other, "oops", verify: false).succeeded)
        let refused = try s.push(clone, as: other)
        #expect(!refused.succeeded)
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        let report = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("remote:") }
        #expect(report.count <= 15, "\(refused.stderr)")
        #expect(refused.stderr.contains("40 files under projects/P-2026-001/attachments/现场照片/: li.pm may not change the documents of project P-2026-001"), "\(refused.stderr)")
        // The way back names the folder, not the 40 files, and brings them all back.
        let restore = try command(refused.stderr, "git restore --staged --worktree -- ")
        #expect(restore == "git restore --staged --worktree -- projects/P-2026-001/attachments/现场照片/ projects/P-2026-001/project.toml")
        #expect(try follow(s, "git reset --soft origin/main && " + restore, in: clone, as: other).succeeded)
        #expect(try Shell.git(["status", "--porcelain"], in: clone).stdout.isEmpty)
    }

    @Test func aProblemRepeatedInSeveralCommitsOfAPushIsListedOnce() throws {
        let (s, clone) = try setUp()
        for round in 1...3 {
            try stage(clone, [mistake: Data("第\(round)稿".utf8)])
            #expect(try commit(s, clone, as: other, "笔记 \(round)", verify: false).succeeded)
        }
        let refused = try s.push(clone, as: other)
        #expect(!refused.succeeded)
        let problems = refused.stderr.split(separator: "\n").filter { $0.contains("may not change the documents") }
        #expect(problems.count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("(1 problem)"))
    }
}
