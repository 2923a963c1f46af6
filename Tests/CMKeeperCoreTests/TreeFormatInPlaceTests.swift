import CMKeeperTestSupport
import Foundation
import Testing
@testable import CMKeeperCore
@testable import GitKit

/// `TreeFormat` judges a tree from its bytes in place (`RawTreeEntries`), finding names listed
/// twice by looking back over the entries in order and old folders by halving. On random trees,
/// well-formed and not (modes written badly, names '.', '..', '.GIT', with '/', empty, twins as
/// file and folder, entries out of order, zero ids, cut-short tails), it finds exactly what the
/// check it replaced finds, which copied every entry and kept every name in a set.
struct TreeFormatInPlaceTests {
    static let modes = ["100644", "100644", "100755", "40000", "40000", "120000", "160000", "0100644", "040000", "100664", "7", "0000000000000000040000"]
    static let names = ["a", "a", "a.txt", "a-b", "a b", "a/b", "ab", "b", "B", "", ".", "..", ".git", ".GIT", ".Git", "é", "项目", "a\u{1}", "z"]

    /// A random tree object: entries of random modes and names (each a folder's key in git's
    /// order most of the time, shuffled else), ids random, repeated or zero, and sometimes a tail
    /// that is no entry.
    static func randomTree(_ random: inout SeededRandom) -> [UInt8] {
        let count = Int.random(in: 0...12, using: &random)
        var entries: [(mode: String, name: String, id: [UInt8])] = (0..<count).map { _ in
            let id: [UInt8] = Int.random(in: 0..<8, using: &random) == 0 ? Array(repeating: 0, count: 20) : (0..<20).map { _ in UInt8.random(in: 0...3, using: &random) }
            return (modes.randomElement(using: &random)!, names.randomElement(using: &random)!, id)
        }
        func key(_ entry: (mode: String, name: String, id: [UInt8])) -> [UInt8] {
            Array(entry.name.utf8) + (UInt32(entry.mode, radix: 8) == 0o040000 ? [UInt8(ascii: "/")] : [])
        }
        if Int.random(in: 0..<4, using: &random) > 0 {
            entries.sort { key($0).lexicographicallyPrecedes(key($1)) }
        }
        var bytes: [UInt8] = []
        for entry in entries {
            bytes += Array("\(entry.mode) \(entry.name)".utf8) + [0] + entry.id
        }
        switch Int.random(in: 0..<10, using: &random) {
        case 0: bytes += Array("100644 cut".utf8)
        case 1: bytes += [0x20, 0x41]
        case 2 where !bytes.isEmpty: bytes.removeLast(Int.random(in: 1...min(5, bytes.count), using: &random))
        default: break
        }
        return bytes
    }

    @Test func findsWhatCopyingEveryEntryFinds() {
        var random = SeededRandom(seed: 15)
        var malformed = 0
        for round in 0..<4000 {
            let bytes = Self.randomTree(&random)
            let path: [UInt8] = round % 3 == 0 ? [] : Array("projects/P-1".utf8)
            let found = TreeFormat.problems(of: RawTreeEntries(bytes), at: path)
            let expected = CopyingTreeFormat.problems(of: CopyingTreeFormat.parse(bytes), at: path)
            #expect(found == expected, "round \(round): \(bytes)")
            if !expected.isEmpty { malformed += 1 }
        }
        // Both kinds were judged, many times.
        #expect(malformed > 1000 && malformed < 3900)
    }

    @Test func findsOldFoldersAsATableDoes() {
        var random = SeededRandom(seed: 16)
        var found = 0
        for round in 0..<2000 {
            let old = RawTreeEntries(Self.randomTree(&random))
            var folders = RawTreeEntries.Folders(old)
            let table = CopyingTreeFormat.folders(CopyingTreeFormat.parse(old.bytes))
            // Asked in git's order (as a new tree's folders are), in a random order, and again.
            let inOrder = Self.names.sorted { (Array($0.utf8) + [0x2F]).lexicographicallyPrecedes(Array($1.utf8) + [0x2F]) }
            for name in inOrder + Self.names.shuffled(using: &random) + inOrder {
                let looked = folders.id(named: ArraySlice(name.utf8)).map(Array.init)
                #expect(looked == table[Array(name.utf8)], "round \(round): \(name)")
                if looked != nil { found += 1 }
            }
        }
        #expect(found > 1000)
    }

    /// Trees the size of `projects/` in a large library, with gaps of every length between the
    /// names asked: the walk on from the last name finds what a table finds.
    @Test func findsOldFoldersOfLargeTreesAsATableDoes() {
        var random = SeededRandom(seed: 17)
        for round in 0..<25 {
            let count = Int.random(in: 0...3000, using: &random)
            var names = Set<String>()
            while names.count < count { names.insert("P-\(Int.random(in: 0..<20000, using: &random))") }
            let entries = names.map { (name: $0, folder: Int.random(in: 0..<5, using: &random) > 0) }
                .sorted { (Array($0.name.utf8) + ($0.folder ? [0x2F] : [])).lexicographicallyPrecedes(Array($1.name.utf8) + ($1.folder ? [0x2F] : [])) }
            var bytes: [UInt8] = []
            for entry in entries {
                bytes += Array("\(entry.folder ? "40000" : "100644") \(entry.name)".utf8) + [0] + (0..<20).map { _ in UInt8.random(in: 1...255, using: &random) }
            }
            let old = RawTreeEntries(bytes)
            var folders = RawTreeEntries.Folders(old)
            let table = CopyingTreeFormat.folders(CopyingTreeFormat.parse(bytes))
            // Some names present, some not, some asked twice; in git's order, then shuffled.
            let gap = Int.random(in: 1...400, using: &random)
            var asked = (0..<Int.random(in: 0...600, using: &random)).map { _ in "P-\(Int.random(in: 0..<(20000 / gap + 1), using: &random) * gap)" }
            asked += names.shuffled(using: &random).prefix(Int.random(in: 0...200, using: &random))
            let inOrder = asked.sorted { (Array($0.utf8) + [0x2F]).lexicographicallyPrecedes(Array($1.utf8) + [0x2F]) }
            for name in inOrder + asked.shuffled(using: &random) {
                let looked = folders.id(named: ArraySlice(name.utf8)).map(Array.init)
                #expect(looked == table[Array(name.utf8)], "round \(round): \(name)")
            }
        }
    }
}

/// The check `TreeFormat` made before it read trees in place: every entry copied out, every name
/// kept in a set, the old folders in a table. Kept here as the measure of the new one.
enum CopyingTreeFormat {
    typealias Tree = (entries: [RawTreeEntry], hasUnreadableTail: Bool)

    /// The tree as `Repository.rawTree` reads it: every entry copied out.
    static func parse(_ bytes: [UInt8]) -> Tree {
        let tree = Repository.parseRawTree(bytes)
        return (tree.entries, tree.hasUnreadableTail)
    }

    static func folders(_ tree: Tree) -> [[UInt8]: [UInt8]] {
        var folders: [[UInt8]: [UInt8]] = [:]
        for entry in tree.entries where entry.isTree { folders[entry.name] = entry.id.bytes }
        return folders
    }

    static func problems(of tree: Tree, at path: [UInt8]) -> [ValidationProblem] {
        let modes: Set<String> = ["100644", "100755", "120000", "40000", "160000"]
        let folder = path.isEmpty ? "the library's top folder" : TreeFormat.display(path)
        var problems: [ValidationProblem] = []
        func add(_ where: String, _ message: Message) {
            problems.append(ValidationProblem(path: `where`, message: message, hint: TreeFormat.hint))
        }
        var seen = Set<[UInt8]>()
        var previousKey: [UInt8]? = nil
        var reportedOrder = false
        for entry in tree.entries {
            func shown() -> String { TreeFormat.display(TreeFormat.join(path, entry.name[...])) }
            if !modes.contains(entry.mode) {
                add(shown(), entry.mode.hasPrefix("0") && modes.contains(String(entry.mode.drop { $0 == "0" }))
                    ? .treeModeLeadingZero(entry.mode) : .treeModeNotAllowed(entry.mode))
            }
            let name = "“\(TreeFormat.display(entry.name))”"
            if entry.name.isEmpty {
                add(folder, .treeEntryEmptyName)
            } else if entry.name.contains(UInt8(ascii: "/")) {
                add(folder, .treeEntryHasSlash(name))
            } else if [Array(".".utf8), Array("..".utf8)].contains(entry.name) || String(decoding: entry.name, as: UTF8.self).lowercased() == ".git" {
                add(folder, .treeEntryForbidden(name))
            }
            if entry.id.bytes.allSatisfy({ $0 == 0 }) {
                add(shown(), .treeEntryZeroID)
            }
            if !seen.insert(entry.name).inserted {
                add(shown(), .treeEntryListedTwice(folder: folder))
            }
            let key = entry.isTree ? entry.name + [UInt8(ascii: "/")] : entry.name
            if let previousKey, !previousKey.lexicographicallyPrecedes(key), previousKey != key, !reportedOrder {
                add(folder, .treeNotInGitOrder)
                reportedOrder = true
            }
            previousKey = key
        }
        if tree.hasUnreadableTail {
            add(folder, .treeCutShort)
        }
        return problems
    }
}
