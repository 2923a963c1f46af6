import Foundation

/// Why the large-file store could not store or read an object.
public enum LFSStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed on a file or folder.
    case io(path: String, operation: String, errno: Int32)
    /// A stored object's content no longer hashes to its name.
    case corrupt(oid: String, actualOID: String, path: String)
    /// The store has no object with that id.
    case missing(oid: String)
    /// The source changed size while it was copied.
    case sourceChanged(path: String)
    /// A file to read is a symbolic link, folder, FIFO, device or socket (`kind` says which).
    case notRegularFile(path: String, kind: String)
    /// The file at a path is no longer the one that was checked there: another was swapped in.
    case replaced(path: String)
    /// Bytes sent for an object are not the object they were sent as (their size or hash differs).
    case wrongContent(oid: String, size: Int64, actualOID: String?, actualSize: Int64)

    public var description: String {
        switch self {
        case .io(let path, let operation, let code):
            "could not \(operation) \(path): \(String(cString: strerror(code)))"
        case .corrupt(let oid, let actual, let path):
            "large-file object \(oid) is corrupt: its content at \(path) hashes to \(actual); restore it from a mirror or backup"
        case .missing(let oid):
            "large-file object \(oid) is not in the store; fetch it from a mirror (git lfs push --all) or restore it from backup"
        case .sourceChanged(let path):
            "\(path) changed while it was being copied; wait until it is complete and try again"
        case .notRegularFile(let path, let kind):
            "\(path) is \(kind), not a regular file; name the file itself (a link, pipe or device is never followed)"
        case .replaced(let path):
            "\(path) was replaced after it was checked (another file or a link was put in its place); nothing was written: check who changes it and try again"
        case .wrongContent(let oid, let size, let actualOID, let actualSize):
            actualSize != size
                ? "the bytes sent as object \(oid) are \(actualSize)\(actualSize > size ? " or more" : "") bytes, not the \(size) its name says; nothing was stored"
                : "the bytes sent as object \(oid) hash to \(actualOID ?? "another id"); nothing was stored"
        }
    }
}
