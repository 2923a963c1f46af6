import Foundation
import SystemPackage
#if canImport(Glibc)
import Glibc
#endif

/// fsync for files and folders, which swift-system does not wrap. Public for the other files
/// kept beside the objects in `<git dir>/lfs` (the LFS locks).
public enum DurableFile {
    /// Flushes a file's data and metadata to disk.
    static func sync(_ fd: FileDescriptor, path: String) throws(LFSStoreError) {
        while fsync(fd.rawValue) != 0 {
            if errno == EINTR { continue }
            throw .io(path: path, operation: "fsync", errno: errno)
        }
    }

    /// Flushes a folder's entries to disk, so that a rename or a new file in it survives a power cut.
    public static func syncDirectory(_ path: String) throws(LFSStoreError) {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(path), .readOnly, options: [.directory])
        } catch {
            throw .io(path: path, operation: "open folder", errno: Self.code(error))
        }
        defer { try? fd.close() }
        try sync(fd, path: path)
    }

    /// Starts writing a file range back to disk without waiting, so the final fsync finds little left to do.
    static func startWriteback(_ fd: FileDescriptor, offset: Int64, length: Int64) {
        #if os(Linux)
        _ = linux_sync_file_range(fd.rawValue, offset, length, 2 /* SYNC_FILE_RANGE_WRITE */)
        #endif
    }

    /// The errno a swift-system call failed with.
    static func code(_ error: any Error) -> Int32 {
        (error as? Errno)?.rawValue ?? EIO
    }

    /// Creates `path` and its missing parents, fsyncing each folder it creates and the one above it.
    public static func makeDirectories(_ path: String) throws(LFSStoreError) {
        var missing: [String] = []
        var current = path
        var isDir: ObjCBool = false
        while !FileManager.default.fileExists(atPath: current, isDirectory: &isDir) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for dir in missing.reversed() {
            if mkdir(dir, 0o755) != 0 && errno != EEXIST {
                throw .io(path: dir, operation: "create folder", errno: errno)
            }
            try syncDirectory((dir as NSString).deletingLastPathComponent)
        }
    }
}

#if os(Linux)
/// glibc's sync_file_range(2), which the Glibc module does not export without _GNU_SOURCE.
@_silgen_name("sync_file_range")
private func linux_sync_file_range(_ fd: Int32, _ offset: Int64, _ nbytes: Int64, _ flags: UInt32) -> Int32
#endif
