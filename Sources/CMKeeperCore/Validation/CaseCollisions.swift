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

    /// The pairs found in one folder.
    struct Finding: Sendable {
        let folder: String
        let problems: [ValidationProblem]
    }

    /// The findings' problems folder by folder: the order of `findings` from one call, kept when
    /// the findings of several (each for other folders) are put together.
    static func ordered(_ findings: [Finding]) -> [ValidationProblem] {
        findings.sorted { $0.folder < $1.folder }.flatMap(\.problems)
    }

    /// A problem for each pair, folder by folder, as `RepositoryPath.caseCollisions(in:)` orders them.
    func problems(among added: [RepositoryPath]) throws(GitError) -> [ValidationProblem] {
        Self.ordered(try findings(among: added))
    }

    /// The pairs in each folder `depths` takes (a folder's depth is its number of names: the top
    /// is 0, `projects` 1, `projects/ID` 2), folder by folder. A large change's runs of whole
    /// projects each judge the folders inside their projects; the folders above take names from
    /// every run and are judged once.
    func findings(among added: [RepositoryPath], depths: Range<Int> = 0..<Int.max) throws(GitError) -> [Finding] {
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
        // Above the deepest folder judged, a path deeper than that gives what the path before it
        // gave when both start with the same names (a project's files, judged in `projects/`).
        var previous: ArraySlice<String> = []
        for path in added {
            if path.components.count > depths.upperBound {
                let start = path.components.prefix(depths.upperBound)
                if start.elementsEqual(previous, by: { $0.utf8.elementsEqual($1.utf8) }) { continue }
                previous = start
            } else {
                previous = []
            }
            var folder = ""
            var inNewFolder = topIsNew
            for index in path.components.indices {
                if index >= depths.upperBound { break }
                let full = folder.isEmpty ? path.components[index] : folder + "/" + path.components[index]
                if !inNewFolder { inNewFolder = !(try existedBefore(full)) }
                // An added path is listed once: its own name needs no count.
                if inNewFolder, depths.contains(index), index == path.components.count - 1 || counted.insert(PathKey(full)).inserted {
                    gained[PathKey(folder), default: []].insert(path.name(at: index))
                }
                folder = full
            }
        }
        var findings: [Finding] = []
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
            // Most folders have no two names that fold alike: found by their folded forms alone.
            var seen = Set<PathKey>()
            guard candidates.contains(where: { !seen.insert(PathKey(RepositoryPath.caseFolded($0.string))).inserted }) else { continue }
            let prefix = folder.isEmpty ? "" : folder + "/"
            let pairs = RepositoryPath.caseCollisions(in: candidates)
            guard !pairs.isEmpty else { continue }
            findings.append(Finding(folder: folder, problems: pairs.map { a, b in
                ValidationProblem(path: prefix + b.string, message: .differsOnlyInCase(prefix + a.string), hint: .renameOneOfCaseTwins)
            }))
        }
        return findings
    }
}
