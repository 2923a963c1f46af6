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
        let empty = try snapshot(at: nil)
        let options = ChangeValidator.Options(checkRoles: false, largeFileThreshold: settings.largeFileThreshold, lfs: lfs)
        let problems = try ChangeValidator(before: empty, after: try snapshot(at: commit), user: "", options: options).problems()
        return (commit, problems)
    }
}
