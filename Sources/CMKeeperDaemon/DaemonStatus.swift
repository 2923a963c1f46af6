import CMKeeperCore
import Foundation
import GitKit

/// What `cmkeeper daemon status` reports: whether a daemon keeps the library, the files waiting
/// in its inbox, its last commits, and how far behind each mirror is. Read from the lock and
/// the files the daemon keeps in `DIR/run/`, and from the repository; asks no mirror anything.
public struct DaemonStatus: Sendable, Encodable {
    /// One commit the daemon made from the inbox.
    public struct Commit: Codable, Sendable, Equatable {
        public var time: Date
        public var commit: String
        public var project: String
        public var user: String
        /// The files committed, by path in the repository.
        public var files: [String]
    }

    /// The files waiting in one project's inbox folder ("" for files straight in `inbox/`).
    public struct Queue: Codable, Sendable, Equatable {
        public var project: String
        public var files: Int
    }

    /// One mirror of the settings, as the daemon last found it.
    public struct Mirror: Sendable, Encodable {
        public enum State: String, Sendable, Encodable {
            /// The mirror's main is the library's.
            case upToDate = "up-to-date"
            /// The last push succeeded; the library has changed since (the daemon is at it).
            case behind
            /// The last attempt failed; the daemon tries again with back-off.
            case failing
            /// No attempt yet (no daemon ran since the mirror was added).
            case pending
        }

        public var name: String
        public var url: String
        public var state: State
        /// Commits on the library's main the mirror lacks; nil when unknown (never reached, or
        /// the mirror holds a main this library does not know).
        public var behind: Int?
        public var mirrorMain: String?
        public var lastSuccess: Date?
        public var lastAttempt: Date?
        public var lastError: String?
        public var consecutiveFailures: Int
        public var nextAttempt: Date?

        enum CodingKeys: String, CodingKey {
            case name, url, state, behind, mirrorMain, lastSuccess, lastAttempt, lastError, consecutiveFailures, nextAttempt
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(url, forKey: .url)
            try c.encode(state, forKey: .state)
            // null, not absent: "unknown" is an answer.
            try c.encode(behind, forKey: .behind)
            try c.encode(mirrorMain, forKey: .mirrorMain)
            try c.encodeIfPresent(lastSuccess, forKey: .lastSuccess)
            try c.encodeIfPresent(lastAttempt, forKey: .lastAttempt)
            try c.encodeIfPresent(lastError, forKey: .lastError)
            try c.encode(consecutiveFailures, forKey: .consecutiveFailures)
            try c.encodeIfPresent(nextAttempt, forKey: .nextAttempt)
        }
    }

    public var library: String
    public var running: Bool
    /// The pid of the running daemon.
    public var pid: Int32?
    /// When the running daemon (else the last one) started.
    public var started: Date?
    /// The library's main.
    public var main: String?
    /// Files waiting in the inbox: the running daemon's queue, else what lies in `inbox/` now.
    public var waiting: [Queue]
    /// The running (else the last) daemon's last commits, newest first.
    public var recentCommits: [Commit]
    public var mirrors: [Mirror]

    /// Reads the status of the library at `root`.
    public static func read(libraryRoot root: URL) throws(CMKeeperError) -> DaemonStatus {
        let library = try Library.open(at: root)
        let holder = DaemonLock.holder(libraryRoot: library.root)
        let file = RunFile.read(StatusFile.self, from: library.root.appendingPathComponent(RunFile.statusPath))
        let current = holder.running && file != nil && (holder.pid == nil || holder.pid == file?.pid)

        var waiting: [String: Int]
        if current, let file {
            waiting = file.waiting
        } else {
            waiting = [:]
            let inbox = InboxFolder(url: library.inboxURL)
            for project in inbox.projectsWithFiles() {
                let count = inbox.files(of: project).count
                if count > 0 { waiting[project] = count }
            }
        }

        let repository: Repository
        let main: ObjectID?
        do {
            repository = try Repository.open(at: library.repositoryURL)
            main = try repository.resolveReference(LibraryLayout.mainReference)
        } catch {
            throw CMKeeperError(.storage, .cannotReadRepository(path: library.repositoryURL.path, error: "\(error)"), hint: .checkRepositoryReadable)
        }
        let records = RunFile.read(MirrorsFile.self, from: library.root.appendingPathComponent(RunFile.mirrorsPath))?.mirrors ?? []
        let mirrors = library.settings.mirrors.map { mirror in
            let record = records.first { $0.name == mirror.displayName }
            return Self.mirror(mirror, record, main: main, repository: repository)
        }
        return DaemonStatus(
            library: library.root.path, running: holder.running, pid: holder.pid, started: file?.started, main: main?.hex,
            waiting: waiting.sorted { $0.key < $1.key }.map { Queue(project: $0.key, files: $0.value) },
            recentCommits: file?.recentCommits ?? [], mirrors: mirrors)
    }

    private static func mirror(_ mirror: LibrarySettings.Mirror, _ record: MirrorRecord?, main: ObjectID?, repository: Repository) -> Mirror {
        var behind: Int? = nil
        if let seen = record?.mirrorMain.flatMap(ObjectID.init(hex:)), let main, repository.contains(seen) {
            behind = (try? repository.newCommits(from: seen, to: main))?.count
        }
        let state: Mirror.State
        if let record, record.consecutiveFailures > 0 {
            state = .failing
        } else if record?.lastSuccess == nil {
            state = .pending
        } else {
            state = behind == 0 ? .upToDate : .behind
        }
        return Mirror(
            name: mirror.displayName, url: LibrarySettings.Mirror.redacting(mirror.url), state: state, behind: behind,
            mirrorMain: record?.mirrorMain, lastSuccess: record?.lastSuccess, lastAttempt: record?.lastAttempt,
            lastError: record?.consecutiveFailures ?? 0 > 0 ? record?.lastError : nil,
            consecutiveFailures: record?.consecutiveFailures ?? 0, nextAttempt: record?.nextAttempt)
    }
}
