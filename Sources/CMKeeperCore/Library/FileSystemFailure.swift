import Foundation

extension CMKeeperError {
    /// A file-system failure said in words: what failed, where, and what to do next, from the
    /// POSIX code inside the error (Foundation's Cocoa codes included) rather than its raw text.
    /// `doing` is what cmkeeper was doing ("writing the handover package"); `path` is where,
    /// when the error itself does not say.
    static func fileSystem(_ error: any Error, doing: String? = nil, at path: String? = nil) -> CMKeeperError {
        let ns = error as NSError
        let place = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path ?? path
        let failed = [doing.map { "\($0) failed" } ?? "a file operation failed", place.map { "at \($0)" }].compactMap { $0 }.joined(separator: " ")
        guard let (what, hint) = FileSystemCause(ns).map(\.words) else {
            return CMKeeperError(.storage, "\(failed): \(ns.localizedDescription)", hint: "check the folder exists and is writable, then try again")
        }
        return CMKeeperError(.storage, "\(failed): \(what)", hint: hint)
    }
}

/// The causes of a file-system failure that a CM engineer can act on.
private enum FileSystemCause {
    case diskFull, quota, readOnly, permission, inputOutput, missing, tooLarge

    /// From a POSIX code, directly or beneath a Cocoa error.
    init?(_ error: NSError) {
        if error.domain == NSPOSIXErrorDomain, let cause = Self(errno: Int32(error.code)) {
            self = cause
        } else if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, let cause = Self(underlying) {
            self = cause
        } else if error.domain == NSCocoaErrorDomain {
            switch error.code {
            case NSFileWriteOutOfSpaceError: self = .diskFull
            case NSFileWriteVolumeReadOnlyError: self = .readOnly
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: self = .permission
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: self = .missing
            case NSFileReadTooLargeError: self = .tooLarge
            default: return nil
            }
        } else {
            return nil
        }
    }

    init?(errno code: Int32) {
        switch code {
        case ENOSPC: self = .diskFull
        case EDQUOT: self = .quota
        case EROFS: self = .readOnly
        case EACCES, EPERM: self = .permission
        case EIO: self = .inputOutput
        case ENOENT, ENOTDIR: self = .missing
        case EFBIG: self = .tooLarge
        default: return nil
        }
    }

    var words: (String, String) {
        switch self {
        case .diskFull: ("the disk is full", "free space on that disk (df -h shows it), or write somewhere else, then try again")
        case .quota: ("the disk quota of this user is used up", "free space in your files or ask for a larger quota, then try again")
        case .readOnly: ("the file system is read-only", "mount it read-write, or write somewhere else")
        case .permission: ("permission denied", "check the owner and permissions of the file and its folder (ls -ld)")
        case .inputOutput: ("an input/output error: the disk may be failing", "check the disk (dmesg, smartctl) before trying again; restore from a mirror or backup if it is damaged")
        case .missing: ("the file or its folder does not exist", "check the path, and create the folder first")
        case .tooLarge: ("the file is larger than the file system or the process's file size limit allows", "write to another file system, or raise the limit (ulimit -f)")
        }
    }
}
