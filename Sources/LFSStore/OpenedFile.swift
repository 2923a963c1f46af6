import Foundation
import SystemPackage
#if canImport(Glibc)
import Glibc
#endif
#if !os(Linux)
#error("cmkeeper runs on Linux only: files are read and written through Glibc (see Package.swift)")
#endif

/// Which file a path named when it was looked at: device, inode, size and change time (a file
/// made anew in its place may get the same inode, never the same change time). A file opened
/// later is the one that was looked at only if it has the same identity.
public struct FileIdentity: Sendable, Hashable {
    public let device: UInt64
    public let inode: UInt64
    public let size: Int64
    public let changed: timespec

    public init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        changed = info.st_ctim
    }

    public static func == (a: FileIdentity, b: FileIdentity) -> Bool {
        (a.device, a.inode, a.size, a.changed.tv_sec, a.changed.tv_nsec) == (b.device, b.inode, b.size, b.changed.tv_sec, b.changed.tv_nsec)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(inode)
        hasher.combine(changed.tv_nsec)
    }
}

/// A file or folder a user named, opened without following a symbolic link and without
/// blocking (a FIFO or a device never holds a reader), then checked on its descriptor: so what
/// is read is exactly what was checked, whatever is swapped in at its path meanwhile.
///
/// The one place cmkeeper opens files it did not write: releases, `submit`, the inbox.
/// Owns its descriptor (closed on deinit).
public final class OpenedFile: @unchecked Sendable {
    public let descriptor: FileDescriptor
    /// The path as shown in messages.
    public let path: String
    public let identity: FileIdentity

    private init(descriptor: FileDescriptor, path: String, identity: FileIdentity) {
        self.descriptor = descriptor
        self.path = path
        self.identity = identity
    }

    deinit { try? descriptor.close() }

    /// Opens the regular file at `path` (or at `name` inside `folder`) for reading.
    ///
    /// Throws `.notRegularFile` for a symbolic link, folder, FIFO, device or socket, `.replaced`
    /// when `expected` is given and the file is not that one (another file swapped in, or its
    /// size changed), `.io` when it cannot be opened.
    public static func open(
        _ name: String, in folder: OpenedFile? = nil, shownAs path: String? = nil, expecting expected: FileIdentity? = nil
    ) throws(LFSStoreError) -> OpenedFile {
        let shown = path ?? name
        let file = try openDescriptor(name, in: folder, shownAs: shown, flags: O_RDONLY)
        guard file.kind == S_IFREG else {
            throw .notRegularFile(path: shown, kind: Self.describe(file.kind))
        }
        if let expected, file.opened.identity != expected {
            throw .replaced(path: shown)
        }
        return file.opened
    }

    /// Opens the folder at `path` (or at `name` inside `folder`); refuses a symbolic link to one
    /// unless `followingLink` (for a root the administrator configured).
    public static func openFolder(
        _ name: String, in folder: OpenedFile? = nil, shownAs path: String? = nil, followingLink: Bool = false
    ) throws(LFSStoreError) -> OpenedFile {
        let shown = path ?? name
        let file = try openDescriptor(name, in: folder, shownAs: shown, flags: O_RDONLY | O_DIRECTORY, follow: followingLink)
        guard file.kind == S_IFDIR else {
            throw .notRegularFile(path: shown, kind: Self.describe(file.kind))
        }
        return file.opened
    }

    private static func openDescriptor(
        _ name: String, in folder: OpenedFile?, shownAs shown: String, flags: Int32, follow: Bool = false
    ) throws(LFSStoreError) -> (opened: OpenedFile, kind: mode_t) {
        let options = flags | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW)
        var fd: Int32
        repeat {
            fd = openat(folder?.descriptor.rawValue ?? AT_FDCWD, name, options)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            let code = errno
            // O_NOFOLLOW fails with ELOOP on a link; O_DIRECTORY with ENOTDIR on anything else.
            if code == ELOOP || code == ENOTDIR {
                var info = stat()
                if fstatat(folder?.descriptor.rawValue ?? AT_FDCWD, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
                    throw .notRegularFile(path: shown, kind: Self.describe(info.st_mode & S_IFMT))
                }
            }
            throw .io(path: shown, operation: "open", errno: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .io(path: shown, operation: "stat", errno: code)
        }
        // Reads block as usual once the file is known to be a regular file or folder.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return (OpenedFile(descriptor: FileDescriptor(rawValue: fd), path: shown, identity: FileIdentity(info)), info.st_mode & S_IFMT)
    }

    /// The raw names in this folder (bytes: names need not be UTF-8), without `.` and `..`.
    public func names() throws(LFSStoreError) -> [[UInt8]] {
        let copy = dup(descriptor.rawValue)
        guard copy >= 0, let dir = fdopendir(copy) else {
            throw .io(path: path, operation: "read folder", errno: errno)
        }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if bytes == [46] || bytes == [46, 46] { continue }
            names.append(bytes)
        }
        return names
    }

    /// What `name` inside this folder is, without following a link.
    public func status(of name: String) throws(LFSStoreError) -> stat {
        var info = stat()
        guard fstatat(descriptor.rawValue, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw .io(path: path + "/" + name, operation: "stat", errno: errno)
        }
        return info
    }

    /// The whole content, checked to be exactly `identity.size` bytes (else `.sourceChanged`).
    public func readAll() throws(LFSStoreError) -> Data {
        let size = Int(identity.size)
        var data = Data(count: size + 1)
        var failure: Int32 = 0
        let total = data.withUnsafeMutableBytes { raw -> Int in
            var done = 0
            // One byte more than the size, to see the end where it should be.
            while done < raw.count {
                let n = read(descriptor.rawValue, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno }
                if n <= 0 { break }
                done += n
            }
            return done
        }
        if failure != 0 { throw .io(path: path, operation: "read", errno: failure) }
        guard total == size else { throw .sourceChanged(path: path) }
        data.removeLast()
        return data
    }

    /// What a file of this type is, in words.
    public static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
