internal import CLibGit2
import Foundation

/// One path that differs between two trees.
public struct TreeChange: Sendable, Equatable {
    public enum Status: Sendable, Equatable { case added, deleted, modified, typeChanged }

    public let status: Status
    /// The path's raw bytes, as git stores them.
    public let pathBytes: [UInt8]
    /// The path decoded as UTF-8 (invalid bytes replaced), once: for messages and lookups;
    /// check `pathBytes`.
    public let path: String
    /// The blob before (nil when added).
    public let oldID: ObjectID?
    public let oldKind: EntryKind?
    /// The blob after (nil when deleted).
    public let newID: ObjectID?
    public let newKind: EntryKind?

    public init(status: Status, pathBytes: [UInt8], oldID: ObjectID?, oldKind: EntryKind?, newID: ObjectID?, newKind: EntryKind?) {
        self.status = status
        self.pathBytes = pathBytes
        path = String(decoding: pathBytes, as: UTF8.self)
        self.oldID = oldID
        self.oldKind = oldKind
        self.newID = newID
        self.newKind = newKind
    }
}

extension Repository {
    /// Every file that differs between two trees (nil: the empty tree), without rename detection,
    /// in git's order (by path bytes). Unchanged subtrees are skipped by id, so the cost follows
    /// the size of the change: libgit2's own tree diff reads every subtree of both sides.
    public func diff(from old: ObjectID?, to new: ObjectID?) throws(GitError) -> [TreeChange] {
        var changes: [TreeChange] = []
        try diff(old, new, under: [], into: &changes)
        return changes.sorted { $0.pathBytes.lexicographicallyPrecedes($1.pathBytes) }
    }

    /// The files that differ below one folder (`prefix`: its path, empty for the top). Each entry
    /// is paired with its namesake on the other side in libgit2's parsed trees: when both trees
    /// are in git's order (as every tree git writes is), by one walk over both; else by name,
    /// in tables. Only the entries that differ are copied out, so a folder of thousands of
    /// projects costs a pass over its entries, not copies.
    private func diff(_ old: ObjectID?, _ new: ObjectID?, under prefix: [UInt8], into changes: inout [TreeChange]) throws(GitError) {
        guard old != new else { return }
        let before = try lookupTree(old)
        defer { git_tree_free(before) }
        let after = try lookupTree(new)
        defer { git_tree_free(after) }
        func path(_ entry: TreeEntry) -> [UInt8] { prefix.isEmpty ? entry.pathBytes : prefix + [UInt8(ascii: "/")] + entry.pathBytes }
        func all(_ entry: TreeEntry, added: Bool) throws(GitError) {
            guard entry.kind == .tree else {
                changes.append(TreeChange(
                    status: added ? .added : .deleted, pathBytes: path(entry), oldID: added ? nil : entry.id, oldKind: added ? nil : entry.kind,
                    newID: added ? entry.id : nil, newKind: added ? entry.kind : nil))
                return
            }
            try diff(added ? nil : entry.id, added ? entry.id : nil, under: path(entry), into: &changes)
        }
        // An entry of the old side, of the new side, or one of each with the same name.
        func compare(_ wasRaw: OpaquePointer?, _ raw: OpaquePointer?) throws(GitError) {
            guard let wasRaw else {
                if let raw { try all(Self.treeEntry(raw), added: true) }
                return
            }
            guard let raw else { return try all(Self.treeEntry(wasRaw), added: false) }
            if git_oid_equal(git_tree_entry_id(wasRaw), git_tree_entry_id(raw)) != 0,
               git_tree_entry_filemode_raw(wasRaw) == git_tree_entry_filemode_raw(raw) { return }
            let was = Self.treeEntry(wasRaw)
            let entry = Self.treeEntry(raw)
            switch (was.kind == .tree, entry.kind == .tree) {
            case (true, true):
                try diff(was.id, entry.id, under: path(entry), into: &changes)
            case (false, false):
                guard was.id != entry.id || was.kind != entry.kind else { return }
                let blobs: Set<EntryKind> = [.file, .executable]
                let retyped = was.kind != entry.kind && !(blobs.contains(was.kind) && blobs.contains(entry.kind))
                changes.append(TreeChange(
                    status: retyped ? .typeChanged : .modified, pathBytes: path(entry), oldID: was.id, oldKind: was.kind, newID: entry.id, newKind: entry.kind))
            default:
                try all(was, added: false)
                try all(entry, added: true)
            }
        }
        let beforeCount = before.map { git_tree_entrycount($0) } ?? 0
        let afterCount = after.map { git_tree_entrycount($0) } ?? 0
        guard let before, let after else {
            // One side is empty: everything on the other was added, or deleted.
            for index in 0..<max(beforeCount, afterCount) {
                guard let raw = git_tree_entry_byindex(before ?? after, index) else { continue }
                try all(Self.treeEntry(raw), added: after != nil)
            }
            return
        }
        if Self.isInGitOrder(before), Self.isInGitOrder(after) {
            // Entries of equal keys pair up; a name that is a file on one side and a folder on the
            // other has two keys, and is deleted on one and added on the other, as below.
            var (i, j) = (0, 0)
            while i < beforeCount || j < afterCount {
                let wasRaw = i < beforeCount ? git_tree_entry_byindex(before, i) : nil
                let raw = j < afterCount ? git_tree_entry_byindex(after, j) : nil
                let order = wasRaw == nil ? 1 : raw == nil ? -1 : git_tree_entry_cmp(wasRaw, raw)
                try compare(order <= 0 ? wasRaw : nil, order >= 0 ? raw : nil)
                if order <= 0 { i += 1 }
                if order >= 0 { j += 1 }
            }
            return
        }
        // Out of order (a hand-made tree): pairs by name in tables, which
        // libgit2's lookup by name (a halving search) cannot do in a tree out of order.
        let beforeByName = Self.entriesByName(before)
        let afterByName = Self.entriesByName(after)
        for index in 0..<afterCount {
            guard let raw = git_tree_entry_byindex(after, index) else { continue }
            try compare(beforeByName[Self.entryName(raw)], raw)
        }
        for index in 0..<beforeCount {
            guard let raw = git_tree_entry_byindex(before, index), afterByName[Self.entryName(raw)] == nil else { continue }
            try all(Self.treeEntry(raw), added: false)
        }
    }

    /// A tree's entries by name (the first of a name listed twice).
    private static func entriesByName(_ tree: OpaquePointer) -> [[UInt8]: OpaquePointer] {
        var table: [[UInt8]: OpaquePointer] = [:]
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index) else { continue }
            let name = Self.entryName(entry)
            if table[name] == nil { table[name] = entry }
        }
        return table
    }

    /// Whether a parsed tree's entries are strictly in git's order (a folder's name read with a
    /// trailing '/'), as every tree git writes is.
    private static func isInGitOrder(_ tree: OpaquePointer) -> Bool {
        let count = git_tree_entrycount(tree)
        guard count > 1 else { return true }
        for index in 1..<count where git_tree_entry_cmp(git_tree_entry_byindex(tree, index - 1), git_tree_entry_byindex(tree, index)) >= 0 {
            return false
        }
        return true
    }

    /// A tree, parsed by libgit2 (free it with `git_tree_free`); nil for none.
    private func lookupTree(_ id: ObjectID?) throws(GitError) -> OpaquePointer? {
        guard let id else { return nil }
        var oid = id.raw
        var tree: OpaquePointer? = nil
        try check(git_tree_lookup(&tree, pointer, &oid), "read tree \(id)")
        return tree
    }

    /// libgit2's tree diff, which `diff(from:to:)` is tested against.
    func libgit2Diff(from old: ObjectID?, to new: ObjectID?) throws(GitError) -> [TreeChange] {
        func lookup(_ id: ObjectID?) throws(GitError) -> OpaquePointer? {
            guard let id else { return nil }
            var oid = id.raw
            var tree: OpaquePointer? = nil
            try check(git_tree_lookup(&tree, pointer, &oid), "read tree \(id)")
            return tree
        }
        let oldTree = try lookup(old)
        defer { git_tree_free(oldTree) }
        let newTree = try lookup(new)
        defer { git_tree_free(newTree) }

        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "prepare a diff")
        options.flags = GIT_DIFF_INCLUDE_TYPECHANGE.rawValue
        var diff: OpaquePointer? = nil
        try check(git_diff_tree_to_tree(&diff, pointer, oldTree, newTree, &options), "compare trees")
        defer { git_diff_free(diff) }

        var changes: [TreeChange] = []
        let count = git_diff_num_deltas(diff)
        changes.reserveCapacity(count)
        for i in 0..<count {
            guard let delta = git_diff_get_delta(diff, i)?.pointee else { continue }
            let status: TreeChange.Status
            switch delta.status {
            case GIT_DELTA_ADDED: status = .added
            case GIT_DELTA_DELETED: status = .deleted
            case GIT_DELTA_TYPECHANGE: status = .typeChanged
            default: status = .modified
            }
            let file = status == .deleted ? delta.old_file : delta.new_file
            let bytes = Array(UnsafeBufferPointer(
                start: UnsafeRawPointer(file.path).assumingMemoryBound(to: UInt8.self), count: strlen(file.path)))
            changes.append(TreeChange(
                status: status, pathBytes: bytes,
                oldID: status == .added ? nil : ObjectID(delta.old_file.id),
                oldKind: status == .added ? nil : EntryKind(mode: git_filemode_t(rawValue: UInt32(delta.old_file.mode))),
                newID: status == .deleted ? nil : ObjectID(delta.new_file.id),
                newKind: status == .deleted ? nil : EntryKind(mode: git_filemode_t(rawValue: UInt32(delta.new_file.mode)))))
        }
        return changes
    }

    /// Commits reachable from `new` but not from `old` (nil: all of them), oldest first.
    public func newCommits(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [ObjectID] {
        var walk: OpaquePointer? = nil
        try check(git_revwalk_new(&walk, pointer), "walk commits")
        defer { git_revwalk_free(walk) }
        git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue)
        var n = new.raw
        try check(git_revwalk_push(walk, &n), "walk from \(new)")
        if let old {
            var o = old.raw
            try check(git_revwalk_hide(walk, &o), "walk from \(old)")
        }
        var result: [ObjectID] = []
        var oid = git_oid()
        while true {
            let r = git_revwalk_next(&oid, walk)
            if r == GIT_ITEROVER.rawValue { break }
            try check(r, "walk commits")
            result.append(ObjectID(oid))
        }
        return result
    }

    /// The type of an object: "commit", "tree", "blob" or "tag"; nil if the repository lacks it.
    public func objectType(_ id: ObjectID) -> String? {
        var odb: OpaquePointer? = nil
        guard git_repository_odb(&odb, pointer) == 0 else { return nil }
        defer { git_odb_free(odb) }
        var oid = id.raw
        var size = 0
        var type = GIT_OBJECT_INVALID
        guard git_odb_read_header(&size, &type, odb, &oid) == 0 else { return nil }
        return git_object_type2string(type).map { String(cString: $0) }
    }

    /// The tree of the index (the staged change) in a repository with a work tree, written to the object database.
    public func indexTree() throws(GitError) -> ObjectID {
        var index: OpaquePointer? = nil
        try check(git_repository_index(&index, pointer), "read the index")
        defer { git_index_free(index) }
        var oid = git_oid()
        try check(git_index_write_tree(&oid, index), "write the staged tree")
        return ObjectID(oid)
    }
}
