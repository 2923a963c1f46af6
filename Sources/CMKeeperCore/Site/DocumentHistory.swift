import Foundation
import GitKit

/// One change to one file of a project: who made it, when, and how.
struct DocumentChange: Sendable, Equatable {
    enum Kind: Sendable { case added, modified, deleted }
    let kind: Kind
    let login: String
    let date: Date
}

extension Snapshot {
    /// Every change to every file of a project, by path relative to its folder, newest first:
    /// one walk of first-parent history from this snapshot's commit, diffing only the commits
    /// that changed the project's folder.
    func documentHistory(ofProject id: String) throws -> [String: [DocumentChange]] {
        let folder = LibraryLayout.projectFolder(id)
        let roles = (try? roleBook()) ?? RoleBook(users: [])
        var history: [String: [DocumentChange]] = [:]
        var next = commit
        while let id = next {
            let commit = try repository.commit(id)
            let here = try repository.entry(at: folder, inTree: commit.tree)?.id
            let parent = commit.parents.first
            let before = try parent.map { try repository.commit($0).tree }.flatMap { try repository.entry(at: folder, inTree: $0)?.id }
            if here != before {
                let login = roles.login(of: commit.author)
                for change in try repository.diff(from: before, to: here) {
                    let kind: DocumentChange.Kind = change.status == .added ? .added : change.status == .deleted ? .deleted : .modified
                    history[change.path, default: []].append(DocumentChange(kind: kind, login: login, date: commit.author.date))
                }
            }
            if here == nil { break }
            next = parent
        }
        return history
    }
}
