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
        let settingsURL = root.appendingPathComponent(LibrarySettings.fileName)
        guard let text = try? String(contentsOf: settingsURL, encoding: .utf8) else {
            throw .notFound(
                "\(root.path) is not a cmkeeper library (no readable \(LibrarySettings.fileName))",
                hint: "create one with `cmkeeper init \(root.path)`, or name yours with --library or CMKEEPER_LIBRARY")
        }
        let settings: LibrarySettings
        do {
            settings = try LibrarySettings.parse(text, file: settingsURL.path)
        } catch {
            throw CMKeeperError(.configuration, error.description, hint: "fix \(settingsURL.path)")
        }
        let repository = try translatingErrors {
            try Repository.open(at: root.appendingPathComponent(LibraryLayout.repositoryFolder, isDirectory: true))
        }
        try translatingErrors { try repository.bufferObjectsInMemory() }
        return Library(root: root, settings: settings, repository: repository)
    }

    /// Opens the library whose repository git names in the environment, as a hook runs:
    /// `GIT_DIR` (and the quarantine's object directories during a push). The library folder is
    /// the one above the repository; without a `cmkeeper.toml` there, defaults apply.
    public static func openFromGitEnvironment() throws(CMKeeperError) -> Library {
        let repository = try translatingErrors { try Repository.openFromEnvironment() }
        let root = repository.gitDirectory.deletingLastPathComponent()
        let settingsURL = root.appendingPathComponent(LibrarySettings.fileName)
        var settings = LibrarySettings(productLibrary: nil, identity: .init(name: "cmkeeper", email: "cmkeeper@\(hostName)"))
        if let text = try? String(contentsOf: settingsURL, encoding: .utf8) {
            do {
                settings = try LibrarySettings.parse(text, file: settingsURL.path)
            } catch {
                throw CMKeeperError(.configuration, error.description, hint: "fix \(settingsURL.path)")
            }
        }
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
        throw .notFound(
            "no cmkeeper library here (\(currentDirectory)) or above",
            hint: "name one with --library DIR or CMKEEPER_LIBRARY, or create one with `cmkeeper init DIR`")
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
        var attempt = 0
        while true {
            attempt += 1
            let snapshot = try self.snapshot()
            let planned: PlannedCommit = try translatingErrors { try plan(snapshot) }
            let roles = try? snapshot.roleBook()
            let author = signature(for: login, roles: roles, date: date)
            let committer = Signature(name: settings.identity.name, email: settings.identity.email, date: date)
            do {
                let tree = try repository.updateTree(snapshot.tree, planned.updates)
                if tree == snapshot.tree {
                    throw CMKeeperError.refused("nothing to commit: the library already holds exactly this", hint: "nothing to do")
                }
                // libgit2 runs no hooks: cmkeeper's own commits pass the same validation as a push.
                let problems = try ChangeValidator(
                    before: snapshot, after: Snapshot(repository: repository, tree: tree), user: login,
                    options: .init(largeFileThreshold: settings.largeFileThreshold, lfs: lfs, now: date, commitMessage: planned.message)
                ).problems()
                if !problems.isEmpty {
                    throw CMKeeperError.invalid(problems, what: "this change")
                }
                let commit = try repository.createCommit(
                    tree: tree, parents: snapshot.commit.map { [$0] } ?? [], author: author, committer: committer,
                    message: planned.message)
                var tagObjects: [(String, ObjectID)] = []
                for tag in planned.tags {
                    let object = try repository.createTagObject(name: tag.name, target: commit, tagger: author, message: tag.message)
                    tagObjects.append(("refs/tags/\(tag.name)", object))
                }
                try repository.flushObjects()
                try repository.updateReference(
                    LibraryLayout.mainReference, to: commit, expecting: snapshot.commit,
                    message: "cmkeeper: \(planned.message.split(separator: "\n").first ?? "")")
                for (name, object) in tagObjects {
                    do {
                        try repository.updateReference(name, to: object, expecting: nil, message: "cmkeeper: tag")
                    } catch {
                        throw CMKeeperError(
                            .storage, "\(commit.hex.prefix(12)) is on main, but its tag \(name) could not be created: \(error.message)",
                            hint: "a CM engineer creates it with `git tag -a` on that commit, or runs `cmkeeper verify`")
                    }
                }
                return CommitOutcome(commit: commit, parent: snapshot.commit, tags: tagObjects.map(\.0), retries: attempt - 1)
            } catch let error as GitError where [.modified, .exists, .locked].contains(error.code) {
                repository.discardPendingObjects()
                guard attempt < Self.maximumAttempts else {
                    throw CMKeeperError(
                        .conflict, "main kept moving: gave up after \(attempt) attempts (\(error.message))",
                        hint: "nothing was committed; try again when the library is less busy")
                }
                // Bounded, jittered back-off: 1 ms doubling to 100 ms.
                let delay = min(100_000, 1000 << min(attempt, 7))
                usleep(UInt32(delay / 2 + Int.random(in: 0...(delay / 2))))
            } catch let error as GitError {
                repository.discardPendingObjects()
                throw .git(error)
            } catch let error as CMKeeperError {
                repository.discardPendingObjects()
                throw error
            } catch {
                repository.discardPendingObjects()
                throw CMKeeperError(.storage, "\(error)")
            }
        }
    }
}
