import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// A commit's author is read as who submitted its documents: a push to the library carries only
/// its pusher's commits (a CM engineer's may carry others'), checked by the real pre-receive hook.
@Suite("Git hooks: commits authored by their pusher")
struct CommitAuthorPushTests {
    let project = "P-2026-001"
    let report = "projects/P-2026-001/acceptance/安装验收报告.docx"
    /// Someone the manager might pass himself off as: customer service, as roles.toml knows them.
    let other = ["GIT_AUTHOR_NAME": "赵客服", "GIT_AUTHOR_EMAIL": "zhao@example.com"]

    /// A library with the project's documents submitted by wang.pm and the hooks in place, in
    /// which customer service has an e-mail address; and a clone of it.
    func setUp() throws -> (Scenario, URL) {
        let s = Scenario()
        let library = try s.makeSubmittedProject(hooks: CLI.binary)
        let roles = try library.snapshot().roleBook().updating(.init(login: s.customerService, name: "赵客服", email: "zhao@example.com", roles: [.customerService]))
        _ = try library.commitOnMain(author: s.cm) { _ in
            PlannedCommit(updates: [.upsert(path: ".cmkeeper/roles.toml", blob: try library.writeBlob(Data(roles.serialized().utf8)))], message: "Give customer service an e-mail address\n")
        }
        return (s, try s.clone())
    }

    /// In the clone: a new version of the acceptance report, committed as `author` says.
    func commitReport(_ s: Scenario, _ clone: URL, _ text: String, environment: [String: String]) throws {
        try Data("PK\u{3}\u{4} \(text)".utf8).write(to: clone.appendingPathComponent(report))
        try Shell.git(["add", "-A"], in: clone)
        let commit = try Shell.git(["commit", "-q", "--no-verify", "-m", text], in: clone, environment: environment)
        #expect(commit.succeeded, "\(commit)")
    }

    /// Who authored the commit on main, as git shows it.
    func mainAuthor(_ s: Scenario) throws -> String {
        try s.git(["log", "-1", "--format=%an <%ae>", "main"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aManagerPushingSomeoneElsesCommitIsRefusedAndLandsOnceHeIsItsAuthor() throws {
        let (s, clone) = try setUp()
        let main = try s.git(["rev-parse", "main"]).stdout
        try commitReport(s, clone, "安装验收报告 v2", environment: try s.identity(s.manager).merging(other) { $1 })

        let refused = try s.push(clone, as: s.manager)
        #expect(!refused.succeeded, "the push landed")
        #expect(refused.stderr.contains("“安装验收报告 v2” is authored by 赵客服 <zhao@example.com>, zhao.cs in roles.toml, not by wang.pm who pushes it"), "\(refused.stderr)")
        #expect(refused.stderr.contains("git commit --amend --no-edit --reset-author"), "\(refused.stderr)")
        #expect(refused.stderr.contains("git rebase -r origin/main --exec 'git commit --amend --no-edit --reset-author'"), "\(refused.stderr)")
        #expect(refused.stderr.contains("git config user.name wang.pm"), "\(refused.stderr)")
        // A refusal for the author alone does not tell him to drop his work.
        #expect(!refused.stderr.contains("git reset --hard"), "\(refused.stderr)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)

        // The way back: the manager becomes the commit's author, and it lands.
        let amend = try Shell.git(["commit", "-q", "--amend", "--no-edit", "--reset-author"], in: clone, environment: try s.identity(s.manager))
        #expect(amend.succeeded, "\(amend)")
        let pushed = try s.push(clone, as: s.manager)
        #expect(pushed.succeeded, "\(pushed)")
        #expect(try mainAuthor(s) == "wang.pm <wang.pm@example.com>")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func severalCommitsAreEachToldAndOneOfHisOwnIsNot() throws {
        let (s, clone) = try setUp()
        try commitReport(s, clone, "v2 by him", environment: try s.identity(s.manager))
        try commitReport(s, clone, "v3 as zhao", environment: try s.identity(s.manager).merging(other) { $1 })
        try commitReport(s, clone, "v4 as li", environment: try s.identity(s.manager).merging(["GIT_AUTHOR_NAME": "li.pm", "GIT_AUTHOR_EMAIL": "li@example.com"]) { $1 })

        let refused = try s.push(clone, as: s.manager)
        #expect(!refused.succeeded, "the push landed")
        #expect(refused.stderr.contains("cmkeeper refused this push (2 problems)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("“v3 as zhao” is authored by 赵客服 <zhao@example.com>, zhao.cs in roles.toml, not by wang.pm"), "\(refused.stderr)")
        #expect(refused.stderr.contains("“v4 as li” is authored by li.pm <li@example.com>, not by wang.pm"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("v2 by him"), "\(refused.stderr)")

        // The way back for several, as the refusal words it.
        let rebase = try Shell.run("/bin/sh", ["-c", "git rebase -q -r origin/main --exec 'git commit --amend --no-edit --reset-author'"], in: clone, environment: try s.identity(s.manager))
        #expect(rebase.succeeded, "\(rebase)")
        #expect(try s.push(clone, as: s.manager).succeeded)
        let authors = try s.git(["log", "-3", "--format=%an", "main"]).stdout
        #expect(authors == "wang.pm\nwang.pm\nwang.pm\n")
    }

    @Test func aCMEngineerMayPushAManagersCommit() throws {
        let (s, clone) = try setUp()
        try commitReport(s, clone, "安装验收报告 v2", environment: try s.identity(s.manager))
        let pushed = try s.push(clone, as: s.cm)
        #expect(pushed.succeeded, "\(pushed)")
        #expect(try mainAuthor(s) == "wang.pm <wang.pm@example.com>")
        // The report stays the manager's, not the pusher's: given customer service, he may not approve it.
        #expect(try CLI.run(["roles", "grant", s.manager, "customer-service"], user: s.cm, library: s.libraryURL).succeeded)
        let own = try CLI.run(["approve", project, "安装验收报告"], user: s.manager, library: s.libraryURL)
        #expect(own.status == 1, "\(own)")
        #expect(own.stderr.contains("wang.pm submitted acceptance/安装验收报告.docx and so may not approve it"), "\(own.stderr)")
    }

    @Test func aDocumentPushedAsSomeoneElseCannotThenBeApprovedByItsManager() throws {
        let (s, clone) = try setUp()
        // wang.pm holds customer service too, so he could approve a report someone else submitted.
        #expect(try CLI.run(["roles", "grant", s.manager, "customer-service"], user: s.cm, library: s.libraryURL).succeeded)
        try Shell.git(["pull", "-q", "--rebase", "origin", "main"], in: clone)
        try commitReport(s, clone, "安装验收报告 v2", environment: try s.identity(s.manager).merging(other) { $1 })
        let main = try s.git(["rev-parse", "main"]).stdout

        let refused = try s.push(clone, as: s.manager)
        #expect(!refused.succeeded, "the push landed")
        #expect(refused.stderr.contains("is authored by 赵客服 <zhao@example.com>"), "\(refused.stderr)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)

        // The report on main is still his own, so his approval is refused.
        let approval = try CLI.run(["approve", project, "安装验收报告"], user: s.manager, library: s.libraryURL)
        #expect(approval.status == 1, "\(approval)")
        #expect(approval.stderr.contains("wang.pm submitted acceptance/安装验收报告.docx and so may not approve it"), "\(approval.stderr)")
    }

    @Test func cmkeepersOwnCommitsNameTheActingUserAsAuthor() throws {
        let (s, _) = try setUp()
        // The customer-service approval, made by cmkeeper, is authored by zhao.cs as roles.toml knows them.
        #expect(try CLI.run(["approve", project, "安装验收报告"], user: s.customerService, library: s.libraryURL).succeeded)
        #expect(try mainAuthor(s) == "赵客服 <zhao@example.com>")
        // And the manager's submission by wang.pm, who has neither name nor e-mail there: his login.
        #expect(try s.git(["log", "-1", "--format=%an", "main", "--", report]).stdout == "wang.pm\n")
    }
}
