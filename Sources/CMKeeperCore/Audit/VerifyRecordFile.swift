import Foundation
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// `DIR/run/verify.json`, the ``VerifyRecord`` of a library. Each verify reads it, merges its
/// result in and writes it back under an exclusive `flock` of `run/verify.lock`, so that
/// concurrent verifies never lose each other's results; written aside, fsynced and renamed
/// into place, the folder fsynced.
public enum VerifyRecordFile {
    /// The record, inside the library folder.
    public static let relativePath = "run/verify.json"
    static let lockPath = "run/verify.lock"

    /// The record of the library at `root`; empty when there is none or it cannot be read
    /// (then every baseline reads as not yet verified, which a verify mends).
    public static func read(libraryRoot root: URL) -> VerifyRecord {
        let path = root.appendingPathComponent(relativePath).path
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return VerifyRecord() }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        guard let data = try? handle.readToEnd() else { return VerifyRecord() }
        return VerifyRecord.decoded(data) ?? VerifyRecord()
    }

    /// Merges `report` into the record of the library at `root`, durably.
    static func record(_ report: AuditReport, wholeLibrary: Bool, libraryRoot root: URL) throws(LFSStoreError) {
        let folder = root.appendingPathComponent("run").path
        try DurableFile.makeDirectories(folder)
        let lock = open(root.appendingPathComponent(lockPath).path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw .io(path: root.appendingPathComponent(lockPath).path, operation: "open", errno: errno) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        var record = read(libraryRoot: root)
        record.merge(report, wholeLibrary: wholeLibrary)
        let file = try TemporaryFile(in: folder, prefix: ".verify-")
        defer { file.remove() }
        try file.writeAndSync(VerifyRecord.encoded(record))
        try file.rename(to: root.appendingPathComponent(relativePath).path)
    }
}

extension Library {
    /// Records what `report` found in `run/verify.json` for the status site, and tells a
    /// running daemon, which writes the site again (only the pages of the projects checked
    /// change). `report` is of `verify(scope)`.
    public func record(_ report: AuditReport, scope: String?) throws(CMKeeperError) {
        do throws(LFSStoreError) {
            try VerifyRecordFile.record(report, wholeLibrary: scope == nil, libraryRoot: root)
        } catch {
            throw .lfs(error)
        }
        DaemonNotifier.notify(libraryRoot: root, message: DaemonNotifier.verifyRecorded)
    }

    /// What `verify` last found (``VerifyRecordFile``).
    public func verifyRecord() -> VerifyRecord {
        VerifyRecordFile.read(libraryRoot: root)
    }
}
