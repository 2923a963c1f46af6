import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// One set of process rules on every path: `phase`, `status`, `baseline` and `submit` through the
/// real binary, the same rules through a real `git push` into the pre-receive hook.
@Suite("Process rules: phases, the baseline and change requests, through the binary and the hook")
struct ProcessRulesTests {
    let project = "P-2026-001"
    let doc = Data("PK\u{3}\u{4} a document".utf8)

    func run(_ s: Scenario, _ arguments: [String], as user: String) throws -> CommandResult {
        try CLI.run(arguments, user: user, library: s.libraryURL)
    }

    func lastMessage(_ s: Scenario) throws -> String {
        try s.git(["log", "-1", "--format=%B", "main"]).stdout.trimmingCharacters(in: .newlines)
    }

    // MARK: phase

    @Test func phaseTakesChineseTitlesNamesThePhasesPassedAndNeverCloses() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject()
        let moved = try run(s, ["phase", project, "系统安装调试"], as: s.manager)
        #expect(moved.succeeded, "\(moved)")
        #expect(try s.git(["show", "main:projects/\(project)/project.toml"]).stdout.contains("phase = \"installation\""))

        let far = try run(s, ["phase", project, "系统正式上线"], as: s.manager)
        #expect(far.succeeded, "\(far)")
        #expect(far.stdout.contains("passing 试运行 (trial-run, not held), 用户培训 (training)"), "\(far.stdout)")
        #expect(try lastMessage(s).contains("passing 试运行 (trial-run, not held), 用户培训 (training)"))

        // Closing is the baseline's: not even a CM engineer moves a project to closed by hand.
        let main = try s.git(["rev-parse", "main"]).stdout
        let close = try run(s, ["phase", project, "验收完成"], as: s.cm)
        #expect(!close.succeeded)
        #expect(close.stderr.contains("only with its baseline") && close.stderr.contains("cmkeeper baseline \(project)"), "\(close.stderr)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
    }

    @Test func onlyACMEngineerMovesAProjectBackAndTheReasonIsKept() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject()
        #expect(try run(s, ["phase", project, "go-live"], as: s.manager).succeeded)
        let main = try s.git(["rev-parse", "main"]).stdout

        // Refusals for going back or standing still do not ask for missing documents.
        let manager = try run(s, ["phase", project, "installation", "--back", "--reason", "重装"], as: s.manager)
        #expect(!manager.succeeded && manager.stderr.contains("only a CM engineer"), "\(manager.stderr)")
        let forwardOnly = try run(s, ["phase", project, "installation"], as: s.cm)
        #expect(!forwardOnly.succeeded && forwardOnly.stderr.contains("--back --reason"), "\(forwardOnly.stderr)")
        let still = try run(s, ["phase", project, "go-live"], as: s.cm)
        #expect(!still.succeeded && still.stderr.contains("already in"))
        let noReason = try run(s, ["phase", project, "installation", "--back"], as: s.cm)
        #expect(!noReason.succeeded && noReason.stderr.contains("needs a reason"))
        for refusal in [manager, forwardOnly, still, noReason] {
            #expect(!refusal.stderr.contains("submit"), "\(refusal.stderr)")
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == main)

        let back = try run(s, ["phase", project, "系统安装调试", "--back", "--reason", "客户更换服务器，重新安装"], as: s.cm)
        #expect(back.succeeded, "\(back)")
        #expect(try s.git(["show", "main:projects/\(project)/project.toml"]).stdout.contains("phase = \"installation\""))
        let message = try lastMessage(s)
        #expect(message.contains("back to 系统安装调试 (installation)") && message.hasSuffix("\n\nReason: 客户更换服务器，重新安装"), "\(message)")
    }

    // MARK: status

    @Test func statusShowsAOneOfRequirementOnceAndASkippedPhaseAsNotHeld() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        let fresh = try run(s, ["status", "P-2026-001"], as: s.cm)
        #expect(fresh.succeeded)
        let lines = fresh.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains("功能测试情况表") } == ["    ✔ 功能测试情况表 或 验收测试报告  acceptance/功能测试情况表.xlsx"], "\(fresh.stdout)")
        #expect(lines.contains("  试运行 (trial-run): skipped (not held)"), "\(fresh.stdout)")

        // Missing, the group is one line too.
        try s.makeProject("P-2026-002", in: library)
        let empty = try run(s, ["status", "P-2026-002"], as: s.cm)
        #expect(empty.stdout.split(separator: "\n").filter { $0.contains("验收测试报告") } == ["    ✘ 功能测试情况表 或 验收测试报告  missing"], "\(empty.stdout)")

        // On the page for leadership, a passed trial run the project did not hold is not drawn as done.
        _ = try library.baseline(project: project, user: s.cm)
        let page = s.folder.path("配置状态报告.html")
        #expect(try run(s, ["status", "--phase", "验收完成", "--html", page.path], as: s.cm).succeeded)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.components(separatedBy: "step skipped").count - 1 == 1)
        #expect(html.components(separatedBy: "step done").count - 1 == 5)
    }

    // MARK: baseline

    @Test func theSummaryReportIsBaselinedAndNothingIsAddedAfterwards() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject(documents: Scenario.smallProjectDocuments.filter { $0 != "项目实施总结报告.docx" })
        #expect(try run(s, ["phase", project, "acceptance"], as: s.manager).succeeded)
        let status = try run(s, ["status", project], as: s.manager)
        #expect(status.stdout.contains("To close (验收完成): 项目实施总结报告, then a CM engineer runs cmkeeper baseline \(project)"), "\(status.stdout)")
        let early = try run(s, ["baseline", project], as: s.cm)
        #expect(!early.succeeded && early.stderr.contains("验收完成 (closed) cannot be entered: missing 项目实施总结报告"), "\(early.stderr)")
        #expect(try s.git(["tag", "-l", "baseline/*"]).stdout == "")

        let summary = try s.folder.write("desk/项目实施总结报告.docx", doc)
        #expect(try run(s, ["submit", project, summary.path], as: s.manager).succeeded)
        let baseline = try library.baseline(project: project, user: s.cm)
        #expect(baseline.manifest.items.contains { $0.path == "projects/\(project)/closed/项目实施总结报告.docx" })
        #expect(try lastMessage(s).contains("moves to 验收完成 (closed) from 项目验收 (acceptance)"))

        // New files, not only changed ones, need a change request once the project is baselined.
        let weekly = try s.folder.write("desk/项目周报-2026-W49.docx", doc)
        let late = try run(s, ["submit", project, weekly.path], as: s.manager)
        #expect(!late.succeeded && late.stderr.contains("is not in project \(project)'s baseline acceptance and cannot be added"), "\(late.stderr)")
        let byCM = try run(s, ["submit", project, weekly.path], as: s.cm)
        #expect(!byCM.succeeded && byCM.stderr.contains("cannot be added without a change request"), "\(byCM.stderr)")
        // A new change request comes in freely: it is how changes start.
        let request = try s.folder.write("desk/需求变更申请单-001.docx", doc)
        #expect(try run(s, ["submit", project, request.path], as: s.manager).succeeded)
    }

    @Test func aLaterBaselineFollowsAnApprovedChangeRequestThatChangedSomething() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject()
        #expect(try run(s, ["baseline", project], as: s.cm).succeeded)
        #expect(try lastMessage(s).contains("moves to 验收完成 (closed) from 项目准备 (preparation), passing 系统安装调试 (installation), 试运行 (trial-run, not held), 用户培训"))
        let tags = try s.git(["tag", "-l", "baseline/*"]).stdout

        // Nothing changed: refused, with or without a change request.
        let same = try run(s, ["baseline", project], as: s.cm)
        #expect(!same.succeeded && same.stderr.contains("nothing has changed in project \(project) since acceptance"), "\(same.stderr)")
        #expect(try !run(s, ["baseline", project, "--change-request", "CR-999"], as: s.cm).succeeded)

        // A change request is submitted and approved, but changes nothing yet.
        let request = try s.folder.write("desk/需求变更申请单-003.docx", doc)
        #expect(try run(s, ["submit", project, request.path], as: s.manager).succeeded)
        #expect(try run(s, ["approve", project, "需求变更申请单", "--file", "需求变更申请单-003.docx"], as: s.cm).succeeded)
        let unknown = try run(s, ["baseline", project, "--change-request", "CR-999"], as: s.cm)
        #expect(!unknown.succeeded && unknown.stderr.contains("no change request CR-999"), "\(unknown.stderr)")
        let unnamed = try run(s, ["baseline", project], as: s.cm)
        #expect(!unnamed.succeeded && unnamed.stderr.contains("--change-request"), "\(unnamed.stderr)")
        let idle = try run(s, ["baseline", project, "--change-request", "CR-003"], as: s.cm)
        #expect(!idle.succeeded && idle.stderr.contains("CR-003 changed nothing in project \(project) since acceptance"), "\(idle.stderr)")
        #expect(try s.git(["tag", "-l", "baseline/*"]).stdout == tags)

        // submit --change-request names it in the commit; then the change is baselined, naming it.
        let report = try s.folder.write("desk/安装验收报告.docx", Data("PK\u{3}\u{4} revised".utf8))
        let change = try run(s, ["submit", project, report.path, "--change-request", "CR-003"], as: s.cm)
        #expect(change.succeeded, "\(change)")
        #expect(try lastMessage(s).hasSuffix("\n\nChange-Request: CR-003"))
        // The CM engineer who changed it may not approve it too (separation of duties): another one does.
        #expect(!(try run(s, ["approve", project, "安装验收报告"], as: s.cm).succeeded))
        #expect(try run(s, ["roles", "grant", "li.cm", "cm-engineer"], as: s.cm).succeeded)
        #expect(try run(s, ["approve", project, "安装验收报告"], as: "li.cm").succeeded)
        #expect(try run(s, ["approve", project, "安装验收报告"], as: s.customerService).succeeded)
        let second = try run(s, ["baseline", project, "--change-request", "CR-003", "--json"], as: s.cm)
        #expect(second.succeeded, "\(second)")
        let manifest = try #require((try CLI.json(second) as? [String: Any])?["manifest"] as? [String: Any])
        #expect(manifest["name"] as? String == "acceptance.2" && manifest["change_request"] as? String == "CR-003")
        let again = try run(s, ["baseline", project, "--change-request", "CR-003"], as: s.cm)
        #expect(!again.succeeded && again.stderr.contains("since acceptance.2"), "\(again.stderr)")
        #expect(try s.git(["tag", "-l", "baseline/*"]).stdout == "baseline/\(project)/acceptance\nbaseline/\(project)/acceptance.2\n")
    }
}

/// The same rules through a real push into the pre-receive hook.
@Suite("Git hooks: phases and the baseline")
struct PhasePushTests {
    let project = "P-2026-001"
    let doc = Data("PK\u{3}\u{4} a document".utf8)
    var record: String { "projects/\(project)/project.toml" }

    /// The clone's project record with another phase.
    func withPhase(_ clone: URL, _ phase: String) throws -> Data {
        let text = try String(contentsOf: clone.appendingPathComponent(record), encoding: .utf8)
        return Data(text.replacing(#/phase = "[a-z-]+"/#, with: "phase = \"\(phase)\"").utf8)
    }

    func expectRefused(_ s: Scenario, _ clone: URL, _ result: CommandResult, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!result.succeeded, "the push landed", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
    }

    @Test func aPushClosesAProjectOnlyWithItsBaseline() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject(hooks: CLI.binary)
        let clone = try s.clone()
        let main = try s.git(["rev-parse", "main"]).stdout
        // Every gate is met, but no baseline record comes with the move.
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: [record: try withPhase(clone, "closed")]), "only with its baseline")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
    }

    @Test func aPushMovesBackOnlyByACMEngineerGivingAReason() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject(hooks: CLI.binary)
        _ = try library.movePhase(project: project, to: "training", user: s.manager)
        let clone = try s.clone()
        let back = try withPhase(clone, "installation")
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.manager, files: [record: back]), "only a CM engineer (CM工程师) may move a project back")
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: [record: back]), "needs its reason")
        let pushed = try s.commitAndPush(clone, as: s.cm, files: [record: back], message: "重新安装\n\nReason: 客户更换服务器")
        #expect(pushed.succeeded, "\(pushed)")
        #expect(try library.projects()[0].phase == "installation")
    }

    @Test func nothingIsAddedToABaselinedProjectWithoutAChangeRequest() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject(hooks: CLI.binary)
        _ = try library.baseline(project: project, user: s.cm)
        let clone = try s.clone()
        let photo = "projects/\(project)/attachments/现场照片.pdf"
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.manager, files: [photo: doc]), "is not in project \(project)'s baseline acceptance and cannot be added")
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: [photo: doc]), "cannot be added without a change request")
        // A change request itself comes in; once approved, it opens the project for the addition.
        let request = "projects/\(project)/change-requests/需求变更申请单-002.docx"
        #expect(try s.commitAndPush(clone, as: s.manager, files: [request: doc]).succeeded)
        #expect(try CLI.run(["approve", project, "需求变更申请单", "--file", "需求变更申请单-002.docx"], user: s.cm, library: s.libraryURL).succeeded)
        try Shell.git(["pull", "-q", "origin", "main"], in: clone)
        let added = try s.commitAndPush(clone, as: s.cm, files: [photo: doc], message: "现场照片\n\nChange-Request: CR-002")
        #expect(added.succeeded, "\(added)")
    }
}
