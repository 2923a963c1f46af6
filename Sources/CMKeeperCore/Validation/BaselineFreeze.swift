import Foundation
import GitKit
import LFSStore

/// The rule after acceptance: a file of a project's baseline never changes silently. It may
/// change only in a commit by a CM engineer naming an approved change request of that project
/// (`Change-Request: CR-003` for `change-requests/需求变更申请单-003.docx`).
struct BaselineFreeze {
    let before: Snapshot
    let after: Snapshot
    private var frozen: [String: Result<Set<String>, ValidationProblem>] = [:]

    init(before: Snapshot, after: Snapshot) {
        self.before = before
        self.after = after
    }

    /// The paths frozen by the project's latest baseline (empty when it has none), or why they cannot be known.
    mutating func frozenPaths(of project: String) throws -> Result<Set<String>, ValidationProblem> {
        if let hit = frozen[project] { return hit }
        let result = try Self.read(project, before)
        frozen[project] = result
        return result
    }

    private static func read(_ project: String, _ snapshot: Snapshot) throws -> Result<Set<String>, ValidationProblem> {
        let logPath = LibraryLayout.baselineLog(project)
        guard let text = try snapshot.text(at: logPath),
              let last = try? BaselineRecord.parseLog(text, file: logPath).last else { return .success([]) }
        let repository = snapshot.repository
        guard let tagID = try repository.resolveReference("refs/tags/" + last.tag),
              let tag = try repository.tag(tagID),
              let manifest = try? BaselineManifest.parse(tagMessage: tag.message),
              LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)) == last.manifestSHA256
        else {
            return .failure(ValidationProblem(
                path: last.tag, message: "the baseline tag is missing or does not match its record, so project \(project) cannot be changed",
                hint: "a CM engineer runs `cmkeeper verify \(project)` and restores the tag"))
        }
        return .success(Set(manifest.items.map(\.path)))
    }

    /// The change requests a commit message names (`Change-Request: CR-…` trailers).
    static func changeRequests(in message: String) -> [String] {
        message.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "change-request" else { return nil }
            let id = parts[1].trimmingCharacters(in: .whitespaces)
            return id.isEmpty ? nil : id
        }
    }

    /// Whether `id` (e.g. `CR-003`) names a change request of the project, present after the
    /// change and approved by a CM engineer as it is; nil when it does, else why not.
    func problemWithChangeRequest(_ id: String, project: String, process: ProcessDefinition) throws -> String? {
        guard id.uppercased().hasPrefix("CR-") else { return "“\(id)” is not a change request id like CR-003" }
        let number = String(id.dropFirst(3))
        guard let type = process.documentType("change-request") else { return "the process has no change requests" }
        let folder = LibraryLayout.projectFolder(project)
        let candidates = try after.files(under: folder).filter { entry in
            let relative = String(entry.path.dropFirst(folder.count + 1))
            guard type.path.matches(relative) else { return false }
            let stem = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
            return stem.hasSuffix("-" + number)
        }
        guard let file = candidates.first else {
            return "project \(project) has no change request \(id) (\(type.title)-\(number).*)"
        }
        let approvals = try ApprovalLog.parse(try after.text(at: LibraryLayout.approvalsLog(project)) ?? "", file: LibraryLayout.approvalsLog(project))
        // Approved as it is, by the approval rules every path keeps: that file, that content.
        let counted = ApprovalRules.judge(approvals, type: type, requirement: nil, files: try after.projectFiles(project)).counted
        let approved = counted.contains { "\(folder)/\($0.path)" == file.path && $0.role == .cmEngineer }
        return approved ? nil : "change request \(id) (\(file.path)) is not approved by a CM engineer as it is"
    }
}
