import Foundation
import GitKit

extension Snapshot {
    /// Who last changed each of `paths` (repository paths below `folder`), and when: the author's
    /// signature of the newest commit that changed it, found in one walk of first-parent history from this
    /// snapshot's commit, skipping commits that left the folder as it was. A path no commit
    /// changed (or a snapshot with no commit) is left out.
    func lastChanges(under folder: String, paths: Set<String>) throws -> [String: Signature] {
        var found: [String: Signature] = [:]
        var next = commit
        while let id = next, found.count < paths.count {
            let commit = try repository.commit(id)
            let here = try repository.entry(at: folder, inTree: commit.tree)?.id
            let parent = commit.parents.first
            let before = try parent.map { try repository.commit($0).tree }.flatMap { try repository.entry(at: folder, inTree: $0)?.id }
            if here != before {
                for change in try repository.diff(from: before, to: here) where change.status != .deleted {
                    let path = folder + "/" + change.path
                    if paths.contains(path) && found[path] == nil {
                        found[path] = commit.author
                    }
                }
            }
            next = parent
        }
        return found
    }
}
