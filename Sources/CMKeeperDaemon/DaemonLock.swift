import CMKeeperCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One daemon per library: `DIR/run/daemon.lock`, held with `flock` for the life of the
/// process and holding its pid. The kernel lets go of it when the process ends, however it ends.
final class DaemonLock {
    /// The lock file, relative to the library folder.
    static let path = "run/daemon.lock"

    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Takes the lock of the library at `root`, or refuses naming the pid of the daemon that holds it.
    static func acquire(libraryRoot root: URL) throws(CMKeeperError) -> DaemonLock {
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw CMKeeperError(.storage, .cannotCreate(path: url.deletingLastPathComponent().path, error: error.localizedDescription), hint: .checkFolderPermissions)
        }
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CMKeeperError(.storage, .cannotOpen(path: url.path, error: String(cString: strerror(errno))), hint: .checkFolderPermissions)
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            let holder = failure == EWOULDBLOCK ? Self.pid(in: fd) : nil
            close(fd)
            guard failure == EWOULDBLOCK else {
                throw CMKeeperError(.storage, .cannotLock(path: url.path, error: String(cString: strerror(failure))), hint: .checkFolderPermissions)
            }
            throw CMKeeperError(.refused, .anotherDaemon(pid: holder.map(String.init), library: root.path), hint: .stopThatDaemon(pid: holder.map(String.init)))
        }
        let text = Array("\(getpid())\n".utf8)
        guard ftruncate(fd, 0) == 0, pwrite(fd, text, text.count, 0) == text.count else {
            let failure = errno
            close(fd)
            throw CMKeeperError(.storage, .cannotWrite(path: url.path, error: String(cString: strerror(failure))), hint: .checkDiskAndPermissions)
        }
        return DaemonLock(descriptor: fd)
    }

    /// Whether a daemon keeps the library at `root` now, and its pid: a daemon runs exactly
    /// when the lock cannot be taken (it is let go of when the process ends, however it ends).
    static func holder(libraryRoot root: URL) -> (running: Bool, pid: Int32?) {
        let fd = open(root.appendingPathComponent(path).path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return (false, nil) }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return (false, nil)
        }
        let held = errno == EWOULDBLOCK
        return (held, held ? pid(in: fd) : nil)
    }

    /// The pid written in the lock file, waiting briefly for a daemon that has just taken it to write it.
    private static func pid(in fd: Int32) -> Int32? {
        for _ in 0..<25 {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(fd, &buffer, buffer.count, 0)
            if count > 0, let pid = Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(20_000)
        }
        return nil
    }
}
