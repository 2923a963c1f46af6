import Foundation

/// One line of the configuration status accounting report (配置状态报告): where a project stands.
public struct ProjectSummary: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var customer: String?
    public var manager: String
    public var size: String
    public var phase: String
    /// The phase's Chinese title.
    public var phaseTitle: String
    /// The phase's position in the process, from 0.
    public var phaseIndex: Int
    public var phaseCount: Int
    /// What stops the current phase's gate, by Chinese title.
    public var missing: [String]
    /// The latest weekly report's ISO week, e.g. 2026-W47.
    public var lastWeeklyReport: String?
    public var missingWeeklyReports: Int
    public var releases: Int
    public var baselines: [String]
    /// Change requests (需求变更申请单) no CM engineer has approved as they are.
    public var openChangeRequests: [String]
    /// The positions of the phases the project does not hold (an optional trial run), from 0.
    public var skippedPhases: [Int] = []
}

extension Library {
    /// The configuration status accounting of every project on `main`, optionally only those in
    /// one phase (by id or Chinese title) or of one manager, by id. A phase the process does not
    /// know is refused, naming the phases it does.
    public func statusAccounting(phase: String? = nil, manager: String? = nil, now: Date = Date()) throws(CMKeeperError) -> [ProjectSummary] {
        let snapshot = try self.snapshot()
        let process = try snapshot.processDefinition()
        let phase = try phase.map { name throws(CMKeeperError) in
            guard let known = process.phases.first(where: { $0.id == name || $0.title == name }) else {
                let names = process.phases.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
                throw .refused("there is no phase \"\(name)\" in the process", hint: "name one of: \(names)")
            }
            return known.id
        }
        var result: [ProjectSummary] = []
        for entry in try translatingErrors({ try snapshot.children(of: LibraryLayout.projectsFolder) }) where entry.kind == .tree {
            guard let project = try project(entry.path, in: snapshot) else { continue }
            if let phase, project.phase != (process.phase(named: phase)?.id ?? phase) { continue }
            if let manager, project.manager != manager { continue }
            let files = try snapshot.projectFiles(project.id)
            let status = try snapshot.projectStatus(project, process: process, now: now, files: files)
            let approvals = try translatingErrors {
                try ApprovalLog.parse(try snapshot.text(at: LibraryLayout.approvalsLog(project.id)) ?? "", file: LibraryLayout.approvalsLog(project.id))
            }
            // Approved as they are, by the approval rules every path keeps: that file, that content.
            let approvedPaths = Set(process.documentType(GateEvaluator.changeRequestTypeID).map {
                ApprovalRules.judge(approvals, type: $0, requirement: nil, files: files).counted.filter { $0.role == .cmEngineer }.map(\.path)
            } ?? [])
            let open = status.changeRequests.filter { !approvedPaths.contains($0) }
            let lastWeek = WeeklyReports.weeksReported(process: process, files: files).max()
            result.append(ProjectSummary(
                id: project.id, name: project.name, customer: project.customer, manager: project.manager, size: project.size.rawValue,
                phase: project.phase, phaseTitle: process.phase(project.phase)?.title ?? "✘ not a phase: \(project.phase)",
                phaseIndex: process.phaseIndex(project.phase) ?? 0, phaseCount: process.phases.count,
                missing: status.current?.missing ?? status.phaseProblem.map { [$0] } ?? [], lastWeeklyReport: lastWeek?.description,
                missingWeeklyReports: status.missingWeeklyReports.count, releases: status.releases.count,
                baselines: try baselines(of: project.id, in: snapshot).map(\.name), openChangeRequests: open,
                skippedPhases: status.phases.indices.filter { status.phases[$0].skipped }))
        }
        return result.sorted { $0.id < $1.id }
    }
}
