internal import CLibGit2
import Foundation

/// The kind of a tree entry, by its git file mode.
public enum EntryKind: Sendable, Hashable {
    case file, executable, symlink, tree, submodule, other(UInt32)

    init(mode: git_filemode_t) {
        switch mode {
        case GIT_FILEMODE_BLOB: self = .file
        case GIT_FILEMODE_BLOB_EXECUTABLE: self = .executable
        case GIT_FILEMODE_LINK: self = .symlink
        case GIT_FILEMODE_TREE: self = .tree
        case GIT_FILEMODE_COMMIT: self = .submodule
        default: self = .other(mode.rawValue)
        }
    }

    var mode: git_filemode_t {
        switch self {
        case .file: GIT_FILEMODE_BLOB
        case .executable: GIT_FILEMODE_BLOB_EXECUTABLE
        case .symlink: GIT_FILEMODE_LINK
        case .tree: GIT_FILEMODE_TREE
        case .submodule: GIT_FILEMODE_COMMIT
        case .other(let raw): git_filemode_t(rawValue: raw)
        }
    }
}

/// One entry of a tree, with its full path from the tree's root.
public struct TreeEntry: Sendable, Equatable {
    /// '/'-separated path from the root of the tree walked, as git stores it (UTF-8 bytes decoded leniently).
    public let path: String
    /// The path's raw bytes, as git stores them.
    public let pathBytes: [UInt8]
    public let id: ObjectID
    public let kind: EntryKind
}

/// A change to make to a tree: put a blob at a path, or remove a path.
public enum TreeUpdate: Sendable, Equatable {
    case upsert(path: String, blob: ObjectID, kind: EntryKind = .file)
    case remove(path: String)
}

extension Repository {
    /// The id of the empty tree, written if needed.
    public func emptyTree() throws(GitError) -> ObjectID {
        var builder: OpaquePointer? = nil
        try check(git_treebuilder_new(&builder, pointer, nil), "start an empty tree")
        defer { git_treebuilder_free(builder) }
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "write the empty tree")
        return ObjectID(oid)
    }

    /// Writes a new tree: `base` (or the empty tree) with `updates` applied, without any index or working tree.
    public func updateTree(_ base: ObjectID?, _ updates: [TreeUpdate]) throws(GitError) -> ObjectID {
        let baseID: ObjectID
        if let base { baseID = base } else { baseID = try emptyTree() }
        var baseOID = baseID.raw
        var tree: OpaquePointer? = nil
        try check(git_tree_lookup(&tree, pointer, &baseOID), "read tree \(baseID)")
        defer { git_tree_free(tree) }
        if updates.isEmpty { return baseID }

        // libgit2 wants C strings that outlive the call.
        let paths = updates.map { update -> UnsafeMutablePointer<CChar> in
            switch update {
            case .upsert(let path, _, _), .remove(let path): strdup(path)!
            }
        }
        defer { paths.forEach { free($0) } }
        var raw = updates.enumerated().map { index, update -> git_tree_update in
            var u = git_tree_update()
            u.path = UnsafePointer(paths[index])
            switch update {
            case .upsert(_, let blob, let kind):
                u.action = GIT_TREE_UPDATE_UPSERT
                u.id = blob.raw
                u.filemode = kind.mode
            case .remove:
                u.action = GIT_TREE_UPDATE_REMOVE
            }
            return u
        }
        var out = git_oid()
        try check(git_tree_create_updated(&out, pointer, tree, raw.count, &raw), "build a new tree")
        return ObjectID(out)
    }

    /// The entry at `path` in a tree, or nil if there is none.
    public func entry(at path: String, inTree treeID: ObjectID) throws(GitError) -> TreeEntry? {
        var oid = treeID.raw
        var tree: OpaquePointer? = nil
        try check(git_tree_lookup(&tree, pointer, &oid), "read tree \(treeID)")
        defer { git_tree_free(tree) }
        var entry: OpaquePointer? = nil
        let result = git_tree_entry_bypath(&entry, tree, path)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "look up \(path) in tree \(treeID)")
        defer { git_tree_entry_free(entry) }
        return TreeEntry(
            path: path, pathBytes: Array(path.utf8), id: ObjectID(git_tree_entry_id(entry).pointee),
            kind: EntryKind(mode: git_tree_entry_filemode_raw(entry)))
    }

    /// The entries directly inside a tree (not recursive).
    public func entries(ofTree treeID: ObjectID) throws(GitError) -> [TreeEntry] {
        var oid = treeID.raw
        var tree: OpaquePointer? = nil
        try check(git_tree_lookup(&tree, pointer, &oid), "read tree \(treeID)")
        defer { git_tree_free(tree) }
        let count = git_tree_entrycount(tree)
        var result: [TreeEntry] = []
        result.reserveCapacity(count)
        for i in 0..<count {
            guard let e = git_tree_entry_byindex(tree, i) else { continue }
            result.append(Self.treeEntry(e))
        }
        return result
    }

    /// One entry of a tree libgit2 parsed, its path being its name.
    static func treeEntry(_ e: OpaquePointer) -> TreeEntry {
        let nameBytes = entryName(e)
        return TreeEntry(
            path: String(decoding: nameBytes, as: UTF8.self), pathBytes: nameBytes,
            id: ObjectID(git_tree_entry_id(e).pointee), kind: EntryKind(mode: git_tree_entry_filemode_raw(e)))
    }

    /// The name's bytes of an entry of a tree libgit2 parsed.
    static func entryName(_ e: OpaquePointer) -> [UInt8] {
        let name = git_tree_entry_name(e)!
        return Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
    }

    /// Every entry below a tree, depth first, with full paths; subtrees themselves are listed too.
    public func walk(tree treeID: ObjectID, under prefix: String = "") throws(GitError) -> [TreeEntry] {
        var result: [TreeEntry] = []
        var stack: [(ObjectID, [UInt8])] = [(treeID, Array(prefix.utf8))]
        while let (id, base) = stack.popLast() {
            for entry in try entries(ofTree: id) {
                let full = base.isEmpty ? entry.pathBytes : base + [UInt8(ascii: "/")] + entry.pathBytes
                let item = TreeEntry(path: String(decoding: full, as: UTF8.self), pathBytes: full, id: entry.id, kind: entry.kind)
                result.append(item)
                if entry.kind == .tree { stack.append((entry.id, full)) }
            }
        }
        return result
    }
}

/// One entry of a tree object exactly as it is stored: the mode as written (octal digits, which
/// libgit2 would normalise) and the name's bytes. For judging whether a tree is well-formed;
/// read trees with `entries(ofTree:)`.
public struct RawTreeEntry: Sendable, Equatable {
    /// The mode's octal digits as written, e.g. "100644" (or a malformed "0100644").
    public let mode: String
    /// The name's raw bytes.
    public let name: [UInt8]
    public let id: ObjectID

    /// Whether the mode, read as octal, is a folder's (written well or not).
    public var isTree: Bool { UInt32(mode, radix: 8) == 0o040000 }
}

/// A tree object's entries in stored order, read from its raw bytes.
public struct RawTree: Sendable, Equatable {
    public let entries: [RawTreeEntry]
    /// Bytes after the last entry that are not an entry (a cut-short or forged object).
    public let hasUnreadableTail: Bool
}

extension Repository {
    /// The entries of a tree object exactly as stored, in stored order, without libgit2's parsing
    /// (which normalises modes and refuses some malformed trees).
    public func rawTree(_ id: ObjectID) throws(GitError) -> RawTree {
        Self.parseRawTree(try rawTreeBytes(id))
    }

    /// A tree object's bytes exactly as stored, for a caller that reads them in place
    /// (`MODE SP NAME NUL 20-BYTE-ID`, repeated, when well-formed).
    public func rawTreeBytes(_ id: ObjectID) throws(GitError) -> [UInt8] {
        var odb: OpaquePointer? = nil
        try check(git_repository_odb(&odb, pointer), "open the object database")
        defer { git_odb_free(odb) }
        var oid = id.raw
        var object: OpaquePointer? = nil
        try check(git_odb_read(&object, odb, &oid), "read tree \(id)")
        defer { git_odb_object_free(object) }
        guard git_odb_object_type(object) == GIT_OBJECT_TREE else {
            throw GitError(code: .other(-1), operation: "read tree \(id)", message: "the object is not a tree")
        }
        return Array(UnsafeRawBufferPointer(start: git_odb_object_data(object), count: git_odb_object_size(object)))
    }

    /// Parses `MODE SP NAME NUL 20-BYTE-ID`, repeated.
    static func parseRawTree(_ bytes: [UInt8]) -> RawTree {
        var entries: [RawTreeEntry] = []
        var at = 0
        while at < bytes.count {
            guard let space = bytes[at...].firstIndex(of: UInt8(ascii: " ")),
                  let nul = bytes[(space + 1)...].firstIndex(of: 0), nul + 21 <= bytes.count,
                  space > at, bytes[at..<space].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) })
            else { return RawTree(entries: entries, hasUnreadableTail: true) }
            entries.append(RawTreeEntry(
                mode: String(decoding: bytes[at..<space], as: UTF8.self), name: Array(bytes[(space + 1)..<nul]),
                id: ObjectID(bytes: Array(bytes[(nul + 1)..<(nul + 21)]))))
            at = nul + 21
        }
        return RawTree(entries: entries, hasUnreadableTail: false)
    }
}
