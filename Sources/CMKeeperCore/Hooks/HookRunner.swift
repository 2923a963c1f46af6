import Foundation
import GitKit

/// What cmkeeper's git hooks do.
public enum HookRunner {
    /// pre-receive: every ref update git reads on standard input, checked as made by the pusher.
    /// The hook refuses the push when there are problems.
    public static func preReceive(input: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(CMKeeperError) -> HookFindings {
        let library = try Library.openFromGitEnvironment()
        var updates: [ReferenceUpdate] = []
        for line in input.split(separator: "\n") where !line.isEmpty {
            guard let update = ReferenceUpdate(hookLine: line) else {
                throw CMKeeperError(.storage, .cannotReadHookLine(String(line)), hint: .isHookRunByGit)
            }
            updates.append(update)
        }
        let options = ChangeValidator.Options(
            checkRoles: true, largeFileThreshold: library.settings.largeFileThreshold, lfs: library.lfs,
            locks: library.locks)
        let user = ActingUser.hook(environment: environment)
        let problems = try PushValidator(library: library, user: user, options: options).problems(updates)
        guard !problems.isEmpty else { return HookFindings(problems: [], wayBack: [], language: library.settings.language) }
        return HookFindings(
            problems: problems, wayBack: try pushWayBack(problems, updates: updates, user: user, library: library),
            language: library.settings.language)
    }

    /// The way back from a refused push: which refused files it leaves changed, which
    /// references were refused, whether main was behind, and whether commits were someone
    /// else's (then how `user` signs their own, as roles.toml knows them).
    private static func pushWayBack(_ problems: [ValidationProblem], updates: [ReferenceUpdate], user: String, library: Library) throws(CMKeeperError) -> [Message] {
        let repository = library.repository
        let names = Set(updates.map(\.name))
        let othersCommits = problems.contains(where: PushValidator.namesCommit)
        let fileProblems = Set(problems.filter { !PushValidator.namesCommit($0) }.map(\.path)).subtracting(names)
        var kept: Set<String> = []
        if let main = updates.first(where: { $0.name == LibraryLayout.mainReference }), let new = main.new, !fileProblems.isEmpty {
            let before = try main.old.map { (id) throws(CMKeeperError) in try translatingErrors { try repository.commitTree(id) } }
            let after = try translatingErrors { try repository.commitTree(new) }
            kept = try changedPaths(from: before, to: after, in: repository).intersection(fileProblems)
        }
        // main itself is refused only when the push deletes it or is not a fast-forward.
        let refused = Set(problems.map(\.path)).intersection(names)
        let mainDeleted = updates.contains { $0.name == LibraryLayout.mainReference && $0.new == nil }
        return WayBack.push(
            kept: problems.filter { kept.contains($0.path) }, refusedCommits: !fileProblems.isEmpty,
            references: refused.subtracting([LibraryLayout.mainReference]).sorted(),
            behind: refused.contains(LibraryLayout.mainReference) && !mainDeleted,
            author: othersCommits ? library.signature(for: user, roles: try? library.snapshot().roleBook(), date: Date()) : nil)
    }

    /// post-receive: tells the daemon, when one runs, which refs moved, and writes
    /// `DIR/ssh/authorized_keys` again when main moved in a library that keeps ssh keys (a CM
    /// engineer may push keys.toml). Never fails a push (it has landed already); returns
    /// whether a daemon heard it.
    @discardableResult
    public static func postReceive(input: String) -> Bool {
        let gitDir = ProcessInfo.processInfo.environment["GIT_DIR"] ?? "."
        let root = URL(fileURLWithPath: gitDir, isDirectory: true).standardizedFileURL.deletingLastPathComponent()
        if input.split(separator: "\n").contains(where: { $0.hasSuffix(" " + LibraryLayout.mainReference) }) {
            syncAuthorizedKeys(root: root)
        }
        return DaemonNotifier.notify(libraryRoot: root, message: input)
    }

    private static func syncAuthorizedKeys(root: URL) {
        var language = Language.en
        do throws(CMKeeperError) {
            let library = try Library.open(at: root)
            language = library.settings.language
            guard try translatingErrors({ try library.snapshot().exists(LibraryLayout.keysFile) }) else { return }
            _ = try library.writeAuthorizedKeys(program: HookScripts.currentExecutable)
        } catch {
            let text = Message.refusalPrefix.text(in: language)
                + Message.keysNotWritten(file: AuthorizedKeys.relativePath, error: error.message).text(in: language) + "\n"
                + Message.hintLabel.text(in: language) + Message.accountRunsKeysSync.text(in: language) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// pre-commit, in a clone: the staged tree judged by what it changes against the server's tip
    /// (where the branch's upstream, `origin/main`, and HEAD meet; HEAD when it follows none),
    /// as made by the committer. So undoing an unpushed change is always taken: a file brought
    /// back to what the server has is no change at all.
    public static func preCommit(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CMKeeperError) -> HookFindings {
        let library = try Library.openFromGitEnvironment()
        let repository = library.repository
        let (head, upstream, base) = try translatingErrors { () throws -> (ObjectID?, String?, ObjectID?) in
            let head = try repository.resolveReference("HEAD")
            guard let upstream = try repository.upstreamOfHead(), let tip = try repository.resolveReference(upstream) else {
                return (head, nil, head)
            }
            return (head, upstream, try head.flatMap { try repository.mergeBase($0, tip) } ?? head)
        }
        let staged = try translatingErrors { try repository.indexTree() }
        let before = try library.snapshot(at: base)
        let after = Snapshot(repository: repository, tree: staged)
        let options = ChangeValidator.Options(checkRoles: true, largeFileThreshold: nil, lfs: nil)
        let problems = try ChangeValidator(before: before, after: after, user: ActingUser.hook(environment: environment), options: options).problems()
        guard !problems.isEmpty else { return HookFindings(problems: [], wayBack: [], language: nil) }

        // Where each refused file was changed: in commits not pushed yet, or only in this one.
        let headTree = try head.map { (id) throws(CMKeeperError) in try translatingErrors { try repository.commitTree(id) } }
        let paths = Set(problems.map(\.path))
        let unpushed = try changedPaths(from: before.tree, to: headTree, in: repository).intersection(paths)
        let staging = try changedPaths(from: headTree, to: staged, in: repository).intersection(paths).subtracting(unpushed)
        let shownUpstream = upstream.map { $0.hasPrefix("refs/remotes/") ? String($0.dropFirst("refs/remotes/".count)) : $0 } ?? "origin/main"
        return HookFindings(problems: problems, wayBack: WayBack.commit(
            staged: problems.filter { staging.contains($0.path) }, unpushed: problems.filter { unpushed.contains($0.path) }, upstream: shownUpstream),
            language: nil)
    }

    /// The paths two trees differ at, as problems name them.
    private static func changedPaths(from old: ObjectID?, to new: ObjectID?, in repository: Repository) throws(CMKeeperError) -> Set<String> {
        Set(try translatingErrors { try repository.diff(from: old, to: new) }.map { ChangeValidator.display($0.path) })
    }
}

/// What a hook found, and how whoever it refuses gets back to a change the library takes.
public struct HookFindings: Sendable {
    /// Every problem; the hook refuses when there is any.
    public let problems: [ValidationProblem]
    /// The way back, told once at the end of the report.
    public let wayBack: [Message]
    /// The library's language (pre-receive); nil in a clone (pre-commit), which has no
    /// `cmkeeper.toml`: there the committer's locale or `CMKEEPER_LANG` decides.
    public let language: Language?

    /// The report a refused push (or, with `commit`, a refused commit) prints in `language`:
    /// the problems summed up, then the way back.
    public func report(commit: Bool, in language: Language) -> String {
        Message.hookRefused(commit: commit, count: Set(problems).count).text(in: language) + "\n"
            + ValidationProblem.list(problems, in: language) + "\n"
            + Message.toGetBack.text(in: language) + "\n"
            + wayBack.map { "  - " + $0.text(in: language) }.joined(separator: "\n") + "\n"
    }
}
