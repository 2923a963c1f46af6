internal import CLibGit2
import Foundation

/// Content hashed as a git blob, ready to be written without hashing it again. Made on any
/// thread, away from the repository: the daemon hashes dropped files while they wait out
/// their quiet period. The id is always that of `data`, which cannot change.
public struct HashedBlob: Sendable, Hashable {
    public let id: ObjectID
    public let data: Data

    /// Hashes `data` as git does (`git hash-object`).
    public init(_ data: Data) throws(GitError) {
        Libgit2.ensureInitialized()
        var oid = git_oid()
        let result = data.withUnsafeBytes { raw in git_odb_hash(&oid, raw.baseAddress, raw.count, GIT_OBJECT_BLOB) }
        try check(result, "hash a blob")
        id = ObjectID(oid)
        self.data = data
    }

    public static func == (a: HashedBlob, b: HashedBlob) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension Repository {
    /// Writes a blob hashed beforehand; while buffering, straight to memory without hashing it again.
    @discardableResult
    public func writeBlob(_ blob: HashedBlob) throws(GitError) -> ObjectID {
        guard let mempack = bufferingBackend else { return try writeBlob(blob.data) }
        var oid = blob.id.raw
        let result = blob.data.withUnsafeBytes { raw in cmk_git_backend_put(mempack, &oid, raw.baseAddress, raw.count, GIT_OBJECT_BLOB) }
        try check(result, "write blob \(blob.id)")
        recordPending(blob.id)
        return blob.id
    }
}
