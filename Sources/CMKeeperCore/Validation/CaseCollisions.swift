import Foundation
import GitKit

/// Names in one folder that differ only in letter case, which Windows and macOS clients cannot
/// hold side by side, among the names a change brings into its folders.
///
/// Each name new to its folder is compared with the folder's other names; two names that were
/// both there before were compared when the second came. So the cost follows the change: adding
/// a document reads its own folder, not `projects/` with thousands of projects, and a folder the
/// change creates is not read at all (every name in it is new). `validate` judges a whole tree as
/// new, so it still compares every pair. The names come from the added paths that are valid
/// (one that is not is refused on its own).
struct CaseCollisions {
    let before: Snapshot
    let after: Snapshot

    /// A problem for each pair, folder by folder, as `RepositoryPath.caseCollisions(in:)` orders them.
    func problems(among added: [RepositoryPath]) throws(GitError) -> [ValidationProblem] {
        // Folders by their bytes (`PathKey`): a first push brings tens of thousands of Chinese names.
        var existed: [PathKey: Bool] = [:]
        // The new folders already counted: a new folder's name is gained once.
        var counted = Set<PathKey>()
        func existedBefore(_ path: String) throws(GitError) -> Bool {
            let key = PathKey(path)
            if counted.contains(key) { return false }
            if let known = existed[key] { return known }
            var found = before.tree != nil
            if found, !path.isEmpty { found = try before.entry(at: path) != nil }
            existed[key] = found
            return found
        }
        // The names each folder gains.
        var gained: [PathKey: Set<RepositoryPath>] = [:]
        let topIsNew = !(try existedBefore(""))
        for path in added {
            var folder = ""
            var inNewFolder = topIsNew
            for index in path.components.indices {
                let full = folder.isEmpty ? path.components[index] : folder + "/" + path.components[index]
                if !inNewFolder { inNewFolder = !(try existedBefore(full)) }
                // An added path is listed once: its own name needs no count.
                if inNewFolder, index == path.components.count - 1 || counted.insert(PathKey(full)).inserted {
                    gained[PathKey(folder), default: []].insert(path.name(at: index))
                }
                folder = full
            }
        }
        var problems: [ValidationProblem] = []
        for (key, names) in gained.sorted(by: { $0.key.string < $1.key.string }) {
            let folder = key.string
            var candidates = Array(names)
            // A folder that was there already: its other names that fold as a new one does.
            if try existedBefore(folder) {
                let folded = Set(names.map { RepositoryPath.caseFolded($0.string) })
                let entries = folder.isEmpty ? try after.tree.map { (tree) throws(GitError) in try after.repository.entries(ofTree: tree) } ?? [] : try after.children(of: folder)
                for entry in entries where folded.contains(RepositoryPath.caseFolded(entry.path)) {
                    if let name = try? RepositoryPath(validating: entry.path), !names.contains(name) { candidates.append(name) }
                }
            }
            let prefix = folder.isEmpty ? "" : folder + "/"
            for (a, b) in RepositoryPath.caseCollisions(in: candidates) {
                problems.append(ValidationProblem(
                    path: prefix + b.string, message: .differsOnlyInCase(prefix + a.string), hint: .renameOneOfCaseTwins))
            }
        }
        return problems
    }
}
