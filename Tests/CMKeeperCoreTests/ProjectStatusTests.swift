import Foundation
import Testing

@testable import CMKeeperCore

@Suite("Project status and phase gates")
struct ProjectStatusTests {
    let process = ProcessDefinition.defaultDefinition
    let projectID = "P-2026-001"

    // MARK: Fixtures

    static func date(_ text: String) -> Date {
        Timestamp.parse(text)!
    }

    /// A 40-digit hex blob id made from a short tag, e.g. `b("a1")`.
    static func b(_ tag: String) -> String {
        String(repeating: "0", count: 40 - tag.count) + tag
    }

    func project(size: ProjectSize = .small, phase: String = "preparation", created: String = "2026-11-02T09:00:00Z") -> ProjectRecord {
        ProjectRecord(
            id: projectID, name: "示例银行核心系统实施", customer: "示例银行", manager: "wang.pm", size: size, phase: phase,
            createdAt: Self.date(created), createdBy: "li.cm")
    }

    func release(project: String? = nil) -> ReleaseRecord {
        ReleaseRecord(
            id: "\(project ?? projectID)-R1", project: project ?? projectID, product: "核心业务平台", version: "2.1.0",
            releasedAt: Self.date("2026-11-05T10:00:00Z"), releasedBy: "li.cm", recipient: "wang.pm", applicationForm: nil,
            message: nil, files: [])
    }

    func approval(_ type: String, _ path: String, _ blob: String, _ role: Role, at time: String = "2026-12-01T08:30:00Z") -> ApprovalRecord {
        let who = role == .cmEngineer ? "li.cm" : role == .leadership ? "liu.lead" : "zhao.cs"
        return ApprovalRecord(documentType: type, path: path, blob: blob, approvedBy: who, role: role, approvedAt: Self.date(time))
    }

    static let preparation: [String: String] = [
        "preparation/项目实施及验收总体计划.docx": b("a1"),
        "preparation/项目实施申请表.xlsx": b("a2"),
        "preparation/销售合同或者相关备忘录.pdf": b("a3"),
        "preparation/项目实施客户确认表.pdf": b("a4"),
    ]
    static let installation = ["installation/安装调试报告.pdf": b("b1")]
    static let trialRun = ["trial-run/项目试运行确认单.pdf": b("c1")]
    static let training = [
        "training/客户培训计划.docx": b("d1"),
        "training/培训通知单.docx": b("d2"),
        "training/客户培训签到表.xlsx": b("d3"),
    ]
    static let acceptanceCommon = [
        "acceptance/功能测试情况表.xlsx": b("e1"),
        "acceptance/售后服务承诺卡.pdf": b("e2"),
        "acceptance/项目验收移交客户资料清单.xlsx": b("e3"),
    ]
    static let smallReportPath = "acceptance/安装验收报告.pdf"
    static let smallReport = [smallReportPath: b("f1")]
    static let largeReportPath = "acceptance/系统安装验收报告.pdf"
    static let largeReports = [largeReportPath: b("f2"), "acceptance/技术档案表.xlsx": b("f3")]
    static let closed = ["closed/项目实施总结报告.docx": b("g1")]

    static func merge(_ parts: [String: String]...) -> [String: String] {
        parts.reduce(into: [:]) { $0.merge($1) { _, new in new } }
    }

    /// The two acceptance approvals of the small project's acceptance report.
    var smallApprovals: ApprovalLog {
        ApprovalLog(records: [
            approval("acceptance-report", Self.smallReportPath, Self.b("f1"), .cmEngineer),
            approval("acceptance-report", Self.smallReportPath, Self.b("f1"), .customerService),
        ])
    }

    /// The leadership's approval of the overall plan: the preparation gate's entry criterion.
    var planApproved: ApprovalLog {
        ApprovalLog(records: [approval("implementation-plan", "preparation/项目实施及验收总体计划.docx", Self.b("a1"), .leadership)])
    }

    func evaluate(
        _ project: ProjectRecord, _ files: [String: String], approvals: ApprovalLog = ApprovalLog(), releases: [ReleaseRecord]? = nil,
        trialRun: Bool = false, now: String = "2026-11-04T12:00:00Z"
    ) -> ProjectStatus {
        GateEvaluator.evaluate(
            process: process, project: project, files: ProjectFiles(files), approvals: approvals, releases: releases ?? [release()],
            trialRun: trialRun, now: Self.date(now))
    }

    /// Why a move to `target` is refused, message by message.
    func moving(_ status: ProjectStatus, to target: String, back: Bool = false, cm: Bool = false, baseline: Bool = false) -> [String] {
        GateEvaluator.problemsMoving(
            process: process, status: status, move: PhaseMove(target: target, back: back, byCMEngineer: cm, recordsBaseline: baseline)
        ).map { $0.message.text(in: .en) }
    }

    // MARK: Documents and gates

    @Test func anEmptyProjectMissesEveryPreparationDocumentAndTheRelease() throws {
        let status = evaluate(project(), [:], releases: [])
        #expect(status.phases.map(\.phase.id) == process.phases.map(\.id))
        let preparation = try #require(status.current)
        #expect(preparation.phase.id == "preparation")
        #expect(preparation.releasesNeeded && !preparation.releasesMet)
        #expect(!preparation.gateMet)
        #expect(preparation.missing == [
            "项目实施及验收总体计划", "项目实施申请表", "销售合同或者相关备忘录", "项目实施客户确认表", "项目实施及验收总体计划 的 分管领导 审批", "软件发行",
        ])
        // The release record is listed for display, but no gate asks for it.
        #expect(preparation.document("release-record") == DocumentStatus(type: process.documentType("release-record")!, state: .notNeeded, isExitDocument: false))

        let problems = moving(status, to: "installation")
        #expect(problems == [
            "项目准备 (preparation) cannot be left: missing 项目实施及验收总体计划, 项目实施申请表, 销售合同或者相关备忘录, 项目实施客户确认表, 项目实施及验收总体计划 的 分管领导 审批; no software has been released (软件发行)"
        ])
    }

    @Test func thePreparationGateNeedsItsDocumentsAndARelease() throws {
        let partial = Self.preparation.filter { !$0.key.contains("销售合同") && !$0.key.contains("申请表") }
        let noRelease = evaluate(project(), partial, approvals: planApproved, releases: [])
        #expect(moving(noRelease, to: "installation") == [
            "项目准备 (preparation) cannot be left: missing 项目实施申请表, 销售合同或者相关备忘录; no software has been released (软件发行)"
        ])

        let documentsOnly = evaluate(project(), Self.preparation, approvals: planApproved, releases: [])
        #expect(documentsOnly.current?.missing == ["软件发行"])
        #expect(moving(documentsOnly, to: "installation") == [
            "项目准备 (preparation) cannot be left: no software has been released (软件发行)"
        ])
        // A release to another project does not count.
        let otherRelease = evaluate(project(), Self.preparation, approvals: planApproved, releases: [release(project: "P-2026-002")])
        #expect(otherRelease.current?.releasesMet == false)
        #expect(otherRelease.releases.isEmpty)

        let ready = evaluate(project(), Self.preparation, approvals: planApproved)
        let preparation = try #require(ready.current)
        #expect(preparation.gateMet && preparation.missing.isEmpty && preparation.releasesMet)
        #expect(preparation.document("implementation-application")?.state == .present(paths: ["preparation/项目实施申请表.xlsx"]))
        #expect(ready.releases == [release()])
        #expect(moving(ready, to: "installation").isEmpty)
    }

    @Test func filesWithAWrongExtensionOrPlaceDoNotCount() throws {
        let files = Self.merge(Self.preparation, [
            "installation/安装调试报告.txt": Self.b("b1"),
            "安装调试报告.pdf": Self.b("b2"),
            "installation/old/安装调试报告.pdf": Self.b("b3"),
        ])
        let status = evaluate(project(phase: "installation"), files)
        let installation = try #require(status.current)
        #expect(installation.document("installation-report")?.state == .missing)
        #expect(installation.missing == ["安装调试报告"])
        let type = try #require(process.documentType("installation-report"))
        #expect(ProjectFiles(files).pathsWithWrongFileType(of: type) == ["installation/安装调试报告.txt"])

        // The extension is compared in any letter case; several allowed files all count.
        let fixed = evaluate(project(phase: "installation"), Self.merge(files, ["installation/安装调试报告.PDF": Self.b("b4"), "installation/安装调试报告.docx": Self.b("b5")]))
        #expect(fixed.current?.document("installation-report")?.state == .present(paths: ["installation/安装调试报告.PDF", "installation/安装调试报告.docx"]))
        #expect(fixed.current?.gateMet == true)
    }

    @Test func smallProjectsNeedTheInstallationAcceptanceReport() throws {
        let files = Self.merge(Self.acceptanceCommon, Self.smallReport)
        let status = evaluate(project(size: .small, phase: "acceptance"), files, approvals: smallApprovals)
        let acceptance = try #require(status.current)
        #expect(acceptance.gateMet, "missing: \(acceptance.missing)")
        #expect(acceptance.document("acceptance-report")?.state == .present(paths: [Self.smallReportPath]))
        #expect(acceptance.document("system-acceptance-report")?.state == .notNeeded)
        #expect(acceptance.document("technical-archive")?.state == .notNeeded)
        // Only the small project's report is to be approved: by the CM engineer and customer service.
        #expect(acceptance.approvals.map(\.documentType) == ["acceptance-report", "acceptance-report"])
        #expect(acceptance.approvals.map(\.role) == [.cmEngineer, .customerService])
        #expect(acceptance.approvals.allSatisfy { $0.satisfied })

        // Without its report, a small project misses it and its approvals.
        let without = evaluate(project(size: .small, phase: "acceptance"), Self.acceptanceCommon)
        #expect(without.current?.missing == ["安装验收报告", "安装验收报告 的 CM工程师 审批", "安装验收报告 的 客户服务部 审批"])
        // The large project's documents do not stand in for it.
        let large = evaluate(project(size: .small, phase: "acceptance"), Self.merge(Self.acceptanceCommon, Self.largeReports))
        #expect(large.current?.missingDocuments == ["安装验收报告"])
    }

    @Test func largeProjectsNeedTheSystemAcceptanceReportAndTheTechnicalArchive() throws {
        // The small project's documents, fully approved, are not enough for a large project.
        let smallFiles = Self.merge(Self.acceptanceCommon, Self.smallReport)
        let status = evaluate(project(size: .large, phase: "acceptance"), smallFiles, approvals: smallApprovals)
        let acceptance = try #require(status.current)
        #expect(!acceptance.gateMet)
        #expect(acceptance.missing == ["系统安装验收报告", "技术档案表", "系统安装验收报告 的 CM工程师 审批", "系统安装验收报告 的 客户服务部 审批"])
        // The small report is there but not needed, and its approvals do not apply.
        #expect(acceptance.document("acceptance-report")?.state == .present(paths: [Self.smallReportPath]))
        #expect(acceptance.approvals.allSatisfy { $0.documentType == "system-acceptance-report" })

        let largeFiles = Self.merge(Self.acceptanceCommon, Self.largeReports)
        let approvals = ApprovalLog(records: [
            approval("system-acceptance-report", Self.largeReportPath, Self.b("f2"), .customerService),
            approval("system-acceptance-report", Self.largeReportPath, Self.b("f2"), .cmEngineer),
        ])
        let ready = evaluate(project(size: .large, phase: "acceptance"), largeFiles, approvals: approvals)
        #expect(ready.current?.gateMet == true, "missing: \(ready.current?.missing ?? [])")
        #expect(ready.current?.document("acceptance-report")?.state == .notNeeded)
        #expect(ready.current?.approvals.map(\.approval) == [approvals.records[1], approvals.records[0]])
    }

    @Test func theAcceptanceTestRecordIsOneOfTwoDocuments() throws {
        let neither = Self.merge(Self.acceptanceCommon, Self.smallReport).filter { !$0.key.contains("功能测试情况表") }
        let none = try #require(evaluate(project(phase: "acceptance"), neither, approvals: smallApprovals).current)
        #expect(none.missing == ["功能测试情况表 或 验收测试报告"])
        #expect(none.document("functional-test-table")?.state == .missing)
        #expect(none.document("acceptance-test-report")?.state == .missing)

        // The project team led testing: the functional test table.
        let table = try #require(evaluate(project(phase: "acceptance"), Self.merge(neither, ["acceptance/功能测试情况表.xls": Self.b("e9")]), approvals: smallApprovals).current)
        #expect(table.gateMet)
        #expect(table.document("functional-test-table")?.state == .present(paths: ["acceptance/功能测试情况表.xls"]))
        #expect(table.document("acceptance-test-report")?.state == .notNeeded)

        // The customer led testing: their acceptance test report.
        let report = try #require(evaluate(project(phase: "acceptance"), Self.merge(neither, ["acceptance/验收测试报告.pdf": Self.b("e8")]), approvals: smallApprovals).current)
        #expect(report.gateMet)
        #expect(report.document("functional-test-table")?.state == .notNeeded)
        #expect(report.document("acceptance-test-report")?.state == .present(paths: ["acceptance/验收测试报告.pdf"]))

        // A test report in a file type the process does not allow for it does not count.
        let wrongType = try #require(evaluate(project(phase: "acceptance"), Self.merge(neither, ["acceptance/验收测试报告.xlsx": Self.b("e7")]), approvals: smallApprovals).current)
        #expect(wrongType.missing == ["功能测试情况表 或 验收测试报告"])
    }

    // MARK: Approvals

    @Test func anApprovalStopsHoldingWhenTheDocumentChanges() throws {
        let approved = Self.merge(Self.acceptanceCommon, Self.smallReport)
        #expect(evaluate(project(phase: "acceptance"), approved, approvals: smallApprovals).current?.gateMet == true)

        // The project manager pushes a new version of the report: both approvals lapse.
        let changed = Self.merge(approved, [Self.smallReportPath: Self.b("f9")])
        let lapsed = try #require(evaluate(project(phase: "acceptance"), changed, approvals: smallApprovals).current)
        #expect(!lapsed.gateMet)
        #expect(lapsed.missingDocuments.isEmpty)
        #expect(lapsed.missing == [
            "安装验收报告 的 CM工程师 审批 (安装验收报告: the approved file acceptance/安装验收报告.pdf has changed since li.cm approved it; approve it again)",
            "安装验收报告 的 客户服务部 审批 (安装验收报告: the approved file acceptance/安装验收报告.pdf has changed since zhao.cs approved it; approve it again)",
        ])
        #expect(lapsed.approvals.allSatisfy { $0.approval == nil })

        // Approved again, the new content holds; the later approval is the one that counts.
        var log = smallApprovals
        let again = approval("acceptance-report", Self.smallReportPath, Self.b("f9"), .cmEngineer, at: "2026-12-03T09:00:00Z")
        log.records.append(again)
        let half = try #require(evaluate(project(phase: "acceptance"), changed, approvals: log).current)
        #expect(half.missing == [
            "安装验收报告 的 客户服务部 审批 (安装验收报告: the approved file acceptance/安装验收报告.pdf has changed since zhao.cs approved it; approve it again)"
        ])
        #expect(half.approvals.first { $0.role == .cmEngineer }?.approval == again)

        // Renamed to another allowed type, even with the same content, it is another file: approved again or not at all.
        let renamed = Self.merge(Self.acceptanceCommon, ["acceptance/安装验收报告.docx": Self.b("f1")])
        #expect(evaluate(project(phase: "acceptance"), renamed, approvals: smallApprovals).current?.gateMet == false)
    }

    @Test func everyRoleMustApprove() throws {
        let files = Self.merge(Self.acceptanceCommon, Self.smallReport)
        let cmOnly = ApprovalLog(records: [approval("acceptance-report", Self.smallReportPath, Self.b("f1"), .cmEngineer)])
        let status = try #require(evaluate(project(phase: "acceptance"), files, approvals: cmOnly).current)
        #expect(!status.gateMet)
        #expect(status.missing == ["安装验收报告 的 客户服务部 审批"])
        #expect(status.approvals.map(\.satisfied) == [true, false])

        // An approval in another role, or of another document with the same content, does not stand in.
        let wrong = ApprovalLog(records: cmOnly.records + [
            approval("acceptance-report", Self.smallReportPath, Self.b("f1"), .projectManager),
            approval("system-acceptance-report", Self.smallReportPath, Self.b("f1"), .customerService),
        ])
        #expect(evaluate(project(phase: "acceptance"), files, approvals: wrong).current?.missing == ["安装验收报告 的 客户服务部 审批"])
        #expect(moving(evaluate(project(phase: "acceptance"), Self.merge(files, Self.closed), approvals: wrong), to: "closed", baseline: true) == [
            "项目验收 (acceptance) cannot be left: missing 安装验收报告 的 客户服务部 审批"
        ])
    }

    // MARK: Trial run

    @Test func withoutATrialRunItsPhaseIsSkipped() throws {
        let files = Self.merge(Self.preparation, Self.installation)
        let status = evaluate(project(phase: "installation"), files, trialRun: false)
        let trial = try #require(status.phase("trial-run"))
        #expect(trial.skipped && trial.gateMet)
        #expect(trial.document("trial-run-confirmation")?.state == .notNeeded)
        #expect(moving(status, to: "training").isEmpty)
        // But a phase the project does not hold is no place to move to.
        #expect(moving(status, to: "trial-run") == [
            "试运行 (trial-run) is optional and this project does not hold it (no trial run)"
        ])
    }

    @Test func withATrialRunItsConfirmationIsNeeded() throws {
        let files = Self.merge(Self.preparation, Self.installation)
        let status = evaluate(project(phase: "installation"), files, trialRun: true)
        let trial = try #require(status.phase("trial-run"))
        #expect(!trial.skipped && !trial.gateMet)
        #expect(trial.missing == ["项目试运行确认单"])
        #expect(moving(status, to: "trial-run").isEmpty)
        #expect(moving(status, to: "training") == [
            "试运行 (trial-run) cannot be skipped: missing 项目试运行确认单"
        ])

        let confirmed = evaluate(project(phase: "trial-run"), Self.merge(files, Self.trialRun), trialRun: true)
        #expect(confirmed.current?.gateMet == true)
        #expect(moving(confirmed, to: "training").isEmpty)
    }

    // MARK: Moving between phases

    @Test func movingBackwardsOrNowhereIsRefused() {
        let status = evaluate(project(phase: "installation"), Self.merge(Self.preparation, Self.installation))
        #expect(moving(status, to: "preparation") == [
            "项目准备 (preparation) comes before the project's current phase 系统安装调试 (installation), and a project moves back only when a CM engineer says so"
        ])
        #expect(moving(status, to: "installation") == ["the project is already in 系统安装调试 (installation)"])
        let unknown = moving(status, to: "delivery")
        #expect(unknown.count == 1 && unknown[0].hasPrefix("there is no phase \"delivery\""))
        // Neither refusal tells anyone to submit what is missing.
        let hints = GateEvaluator.problemsMoving(process: process, status: status, move: PhaseMove(target: "preparation"))
            + GateEvaluator.problemsMoving(process: process, status: status, move: PhaseMove(target: "installation"))
        #expect(hints.map { $0.hint.text(in: .en) } == ["a CM engineer runs: cmkeeper phase P-2026-001 preparation --back --reason \"…\"", "nothing to do"])
    }

    @Test func onlyACMEngineerMovesAProjectBackWhenAsked() {
        let status = evaluate(project(phase: "acceptance"), Self.merge(Self.preparation, Self.installation))
        // Back: no gate is asked for, but only a CM engineer, and only when asked.
        #expect(moving(status, to: "installation", back: true, cm: true).isEmpty)
        #expect(moving(status, to: "installation", back: true) == [
            "only a CM engineer (CM工程师) may move a project back, from 项目验收 (acceptance) to 系统安装调试 (installation)"
        ])
        #expect(moving(status, to: "installation", cm: true).count == 1)
        // Not into a phase the project does not hold, and --back is no way forward.
        #expect(moving(status, to: "trial-run", back: true, cm: true) == ["试运行 (trial-run) is optional and this project does not hold it (no trial run)"])
        #expect(moving(evaluate(project(phase: "installation"), Self.preparation), to: "training", back: true, cm: true).first
            == "用户培训 (training) comes after the project's current phase 系统安装调试 (installation): --back moves a project back")
    }

    @Test func theFinalPhaseNeedsItsClosingDocumentsAndABaseline() {
        let accepted = Self.merge(Self.preparation, Self.installation, Self.training, Self.acceptanceCommon, Self.smallReport)
        let status = evaluate(project(phase: "acceptance"), accepted, approvals: smallApprovals)
        #expect(status.current?.gateMet == true)
        // The summary report (项目实施总结报告) belongs in the baseline: it is needed to close.
        #expect(moving(status, to: "closed", baseline: true) == ["验收完成 (closed) cannot be entered: missing 项目实施总结报告"])
        #expect(moving(status, to: "closed") == [
            "验收完成 (closed) cannot be entered: missing 项目实施总结报告", "a project enters 验收完成 (closed) only with its baseline",
        ])
        let complete = evaluate(project(phase: "acceptance"), Self.merge(accepted, Self.closed), approvals: smallApprovals)
        #expect(moving(complete, to: "closed") == ["a project enters 验收完成 (closed) only with its baseline"])
        #expect(moving(complete, to: "closed", baseline: true).isEmpty)
    }

    @Test func aMoveSaysEachPhaseItPasses() {
        let status = evaluate(project(phase: "installation"), Self.merge(Self.preparation, Self.installation, Self.training))
        #expect(GateEvaluator.phasesPassed(status: status, to: "go-live").map(\.phase.id) == ["trial-run", "training"])
        #expect(GateEvaluator.describeMove(status: status, to: "go-live")
            == "from 系统安装调试 (installation), passing 试运行 (trial-run, not held), 用户培训 (training)")
        #expect(GateEvaluator.describeMove(status: status, to: "trial-run") == "from 系统安装调试 (installation)")
        #expect(GateEvaluator.phasesPassed(status: status, to: "preparation").isEmpty)
    }

    /// Every message that names a phase or a document type by title and id, in Chinese: one form,
    /// full-width `项目准备（preparation）`, never `项目准备 (preparation)`; English keeps `Title (id)`.
    @Test func phasesAndDocumentTypesAreNamedOneWayInEachLanguage() {
        let installing = evaluate(project(phase: "installation"), Self.merge(Self.preparation, Self.installation, Self.training))
        let accepting = evaluate(project(phase: "acceptance"), Self.merge(Self.preparation, Self.installation))
        let preparing = evaluate(project(phase: "preparation"), [:], releases: [])
        var messages: [Message] = []
        for (status, moves) in [
            (installing, [PhaseMove(target: "preparation"), PhaseMove(target: "installation"), PhaseMove(target: "delivery"),
                          PhaseMove(target: "trial-run"), PhaseMove(target: "closed"), PhaseMove(target: "training", back: true, byCMEngineer: true)]),
            (accepting, [PhaseMove(target: "installation", back: true), PhaseMove(target: "closed", recordsBaseline: true)]),
            (preparing, [PhaseMove(target: "installation"), PhaseMove(target: "go-live")]),
        ] {
            for move in moves {
                messages += GateEvaluator.problemsMoving(process: process, status: status, move: move).map(\.message)
            }
        }
        messages += GateEvaluator.problemsRebaselining(status: preparing).map(\.message)
        messages.append(GateEvaluator.move(status: installing, to: "go-live"))
        messages.append(.movedPhase(project: projectID, phase: "go-live", how: GateEvaluator.move(status: installing, to: "go-live"), commit: "1a2b3c4d5e6f"))
        messages += [process.unknownPhaseReason("delivery")].compactMap { $0 }
        for phase in installing.phases {
            messages.append(.phaseIs(title: phase.phase.title, id: phase.phase.id))
            messages.append(.phaseGate(title: phase.phase.title, id: phase.phase.id, gate: phase.skipped ? .skipped : phase.gateMet ? .met : .notMet))
        }
        for name in ["安装验收报告和验收测试报告.pdf", "安装验收报吿.docx"] {
            messages += [process.recognise(fileName: name).problem(at: name, fileName: name, verb: .submit, otherwise: .orGiveType)?.message].compactMap { $0 }
        }
        #expect(messages.count > 20)

        // A CJK title, then an opening parenthesis, then an id: the form Chinese typography has not.
        let halfWidth = try! NSRegularExpression(pattern: "\\p{Han}\\s*\\([a-z]")
        let named = (process.phases.map { ($0.title, $0.id) } + process.documentTypes.map { ($0.title, $0.id) })
        for message in messages {
            let zh = message.text(in: .zhCN), en = message.text(in: .en)
            #expect(halfWidth.firstMatch(in: zh, range: NSRange(zh.startIndex..., in: zh)) == nil, "\(zh)")
            let shown = named.filter { zh.contains("\($0.0)（\($0.1)") }
            #expect(!shown.isEmpty, "names no phase or document type in the full-width form: \(zh)")
            for (title, id) in shown { #expect(en.contains("\(title) (\(id)"), "\(en)") }
        }
        #expect(GateEvaluator.move(status: installing, to: "go-live").text(in: .zhCN)
            == "从 系统安装调试（installation），经过 试运行（trial-run，不举行）、用户培训（training）")
        #expect(GateEvaluator.problemsMoving(process: process, status: installing, move: PhaseMove(target: "delivery")).first?.message.text(in: .zhCN)
            == "没有阶段“delivery”；流程的阶段是：项目准备（preparation）、系统安装调试（installation）、试运行（trial-run）、用户培训（training）、系统正式上线（go-live）、项目验收（acceptance）、验收完成（closed）")
    }

    @Test func aOneOfGroupIsOneRequirement() throws {
        let acceptance = try #require(evaluate(project(phase: "acceptance"), Self.preparation).phase("acceptance"))
        let titles = acceptance.requirements.map(\.title)
        #expect(titles.filter { $0.contains("功能测试情况表") } == ["功能测试情况表 或 验收测试报告"])
        #expect(acceptance.requirements.first { $0.title == "功能测试情况表 或 验收测试报告" }?.state == .missing)
        let kept = try #require(evaluate(project(phase: "acceptance"), Self.acceptanceCommon).phase("acceptance"))
        let group = try #require(kept.requirements.first { $0.title == "功能测试情况表 或 验收测试报告" })
        #expect(group.state == .present(paths: ["acceptance/功能测试情况表.xlsx"]))
    }

    @Test func skippingAPhaseWhoseGateIsNotMetIsRefused() {
        let status = evaluate(project(phase: "preparation"), Self.preparation, approvals: planApproved)
        #expect(moving(status, to: "installation").isEmpty)
        #expect(moving(status, to: "go-live") == [
            "系统安装调试 (installation) cannot be skipped: missing 安装调试报告",
            "用户培训 (training) cannot be skipped: missing 客户培训计划, 培训通知单, 客户培训签到表",
        ])
        // go-live has no document: with training done, a project may move past it.
        let trained = evaluate(project(phase: "training"), Self.merge(Self.preparation, Self.installation, Self.training))
        #expect(moving(trained, to: "acceptance").isEmpty)
        #expect(moving(trained, to: "closed", baseline: true) == [
            "项目验收 (acceptance) cannot be skipped: missing 安装验收报告, 功能测试情况表 或 验收测试报告, 售后服务承诺卡, 项目验收移交客户资料清单, 安装验收报告 的 CM工程师 审批, 安装验收报告 的 客户服务部 审批",
            "验收完成 (closed) cannot be entered: missing 项目实施总结报告",
        ])
    }

    @Test func aCompleteProjectPassesEveryGate() {
        let files = Self.merge(Self.preparation, Self.installation, Self.trialRun, Self.training, Self.acceptanceCommon, Self.smallReport, Self.closed)
        let status = evaluate(project(phase: "preparation"), files, approvals: ApprovalLog(records: planApproved.records + smallApprovals.records), trialRun: true)
        #expect(status.phases.allSatisfy { $0.gateMet })
        #expect(moving(status, to: "closed", baseline: true).isEmpty)
    }

    @Test func anUnknownPhaseHasNoCurrentStatus() {
        let status = evaluate(project(phase: "delivery"), Self.preparation)
        #expect(status.current == nil)
        let problems = moving(status, to: "installation")
        #expect(problems.count == 1 && problems[0].hasPrefix("the project's phase \"delivery\" is not in the process"))
    }

    @Test func changeRequestsAreListed() {
        let files = Self.merge(Self.preparation, [
            "change-requests/需求变更申请单-002.docx": Self.b("h2"),
            "change-requests/需求变更申请单-001.pdf": Self.b("h1"),
            "change-requests/需求变更申请单-003.txt": Self.b("h3"),
            "weekly-reports/项目周报-2026-W45.docx": Self.b("h4"),
        ])
        #expect(evaluate(project(), files).changeRequests == ["change-requests/需求变更申请单-001.pdf", "change-requests/需求变更申请单-002.docx"])
    }

    @Test func projectFilesFromARepositoryListing() {
        let files = ProjectFiles(repositoryFiles: [
            "projects/P-2026-001/acceptance/安装验收报告.pdf": Self.b("1"),
            "projects/P-2026-0010/acceptance/安装验收报告.pdf": Self.b("2"),
            "README.md": Self.b("3"),
        ], projectFolder: "projects/P-2026-001")
        #expect(files == ProjectFiles(["acceptance/安装验收报告.pdf": Self.b("1")]))
    }

    // MARK: Weekly reports

    @Test func isoWeeks() throws {
        #expect(ISOWeek.weeks(inYear: 2026) == 53)
        #expect(ISOWeek.weeks(inYear: 2025) == 52)
        #expect(ISOWeek.weeks(inYear: 2020) == 53)
        #expect(ISOWeek.weeks(inYear: 2027) == 52)
        #expect(ISOWeek("2026-W53")?.description == "2026-W53")
        #expect(ISOWeek("2025-W53") == nil)
        #expect(ISOWeek("2026-W00") == nil)
        #expect(ISOWeek("2026-53") == nil)
        #expect(ISOWeek(containing: Self.date("2027-01-01T12:00:00Z")).description == "2026-W53")
        #expect(ISOWeek(containing: Self.date("2027-01-03T23:59:59Z")).description == "2026-W53")
        #expect(ISOWeek(containing: Self.date("2027-01-04T00:00:00Z")).description == "2027-W01")
        #expect(ISOWeek(containing: Self.date("2024-12-30T00:00:00Z")).description == "2025-W01")
        #expect(ISOWeek(containing: Self.date("2026-02-13T08:00:00Z")).description == "2026-W07")
        let w53 = try #require(ISOWeek("2026-W53"))
        #expect(w53.start == Self.date("2026-12-28T00:00:00Z"))
        #expect(w53.next.description == "2027-W01")
        #expect(ISOWeek(dayText: "2026-02-29") == nil)
        #expect(ISOWeek(dayText: "2028-02-29")?.description == "2028-W09")
    }

    @Test func missingWeeklyReportsAcrossTheYearBoundary() {
        // Created in 2026-W51; now in 2027-W02, whose report is not due yet.
        let files = Self.merge(Self.preparation, [
            "weekly-reports/项目周报-2026-W51.docx": Self.b("w1"),
            // Named by a day: 29 December 2026 lies in 2026-W53.
            "weekly-reports/项目周报-2026-12-29.pdf": Self.b("w2"),
            // Wrong file type, wrong folder, no week: none counts.
            "weekly-reports/项目周报-2026-W52.txt": Self.b("w3"),
            "attachments/项目周报-2026-W52.docx": Self.b("w4"),
            "weekly-reports/项目周报-draft.docx": Self.b("w5"),
            // This week's report, early: fine, but not counted as missing either way.
            "weekly-reports/项目周报-2027-W02.docx": Self.b("w6"),
        ])
        let status = evaluate(project(phase: "installation", created: "2026-12-15T09:00:00Z"), files, now: "2027-01-12T10:00:00Z")
        #expect(status.missingWeeklyReports == ["2026-W52", "2027-W01"])

        // None yet in the week the project was created.
        #expect(evaluate(project(created: "2026-12-15T09:00:00Z"), [:], now: "2026-12-20T23:00:00Z").missingWeeklyReports.isEmpty)
        // A closed project owes none.
        #expect(evaluate(project(phase: "closed", created: "2026-12-15T09:00:00Z"), [:], now: "2027-01-12T10:00:00Z").missingWeeklyReports.isEmpty)
        // Oldest first, across the long year.
        #expect(evaluate(project(created: "2026-12-15T09:00:00Z"), [:], now: "2027-01-12T10:00:00Z").missingWeeklyReports == [
            "2026-W51", "2026-W52", "2026-W53", "2027-W01",
        ])
    }

    @Test func theWeekOfAReportFileName() {
        #expect(WeeklyReports.week(ofFileName: "weekly-reports/项目周报-2026-W07.docx")?.description == "2026-W07")
        #expect(WeeklyReports.week(ofFileName: "项目周报-2026-02-13.pdf")?.description == "2026-W07")
        #expect(WeeklyReports.week(ofFileName: "项目周报-2026-W54.docx") == nil)
        #expect(WeeklyReports.week(ofFileName: "项目周报-2026-13-01.docx") == nil)
    }
}
