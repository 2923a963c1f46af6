// CMKeeperDaemon: the services that keep a library in the background (see `Daemon`).
//
// The path a dropped file takes, in order:
//  1. `InboxEvents` hears it (inotify: closed after writing, moved in; or a rescan when
//     polling), and the `InboxWatcher` hands the change to its `InboxState`.
//  2. `InboxState` notes the file's `FileState` in its `QuietSchedule`, which starts the
//     project's quiet period again, and asks `InboxReadAhead` to read and hash the file on a
//     thread of its own while it waits.
//  3. When the project falls due, `InboxState.due(at:)` gives `DueFiles`: the project's files
//     whose state held for a whole quiet period and which no one has open for writing, each
//     with its content if it was read ahead in exactly that state.
//  4. `InboxIntake.take(_:)`, on the intake's own thread, places each dropper's files (the
//     library's placement rules, as `submit`) into drops, commits every drop due at once with
//     one pack, one fsync and one compare-and-swap of `main` (`Library.commit(_:)`), and moves
//     refused files to `rejected/` with a `.reason`.
//  5. Once the commit has returned, the file leaves the inbox (unless it changed meanwhile),
//     `InboxState.record(_:of:at:)` forgets it, and `LibraryChanges` wakes the mirror pusher.

import CMKeeperCore
import Foundation
import Logging
import ServiceLifecycle

/// The background service that keeps a library, run in the foreground (under systemd or in a
/// terminal): a `ServiceGroup` of the inbox watcher, the ref watcher, the mirror pusher (when
/// the settings name mirrors), the writer of `run/status.json` and of the status site (`site/`), and the
/// scheduled verify (when `[verify] every` is set). One daemon per
/// library, held by `DIR/run/daemon.lock`. SIGTERM or SIGINT stops it gracefully: the commit
/// in hand is finished, then `run()` returns.
public struct Daemon: Sendable {
    public let libraryRoot: URL
    public let logger: Logger

    public init(libraryRoot: URL, logger: Logger = Logger(label: "cmkeeper.daemon")) {
        self.libraryRoot = libraryRoot
        self.logger = logger
    }

    /// Runs until SIGTERM or SIGINT. Throws when the library cannot be opened, another daemon
    /// keeps it (naming its pid), or a service fails.
    public func run() async throws(CMKeeperError) {
        let library = try Library.open(at: libraryRoot)
        let lock = try DaemonLock.acquire(libraryRoot: library.root)
        defer { withExtendedLifetime(lock) {} }
        let status = StatusBoard()
        let changes = LibraryChanges()
        var services: [any Service] = [
            InboxWatcher(
                intake: InboxIntake(library: library, logger: logger), inbox: InboxFolder(url: library.inboxURL),
                settings: library.settings.daemon, logger: logger, status: status, changes: changes,
                largeFileThreshold: library.settings.largeFileThreshold),
            StatusWriter(board: status, url: library.root.appendingPathComponent(RunFile.statusPath), logger: logger),
            SiteWriter(libraryRoot: library.root, changes: changes.siteStream, logger: logger),
        ]
        // The inbox matters most: without the socket, the daemon still keeps the inbox.
        do {
            services.append(RefWatcher(socket: try NoticeSocket(libraryRoot: library.root), logger: logger, changes: changes))
        } catch {
            logger.error("pushes will not be heard: \(error.message)", metadata: ["event": "failed", "error": "\(error.description)"])
        }
        if let every = library.settings.verify.interval {
            services.append(ScheduledVerifier(libraryRoot: library.root, every: every, logger: logger))
        }
        if !library.settings.mirrors.isEmpty {
            services.append(MirrorPusher(
                mirrors: library.settings.mirrors, worker: MirrorWorker(library: library, logger: logger), changes: changes,
                stateURL: library.root.appendingPathComponent(RunFile.mirrorsPath), logger: logger,
                language: library.settings.language))
        }
        let group = ServiceGroup(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        logger.info(
            "cmkeeper daemon \(getpid()) keeps \(library.root.path)",
            metadata: ["event": "started", "library": "\(library.root.path)", "pid": "\(getpid())"])
        do {
            try await group.run()
        } catch {
            throw CMKeeperError(.storage, .daemonStopped("\(error)"), hint: .seeLogSystemdRestarts)
        }
        logger.info("cmkeeper daemon \(getpid()) stopped", metadata: ["event": "exited"])
    }
}
