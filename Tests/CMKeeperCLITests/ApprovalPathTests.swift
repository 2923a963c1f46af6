import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// The approval rules on every path, with the real binary and real pushes: `approve`, `status`,
/// `phase`, `baseline`, and a line of approvals.jsonl pushed through the pre-receive hook.
@Suite("Approvals: one set of rules on every path")
struct ApprovalPathTests {
    let project = "P-2026-001"
    let report = "projects/P-2026-001/acceptance/安装验收报告.docx"

    func cli(_ s: Scenario, _ arguments: [String], as user: String) throws -> CommandResult {
        try CLI.run(arguments, user: user, library: s.libraryURL)
    }

    /// The acceptance phase of `status --json`.
    func acceptance(_ s: Scenario) throws -> [String: Any] {
        let result = try cli(s, ["status", project, "--json"], as: s.cm)
        #expect(result.succeeded, "\(result)")
        let json = try #require(try CLI.json(result) as? [String: Any])
        let phases = try #require(json["phases"] as? [[String: Any]])
        return try #require(phases.first { $0["id"] as? String == "acceptance" })
    }

    /// A line of approvals.jsonl approving the acceptance report as it is on main.
    func line(_ s: Scenario, by who: String, as role: Role, blob: String? = nil) throws -> String {
        let current = try s.git(["rev-parse", "main:\(report)"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return ApprovalRecord(
            documentType: "acceptance-report", path: "acceptance/安装验收报告.docx", blob: blob ?? current, approvedBy: who, role: role,
            approvedAt: Date(timeIntervalSince1970: 1_796_000_000)).jsonLine() + "\n"
    }

    /// In a clone brought up to main: appends `line` to the project's approvals.jsonl, commits and pushes as `user`.
    func pushApproval(_ s: Scenario, _ clone: URL, _ line: String, as user: String) throws -> CommandResult {
        try Shell.git(["fetch", "-q", "origin"], in: clone)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        let log = clone.appendingPathComponent("projects/P-2026-001/approvals.jsonl")
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return try s.commitAndPush(clone, as: user, files: ["projects/P-2026-001/approvals.jsonl": Data((text + line).utf8)], message: "approve")
    }

    // MARK: Item 4: an approval holds only for what was approved

    @Test func aSecondFileForAnApprovedDocumentStopsStatusPhaseAndBaseline() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject(hooks: CLI.binary)
        #expect(try acceptance(s)["gate_met"] as? Bool == true)
        // After both approvals of the .docx, the manager submits a .pdf of the same document.
        let pdf = try s.folder.write("desk/安装验收报告.pdf", Data("%PDF-1.4 签字版".utf8))
        let submitted = try cli(s, ["submit", project, pdf.path], as: s.manager)
        #expect(submitted.succeeded, "\(submitted)")

        let phase = try acceptance(s)
        #expect(phase["gate_met"] as? Bool == false)
        let approvals = try #require(phase["approvals"] as? [[String: Any]])
        #expect(approvals.allSatisfy { $0["satisfied"] as? Bool == false })
        let reason = try #require(approvals.first?["reason"] as? String)
        #expect(reason.hasPrefix("安装验收报告: ") && reason.contains("acceptance/安装验收报告.docx") && reason.contains("acceptance/安装验收报告.pdf"), "\(reason)")

        let baseline = try cli(s, ["baseline", project], as: s.cm)
        #expect(baseline.status == 1, "\(baseline)")
        #expect(baseline.stderr.contains("安装验收报告 的 CM工程师 审批 (\(reason))"), "\(baseline.stderr)")
        #expect(try s.git(["tag", "-l", "baseline/*"]).stdout.isEmpty)
        let moved = try cli(s, ["phase", project, "closed"], as: s.manager)
        #expect(moved.status == 1 && moved.stderr.contains("安装验收报告 的 客户服务部 审批 ("), "\(moved)")
    }

    @Test func anApprovedFileReplacedByAPushIsApprovedAgainBeforeTheBaseline() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject(hooks: CLI.binary)
        let clone = try s.clone()
        // The manager replaces the approved .docx with a signed .pdf in one pushed commit.
        let pdf = "projects/P-2026-001/acceptance/安装验收报告.pdf"
        let pushed = try s.commitAndPush(clone, as: s.manager, files: [pdf: Data("%PDF-1.4 签字版".utf8)], remove: [report])
        #expect(pushed.succeeded, "\(pushed)")

        let status = try cli(s, ["status", project], as: s.cm)
        let why = "安装验收报告: the approved file acceptance/安装验收报告.docx was replaced by acceptance/安装验收报告.pdf; approve it again"
        #expect(status.stdout.contains(why), "\(status.stdout)")
        let refused = try cli(s, ["baseline", project], as: s.cm)
        #expect(refused.status == 1 && refused.stderr.contains(why), "\(refused)")

        // Approved again, the baseline takes the .pdf, and only the .pdf.
        #expect(try cli(s, ["approve", project, "安装验收报告"], as: s.cm).succeeded)
        #expect(try cli(s, ["approve", project, "安装验收报告"], as: s.customerService).succeeded)
        let baseline = try cli(s, ["baseline", project, "--json"], as: s.cm)
        #expect(baseline.succeeded, "\(baseline)")
        let manifest = try s.git(["cat-file", "-p", "baseline/P-2026-001/acceptance"]).stdout
        #expect(manifest.contains("acceptance/安装验收报告.pdf") && !manifest.contains("acceptance/安装验收报告.docx"))
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    // MARK: Item 5: separation of duties

    @Test func approveRefusesASecondAcceptanceApprovalByTheSamePersonAndTheSubmittersOwn() throws {
        let s = Scenario()
        _ = try s.makeSubmittedProject(hooks: CLI.binary)
        // zhang.cm holds both acceptance roles; wang.pm, who submitted the report, holds customer service too.
        #expect(try cli(s, ["roles", "grant", s.cm, "customer-service"], as: s.cm).succeeded)
        #expect(try cli(s, ["roles", "grant", s.manager, "customer-service"], as: s.cm).succeeded)
        let first = try cli(s, ["approve", project, "安装验收报告"], as: s.cm)
        #expect(first.succeeded && first.stdout.contains("as CM工程师 (cm-engineer)"), "\(first)")
        let logBefore = try s.git(["show", "main:projects/P-2026-001/approvals.jsonl"]).stdout

        for arguments in [["approve", project, "安装验收报告"], ["approve", project, "安装验收报告", "--role", "customer-service"]] {
            let second = try cli(s, arguments, as: s.cm)
            #expect(second.status == 1, "\(second)")
            #expect(second.stderr.contains("zhang.cm already gave the CM工程师 approval of 安装验收报告"), "\(second.stderr)")
            #expect(second.stderr.contains("the 客户服务部 approval must come from someone else"), "\(second.stderr)")
        }
        let own = try cli(s, ["approve", project, "安装验收报告"], as: s.manager)
        #expect(own.status == 1, "\(own)")
        #expect(own.stderr.contains("wang.pm submitted acceptance/安装验收报告.docx and so may not approve it"), "\(own.stderr)")
        #expect(try s.git(["show", "main:projects/P-2026-001/approvals.jsonl"]).stdout == logBefore)
        #expect(try acceptance(s)["gate_met"] as? Bool == false)

        // Customer service's own approval completes the gate.
        #expect(try cli(s, ["approve", project, "安装验收报告"], as: s.customerService).succeeded)
        #expect(try acceptance(s)["gate_met"] as? Bool == true)
    }

    @Test func aPushedApprovalKeepsTheSameRules() throws {
        let s = Scenario()
        let library = try s.makeSubmittedProject(hooks: CLI.binary)
        _ = try library.grant(.customerService, to: s.cm, by: s.cm)
        _ = try library.grant(.customerService, to: s.manager, by: s.cm)
        _ = try library.approve(project: project, documentType: "acceptance-report", role: .cmEngineer, user: s.cm)
        let clone = try s.clone()
        let main = try s.git(["rev-parse", "main"]).stdout

        let twice = try pushApproval(s, clone, try line(s, by: s.cm, as: .customerService), as: s.cm)
        #expect(!twice.succeeded && twice.stderr.contains("zhang.cm already gave the CM工程师 approval of 安装验收报告"), "\(twice.stderr)")
        let own = try pushApproval(s, clone, try line(s, by: s.manager, as: .customerService), as: s.manager)
        #expect(!own.succeeded && own.stderr.contains("wang.pm submitted acceptance/安装验收报告.docx and so may not approve it"), "\(own.stderr)")
        let stale = try pushApproval(s, clone, try line(s, by: s.customerService, as: .customerService, blob: String(repeating: "ab", count: 20)), as: s.customerService)
        #expect(!stale.succeeded && stale.stderr.contains("the approved file acceptance/安装验收报告.docx has changed"), "\(stale.stderr)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)

        let good = try pushApproval(s, clone, try line(s, by: s.customerService, as: .customerService), as: s.customerService)
        #expect(good.succeeded, "\(good)")
        #expect(try acceptance(s)["gate_met"] as? Bool == true)
    }

    @Test func aDocumentPushedWithItsOwnApprovalIsTheSubmittersOwn() throws {
        let s = Scenario()
        let library = try s.makeSubmittedProject(hooks: CLI.binary)
        _ = try library.grant(.customerService, to: s.manager, by: s.cm)
        let clone = try s.clone()
        // One commit: a new version of the report and the manager's approval of it.
        let content = Data("PK\u{3}\u{4} 安装验收报告 v2".utf8)
        let blob = try Shell.run("git", ["hash-object", "--stdin"], input: content).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let log = try String(contentsOf: clone.appendingPathComponent("projects/P-2026-001/approvals.jsonl"), encoding: .utf8)
        let pushed = try s.commitAndPush(clone, as: s.manager, files: [
            report: content,
            "projects/P-2026-001/approvals.jsonl": Data((log + (try line(s, by: s.manager, as: .customerService, blob: blob))).utf8),
        ])
        #expect(!pushed.succeeded && pushed.stderr.contains("wang.pm submitted acceptance/安装验收报告.docx and so may not approve it"), "\(pushed.stderr)")
    }

    // MARK: Item 10: the entry criterion

    @Test func thePlanIsApprovedByTheLeadershipBeforeTheProjectLeavesPreparation() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject(hooks: CLI.binary)
        try s.addApprovers(to: library)
        _ = try library.release(.init(project: project, product: "核心业务平台", version: "2.1.0", user: s.cm))
        let files = try ["项目实施及验收总体计划.docx", "项目实施申请表.xlsx", "销售合同或者相关备忘录.pdf", "项目实施客户确认表.docx"].map {
            try s.folder.write("desk/\($0)", Data("PK\u{3}\u{4} \($0)".utf8)).path
        }
        #expect(try cli(s, ["submit", project] + files, as: s.manager).succeeded)

        let early = try cli(s, ["phase", project, "installation"], as: s.manager)
        #expect(early.status == 1 && early.stderr.contains("missing 项目实施及验收总体计划 的 分管领导 审批"), "\(early)")
        #expect(try cli(s, ["status", project], as: s.manager).stdout.contains("✘ 项目实施及验收总体计划 的 分管领导 审批  missing"))
        // Not by a CM engineer, nor by the manager who submitted it.
        let byCM = try cli(s, ["approve", project, "项目实施及验收总体计划"], as: s.cm)
        #expect(byCM.succeeded && byCM.stdout.contains("as CM工程师 (cm-engineer)"), "\(byCM)")
        #expect(try cli(s, ["phase", project, "installation"], as: s.manager).status == 1)
        _ = try library.grant(.leadership, to: s.manager, by: s.cm)
        let own = try cli(s, ["approve", project, "项目实施及验收总体计划"], as: s.manager)
        #expect(own.status == 1 && own.stderr.contains("wang.pm submitted preparation/项目实施及验收总体计划.docx"), "\(own)")

        let approved = try cli(s, ["approve", project, "项目实施及验收总体计划"], as: s.leader)
        #expect(approved.succeeded && approved.stdout.contains("as 分管领导 (leadership)"), "\(approved)")
        let moved = try cli(s, ["phase", project, "installation"], as: s.manager)
        #expect(moved.succeeded, "\(moved)")
    }
}
