internal import CLibGit2
#if canImport(Glibc)
import Glibc
#endif

/// A libgit2 call that failed: what cmkeeper was doing, libgit2's own message and its error code.
public struct GitError: Error, Sendable, CustomStringConvertible {
    /// The libgit2 error codes callers branch on; everything else is `.other`.
    public enum Code: Sendable, Equatable {
        case notFound, exists, locked, modified, notOwned, ambiguous, invalidSpec, other(Int32)

        init(_ raw: Int32) {
            switch raw {
            case GIT_ENOTFOUND.rawValue: self = .notFound
            case GIT_EEXISTS.rawValue: self = .exists
            case GIT_ELOCKED.rawValue: self = .locked
            case GIT_EMODIFIED.rawValue: self = .modified
            case GIT_EOWNER.rawValue: self = .notOwned
            case GIT_EAMBIGUOUS.rawValue: self = .ambiguous
            case GIT_EINVALIDSPEC.rawValue: self = .invalidSpec
            default: self = .other(raw)
            }
        }
    }

    public let code: Code
    /// What cmkeeper was trying to do, e.g. "update refs/heads/main".
    public let operation: String
    /// libgit2's message for the failure.
    public let message: String

    /// libgit2 refused what it was given (an invalid name, path or object), not the storage:
    /// trying again cannot help.
    public let isInvalidInput: Bool

    public var description: String { "\(operation): \(message)" }

    public init(code: Code, operation: String, message: String, isInvalidInput: Bool = false) {
        self.code = code
        self.operation = operation
        self.message = message
        self.isInvalidInput = isInvalidInput
    }

    /// A system call that failed, with `errno`'s message; call right after it.
    static func system(_ operation: String) -> GitError {
        GitError(code: .other(-1), operation: operation, message: String(cString: strerror(errno)))
    }

    /// Captures libgit2's last error on this thread; call right after the failing function.
    static func last(_ rawCode: Int32, _ operation: String) -> GitError {
        var message = "libgit2 error \(rawCode)"
        var invalid = rawCode == GIT_EINVALID.rawValue
        if let err = git_error_last() {
            if let text = err.pointee.message { message = String(cString: text) }
            // A tree refuses a name (`.git`, `..`, a NUL) as "failed to insert entry: invalid …".
            invalid = invalid || err.pointee.klass == Int32(GIT_ERROR_INVALID.rawValue)
                || (err.pointee.klass == Int32(GIT_ERROR_TREE.rawValue) && message.hasPrefix("failed to insert entry: invalid"))
        }
        return GitError(code: Code(rawCode), operation: operation, message: message, isInvalidInput: invalid)
    }
}

/// Throws a `GitError` when a libgit2 call returned a negative code.
@inline(__always)
func check(_ result: Int32, _ operation: @autoclosure () -> String) throws(GitError) {
    if result < 0 { throw GitError.last(result, operation()) }
}
