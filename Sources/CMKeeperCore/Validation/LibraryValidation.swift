import Foundation
import GitKit

extension Library {
    /// Checks the whole tree of a revision (default: main) against the process: every path,
    /// every document's place, type and size, every log and rules file. Role rules are not
    /// applied: who made each change was checked when it landed.
    public func validate(revision: String? = nil) throws(CMKeeperError) -> (commit: ObjectID?, problems: [ValidationProblem]) {
        let commit: ObjectID?
        if let revision {
            commit = try translatingErrors { try repository.resolveCommit(revision) }
        } else {
            commit = try snapshot().commit
        }
        guard let commit else { return (nil, []) }
        // Everything judged is on disk: read through a handle that keeps nothing in memory, which
        // lets a large library be checked on every core (see `ChangeValidator.checkPaths`).
        let reader = try translatingErrors { try Repository.open(at: repository.gitDirectory) }
        let empty = Snapshot(repository: reader, commit: nil, tree: nil)
        let after = try translatingErrors { try Snapshot(repository: reader, commit: commit) }
        let options = ChangeValidator.Options(checkRoles: false, largeFileThreshold: settings.largeFileThreshold, lfs: lfs)
        let problems = try ChangeValidator(before: empty, after: after, user: "", options: options).problems()
        return (commit, problems)
    }
}
