import Foundation
import GitKit

extension Library {
    /// Where a project stands on `main`: each phase's documents, approvals and gate, its
    /// releases, missing weekly reports and change requests.
    public func status(of projectID: String, now: Date = Date()) throws(CMKeeperError) -> ProjectStatus {
        let snapshot = try self.snapshot()
        return try status(of: projectID, in: snapshot, now: now)
    }

    func status(of projectID: String, in snapshot: Snapshot, now: Date) throws(CMKeeperError) -> ProjectStatus {
        let id = try ProjectID(validating: projectID).rawValue
        guard let project = try project(id, in: snapshot) else {
            throw .notFound(.noProject(id), hint: .projectListShows)
        }
        return try snapshot.projectStatus(project, process: try snapshot.processDefinition(), now: now)
    }

    /// Records `user`'s approval (审批) of a project's document, as it is now: who, in which
    /// role, when, and the blob id approved, appended to `projects/ID/approvals.jsonl`. An
    /// approval counts only while the document is unchanged.
    ///
    /// `role` defaults to the first role the process asks to approve this document that the
    /// user holds (and has not approved it in yet); `file` picks one of several (change
    /// requests), by path in the project or name. Refuses a document the project does not have, a
    /// user with no such role, an approval already recorded for the same content and role, and
    /// one that breaks ``ApprovalRules`` (a document with two files, a second approval by the
    /// same person, the submitter's own approval where someone else's is asked for).
    public func approve(project projectID: String, documentType typeID: String, file: String? = nil, role: Role? = nil, user: String) throws(CMKeeperError) -> (ApprovalRecord, CommitOutcome) {
        let id = try ProjectID(validating: projectID).rawValue
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        var made: ApprovalRecord? = nil
        let outcome = try commitOnMain(author: user, date: now) { snapshot in
            guard try self.project(id, in: snapshot) != nil else {
                throw CMKeeperError.notFound(.noProject(id), hint: .projectListShows)
            }
            let process = try snapshot.processDefinition()
            guard let type = process.documentType(named: typeID) else {
                throw CMKeeperError.refused(.notADocumentType(typeID), hint: .typeNameHint)
            }
            // The roles the process asks for; a CM engineer may approve any document (change requests, say).
            let requirement = process.approvalRequirement(for: type.id)
            var wanted = process.phases.flatMap(\.exitApprovals).filter { $0.documentType == type.id }.flatMap(\.requiredRoles)
            if !wanted.contains(.cmEngineer) { wanted.append(.cmEngineer) }
            var files = try snapshot.projectFiles(id)
            let paths = files.paths(of: type).filter { file == nil || $0 == file || ($0 as NSString).lastPathComponent == file }
            guard let path = paths.first, let blob = files.blob(at: path) else {
                throw CMKeeperError.refused(.nothingToApprove(project: id, title: type.title, file: file), hint: .managerSubmitsFirst(project: id, title: type.title))
            }
            // A document kept once with two files is refused by the rules below: no approval of either would hold.
            guard paths.count == 1 || type.multiplicity == .one else {
                throw CMKeeperError.refused(
                    .projectHoldsSeveralFiles(project: id, count: paths.count, title: type.title, files: paths.joined(separator: ", ")),
                    hint: .nameOneWithFile((paths[0] as NSString).lastPathComponent))
            }
            let folder = LibraryLayout.projectFolder(id)
            let logPath = LibraryLayout.approvalsLog(id)
            var log = try snapshot.text(at: logPath) ?? ""
            files.submitters = try snapshot.submitters(ofProject: id, paths: [path], files: files, pending: nil)
            let counted = ApprovalRules.judge(try ApprovalLog.parse(log, file: logPath), type: type, requirement: requirement, files: files).counted
                .filter { $0.path == path }
            let roles = try snapshot.roleBook()
            let chosen: Role
            if let role {
                chosen = role
            } else if let first = wanted.first(where: { role in roles.has(role, user) && !counted.contains { $0.role == role } }) ?? wanted.first(where: { roles.has($0, user) }) {
                chosen = first
            } else {
                throw CMKeeperError.refused(.cannotApprove(user: user, title: type.title, roles: .titledEither(wanted.map(\.titled))), hint: .cmGivesRoles)
            }
            guard roles.has(chosen, user) else {
                throw CMKeeperError.refused(.notInRole(user: user, role: chosen.titled), hint: .cmGivesRoles)
            }
            if let given = counted.first(where: { $0.role == chosen }) {
                throw CMKeeperError.refused(.alreadyApproved(title: type.title, project: id, role: chosen.title, by: given.approvedBy), hint: .nothingToDo)
            }
            let record = ApprovalRecord(documentType: type.id, path: path, blob: blob, approvedBy: user, role: chosen, approvedAt: now)
            if let refusal = ApprovalRules.refusal(of: record, type: type, requirement: requirement, files: files, counted: counted) {
                throw CMKeeperError.refused(.cannotApproveBecause(user: user, title: type.title, project: id, refusal.text), hint: refusal.fix)
            }
            made = record
            if !log.isEmpty && !log.hasSuffix("\n") { log += "\n" }
            log += record.jsonLine() + "\n"
            return PlannedCommit(
                updates: [.upsert(path: logPath, blob: try self.writeBlob(Data(log.utf8)))],
                message: "Approve \(type.title) of \(id) as \(chosen.rawValue)\n\n\(folder)/\(path) (blob \(blob.prefix(12))) approved by \(user) (\(chosen.title)).\n")
        }
        return (made!, outcome)
    }

    /// Moves a project to another phase, named by id or Chinese title: forward when every gate
    /// on the way is met (refused, naming what is missing by Chinese title, otherwise), never into
    /// the final phase (only `baseline` closes a project). With `back`, a CM engineer moves it
    /// back; the reason is recorded in the commit message (`Reason: …`), where `git log` keeps it.
    /// The project's manager or a CM engineer may move it forward.
    public func movePhase(project projectID: String, to phase: String, back: Bool = false, reason: String? = nil, user: String) throws(CMKeeperError) -> PhaseMoveOutcome {
        let id = try ProjectID(validating: projectID).rawValue
        let reason = reason.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces) }
        if back && (reason ?? "").isEmpty {
            throw .refused(.moveBackNeedsReason(id), hint: .sayWhy(project: id, phase: phase))
        }
        let now = Date()
        var made: (ProjectRecord, Message)? = nil
        let outcome = try commitOnMain(author: user, date: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))) { snapshot in
            let status = try self.status(of: id, in: snapshot, now: now)
            let process = try snapshot.processDefinition()
            let target = process.phase(named: phase)?.id ?? phase
            let move = PhaseMove(target: target, back: back, byCMEngineer: try snapshot.roleBook().has(.cmEngineer, user))
            let problems = GateEvaluator.problemsMoving(process: process, status: status, move: move)
            if !problems.isEmpty { throw CMKeeperError.refused(.cannotMoveTo(project: id, phase: phase), problems) }
            var record = status.project
            record.phase = target
            let title = process.phase(target).map { GateEvaluator.name($0).text(in: .en) } ?? target
            let movement = GateEvaluator.move(status: status, to: target)
            let summary = movement.text(in: .en)
            made = (record, movement)
            let message = back
                ? CommitTrailers.appending(["\(PhaseMove.reasonTrailer): \(reason ?? "")"], to: "Move \(id) back to \(title)\n\nFrom \(status.current.map { GateEvaluator.name($0.phase).text(in: .en) } ?? status.project.phase), by CM engineer \(user).\n")
                : "Move \(id) to \(title)\n\n\(summary.prefix(1).uppercased() + summary.dropFirst()): each gate is met.\n"
            return PlannedCommit(
                updates: [.upsert(path: LibraryLayout.projectFile(id), blob: try self.writeBlob(Data(record.serialized().utf8)))],
                message: message)
        }
        return PhaseMoveOutcome(project: made!.0, movement: made!.1, commit: outcome)
    }
}

/// A phase move that landed.
public struct PhaseMoveOutcome: Sendable {
    /// The project record as moved.
    public let project: ProjectRecord
    /// Where it came from and the phases it passed, as ``GateEvaluator/move(status:to:)`` says it.
    public let movement: Message
    /// The same in English, as the commit message and `--json` have it.
    public var summary: String { movement.text(in: .en) }
    public let commit: CommitOutcome
}

extension Snapshot {
    /// The files of a project folder, by path inside it.
    func projectFiles(_ id: String) throws(CMKeeperError) -> ProjectFiles {
        let folder = LibraryLayout.projectFolder(id)
        return try translatingErrors {
            ProjectFiles(
                repositoryFiles: Dictionary(try self.files(under: folder).map { ($0.path, $0.id.hex) }, uniquingKeysWith: { a, _ in a }),
                projectFolder: folder)
        }
    }

    /// Where `project` stands in this snapshot, judged by `process`; `pending` is the change this
    /// snapshot's tree is not yet committed by (who submitted an approved file depends on it).
    func projectStatus(
        _ project: ProjectRecord, process: ProcessDefinition, now: Date, files: ProjectFiles? = nil, pending: PendingChange? = nil
    ) throws(CMKeeperError) -> ProjectStatus {
        var projectFiles: ProjectFiles
        if let files { projectFiles = files } else { projectFiles = try self.projectFiles(project.id) }
        let id = project.id
        let approvals = try approvalLog(of: id)
        let approved = Set(approvals.records.filter { projectFiles.blob(at: $0.path) == $0.blob }.map(\.path))
        projectFiles.submitters = try submitters(ofProject: id, paths: approved, files: projectFiles, pending: pending)
        return try translatingErrors {
            let releases = try ReleaseLog.parse(try text(at: LibraryLayout.releaseLog(id)) ?? "", file: LibraryLayout.releaseLog(id)).records
            return GateEvaluator.evaluate(
                process: process, project: project, files: projectFiles, approvals: approvals, releases: releases,
                trialRun: project.trialRun, now: now)
        }
    }
}
