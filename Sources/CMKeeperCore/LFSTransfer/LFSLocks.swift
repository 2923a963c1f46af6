import Foundation
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// One git-lfs file lock: who holds which path of the library, since when.
public struct LFSLock: Codable, Equatable, Sendable {
    /// 32 lowercase hexadecimal digits.
    public let id: String
    /// The locked file, a checked repository path.
    public let path: String
    /// The login of the key that took the lock.
    public let owner: String
    /// RFC 3339, UTC.
    public let lockedAt: String

    enum CodingKeys: String, CodingKey {
        case id, path, owner
        case lockedAt = "locked_at"
    }

    /// How a refusal names the lock: `li.pm since 2026-12-01T21:00:00Z (lock 1a2b…)`.
    public var heldBy: String { "\(owner) since \(lockedAt) (lock \(id))" }
}

/// The library's git-lfs file locks, kept durably in `repo.git/lfs/locks/`, one JSON file per
/// lock (`ID.json`), each written to a temporary file, fsynced and renamed into place. Locks
/// are taken and released under an exclusive `flock` of `locks/.lock`, so two people can never
/// both lock one path. Paths are checked like every repository path.
public struct LFSLocks: Sendable {
    /// `repo.git/lfs/locks`.
    public let folder: URL

    public init(gitDirectory: URL) {
        folder = gitDirectory.appendingPathComponent("lfs/locks", isDirectory: true)
    }

    /// Every lock, by path.
    public func all() throws(CMKeeperError) -> [LFSLock] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var locks: [LFSLock] = []
        for name in names where name.hasSuffix(".json") && Self.isValidID(String(name.dropLast(5))) {
            let path = folder.appendingPathComponent(name).path
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }  // released meanwhile
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            guard let data = try? handle.readToEnd(), let lock = try? JSONDecoder().decode(LFSLock.self, from: data) else {
                throw CMKeeperError(.configuration, .lockFileUnreadable(path), hint: .cmRemovesLockFile)
            }
            locks.append(lock)
        }
        return locks.sorted { ($0.path, $0.id) < ($1.path, $1.id) }
    }

    /// The lock on `path`, if any.
    public func lock(on path: String) throws(CMKeeperError) -> LFSLock? {
        try all().first { $0.path == path }
    }

    /// The lock with `id`, if any.
    public func lock(id: String) throws(CMKeeperError) -> LFSLock? {
        guard Self.isValidID(id) else { return nil }
        return try all().first { $0.id == id }
    }

    /// The outcome of asking for a lock.
    public enum Taken: Equatable, Sendable {
        case created(LFSLock)
        /// Someone (maybe the asker) holds the path already.
        case held(LFSLock)
    }

    /// Locks `path` for `owner`, unless it is locked already.
    public func take(_ path: RepositoryPath, owner: String, at date: Date = Date()) throws(CMKeeperError) -> Taken {
        try exclusively { () throws(CMKeeperError) -> Taken in
            if let existing = try lock(on: path.string) { return .held(existing) }
            let lock = LFSLock(id: Self.newID(), path: path.string, owner: owner, lockedAt: Timestamp.format(date))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard var data = try? encoder.encode(lock) else { throw CMKeeperError(.storage, .cannotEncodeLock("\(path)")) }
            data.append(0x0A)
            do {
                let temporary = try TemporaryFile(in: folder.path, prefix: "cmkeeper-")
                defer { temporary.remove() }
                try temporary.writeAndSync(data)
                try temporary.rename(to: folder.appendingPathComponent("\(lock.id).json").path)
            } catch {
                throw CMKeeperError(.storage, .cannotRecordLock(path: "\(path)", error: "\(error)"), hint: .checkOwnerPermissionsSpace)
            }
            return .created(lock)
        }
    }

    /// Releases the lock `id`, durably.
    public func release(_ lock: LFSLock) throws(CMKeeperError) {
        try exclusively { () throws(CMKeeperError) in
            let path = folder.appendingPathComponent("\(lock.id).json").path
            guard Self.isValidID(lock.id), unlink(path) == 0 || errno == ENOENT else {
                throw CMKeeperError(.storage, .cannotRemove(path: path, error: String(cString: strerror(errno))), hint: .checkOwnerAndPermissions)
            }
            do { try DurableFile.syncDirectory(folder.path) } catch {
                throw CMKeeperError(.storage, .cannotRecordUnlock(path: lock.path, error: "\(error)"))
            }
        }
    }

    /// Whether `id` is a lock id (and so a safe file name).
    public static func isValidID(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func newID() -> String {
        (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    /// Runs `body` holding the exclusive lock of the locks folder.
    private func exclusively<T>(_ body: () throws(CMKeeperError) -> T) throws(CMKeeperError) -> T {
        do { try DurableFile.makeDirectories(folder.path) } catch {
            throw CMKeeperError(.storage, .cannotCreate(path: folder.path, error: "\(error)"), hint: .checkOwnerAndPermissions)
        }
        let fd = open(folder.appendingPathComponent(".lock").path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CMKeeperError(.storage, .cannotOpen(path: folder.path + "/.lock", error: String(cString: strerror(errno))), hint: .checkOwnerAndPermissions)
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        return try body()
    }
}
