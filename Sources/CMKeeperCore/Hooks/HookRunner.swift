import Foundation
import GitKit

/// What cmkeeper's git hooks do.
public enum HookRunner {
    /// pre-receive: every ref update git reads on standard input, checked as made by the pusher.
    /// Returns the problems; the hook refuses the push when there are any.
    public static func preReceive(input: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(CMKeeperError) -> [ValidationProblem] {
        let library = try Library.openFromGitEnvironment()
        var updates: [ReferenceUpdate] = []
        for line in input.split(separator: "\n") where !line.isEmpty {
            guard let update = ReferenceUpdate(hookLine: line) else {
                throw CMKeeperError(.storage, "pre-receive: cannot read git's line “\(line)”", hint: "is this hook run by git?")
            }
            updates.append(update)
        }
        let options = ChangeValidator.Options(
            checkRoles: true, largeFileThreshold: library.settings.largeFileThreshold, lfs: library.lfs)
        return try PushValidator(library: library, user: ActingUser.hook(environment: environment), options: options).problems(updates)
    }

    /// post-receive: tells the daemon, when one runs, which refs moved. Never fails a push
    /// (it has landed already); returns whether a daemon heard it.
    @discardableResult
    public static func postReceive(input: String) -> Bool {
        let gitDir = ProcessInfo.processInfo.environment["GIT_DIR"] ?? "."
        let repository = URL(fileURLWithPath: gitDir, isDirectory: true).standardizedFileURL
        return DaemonNotifier.notify(libraryRoot: repository.deletingLastPathComponent(), message: input)
    }

    /// pre-commit, in a clone: the staged tree against HEAD, as made by the committer.
    public static func preCommit(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CMKeeperError) -> [ValidationProblem] {
        let library = try Library.openFromGitEnvironment()
        let repository = library.repository
        let head = try translatingErrors { try repository.resolveReference("HEAD") }
        let staged = try translatingErrors { try repository.indexTree() }
        let before = try library.snapshot(at: head)
        let after = Snapshot(repository: repository, tree: staged)
        let options = ChangeValidator.Options(checkRoles: true, largeFileThreshold: nil, lfs: nil)
        return try ChangeValidator(before: before, after: after, user: ActingUser.hook(environment: environment), options: options).problems()
    }

    /// The report a refused push or commit prints.
    public static func report(_ problems: [ValidationProblem], refusing what: String) -> String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "cmkeeper refused this \(what) (\(count)):\n" + problems.map { "  - \($0)" }.joined(separator: "\n") + "\n"
    }
}
