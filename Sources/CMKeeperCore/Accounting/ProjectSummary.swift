import Foundation
import GitKit

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
    /// know is refused, naming the phases it does. Projects whose tree did not change since the
    /// last call are not read again (``ProjectSummaryCache``).
    public func statusAccounting(phase: String? = nil, manager: String? = nil, now: Date = Date()) throws(CMKeeperError) -> [ProjectSummary] {
        let snapshot = try self.snapshot()
        return try accountingEntries(in: snapshot, now: now, phase: phase, manager: manager).map(\.summary)
    }

    /// ``accountingEntries(in:now:)`` of the projects in one phase (by id or Chinese title) and of
    /// one manager, when given; a phase the process does not know is refused, naming those it does.
    func accountingEntries(in snapshot: Snapshot, now: Date, phase: String?, manager: String?) throws(CMKeeperError) -> [ProjectSummaryCache.Entry] {
        let process = try snapshot.processDefinition()
        let phase = try phase.map { name throws(CMKeeperError) in
            guard let known = process.phases.first(where: { $0.id == name || $0.title == name }) else {
                throw .refused(.noSuchPhase(name), hint: .nameOneOf(process.phases.map(GateEvaluator.name)))
            }
            return known.id
        }
        return try accountingEntries(in: snapshot, now: now).filter {
            (phase == nil || $0.summary.phase == phase) && (manager == nil || $0.summary.manager == manager)
        }
    }

    /// Every project's summary on `snapshot`, sorted by id: from the cache where the project's
    /// tree is the one it was computed from, else read, and the cache updated.
    func accountingEntries(in snapshot: Snapshot, now: Date) throws(CMKeeperError) -> [ProjectSummaryCache.Entry] {
        let process = try snapshot.processDefinition()
        // Roles count too: who submitted an approved file is read from commit authors by them.
        let rules = try translatingErrors { () throws -> String in
            try [LibraryLayout.processFile, LibraryLayout.rolesFile].map { try snapshot.entry(at: $0)?.id.hex ?? "-" }.joined(separator: " ")
        }
        let context = "1 rules:\(rules) week:\(ISOWeek(containing: now)) language:\(settings.language.rawValue)"
        var cache = ProjectSummaryCache(url: ProjectSummaryCache.url(libraryRoot: root), context: context)
        let folders = try translatingErrors { try snapshot.children(of: LibraryLayout.projectsFolder) }.filter { $0.kind == .tree }
        let stale = folders.filter { cache.entry(project: $0.path, tree: $0.id.hex) == nil }
        if !stale.isEmpty {
            let changed = (try? snapshot.recordChanges(of: stale.map(\.path))) ?? [:]
            for folder in stale {
                guard let project = try project(folder.path, in: snapshot) else { continue }
                let (summary, waiting) = try summary(of: project, in: snapshot, process: process, now: now)
                cache.set(
                    .init(tree: folder.id.hex, summary: summary, recordChangedAt: changed[folder.path], approvalsWaiting: waiting),
                    project: folder.path)
            }
        }
        cache.keep(only: Set(folders.map(\.path)))
        cache.save()
        return folders.compactMap { cache.entry(project: $0.path, tree: $0.id.hex) }.sorted { $0.summary.id < $1.summary.id }
    }

    /// One project's line of the report, and the approvals its gate waits for on documents that
    /// are there, read from the snapshot.
    private func summary(of project: ProjectRecord, in snapshot: Snapshot, process: ProcessDefinition, now: Date) throws(CMKeeperError) -> (ProjectSummary, [String]) {
        let files = try snapshot.projectFiles(project.id)
        let status = try snapshot.projectStatus(project, process: process, now: now, files: files)
        let approvals = try snapshot.approvalLog(of: project.id)
        let approvedPaths = Self.approvedChangeRequests(approvals, process: process, files: files)
        let open = status.changeRequests.filter { !approvedPaths.contains($0) }
        let lastWeek = WeeklyReports.weeksReported(process: process, files: files).max()
        let waiting = status.current.map { current in
            current.approvals.filter { !$0.satisfied && !(current.document($0.documentType)?.paths.isEmpty ?? true) }.map(\.title)
        } ?? []
        let summary = ProjectSummary(
            id: project.id, name: project.name, customer: project.customer, manager: project.manager, size: project.size.rawValue,
            phase: project.phase, phaseTitle: process.phase(project.phase)?.title ?? Message.notAPhase(project.phase).text(in: settings.language),
            phaseIndex: process.phaseIndex(project.phase) ?? 0, phaseCount: process.phases.count,
            missing: status.current?.missing(in: settings.language) ?? status.phaseProblem.map { [$0.text(in: settings.language)] } ?? [], lastWeeklyReport: lastWeek?.description,
            missingWeeklyReports: status.missingWeeklyReports.count, releases: status.releases.count,
            baselines: try baselines(of: project.id, in: snapshot).map(\.name), openChangeRequests: open,
            skippedPhases: status.phases.indices.filter { status.phases[$0].skipped })
        return (summary, waiting)
    }

    /// The change requests a CM engineer approved as they are, by the approval rules every path
    /// keeps: that file, that content.
    static func approvedChangeRequests(_ approvals: ApprovalLog, process: ProcessDefinition, files: ProjectFiles) -> Set<String> {
        Set(process.documentType(GateEvaluator.changeRequestTypeID).map {
            ApprovalRules.judge(approvals, type: $0, requirement: nil, files: files).counted.filter { $0.role == .cmEngineer }.map(\.path)
        } ?? [])
    }
}

extension Snapshot {
    /// When each project's record (`project.toml`, which a phase move changes) last changed, by
    /// project id. For a few projects, by comparing the record's blob id along first-parent
    /// history, which reads no diff; for many, in one walk of ``lastChanges(under:paths:)``.
    func recordChanges(of ids: [String]) throws -> [String: Date] {
        let paths = Set(ids.map(LibraryLayout.projectFile))
        let id = { (path: String) in String(path.dropFirst(LibraryLayout.projectsFolder.count + 1).dropLast("/project.toml".count)) }
        if paths.count > 64 {
            return Dictionary(try lastChanges(under: LibraryLayout.projectsFolder, paths: paths).map { (id($0.key), $0.value.date) }, uniquingKeysWith: { a, _ in a })
        }
        var found: [String: Date] = [:]
        var remaining = paths
        var current: [String: ObjectID] = [:]
        for path in paths { current[path] = try entry(at: path)?.id }
        var next = commit
        while let commitID = next, !remaining.isEmpty {
            let commit = try repository.commit(commitID)
            let parentTree = try commit.parents.first.map { try repository.commit($0).tree }
            var before: [String: ObjectID] = [:]
            for path in remaining {
                before[path] = try parentTree.flatMap { try repository.entry(at: path, inTree: $0)?.id }
                if before[path] != current[path] {
                    found[id(path)] = commit.author.date
                    remaining.remove(path)
                }
            }
            current = before
            next = commit.parents.first
        }
        return found
    }

    /// A project's approvals log (`approvals.jsonl`); empty when it has none.
    func approvalLog(of id: String) throws(CMKeeperError) -> ApprovalLog {
        try translatingErrors {
            try ApprovalLog.parse(try text(at: LibraryLayout.approvalsLog(id)) ?? "", file: LibraryLayout.approvalsLog(id))
        }
    }
}
