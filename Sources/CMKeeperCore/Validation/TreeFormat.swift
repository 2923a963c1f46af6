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
/// from their raw bytes, read in place (`RawTreeEntries`): a folder of thousands of projects
/// costs a pass over its bytes, not a copy of every name. Only trees new in a change are read:
/// cost follows the change.
struct TreeFormat {
    let repository: Repository

    static let modes: [[UInt8]] = ["100644", "100755", "120000", "40000", "160000"].map { Array($0.utf8) }
    static let hint = Message.makeCommitWithRealGit

    /// Every malformed tree among those `after` has and `before` has not (nil: no tree).
    func problems(from before: ObjectID?, to after: ObjectID?) throws(GitError) -> [ValidationProblem] {
        guard let after, after != before else { return [] }
        var problems: [ValidationProblem] = []
        var pending: [(tree: ObjectID, old: ObjectID?, path: [UInt8])] = [(after, before, [])]
        while let (id, old, path) = pending.popLast() {
            let tree = RawTreeEntries(try repository.rawTreeBytes(id))
            problems += Self.problems(of: tree, at: path)
            let oldTree = try old.map { (old) throws(GitError) in RawTreeEntries(try repository.rawTreeBytes(old)) }
            var oldFolders = oldTree.map(RawTreeEntries.Folders.init)
            for index in tree.indices where tree.isTree(index) {
                let previous = oldFolders?.id(named: tree.name(index))
                if let previous, previous.elementsEqual(tree.id(index)) { continue }
                let child = ObjectID(bytes: Array(tree.id(index)))
                if repository.objectType(child) != "tree" { continue }
                pending.append((child, previous.map { ObjectID(bytes: Array($0)) }, Self.join(path, tree.name(index))))
            }
        }
        return problems
    }

    /// What is wrong with one tree object, found at `path` ('/'-separated bytes; empty: the top).
    static func problems(of tree: RawTreeEntries, at path: [UInt8]) -> [ValidationProblem] {
        let folder = path.isEmpty ? "the library's top folder" : display(path)
        var problems: [ValidationProblem] = []
        func add(_ where: String, _ message: Message) {
            problems.append(ValidationProblem(path: `where`, message: message, hint: hint))
        }
        // A name listed before is found by looking back over the entries whose key is not below
        // its own, while the entries are in order; past the first one out of order, in a set.
        var seen: Set<ArraySlice<UInt8>>? = nil
        var reportedOrder = false
        for index in tree.indices {
            let name = tree.name(index)
            let mode = tree.mode(index)
            // Told only with a problem: a folder of thousands of projects has none to tell.
            func shown() -> String { display(join(path, name)) }
            if !modes.contains(where: { $0.elementsEqual(mode) }) {
                let text = String(decoding: mode, as: UTF8.self)
                add(shown(), text.hasPrefix("0") && modes.contains(where: { $0.elementsEqual(mode.drop { $0 == UInt8(ascii: "0") }) })
                    ? .treeModeLeadingZero(text) : .treeModeNotAllowed(text))
            }
            func quoted() -> String { "“\(display(Array(name)))”" }
            if name.isEmpty {
                add(folder, .treeEntryEmptyName)
            } else if name.contains(UInt8(ascii: "/")) {
                add(folder, .treeEntryHasSlash(quoted()))
            } else if isDotOrGit(name) {
                add(folder, .treeEntryForbidden(quoted()))
            }
            if tree.id(index).allSatisfy({ $0 == 0 }) {
                add(shown(), .treeEntryZeroID)
            }
            let outOfOrder = index > 0 && tree.compareKeys(index - 1, index) > 0
            if outOfOrder, seen == nil {
                seen = Set(tree.indices.prefix(index).map { tree.name($0) })
            }
            let listedBefore: Bool
            if seen != nil {
                listedBefore = !seen!.insert(name).inserted
            } else {
                listedBefore = tree.isListedBefore(index)
            }
            if listedBefore {
                add(shown(), .treeEntryListedTwice(folder: folder))
            }
            if outOfOrder, !reportedOrder {
                add(folder, .treeNotInGitOrder)
                reportedOrder = true
            }
        }
        if tree.hasUnreadableTail {
            add(folder, .treeCutShort)
        }
        return problems
    }

    /// `.`, `..`, or `.git` in any case.
    static func isDotOrGit(_ name: ArraySlice<UInt8>) -> Bool {
        if name.elementsEqual(".".utf8) || name.elementsEqual("..".utf8) { return true }
        guard name.allSatisfy({ $0 < 0x80 }) else {
            // Lower case never makes fewer characters: a longer name (a Chinese document's) is not `.git`.
            let text = String(decoding: name, as: UTF8.self)
            return text.unicodeScalars.count <= 4 && text.lowercased() == ".git"
        }
        return name.count == 4 && name.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }.elementsEqual(".git".utf8)
    }

    static func join(_ path: [UInt8], _ name: ArraySlice<UInt8>) -> [UInt8] {
        path.isEmpty ? Array(name) : path + [UInt8(ascii: "/")] + name
    }

    static func display(_ bytes: [UInt8]) -> String {
        ChangeValidator.display(String(decoding: bytes, as: UTF8.self))
    }
}

/// One tree object's entries read in place from its bytes (`MODE SP NAME NUL 20-BYTE-ID`,
/// repeated), as `Repository.rawTree` reads them but without copying any: for judging a tree
/// of thousands of entries.
struct RawTreeEntries {
    let bytes: [UInt8]
    /// Where each entry's mode starts, and where its space and its NUL are (the id follows);
    /// whether the mode, read as octal, is a folder's (read once: every comparison asks it).
    private var spans: [(start: Int, space: Int, nul: Int, isTree: Bool)] = []
    /// Bytes after the last entry that are not an entry (a cut-short or forged object).
    private(set) var hasUnreadableTail = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var at = 0
        while at < bytes.count {
            guard let space = bytes[at...].firstIndex(of: UInt8(ascii: " ")),
                  let nul = bytes[(space + 1)...].firstIndex(of: 0), nul + 21 <= bytes.count,
                  space > at, bytes[at..<space].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) })
            else {
                hasUnreadableTail = true
                break
            }
            spans.append((at, space, nul, Self.isTreeMode(bytes[at..<space])))
            at = nul + 21
        }
    }

    var indices: Range<Int> { spans.indices }
    /// The mode's octal digits as written.
    func mode(_ index: Int) -> ArraySlice<UInt8> { bytes[spans[index].start..<spans[index].space] }
    func name(_ index: Int) -> ArraySlice<UInt8> { bytes[(spans[index].space + 1)..<spans[index].nul] }
    /// The id's 20 bytes.
    func id(_ index: Int) -> ArraySlice<UInt8> { bytes[(spans[index].nul + 1)..<(spans[index].nul + 21)] }

    /// Whether the mode, read as octal, is a folder's (written well or not).
    func isTree(_ index: Int) -> Bool { spans[index].isTree }

    private static func isTreeMode(_ mode: ArraySlice<UInt8>) -> Bool {
        var value: UInt32 = 0
        for digit in mode {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 8)
            if overflow { return false }
            value = shifted | UInt32(digit - UInt8(ascii: "0"))
        }
        return value == 0o040000
    }

    /// How entry `a`'s key compares with `b`'s in git's order (a folder's name read with a
    /// trailing '/'): negative, zero or positive.
    func compareKeys(_ a: Int, _ b: Int) -> Int {
        Self.compare(name(a), isTree(a), name(b), isTree(b))
    }

    static func compare(_ a: ArraySlice<UInt8>, _ aIsTree: Bool, _ b: ArraySlice<UInt8>, _ bIsTree: Bool) -> Int {
        var i = a.startIndex, j = b.startIndex
        while true {
            let x: UInt8? = i < a.endIndex ? a[i] : (i == a.endIndex && aIsTree ? UInt8(ascii: "/") : nil)
            let y: UInt8? = j < b.endIndex ? b[j] : (j == b.endIndex && bIsTree ? UInt8(ascii: "/") : nil)
            switch (x, y) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?) where x != y: return Int(x) - Int(y)
            default:
                i += 1
                j += 1
            }
        }
    }

    /// Whether an entry before `index` has its name, the entries up to `index` being in git's
    /// order: such an entry's key is not below `index`'s name (as a file's or a folder's), and
    /// those entries come right before it.
    func isListedBefore(_ index: Int) -> Bool {
        let target = name(index)
        var other = index - 1
        while other >= 0, Self.compare(name(other), isTree(other), target, false) >= 0 {
            if name(other) == target { return true }
            other -= 1
        }
        return false
    }

    /// The folders of a tree by name: when its keys are strictly in git's order (as every tree on
    /// main is), found by walking on from where the last name asked was, or by halving when a name
    /// comes before it; else in a table, as the last folder of each name. A well-formed tree's
    /// folders asked in its own order (as `TreeFormat` asks a new tree's) cost one walk over both.
    struct Folders {
        let tree: RawTreeEntries
        private let table: [ArraySlice<UInt8>: ArraySlice<UInt8>]?
        /// The first entry whose key is not below the name asked last (sorted trees only).
        private var cursor = 0

        init(_ tree: RawTreeEntries) {
            self.tree = tree
            let sorted = tree.indices.dropFirst().allSatisfy { tree.compareKeys($0 - 1, $0) < 0 }
            if sorted {
                table = nil
            } else {
                var table: [ArraySlice<UInt8>: ArraySlice<UInt8>] = [:]
                for index in tree.indices where tree.isTree(index) {
                    table[tree.name(index)] = tree.id(index)
                }
                self.table = table
            }
        }

        /// The id of the folder named `name`, or nil.
        mutating func id(named name: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
            if let table { return table[name] }
            // How entry `index`'s key compares with `name` read as a folder's.
            func order(_ index: Int) -> Int { RawTreeEntries.compare(tree.name(index), tree.isTree(index), name, true) }
            let count = tree.indices.count
            var low = 0, high = count
            if cursor > 0, order(cursor - 1) < 0 {
                // At the cursor or after: a step on, then two, four…; then halving the last step.
                low = cursor
                var step = 1
                while low + step - 1 < count, order(low + step - 1) < 0 {
                    low += step
                    step *= 2
                }
                high = min(count, low + step - 1)
            }
            while low < high {
                let middle = (low + high) / 2
                if order(middle) < 0 { low = middle + 1 } else { high = middle }
            }
            cursor = low
            guard low < count, order(low) == 0 else { return nil }
            return tree.isTree(low) ? tree.id(low) : nil
        }
    }
}
