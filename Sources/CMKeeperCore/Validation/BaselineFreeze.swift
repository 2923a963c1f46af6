import Foundation
import GitKit
import LFSStore

/// The rule after acceptance: a baselined project never changes silently. A file of it may be
/// changed, deleted or added only in a commit by a CM engineer naming an approved change request of
/// that project (`Change-Request: CR-003` for `change-requests/需求变更申请单-003.docx`); only
/// its records (project.toml, the append-only logs) and new change requests come in freely.
struct BaselineFreeze {
    /// A project's latest baseline: its record and the manifest its tag holds.
    struct Latest {
        let record: BaselineRecord
        let manifest: BaselineManifest
        let tag: TagInfo
        var paths: Set<String> { Set(manifest.items.map(\.path)) }
    }

    let before: Snapshot
    let after: Snapshot
    private var latest: [String: Result<Latest?, ValidationProblem>] = [:]

    init(before: Snapshot, after: Snapshot) {
        self.before = before
        self.after = after
    }

    /// The project's latest baseline before the change (nil when it has none), or why it cannot be known.
    mutating func latestBaseline(of project: String) throws -> Result<Latest?, ValidationProblem> {
        if let hit = latest[project] { return hit }
        let result = try Self.latestBaseline(of: project, in: before)
        latest[project] = result
        return result
    }

    /// The latest baseline `snapshot` records for `project` (nil when none), checked against its
    /// tag, or why the tag cannot be trusted.
    static func latestBaseline(of project: String, in snapshot: Snapshot) throws -> Result<Latest?, ValidationProblem> {
        let logPath = LibraryLayout.baselineLog(project)
        guard let text = try snapshot.text(at: logPath),
              let last = try? BaselineRecord.parseLog(text, file: logPath).last else { return .success(nil) }
        let repository = snapshot.repository
        guard let tagID = try repository.resolveReference("refs/tags/" + last.tag),
              let tag = try repository.tag(tagID),
              let manifest = try? BaselineManifest.parse(tagMessage: tag.message),
              LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)) == last.manifestSHA256
        else {
            return .failure(ValidationProblem(
                path: last.tag, message: .baselineTagUntrusted(project: project), hint: .cmVerifiesAndRestoresTag(project: project)))
        }
        return .success(Latest(record: last, manifest: manifest, tag: tag))
    }

    /// Whether a path relative to a baselined project folder may change without a change request:
    /// the project's record, its append-only logs (they keep their own rules) and a new change request.
    static func isOpen(_ relative: String, added: Bool, process: ProcessDefinition) -> Bool {
        if ["project.toml", "release-log.jsonl", "approvals.jsonl", "baselines.jsonl"].contains(relative) { return true }
        return added && process.documentType(matching: relative)?.id == GateEvaluator.changeRequestTypeID
    }

    /// The change requests a commit message names (`Change-Request: CR-…` trailers).
    static func changeRequests(in message: String) -> [String] {
        CommitTrailers.values("Change-Request", in: message)
    }

    /// Whether `id` (e.g. `CR-003`) names a change request of the project, present after the
    /// change and approved by a CM engineer as it is; nil when it does, else why not.
    func problemWithChangeRequest(_ id: String, project: String, process: ProcessDefinition) throws -> Message? {
        guard id.uppercased().hasPrefix("CR-") else { return .notAChangeRequestID(id) }
        let number = String(id.dropFirst(3))
        guard let type = process.documentType("change-request") else { return .processHasNoChangeRequests }
        let folder = LibraryLayout.projectFolder(project)
        let candidates = try after.files(under: folder).filter { entry in
            let relative = String(entry.path.dropFirst(folder.count + 1))
            guard type.path.matches(relative) else { return false }
            let stem = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
            return stem.hasSuffix("-" + number)
        }
        guard let file = candidates.first else {
            return .noChangeRequest(project: project, id: id, pattern: "\(type.title)-\(number).*")
        }
        let approvals = try ApprovalLog.parse(try after.text(at: LibraryLayout.approvalsLog(project)) ?? "", file: LibraryLayout.approvalsLog(project))
        // Approved as it is, by the approval rules every path keeps: that file, that content.
        let counted = ApprovalRules.judge(approvals, type: type, requirement: nil, files: try after.projectFiles(project)).counted
        let approved = counted.contains { "\(folder)/\($0.path)" == file.path && $0.role == .cmEngineer }
        return approved ? nil : .changeRequestNotApproved(id: id, file: file.path)
    }
}
