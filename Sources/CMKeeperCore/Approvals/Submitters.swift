import Foundation
import GitKit

/// A change being checked before it lands on `main`: the snapshot it is built on, and who makes it.
struct PendingChange {
    let base: Snapshot
    let author: String
}

extension Snapshot {
    /// Who submitted each of a project's `paths` (relative to its folder) as `files` holds it, by
    /// login: the author of `pending` when its change makes the file what it is, else the author
    /// of the newest commit (following first parents) that changed it, as ``RoleBook/login(of:)``
    /// reads them. With no pending change, `files` are this snapshot's.
    ///
    /// This is who ``ApprovalRules`` keeps from approving their own document.
    func submitters(ofProject id: String, paths: Set<String>, files: ProjectFiles, pending: PendingChange?) throws(CMKeeperError) -> [String: String] {
        guard !paths.isEmpty else { return [:] }
        let base = pending?.base ?? self
        let folder = LibraryLayout.projectFolder(id)
        var found: [String: String] = [:]
        var committed: Set<String> = []
        try translatingErrors {
            for path in paths {
                guard let blob = files.blob(at: path) else { continue }
                if let pending, try base.entry(at: "\(folder)/\(path)")?.id.hex != blob {
                    found[path] = pending.author
                } else {
                    committed.insert("\(folder)/\(path)")
                }
            }
        }
        guard !committed.isEmpty else { return found }
        let roles = (try? base.roleBook()) ?? RoleBook(users: [])
        let authors = try translatingErrors { try base.lastChanges(under: folder, paths: committed) }
        for (path, author) in authors {
            found[String(path.dropFirst(folder.count + 1))] = roles.login(of: author)
        }
        return found
    }
}
