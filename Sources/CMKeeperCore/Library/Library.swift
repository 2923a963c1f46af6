import Foundation
import GitKit
import LFSStore

/// An open configuration library: a folder with `cmkeeper.toml`, the bare repository
/// `repo.git`, the `inbox/` the daemon watches and `rejected/` for refused drops.
///
/// One `Library` is one writer: use it from one thread or actor at a time. Other
/// processes (people pushing, another cmkeeper) may write at the same time; every change
/// to `main` is a compare-and-swap that is rebuilt on the new tip when it loses the race.
public final class Library {
    public let root: URL
    public let settings: LibrarySettings
    let repository: Repository

    public var repositoryURL: URL { root.appendingPathComponent(LibraryLayout.repositoryFolder, isDirectory: true) }
    public var inboxURL: URL { root.appendingPathComponent(LibraryLayout.inboxFolder, isDirectory: true) }
    public var rejectedURL: URL { root.appendingPathComponent(LibraryLayout.rejectedFolder, isDirectory: true) }
    public var settingsURL: URL { root.appendingPathComponent(LibrarySettings.fileName) }

    /// The large-file store inside the repository.
    public var lfs: LFSStore { LFSStore(gitDirectory: repositoryURL) }
    /// The git-lfs file locks (`repo.git/lfs/locks`) every change into the library respects.
    public var locks: LFSLocks { LFSLocks(gitDirectory: repositoryURL) }

    /// Whether a commit that leaves more than `packLimit` packs merges them (`tidyPacks()`)
    /// before it returns, as git's own commands run `git gc --auto`: on for the command line.
    /// (The daemon merges after each round of its commits; pushes run git's `gc --auto`.)
    public var mergesPacksAfterCommits = false

    /// How many times a change is rebuilt before cmkeeper gives up on a busy branch.
    static let maximumAttempts = 50

    init(root: URL, settings: LibrarySettings, repository: Repository) {
        self.root = root
        self.settings = settings
        self.repository = repository
    }

    /// Opens the library in `root`.
    public static func open(at root: URL) throws(CMKeeperError) -> Library {
        let root = root.standardizedFileURL
        guard let settings = try LibrarySettings.read(in: root) else {
            throw .notFound(.notALibrary(path: root.path, file: LibrarySettings.fileName), hint: .createOrNameLibrary(path: root.path))
        }
        let repository = try translatingErrors {
            try Repository.open(at: root.appendingPathComponent(LibraryLayout.repositoryFolder, isDirectory: true))
        }
        try translatingErrors { try repository.bufferObjectsInMemory() }
        let library = Library(root: root, settings: settings, repository: repository)
        // What a killed copy into the large-file store left behind goes at once.
        library.lfs.removeAbandonedTemporaries()
        return library
    }

    /// Opens the library whose repository git names in the environment, as a hook runs:
    /// `GIT_DIR` (and the quarantine's object directories during a push). The library folder is
    /// the one above the repository; without a `cmkeeper.toml` there, defaults apply.
    public static func openFromGitEnvironment() throws(CMKeeperError) -> Library {
        let repository = try translatingErrors { try Repository.openFromEnvironment() }
        let root = repository.gitDirectory.deletingLastPathComponent()
        let settings = try LibrarySettings.read(in: root)
            ?? LibrarySettings(productLibrary: nil, identity: .init(name: "cmkeeper", email: "cmkeeper@\(hostName)"))
        return Library(root: root, settings: settings, repository: repository)
    }

    /// Finds the library to use: `explicit` (`--library`), else `CMKEEPER_LIBRARY`, else the
    /// current directory or the nearest folder above it that holds a `cmkeeper.toml`.
    public static func locate(explicit: String?, environment: [String: String], currentDirectory: String) throws(CMKeeperError) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        if let fromEnvironment = environment["CMKEEPER_LIBRARY"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment, isDirectory: true)
        }
        var folder = URL(fileURLWithPath: currentDirectory, isDirectory: true).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(LibrarySettings.fileName).path) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw .notFound(.noLibraryHere(currentDirectory), hint: .nameOrCreateLibrary)
    }

    /// The library at the tip of `main`.
    public func snapshot() throws(CMKeeperError) -> Snapshot {
        try translatingErrors {
            try Snapshot(repository: repository, commit: repository.resolveReference(LibraryLayout.mainReference))
        }
    }

    /// The library at a given commit (nil: before the first commit).
    public func snapshot(at commit: ObjectID?) throws(CMKeeperError) -> Snapshot {
        try translatingErrors { try Snapshot(repository: repository, commit: commit) }
    }

    /// Writes a blob into the pending pack, for a `PlannedCommit` to name.
    public func writeBlob(_ data: Data) throws(CMKeeperError) -> ObjectID {
        try translatingErrors { try repository.writeBlob(data) }
    }

    /// Writes a blob hashed beforehand into the pending pack.
    public func writeBlob(_ blob: HashedBlob) throws(CMKeeperError) -> ObjectID {
        try translatingErrors { try repository.writeBlob(blob) }
    }

    /// The signature for `login`: their name and e-mail from roles.toml when it has them.
    func signature(for login: String, roles: RoleBook?, date: Date) -> Signature {
        let user = roles?.user(login)
        return Signature(
            name: user?.name ?? login, email: user?.email ?? "\(login)@\(Self.hostName)", date: date)
    }

    static var hostName: String {
        ProcessInfo.processInfo.hostName.isEmpty ? "localhost" : ProcessInfo.processInfo.hostName
    }

    /// Commits a change to `main` by compare-and-swap.
    ///
    /// `plan` is called with the current tip and returns the change to make on it; when
    /// another writer moves `main` first, `plan` is called again on the new tip, so its checks
    /// (does the project exist, is this already released) always hold for what lands. When
    /// this returns, the objects and the branch are fsynced. The change is refused, with every
    /// problem listed, when the `ChangeValidator` finds it breaks the process.
    public func commitOnMain(author login: String, date: Date = Date(), _ plan: (Snapshot) throws -> PlannedCommit) throws(CMKeeperError) -> CommitOutcome {
        try withoutActuallyEscaping(plan) { (plan) throws(CMKeeperError) in
            try commitChainOnMain([ChainedChange(author: login, plan: plan)], date: date)[0].get()
        }
    }

    /// Commits several changes to `main` at once: each its own commit, on top of the one before,
    /// and all of them written with one pack, one fsync and one compare-and-swap of `main`.
    ///
    /// Each change is planned on the commit before it and validated as `commitOnMain` validates
    /// one; a change that is refused (or cannot be planned) is left out, its error returned in its
    /// place, and the others still land. When another writer moves `main` first, every change is
    /// planned again on the new tip. Throws only when nothing could land: the objects or the
    /// branch could not be written, or `main` kept moving.
    public func commitChainOnMain(_ changes: [ChainedChange], date: Date = Date()) throws(CMKeeperError) -> [Result<CommitOutcome, CMKeeperError>] {
        var attempt = 0
        while true {
            attempt += 1
            let chain = try prepareChain(changes, date: date, retries: attempt - 1)
            do {
                let results = try land(chain)
                // Landed: a merge that fails leaves the packs as they were, and is tried next time.
                if mergesPacksAfterCommits { _ = try? tidyPacks() }
                return results
            } catch where [.modified, .exists, .locked].contains(error.code) {
                guard attempt < Self.maximumAttempts else {
                    throw CMKeeperError(.conflict, .mainKeptMoving(attempts: attempt, error: error.message), hint: .tryAgainLessBusy)
                }
                // Bounded, jittered back-off: 1 ms doubling to 100 ms.
                let delay = min(100_000, 1000 << min(attempt, 7))
                usleep(UInt32(delay / 2 + Int.random(in: 0...(delay / 2))))
            } catch {
                throw .git(error)
            }
        }
    }

    /// Changes planned, checked and written into memory on one tip of `main`, each on the
    /// commit before it: ready to land with `land(_:)` while `main` has not moved.
    struct PreparedChain {
        /// The tip the chain was prepared on.
        let base: ObjectID?
        /// Each change's commit, or why it was refused.
        let results: [Result<CommitOutcome, CMKeeperError>]
        /// The last commit of the chain: what `main` moves to.
        let last: ObjectID?
        let tags: [(index: Int, commit: ObjectID, tags: [(String, ObjectID)])]
        let subjects: [Substring]

        /// Whether landing it changes nothing.
        var changesNothing: Bool { last == nil || last == base }
    }

    /// Plans, checks and writes into memory each change on the commit before it, starting at
    /// the tip of `main`; a refused change is left out, its error in its place.
    func prepareChain(_ changes: [ChainedChange], date: Date = Date(), retries: Int = 0) throws(CMKeeperError) -> PreparedChain {
        let tip = try self.snapshot()
        let committer = Signature(name: settings.identity.name, email: settings.identity.email, date: date)
        var results: [Result<CommitOutcome, CMKeeperError>] = []
        var tagsToCreate: [(index: Int, commit: ObjectID, tags: [(String, ObjectID)])] = []
        var subjects: [Substring] = []
        var current = tip
        for change in changes {
            do throws(CMKeeperError) {
                let (commit, tags, message) = try repository.keepingObjectsOnlyOnSuccess { () throws(CMKeeperError) in
                    try commitChange(change, on: current, committer: committer, date: date)
                }
                subjects.append(message.split(separator: "\n").first ?? "")
                results.append(.success(CommitOutcome(commit: commit, parent: current.commit, tags: tags.map(\.0), retries: retries)))
                tagsToCreate.append((results.count - 1, commit, tags))
                current = try translatingErrors { try Snapshot(repository: repository, commit: commit) }
            } catch {
                results.append(.failure(error))
            }
        }
        return PreparedChain(base: tip.commit, results: results, last: current.commit, tags: tagsToCreate, subjects: subjects)
    }

    /// Writes a prepared chain's objects as one fsynced pack and moves `main` from the tip it
    /// was prepared on to its last commit by compare-and-swap, then creates its tags. Throws
    /// the `GitError` of a `main` that moved meanwhile (nothing landed); the objects in memory
    /// are let go either way.
    func land(_ chain: PreparedChain) throws(GitError) -> [Result<CommitOutcome, CMKeeperError>] {
        guard !chain.changesNothing, let last = chain.last else {
            repository.discardPendingObjects()
            return chain.results
        }
        // A pack written for a race then lost stays, unreferenced, as after any lost race.
        try repository.flushObjects()
        try repository.updateReference(
            LibraryLayout.mainReference, to: last, expecting: chain.base,
            message: "cmkeeper: \(Self.reflogMessage(chain.subjects))")
        var results = chain.results
        for (index, commit, tags) in chain.tags {
            for (name, object) in tags {
                do {
                    try repository.updateReference(name, to: object, expecting: nil, message: "cmkeeper: tag")
                } catch {
                    results[index] = .failure(CMKeeperError(
                        .storage, .tagNotCreated(commit: String(commit.hex.prefix(12)), tag: name, error: error.message), hint: .cmCreatesTag))
                    break
                }
            }
        }
        return results
    }

    /// The reflog's line for commits landed together: the subject, or how many and the first few.
    static func reflogMessage(_ subjects: [Substring]) -> String {
        guard subjects.count > 1 else { return String(subjects.first ?? "") }
        let shown = subjects.prefix(3).joined(separator: "; ")
        return "\(subjects.count) commits: \(shown)\(subjects.count > 3 ? "; …" : "")"
    }

    /// Plans, checks and writes (into memory) one change on `snapshot`: its commit and its tag objects.
    private func commitChange(
        _ change: ChainedChange, on snapshot: Snapshot, committer: Signature, date: Date
    ) throws(CMKeeperError) -> (ObjectID, [(String, ObjectID)], String) {
        let planned: PlannedCommit = try translatingErrors { try change.plan(snapshot) }
        let author = signature(for: change.author, roles: try? snapshot.roleBook(), date: date)
        return try translatingErrors {
            let tree = try repository.updateTree(snapshot.tree, planned.updates)
            if tree == snapshot.tree {
                throw CMKeeperError.refused(.nothingToCommit, hint: .nothingToDo)
            }
            let problems = try ChangeValidator(
                before: snapshot, after: Snapshot(repository: repository, tree: tree), user: change.author,
                options: .init(largeFileThreshold: settings.largeFileThreshold, lfs: lfs, now: date, commitMessage: planned.message, locks: locks)
            ).problems()
            if !problems.isEmpty {
                throw CMKeeperError.invalid(problems, what: .thisChange)
            }
            let commit = try repository.createCommit(
                tree: tree, parents: snapshot.commit.map { [$0] } ?? [], author: author, committer: committer,
                message: planned.message)
            var tags: [(String, ObjectID)] = []
            for tag in planned.tags {
                let object = try repository.createTagObject(name: tag.name, target: commit, tagger: author, message: tag.message)
                tags.append(("refs/tags/\(tag.name)", object))
            }
            return (commit, tags, planned.message)
        }
    }
}
