import Foundation

extension CMKeeperError {
    /// A file-system failure said in words: what failed, where, and what to do next, from the
    /// POSIX code inside the error (Foundation's Cocoa codes included) rather than its raw text.
    /// `doing` is what cmkeeper was doing ("writing the handover package"); `path` is where,
    /// when the error itself does not say.
    static func fileSystem(_ error: any Error, doing: Message? = nil, at path: String? = nil) -> CMKeeperError {
        let ns = error as NSError
        let place = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path ?? path
        guard let cause = FileSystemCause(ns) else {
            return CMKeeperError(.storage, .fileOperationFailed(doing: doing, at: place, cause: .verbatim(ns.localizedDescription)), hint: .checkFolderWritableRetry)
        }
        return CMKeeperError(.storage, .fileOperationFailed(doing: doing, at: place, cause: .fileSystemCause(cause)), hint: .fileSystemFix(cause))
    }
}

extension FileSystemCause {
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
}
