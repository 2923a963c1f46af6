import CMKeeperCore
import Foundation
import GitKit
import LFSStore
import Logging

/// The refs a mirror receives: `main` and every tag.
struct MirroredRefs: Sendable, Equatable {
    var main: ObjectID?
    var tags: [String: ObjectID]
}

/// Brings one mirror at a time up to date with the library: its large files first, then
/// `main` and the tags it lacks, never forced. Owns its own handle on the library's
/// repository and uses it on a thread of its own, so that network waits never hold one of
/// Swift's concurrency threads.
final class MirrorWorker: @unchecked Sendable {
    /// What one successful attempt did.
    struct Pushed: Sendable {
        var refs: MirroredRefs
        /// References updated on the mirror (0: it was up to date).
        var updated: Int { pushed.count }
        /// Each reference updated on the mirror, with the object it was given.
        var pushed: [(reference: String, object: ObjectID)]
        /// Large files sent.
        var largeFiles: Int
    }

    /// Why an attempt failed, and the mirror's main if it could be read before the failure.
    struct Failure: Error, Sendable {
        var message: Message
        var mirrorMain: ObjectID?
    }

    private let libraryRoot: URL
    private let repositoryURL: URL
    private let lfs: LFSStore
    private let logger: Logger
    private let queue = DispatchQueue(label: "cmkeeper.mirrors")
    /// Touched on the queue only.
    private var repository: Repository?
    /// Mirrors whose large files went through `git lfs push` since the daemon started.
    private var lfsPushed: Set<String> = []
    private var warnedNoGitLFS: Set<String> = []

    init(library: Library, logger: Logger) {
        libraryRoot = library.root
        repositoryURL = library.repositoryURL
        lfs = library.lfs
        self.logger = logger
    }

    /// The library's `main` and tags now; nil (logged) when the repository cannot be read.
    func refs() async -> MirroredRefs? {
        await onQueue {
            do {
                return try self.readRefs()
            } catch {
                self.logger.error("cannot read the library's refs for its mirrors: \(error)", metadata: ["event": "failed"])
                return nil
            }
        }
    }

    /// Brings `mirror` up to `refs`, the library's refs as read at the start of the round:
    /// its large files, then exactly those commits and tags, whatever has moved since.
    func push(_ mirror: LibrarySettings.Mirror, refs: MirroredRefs) async -> Result<Pushed, Failure> {
        await onQueue { self.pushNow(mirror, refs: refs) }
    }

    /// Called on the worker's queue once a mirror's large files are sent and before its refs
    /// are pushed; for tests that change the library in between.
    var afterLargeFiles: (@Sendable () -> Void)?

    private func onQueue<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }

    // MARK: On the queue

    private func openRepository() throws(GitError) -> Repository {
        if let repository { return repository }
        let opened = try Repository.open(at: repositoryURL)
        repository = opened
        return opened
    }

    private func readRefs() throws(GitError) -> MirroredRefs {
        let repository = try openRepository()
        let main = try repository.resolveReference(LibraryLayout.mainReference)
        var tags: [String: ObjectID] = [:]
        for (name, target) in try repository.references(matching: "refs/tags/*") { tags[name] = target }
        return MirroredRefs(main: main, tags: tags)
    }

    private func pushNow(_ mirror: LibrarySettings.Mirror, refs: MirroredRefs) -> Result<Pushed, Failure> {
        let location = Self.location(of: mirror.url, libraryRoot: libraryRoot)
        var theirMain: ObjectID? = nil
        do throws(Failure) {
            let repository: Repository
            let remote: Remote
            let theirs: [String: ObjectID]
            if let gitDirectory = location.gitDirectory, !Self.isRepository(gitDirectory) {
                // libgit2 would say "unsupported URL protocol" of a path that is not there.
                throw Failure(message: .mirrorNotARepository(gitDirectory.path))
            }
            do {
                repository = try openRepository()
                remote = try Remote(url: location.url, in: repository)
                theirs = Dictionary(try remote.references().map { ($0.name, $0.target) }, uniquingKeysWith: { a, _ in a })
            } catch {
                throw Failure(message: .verbatim(error.description))
            }
            theirMain = theirs[LibraryLayout.mainReference]

            // By object id, never by name: a release made meanwhile moves main past the large files sent.
            var updates: [(reference: String, object: ObjectID)] = []
            var conflicting: [String] = []
            if let main = refs.main, theirMain != main {
                updates.append((LibraryLayout.mainReference, main))
            }
            for (name, target) in refs.tags.sorted(by: { $0.key < $1.key }) {
                switch theirs[name] {
                case nil: updates.append((name, target))
                case target: break
                default: conflicting.append(name)
                }
            }

            // Large files first: once the mirror's main names them, they must be there.
            var largeFiles = 0
            do {
                if let gitDirectory = location.gitDirectory {
                    largeFiles = try MirrorLFS.copyMissing(from: lfs, to: gitDirectory)
                } else if !updates.isEmpty || !lfsPushed.contains(mirror.displayName) {
                    if MirrorLFS.gitLFS != nil {
                        try MirrorLFS.pushWithGitLFS(gitDirectory: repositoryURL, url: location.url)
                        lfsPushed.insert(mirror.displayName)
                    } else if warnedNoGitLFS.insert(mirror.displayName).inserted {
                        logger.warning(
                            "git-lfs is not on PATH: the large files are not sent to \(mirror.displayName), whose clones will lack them",
                            metadata: ["event": "mirror-lfs-skipped", "mirror": "\(mirror.displayName)", "hint": "install git-lfs for the daemon's user (apt install git-lfs) and restart the daemon"])
                    }
                }
            } catch {
                throw Failure(message: .sendingLargeFilesFailed("\(error)"), mirrorMain: theirMain)
            }

            afterLargeFiles?()
            do {
                try remote.push(pinned: updates)
            } catch {
                throw Failure(message: .verbatim(error.description), mirrorMain: theirMain)
            }
            if !conflicting.isEmpty {
                throw Failure(
                    message: .mirrorTagsDiffer(count: conflicting.count, tags: conflicting.prefix(5).joined(separator: ", ")),
                    mirrorMain: refs.main)
            }
            return .success(Pushed(refs: refs, pushed: updates, largeFiles: largeFiles))
        } catch {
            return .failure(error)
        }
    }

    /// Whether `gitDirectory` looks like a git directory: `HEAD`, `objects/` and `refs/`.
    static func isRepository(_ gitDirectory: URL) -> Bool {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        return fm.fileExists(atPath: gitDirectory.appendingPathComponent("HEAD").path)
            && fm.fileExists(atPath: gitDirectory.appendingPathComponent("objects").path, isDirectory: &isFolder) && isFolder.boolValue
            && fm.fileExists(atPath: gitDirectory.appendingPathComponent("refs").path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The URL to give libgit2, and for a mirror on this machine (a path or `file://`) its git
    /// directory, where its large files go. A relative path is taken from the library folder.
    static func location(of url: String, libraryRoot: URL) -> (url: String, gitDirectory: URL?) {
        var path: String
        if url.hasPrefix("file://") {
            guard let parsed = URL(string: url), parsed.isFileURL else { return (url, nil) }
            path = parsed.path
        } else if url.contains("://") {
            return (url, nil)
        } else if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") {
            // scp-like ssh: user@host:path
            return (url, nil)
        } else {
            path = url.hasPrefix("/") ? url : libraryRoot.appendingPathComponent(url).path
        }
        path = (path as NSString).standardizingPath
        var gitDirectory = URL(fileURLWithPath: path, isDirectory: true)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: gitDirectory.appendingPathComponent(".git").path, isDirectory: &isFolder), isFolder.boolValue {
            gitDirectory = gitDirectory.appendingPathComponent(".git", isDirectory: true)
        }
        return (url.hasPrefix("file://") ? url : path, gitDirectory)
    }
}
