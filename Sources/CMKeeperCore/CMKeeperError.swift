import Foundation
import GitKit
import LFSStore

/// Why cmkeeper refused or failed: what went wrong, on which project or file, and what to do next.
public struct CMKeeperError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure, for scripts (`--json`) and exit codes.
    public enum Kind: String, Sendable, Codable {
        /// The request breaks a rule: a bad id, a duplicate, a missing right. Nothing was written.
        case refused
        /// Something named does not exist.
        case notFound = "not-found"
        /// The library's own files are unreadable or malformed.
        case configuration
        /// The repository or the file system failed.
        case storage
        /// Another writer kept winning the race for the branch.
        case conflict
    }

    public let kind: Kind
    /// What went wrong, in a sentence of the catalog.
    public let message: Message
    /// What to do next, in a sentence of the catalog; nil when there is nothing to add.
    public let hint: Message?

    public init(_ kind: Kind, _ message: Message, hint: Message? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    /// The error as a person reads it in `language`: the message, then `hint: …` below it.
    public func text(in language: Language) -> String {
        let hint = hint.map { "\n  " + Message.hintLabel.text(in: language) + $0.text(in: language) } ?? ""
        return message.text(in: language) + hint
    }

    public var description: String { text(in: .en) }

    static func refused(_ message: Message, hint: Message? = nil) -> CMKeeperError { CMKeeperError(.refused, message, hint: hint) }
    static func notFound(_ message: Message, hint: Message? = nil) -> CMKeeperError { CMKeeperError(.notFound, message, hint: hint) }

    /// Wraps a libgit2 failure; one where libgit2 refused the content (an invalid name or object)
    /// is a refusal, never a storage failure to try again.
    static func git(_ error: GitError, hint: Message? = nil) -> CMKeeperError {
        guard error.isInvalidInput else { return CMKeeperError(.storage, .gitFailed(error.description), hint: hint) }
        return CMKeeperError(.refused, .gitRefuses(error.description), hint: hint ?? .renameWhatGitRefuses)
    }

    /// Wraps a large-file store failure.
    static func lfs(_ error: LFSStoreError) -> CMKeeperError {
        switch error {
        case .notRegularFile(let path, let kind): CMKeeperError(.refused, .fileIsNotRegular(path: path, kind: kind), hint: .nameFileItself)
        case .replaced(let path): CMKeeperError(.refused, .fileReplacedAfterCheck(path), hint: .checkWhoChangesIt)
        case .io(let path, let operation, let code):
            .fileSystem(POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO), doing: .verbatim(operation), at: path)
        case .corrupt(let oid, let actual, let path): CMKeeperError(.storage, .largeFileCorrupt(oid: oid, actual: actual, path: path), hint: .restoreFromMirror)
        case .missing(let oid): CMKeeperError(.storage, .largeFileMissing(oid), hint: .fetchLargeFileFromMirror)
        case .sourceChanged(let path): CMKeeperError(.refused, .changedWhileCopied(path), hint: .waitUntilComplete)
        case .wrongContent: CMKeeperError(.refused, .verbatim(error.description))
        }
    }

    /// Wraps a malformed configuration file.
    static func configuration(_ error: ConfigurationError) -> CMKeeperError {
        CMKeeperError(.configuration, .configurationError(error), hint: .fixFileAndPush)
    }
}

/// Runs `body`, turning the lower layers' errors into `CMKeeperError`; a file-system error says
/// it happened while `doing` at `path`, when given.
func translatingErrors<T>(doing: Message? = nil, at path: String? = nil, _ body: () throws -> T) throws(CMKeeperError) -> T {
    do {
        return try body()
    } catch let error as CMKeeperError {
        throw error
    } catch let error as GitError {
        throw .git(error)
    } catch let error as LFSStoreError {
        throw .lfs(error)
    } catch let error as ConfigurationError {
        throw .configuration(error)
    } catch let error as PathProblem {
        throw .refused(.pathRefused(error.path, error.message), hint: error.fix)
    } catch {
        throw .fileSystem(error, doing: doing, at: path)
    }
}
