import Foundation
import SystemPackage
#if canImport(Glibc)
import Glibc
#endif

/// A file written under a temporary name, then renamed into place (or removed).
///
/// Created new (never through a link or onto an existing file) and locked (flock) while it is
/// written, so that `removeAbandoned(in:)` removes only what no live process is writing; listed
/// in this process while it exists, so that `removeAllInProgress()` can remove it when the
/// process is told to stop. Owns its descriptor.
public final class TemporaryFile: @unchecked Sendable {
    public let descriptor: FileDescriptor
    public let path: String
    private var open = true

    /// The temporary files this process is writing, by path.
    private static let inProgress = InProgress()

    /// Creates `FOLDER/PREFIXrandom`, readable by all, writable by its owner.
    public init(in folder: String, prefix: String = "cmkeeper-") throws(LFSStoreError) {
        while true {
            let path = folder + "/" + prefix + UUID().uuidString
            let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                if errno == EINTR || errno == EEXIST { continue }
                throw .io(path: path, operation: "create", errno: errno)
            }
            // Locked before anyone may take it for abandoned; if a sweep removed it between the
            // creation and the lock, it is no longer at its path: make another.
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
            var mine = stat(), there = stat()
            guard fstat(fd, &mine) == 0, lstat(path, &there) == 0, FileIdentity(mine) == FileIdentity(there) else {
                close(fd)
                continue
            }
            descriptor = FileDescriptor(rawValue: fd)
            self.path = path
            Self.inProgress.insert(path)
            return
        }
    }

    deinit { closeOnce() }

    /// Deletes the file (a failed or abandoned write).
    public func remove() {
        guard open else { return }
        unlink(path)
        closeOnce()
    }

    /// Writes all of `data` and fsyncs the file: a small file's whole content, before `rename(to:)`.
    public func writeAndSync(_ data: Data) throws(LFSStoreError) {
        do {
            _ = try data.withUnsafeBytes { try descriptor.writeAll($0) }
        } catch {
            throw .io(path: path, operation: "write", errno: DurableFile.code(error))
        }
        try DurableFile.sync(descriptor, path: path)
    }

    /// Renames the file to `target` (replacing what is there, never following a link at it)
    /// and fsyncs the folder of `target`, so the new name survives a power cut. The caller
    /// fsyncs the content first.
    public func rename(to target: String) throws(LFSStoreError) {
        guard Glibc.rename(path, target) == 0 else { throw .io(path: target, operation: "move into place", errno: errno) }
        closeOnce()
        try DurableFile.syncDirectory((target as NSString).deletingLastPathComponent)
    }

    private func closeOnce() {
        guard open else { return }
        open = false
        Self.inProgress.remove(path)
        try? descriptor.close()
    }

    /// Removes every temporary file this process is writing; for a process told to stop
    /// (SIGTERM, SIGINT), just before it exits.
    public static func removeAllInProgress() {
        for path in inProgress.all() { unlink(path) }
    }

    /// Removes the files in `folder` whose names start with `prefix` that no process holds
    /// locked: what a killed or crashed writer left.
    static func removeAbandoned(in folder: String, prefix: String = "cmkeeper-") {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let path = folder + "/" + name
            let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(fd)
        }
    }
}

/// The set of paths behind a lock.
private final class InProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func insert(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func remove(_ path: String) { lock.withLock { _ = paths.remove(path) } }
    func all() -> [String] { lock.withLock { Array(paths) } }
}
