import Foundation

/// Says where a project stands in the process — which documents of each phase are present,
/// missing or not needed, which approvals hold, whether each gate is met — and whether it may move
/// to another phase. Pure: it reads what it is given, never git or the file system.
public enum GateEvaluator {
    /// How people name released software in a list of what is missing.
    public static let releasesTitle = "软件发行"
    /// The id of the change request's document type in the process definition.
    public static let changeRequestTypeID = "change-request"

    /// Where `project` stands, given its files and approvals log at one commit, its release
    /// records, whether it holds a trial run (试运行), and the current time (for weekly reports).
    ///
    /// Optional phases (the trial run) are held only when `trialRun` is true; otherwise they are
    /// skipped: their documents are not needed and their gates count as met.
    public static func evaluate(
        process: ProcessDefinition, project: ProjectRecord, files: ProjectFiles, approvals: ApprovalLog,
        releases: [ReleaseRecord], trialRun: Bool, now: Date
    ) -> ProjectStatus {
        let releases = releases.filter { $0.project == project.id }
        let context = Context(process: process, project: project, files: files, approvals: approvals, trialRun: trialRun)
        let phases = process.phases.map { context.status(of: $0, released: !releases.isEmpty) }
        let changeRequests = process.documentType(changeRequestTypeID).map(files.paths(of:)) ?? []
        let weeks = WeeklyReports.missing(process: process, project: project, files: files, now: now)
        return ProjectStatus(
            project: project, trialRun: trialRun, phases: phases, current: phases.first { $0.phase.id == project.phase },
            releases: releases, missingWeeklyReports: weeks.map(\.description), changeRequests: changeRequests)
    }

    /// Why the project may not make `move`; empty when it may. Each problem says what to do next.
    ///
    /// Forward, the gate of every phase left or passed over must be met; an optional phase the
    /// project does not hold (no trial run) is passed over freely, but is no target. The final
    /// phase (验收完成, closed) has no gate to leave: its exit documents (项目实施总结报告) are what
    /// a project needs to enter it, and it is entered only together with the project's baseline.
    /// Back, only a CM engineer moves a project, and only when asked to (`phase --back`).
    /// Messages name what is missing by Chinese title, e.g.
    /// `项目准备 (preparation) cannot be left: missing 项目实施申请表; no software has been released (软件发行)`.
    public static func problemsMoving(process: ProcessDefinition, status: ProjectStatus, move: PhaseMove) -> [PhaseProblem] {
        let id = status.project.id
        guard let targetIndex = status.phases.firstIndex(where: { $0.phase.id == move.target }) else {
            return [PhaseProblem(.noSuchPhaseOfProcess(move.target, phases: process.phases.map(name)), hint: .namePhaseByIDOrTitle)]
        }
        let targetPhase = status.phases[targetIndex]
        guard let currentIndex = status.phases.firstIndex(where: { $0.phase.id == status.project.phase }) else {
            return [PhaseProblem(
                .phaseNotInProcess(status.project.phase, phases: process.phases.map(\.id).joined(separator: ", ")),
                hint: .cmCorrectsPhase(file: LibraryLayout.projectFile(id)))]
        }
        let currentPhase = status.phases[currentIndex]
        if targetIndex == currentIndex {
            return [PhaseProblem(.alreadyInPhase(name(targetPhase.phase)), hint: .nothingToDo)]
        }
        var problems: [PhaseProblem] = []
        if targetPhase.skipped {
            problems.append(PhaseProblem(.phaseNotHeld(name(targetPhase.phase)), hint: .chooseAnotherPhase))
        }
        if targetIndex < currentIndex {
            if !move.back {
                problems.append(PhaseProblem(
                    .phaseComesBefore(name(targetPhase.phase), current: name(currentPhase.phase)),
                    hint: .cmRunsPhaseBack(project: id, phase: targetPhase.phase.id)))
            } else if !move.byCMEngineer {
                problems.append(PhaseProblem(.onlyCMMovesBack(from: name(currentPhase.phase), to: name(targetPhase.phase)), hint: .askCMWithReason))
            }
            return problems
        }
        if move.back {
            problems.append(PhaseProblem(.phaseComesAfter(name(targetPhase.phase), current: name(currentPhase.phase)), hint: .leaveOutBack))
        }
        let missingHint = Message.submitAndApproveMissing(project: id)
        for index in currentIndex..<targetIndex where !status.phases[index].gateMet {
            let stop: GateStop = index == currentIndex ? .left : .skipped
            problems.append(PhaseProblem(.gateStops(name(status.phases[index].phase), stop, reasons(status.phases[index])), hint: missingHint))
        }
        if targetIndex == status.phases.count - 1 {
            if !targetPhase.gateMet {
                problems.append(PhaseProblem(.gateStops(name(targetPhase.phase), .entered, reasons(targetPhase)), hint: missingHint))
            }
            if !move.recordsBaseline {
                problems.append(PhaseProblem(.entersOnlyWithBaseline(name(targetPhase.phase)), hint: .cmRunsBaseline(project: id)))
            }
        }
        return problems
    }

    /// Why a project already in the final phase may not have its next baseline: each gate it
    /// passed to get there that no longer holds, e.g. an approved document changed under a change
    /// request and not approved again. Empty when every gate still holds.
    public static func problemsRebaselining(status: ProjectStatus) -> [PhaseProblem] {
        status.phases.filter { !$0.gateMet }.map {
            PhaseProblem(.gateStops(name($0.phase), .noLongerHolds, reasons($0)), hint: .submitAndApproveMissing(project: status.project.id))
        }
    }

    /// The phases a forward move to `target` passes over, in order: those strictly between the
    /// project's current phase and the target (none for a move back).
    public static func phasesPassed(status: ProjectStatus, to target: String) -> [PhaseStatus] {
        guard let from = status.phases.firstIndex(where: { $0.phase.id == status.project.phase }),
              let to = status.phases.firstIndex(where: { $0.phase.id == target }), to > from + 1 else { return [] }
        return Array(status.phases[(from + 1)..<to])
    }

    /// How a move reads in a commit message and on the terminal: `from 系统安装调试 (installation),
    /// passing 试运行 (trial-run, not held), 用户培训 (training)`.
    public static func describeMove(status: ProjectStatus, to target: String) -> String {
        move(status: status, to: target).text(in: .en)
    }

    /// The same, in the catalog: for people, in the library's language.
    public static func move(status: ProjectStatus, to target: String) -> Message {
        let from = status.current.map { name($0.phase) } ?? .verbatim(status.project.phase)
        let passed = phasesPassed(status: status, to: target).map {
            Message.titled(title: $0.phase.title, id: $0.phase.id, note: $0.skipped ? .phaseNotHeldNote : nil)
        }
        return .movedFrom(from, passing: passed)
    }

    /// What stops one phase's gate, e.g. `missing 安装调试报告; no software has been released (软件发行)`.
    private static func reasons(_ phase: PhaseStatus) -> Message {
        .gateReasons(
            missing: phase.missingDocuments.map(Message.verbatim) + phase.approvals.filter { !$0.satisfied }.map(\.missingText),
            noRelease: !phase.releasesMet)
    }

    /// `项目准备（preparation）` in Chinese, `项目准备 (preparation)` in English (``Message/titled(title:id:note:)``).
    public static func name(_ phase: Phase) -> Message {
        .titled(title: phase.title, id: phase.id)
    }

    /// What one evaluation reads, shared by its phases.
    private struct Context {
        let process: ProcessDefinition
        let project: ProjectRecord
        let files: ProjectFiles
        let approvals: ApprovalLog
        let trialRun: Bool
        /// The files that count as each document type, by type id: matched once per evaluation.
        let present: [String: [String]]

        init(process: ProcessDefinition, project: ProjectRecord, files: ProjectFiles, approvals: ApprovalLog, trialRun: Bool) {
            self.process = process
            self.project = project
            self.files = files
            self.approvals = approvals
            self.trialRun = trialRun
            var present: [String: [String]] = [:]
            for type in process.documentTypes { present[type.id] = files.paths(of: type) }
            self.present = present
        }

        func paths(of type: DocumentType) -> [String] {
            present[type.id] ?? files.paths(of: type)
        }

        func needed(_ type: DocumentType) -> Bool {
            type.isRequired(projectSize: project.size, trialRun: trialRun)
        }

        /// Whether some member of a one-of group is present.
        func groupSatisfied(_ group: String) -> Bool {
            process.documentTypes(inGroup: group).contains { !paths(of: $0).isEmpty }
        }

        func state(of type: DocumentType, skipped: Bool) -> DocumentState {
            let kept = paths(of: type)
            if !kept.isEmpty { return .present(paths: kept) }
            if skipped || !needed(type) { return .notNeeded }
            if let group = type.required.group, groupSatisfied(group) { return .notNeeded }
            return .missing
        }

        func status(of phase: Phase, released: Bool) -> PhaseStatus {
            let skipped = phase.optional && !trialRun
            let exitTypes = phase.exitDocuments.compactMap { process.documentType($0) }
            let otherTypes = process.documentTypes(inPhase: phase.id).filter { !phase.exitDocuments.contains($0.id) }
            let documents =
                exitTypes.map { DocumentStatus(type: $0, state: state(of: $0, skipped: skipped), isExitDocument: true) }
                + otherTypes.map { DocumentStatus(type: $0, state: state(of: $0, skipped: skipped), isExitDocument: false) }

            var missingDocuments: [String] = []
            var groupsReported: Set<String> = []
            for document in documents where document.isExitDocument && document.state == .missing {
                if let group = document.type.required.group {
                    guard groupsReported.insert(group).inserted else { continue }
                    missingDocuments.append(process.documentTypes(inGroup: group).map(\.title).joined(separator: " 或 "))
                } else {
                    missingDocuments.append(document.type.title)
                }
            }

            let approvalStatuses = skipped ? [] : phase.exitApprovals.flatMap(approvals(for:))
            let releasesNeeded = phase.requiresReleases && !skipped
            return PhaseStatus(
                phase: phase, documents: documents, approvals: approvalStatuses, releasesNeeded: releasesNeeded,
                releasesMet: !releasesNeeded || released, skipped: skipped, missingDocuments: missingDocuments)
        }

        /// One status per role of a requirement that applies to the project: the document is
        /// required for it (a one-of member only when it is the one kept).
        func approvals(for requirement: ApprovalRequirement) -> [ApprovalStatus] {
            guard let type = process.documentType(requirement.documentType), needed(type) else { return [] }
            let kept = paths(of: type)
            if type.required.group != nil && kept.isEmpty { return [] }
            // Only approvals that keep the rules count: of the document's one file as it is, by people the rules allow.
            let judgement = ApprovalRules.judge(approvals, type: type, requirement: requirement, files: files)
            return requirement.requiredRoles.map { role in
                let holding = judgement.counted.filter { $0.role == role }
                // The latest; on equal times the later line of the log.
                let latest = holding.enumerated().max { ($0.element.approvedAt, $0.offset) < ($1.element.approvedAt, $1.offset) }
                // Why the role's latest approval does not count, when none does.
                let refusal = latest == nil ? judgement.refused.last { $0.record.role == role }?.refusal : nil
                return ApprovalStatus(documentType: type.id, documentTitle: type.title, role: role, approval: latest?.element, refusal: refusal)
            }
        }
    }
}
