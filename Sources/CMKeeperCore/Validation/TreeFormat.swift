import Foundation
import GitKit

/// How a tree object must be written, as `git fsck --strict` checks it. The real git never
/// writes anything else; a tree made by hand (`git hash-object --literally`, `git mktree`) may,
/// and once on main it breaks every clone's checkout and git's own fsck for good:
///
/// - each entry's mode is one git writes: 100644, 100755, 120000, 40000 or 160000, with no
///   leading zero (0100644) and no other permission bits (100664, 100666);
/// - each name is a single path component: not empty, no '/', not '.', '..' or '.git';
/// - no name appears twice (not even once as a file and once as a folder);
/// - the entries are in git's order (bytewise, a folder's name read with a trailing '/');
/// - no entry names the all-zero object id, and the object holds nothing but entries.
///
/// libgit2 normalises modes and reads some of these without complaint, so the trees are judged
/// from their raw bytes. Only trees new in a change are read: cost follows the change.
struct TreeFormat {
    let repository: Repository

    static let modes: Set<String> = ["100644", "100755", "120000", "40000", "160000"]
    static let hint = "make the commit again with the real git (git add, git commit): trees made by hand (git hash-object --literally, git mktree) are refused"

    /// Every malformed tree among those `after` has and `before` has not (nil: no tree).
    func problems(from before: ObjectID?, to after: ObjectID?) throws(GitError) -> [ValidationProblem] {
        guard let after, after != before else { return [] }
        var problems: [ValidationProblem] = []
        var pending: [(tree: ObjectID, old: ObjectID?, path: [UInt8])] = [(after, before, [])]
        while let (id, old, path) = pending.popLast() {
            let tree = try repository.rawTree(id)
            problems += Self.problems(of: tree, at: path)
            var oldFolders: [[UInt8]: ObjectID] = [:]
            for entry in try old.map({ (old) throws(GitError) in try repository.rawTree(old).entries }) ?? [] where entry.isTree {
                oldFolders[entry.name] = entry.id
            }
            for entry in tree.entries where entry.isTree {
                let previous = oldFolders[entry.name]
                if previous == entry.id || repository.objectType(entry.id) != "tree" { continue }
                pending.append((entry.id, previous, Self.join(path, entry.name)))
            }
        }
        return problems
    }

    /// What is wrong with one tree object, found at `path` ('/'-separated bytes; empty: the top).
    static func problems(of tree: RawTree, at path: [UInt8]) -> [ValidationProblem] {
        let folder = path.isEmpty ? "the library's top folder" : display(path)
        var problems: [ValidationProblem] = []
        func add(_ where: String, _ message: String) {
            problems.append(ValidationProblem(path: `where`, message: message, hint: hint))
        }
        var seen = Set<[UInt8]>()
        var previousKey: [UInt8]? = nil
        var reportedOrder = false
        for entry in tree.entries {
            // Told only with a problem: a folder of thousands of projects has none to tell.
            func shown() -> String { display(join(path, entry.name)) }
            if !modes.contains(entry.mode) {
                add(shown(), entry.mode.hasPrefix("0") && modes.contains(String(entry.mode.drop { $0 == "0" }))
                    ? "its file mode is written with a leading zero (\(entry.mode))"
                    : "has file mode \(entry.mode), which git does not allow (only 100644, 100755, 120000, 40000, 160000)")
            }
            let name = "“\(display(entry.name))”"
            if entry.name.isEmpty {
                add(folder, "holds an entry with an empty name")
            } else if entry.name.contains(UInt8(ascii: "/")) {
                add(folder, "holds an entry named \(name): a name in a tree may not contain '/'")
            } else if [Array(".".utf8), Array("..".utf8)].contains(entry.name) || String(decoding: entry.name, as: UTF8.self).lowercased() == ".git" {
                add(folder, "holds an entry named \(name), which no folder may hold")
            }
            if entry.id.bytes.allSatisfy({ $0 == 0 }) {
                add(shown(), "names the all-zero object id")
            }
            if !seen.insert(entry.name).inserted {
                add(shown(), "is listed twice in \(folder)")
            }
            let key = entry.isTree ? entry.name + [UInt8(ascii: "/")] : entry.name
            if let previousKey, !previousKey.lexicographicallyPrecedes(key), previousKey != key, !reportedOrder {
                add(folder, "its entries are not in git's order")
                reportedOrder = true
            }
            previousKey = key
        }
        if tree.hasUnreadableTail {
            add(folder, "its tree object is cut short or holds bytes that are not entries")
        }
        return problems
    }

    static func join(_ path: [UInt8], _ name: [UInt8]) -> [UInt8] {
        path.isEmpty ? name : path + [UInt8(ascii: "/")] + name
    }

    static func display(_ bytes: [UInt8]) -> String {
        ChangeValidator.display(String(decoding: bytes, as: UTF8.self))
    }
}
