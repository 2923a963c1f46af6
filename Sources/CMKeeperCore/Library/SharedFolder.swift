import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folders people reach over a file share (`inbox/PROJECT/`, `rejected/PROJECT/…`): each
/// made with the group of the folder whoever may drop belongs to (`inbox/`), group-writable and
/// with the setgid bit, so that a project manager may delete their own refused file and files
/// put there keep the group.
public enum SharedFolder {
    /// Makes `folder` and the folders between `base` and it that are missing, shared like
    /// `reference` (its group; its mode with the group's read, write and search bits and setgid).
    /// A folder that exists is left as it is.
    public static func make(_ folder: URL, below base: URL, like reference: URL) throws {
        var info = stat()
        guard stat(reference.path, &info) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let mode = (info.st_mode & 0o777) | S_IRWXG | S_ISGID
        let relative = folder.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count)
        var current = base.standardizedFileURL
        for part in relative.split(separator: "/") {
            current = current.appendingPathComponent(String(part), isDirectory: true)
            if mkdir(current.path, 0o700) != 0 {
                guard errno == EEXIST else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                continue
            }
            // The group first (changing it may clear the setgid bit), then the mode. A folder
            // made in a setgid folder has its group already; one whose group this account may
            // not give keeps its own.
            var made = stat()
            if stat(current.path, &made) == 0, made.st_gid != info.st_gid, chown(current.path, uid_t.max, info.st_gid) != 0, errno != EPERM {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            guard chmod(current.path, mode) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }
}

extension Library {
    /// Makes `inbox/ID/` and `rejected/ID/` for a project, shared like `inbox/` (see ``SharedFolder``),
    /// so a project manager sees where to drop files.
    public func makeProjectFolders(_ id: String) throws(CMKeeperError) {
        try translatingErrors(doing: .makingInboxFolder(id), at: inboxURL.appendingPathComponent(id).path) {
            try SharedFolder.make(inboxURL.appendingPathComponent(id, isDirectory: true), below: inboxURL, like: inboxURL)
            try SharedFolder.make(rejectedURL.appendingPathComponent(id, isDirectory: true), below: rejectedURL, like: inboxURL)
        }
    }
}
