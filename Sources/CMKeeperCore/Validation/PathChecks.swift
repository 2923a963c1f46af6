import Foundation
import GitKit

/// What the checks of changed paths go by: the rules in force, and whether the user is a CM engineer.
struct PathRules: Sendable {
    let process: ProcessDefinition
    let roles: RoleBook
    let isCM: Bool
}

/// What the checks of one run of paths keep from path to path: project records, baselines,
/// documents kept once, the process's answers, and the valid paths added.
struct PathCheckState {
    var projects: ProjectCache
    var freeze: BaselineFreeze
    var keptOnce = KeptOnceDocuments()
    var places: ProcessPlaces
    var added: [RepositoryPath] = []
}

/// What the checks of a change's paths found: each path's problems in the change's order, the
/// valid paths it adds, names that differ only in case inside its projects' folders, the
/// documents kept once it leaves doubled, text files git-lfs took (in the change's order), and
/// the project records read.
struct CheckedPaths: Sendable {
    var problems: [ValidationProblem] = []
    var textFilePointers: [ValidationProblem] = []
    var added: [RepositoryPath] = []
    var caseCollisions: [CaseCollisions.Finding] = []
    var keptOnce: [KeptOnceDocuments.Finding] = []
    var records: ProjectCache.Known = [:]
}

extension ChangeValidator {
    /// Checks every changed path. A large change (a first push of thousands of projects,
    /// `validate` of a whole library) is cut into runs of whole projects, each checked on a
    /// thread with a repository handle of its own. A project's paths (and those of any other
    /// top folder) stay together and in order, so each run finds what one pass finds there,
    /// including names that differ only in case in the folders inside (`runFolderDepths`); the
    /// runs are merged in the change's order. A repository holding objects in memory (a commit
    /// cmkeeper is making) is checked in one pass: another handle would not see them.
    func checkPaths(_ changes: [TreeChange], rules: PathRules) throws -> CheckedPaths {
        let parts = Self.parts(of: changes, threads: options.threads, pathsPerThread: options.pathsPerThread)
        guard parts.count > 1, let reopening = repository.reopening else {
            return try checkPart(changes[...], rules: rules)
        }
        // The first run is checked here, on this handle; each other on a thread and a handle of its own.
        let (beforeAt, afterAt, user, options) = ((before.commit, before.tree), (after.commit, after.tree), user, options)
        // A run whose thread cannot open a handle (no file descriptor left) is checked here after
        // the others: a busy server checks more slowly, it does not refuse the push.
        let results: [CheckedPaths?] = try Parts.run(count: parts.count, first: { try checkPart(changes[parts[0]], rules: rules) }) { index in
            guard let handle = try? reopening.open() else { return nil }
            let validator = ChangeValidator(
                before: Snapshot(repository: handle, commit: beforeAt.0, tree: beforeAt.1),
                after: Snapshot(repository: handle, commit: afterAt.0, tree: afterAt.1), user: user, options: options)
            return try validator.checkPart(changes[parts[index]], rules: rules)
        }
        var merged = CheckedPaths()
        for (index, result) in results.enumerated() {
            let part = try result ?? checkPart(changes[parts[index]], rules: rules)
            merged.problems += part.problems
            merged.textFilePointers += part.textFilePointers
            merged.added += part.added
            merged.caseCollisions += part.caseCollisions
            merged.keptOnce += part.keptOnce
            merged.records.merge(part.records) { first, _ in first }
        }
        return merged
    }

    /// Checks a run of changed paths in order, on this validator's repository handle.
    func checkPart(_ changes: ArraySlice<TreeChange>, rules: PathRules) throws -> CheckedPaths {
        var state = PathCheckState(
            projects: ProjectCache(before: before, after: after), freeze: BaselineFreeze(before: before, after: after),
            places: ProcessPlaces(rules.process))
        var checked = CheckedPaths()
        for change in changes {
            checked.problems += try problems(of: change, rules: rules, state: &state)
        }
        checked.textFilePointers = try textFilePointerProblems(changes)
        checked.keptOnce = try state.keptOnce.findings(in: after, places: &state.places)
        checked.added = state.added
        checked.caseCollisions = try CaseCollisions(before: before, after: after).findings(among: state.added, depths: Self.runFolderDepths)
        checked.records = state.projects.known
        return checked
    }

    /// The folders whose names a run judges for case twins: those inside a project folder or
    /// below another top folder, which no other run adds to (see `CaseCollisions.findings`).
    static let runFolderDepths = 2..<Int.max

    /// The change (in git's path order) cut into at most `threads` runs of at least
    /// `pathsPerThread` paths each, a run ending only where the paths of a project, or of
    /// another top folder, end.
    static func parts(of changes: [TreeChange], threads: Int, pathsPerThread: Int) -> [Range<Int>] {
        let count = min(threads, changes.count / max(pathsPerThread, 1))
        guard count > 1 else { return [changes.indices] }
        var parts: [Range<Int>] = []
        var start = 0
        for part in 1..<count {
            var end = max(start + 1, changes.count * part / count)
            while end < changes.count, let group = group(of: changes[end]), group == self.group(of: changes[end - 1]) {
                end += 1
            }
            guard end < changes.count else { break }
            parts.append(start..<end)
            start = end
        }
        parts.append(start..<changes.count)
        return parts
    }

    /// What a path's run must hold it with: `projects/ID` for a path inside a project, the top
    /// folder for any other path in a folder; nil for a file at the top or right in `projects/`.
    private static func group(of change: TreeChange) -> ArraySlice<UInt8>? {
        let bytes = change.pathBytes[...]
        let inProjects = bytes.count > projectsPrefix.count && bytes.starts(with: projectsPrefix)
        let rest = inProjects ? bytes[(bytes.startIndex + projectsPrefix.count)...] : bytes
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        return bytes[..<slash]
    }

    private static let projectsPrefix = Array((LibraryLayout.projectsFolder + "/").utf8)
}
