import Foundation
import Testing

@testable import CMKeeperCore

/// The approval rules as the gate evaluation applies them: only the document's one file as
/// approved, separation of duties, and the leadership's approval of the overall plan.
@Suite("Approval rules")
struct ApprovalRulesTests {
    typealias Fixture = ProjectStatusTests
    let process = ProcessDefinition.defaultDefinition
    let reportPath = Fixture.smallReportPath
    let report = Fixture.b("f1")

    func record(_ role: Role, by who: String, path: String? = nil, blob: String? = nil, type: String = "acceptance-report", at time: String = "2026-12-01T08:30:00Z") -> ApprovalRecord {
        ApprovalRecord(documentType: type, path: path ?? reportPath, blob: blob ?? report, approvedBy: who, role: role, approvedAt: Fixture.date(time))
    }

    /// The acceptance phase of a small project holding `files` (with the common acceptance documents).
    func acceptance(_ files: [String: String], _ records: [ApprovalRecord], submitters: [String: String] = [:]) throws -> PhaseStatus {
        let status = GateEvaluator.evaluate(
            process: process, project: ProjectStatusTests().project(phase: "acceptance"),
            files: ProjectFiles(Fixture.merge(Fixture.acceptanceCommon, files), submitters: submitters),
            approvals: ApprovalLog(records: records), releases: [ProjectStatusTests().release()], trialRun: false, now: Fixture.date("2026-12-02T00:00:00Z"))
        return try #require(status.current)
    }

    var bothApprovals: [ApprovalRecord] { [record(.cmEngineer, by: "li.cm"), record(.customerService, by: "zhao.cs")] }

    // MARK: Only what was approved (item 4)

    @Test func anApprovedFileReplacedByAnotherExtensionNoLongerCounts() throws {
        #expect(try acceptance([reportPath: report], bothApprovals).gateMet)
        // The manager submits a .docx for the same document, and the approved .pdf goes: same
        // content or not, the approvals were of acceptance/安装验收报告.pdf.
        let replaced = try acceptance(["acceptance/安装验收报告.docx": report], bothApprovals)
        #expect(!replaced.gateMet)
        let why = "安装验收报告: the approved file acceptance/安装验收报告.pdf was replaced by acceptance/安装验收报告.docx; approve it again"
        #expect(replaced.approvals.map(\.reason) == [why, why])
        #expect(replaced.missing == ["安装验收报告 的 CM工程师 审批 (\(why))", "安装验收报告 的 客户服务部 审批 (\(why))"])
    }

    @Test func aSecondFileBesideTheApprovedOneStopsTheGate() throws {
        let both = try acceptance([reportPath: report, "acceptance/安装验收报告.docx": Fixture.b("f7")], bothApprovals)
        #expect(!both.gateMet)
        #expect(both.approvals.allSatisfy { !$0.satisfied })
        #expect(both.approvals[0].reason?.hasPrefix(
            "安装验收报告: there are 2 files (acceptance/安装验收报告.docx, acceptance/安装验收报告.pdf); an approval holds only for the document's one file") == true)
        // Approving the second file does not help either, while both are there.
        let more = bothApprovals + [
            record(.cmEngineer, by: "li.cm", path: "acceptance/安装验收报告.docx", blob: Fixture.b("f7"), at: "2026-12-01T09:00:00Z"),
            record(.customerService, by: "zhao.cs", path: "acceptance/安装验收报告.docx", blob: Fixture.b("f7"), at: "2026-12-01T09:00:00Z"),
        ]
        #expect(try !acceptance([reportPath: report, "acceptance/安装验收报告.docx": Fixture.b("f7")], more).gateMet)
        // Once the other file is gone, the approvals of the one left hold again.
        #expect(try acceptance(["acceptance/安装验收报告.docx": Fixture.b("f7")], more).gateMet)
    }

    @Test func aChangedFileSaysWhoseApprovalLapsed() throws {
        let changed = try acceptance([reportPath: Fixture.b("f9")], bothApprovals)
        #expect(changed.approvals.first?.reason == "安装验收报告: the approved file acceptance/安装验收报告.pdf has changed since li.cm approved it; approve it again")
    }

    // MARK: Separation of duties (item 5)

    @Test func onePersonGivesOneOfTheAcceptanceApprovalsOnly() throws {
        // zhang holds both roles and gave both approvals: the first counts, the second does not.
        let twice = [record(.cmEngineer, by: "zhang"), record(.customerService, by: "zhang", at: "2026-12-01T09:00:00Z")]
        let status = try acceptance([reportPath: report], twice)
        #expect(!status.gateMet)
        #expect(status.approvals.map(\.satisfied) == [true, false])
        #expect(status.approvals[1].reason == "安装验收报告: zhang already gave the CM工程师 approval of 安装验收报告 (2026-12-01T08:30:00Z); "
            + "the 客户服务部 approval must come from someone else; ask another 客户服务部 (customer-service) to approve it")
        // Someone else's customer-service approval completes it.
        #expect(try acceptance([reportPath: report], twice + [record(.customerService, by: "zhao.cs", at: "2026-12-01T10:00:00Z")]).gateMet)
    }

    @Test func whoSubmittedTheReportMayNotApproveIt() throws {
        // wang.pm submitted the report and (holding customer service too) approved it.
        let own = [record(.cmEngineer, by: "li.cm"), record(.customerService, by: "wang.pm")]
        let status = try acceptance([reportPath: report], own, submitters: [reportPath: "wang.pm"])
        #expect(!status.gateMet)
        #expect(status.approvals[1].reason == "安装验收报告: wang.pm submitted acceptance/安装验收报告.pdf and so may not approve it: 安装验收报告 needs the approval of someone else; "
            + "ask another 客户服务部 (customer-service) to approve it")
        // Submitted by someone else, the same approvals hold.
        #expect(try acceptance([reportPath: report], own, submitters: [reportPath: "sun.pm"]).gateMet)
    }

    @Test func independenceIsTheProcessDefinitionsToAsk() throws {
        let text = DefaultProcess.processTOML.replacingOccurrences(
            of: #"{ document = "acceptance-report", roles = ["cm-engineer", "customer-service"], independent = true }"#,
            with: #"{ document = "acceptance-report", roles = ["cm-engineer", "customer-service"] }"#)
        let relaxed = try ProcessDefinition.parse(text, file: "process.toml")
        #expect(relaxed.approvalRequirement(for: "acceptance-report")?.independent == false)
        #expect(process.approvalRequirement(for: "acceptance-report")?.independent == true)
        #expect(process.approvalRequirement(for: "system-acceptance-report")?.independent == true)
        let own = ProjectFiles(Fixture.merge(Fixture.acceptanceCommon, [reportPath: report]), submitters: [reportPath: "wang.pm"])
        let record = record(.customerService, by: "wang.pm")
        let type = try #require(process.documentType("acceptance-report"))
        #expect(ApprovalRules.refusal(of: record, type: type, requirement: relaxed.approvalRequirement(for: type.id), files: own, counted: []) == nil)
        #expect(ApprovalRules.refusal(of: record, type: type, requirement: process.approvalRequirement(for: type.id), files: own, counted: []) != nil)

        let bad = DefaultProcess.processTOML.replacingOccurrences(of: "independent = true }", with: "independent = \"yes\" }")
        let error = #expect(throws: ConfigurationError.self) { _ = try ProcessDefinition.parse(bad, file: "process.toml") }
        #expect(error?.message.description.contains("independent") == true)
    }

    // MARK: The entry criterion (item 10)

    @Test func thePreparationGateAsksForTheLeadershipsApprovalOfThePlan() throws {
        let requirement = try #require(process.phase("preparation")?.exitApprovals.first)
        #expect(requirement == ApprovalRequirement(documentType: "implementation-plan", roles: ["leadership"], independent: true))
        let plan = "preparation/项目实施及验收总体计划.docx"
        func preparation(_ records: [ApprovalRecord]) throws -> PhaseStatus {
            let status = GateEvaluator.evaluate(
                process: process, project: ProjectStatusTests().project(), files: ProjectFiles(Fixture.preparation, submitters: [plan: "wang.pm"]),
                approvals: ApprovalLog(records: records), releases: [ProjectStatusTests().release()], trialRun: false, now: Fixture.date("2026-12-02T00:00:00Z"))
            return try #require(status.current)
        }
        #expect(try preparation([]).missing == ["项目实施及验收总体计划 的 分管领导 审批"])
        // A CM engineer's approval does not stand in for the leadership's.
        #expect(try !preparation([record(.cmEngineer, by: "li.cm", path: plan, blob: Fixture.b("a1"), type: "implementation-plan")]).gateMet)
        #expect(try preparation([record(.leadership, by: "liu.lead", path: plan, blob: Fixture.b("a1"), type: "implementation-plan")]).gateMet)
    }
}
