import CMKeeperCore
import Foundation
import Logging
import ServiceLifecycle

/// The inbox service: watches `DIR/inbox/` and takes each project's drops once they are
/// complete and quiet (see `QuietSchedule`), through `InboxIntake`.
///
/// It starts with a full scan, so that whatever arrived while no daemon ran is taken. On
/// graceful shutdown it finishes the project in hand, then returns.
struct InboxWatcher: Service {
    let intake: InboxIntake
    let inbox: InboxFolder
    let settings: LibrarySettings.Daemon
    let logger: Logger
    /// Where the watcher shows its queue and its commits.
    var status: StatusBoard? = nil
    /// Told after each commit.
    var changes: LibraryChanges? = nil
    /// Files larger than this go to the large-file store, streamed when taken: not read ahead.
    var largeFileThreshold: Int = 10 << 20

    /// How often to look at the inbox when inotify cannot watch it, in milliseconds.
    static let fallbackPollMilliseconds = 2000

    func run() async throws {
        var pollMilliseconds = settings.pollIntervalMilliseconds > 0 ? settings.pollIntervalMilliseconds : nil
        try FileManager.default.createDirectory(at: inbox.url, withIntermediateDirectories: true)
        let events: InboxEvents
        do {
            events = try InboxEvents(inbox: inbox.url, pollInterval: pollMilliseconds.map(Duration.milliseconds), logger: logger)
        } catch where pollMilliseconds == nil {
            // No inotify (a network file system, no instances left): poll rather than stop.
            pollMilliseconds = Self.fallbackPollMilliseconds
            logger.error(
                "cannot watch \(inbox.url.path) with inotify (\(error)): polling it every \(Self.fallbackPollMilliseconds) ms instead",
                metadata: ["event": "failed", "hint": "set [daemon] poll_interval_ms in cmkeeper.toml to choose the interval"])
            events = try InboxEvents(inbox: inbox.url, pollInterval: .milliseconds(Self.fallbackPollMilliseconds), logger: logger)
        }
        defer { events.stop() }
        // Read files while they wait; not on a polled (network) file system, whose times its server keeps.
        var state = InboxState(
            inbox: inbox,
            schedule: QuietSchedule(
                quietPeriod: .milliseconds(settings.quietPeriodMilliseconds),
                maximumWait: .milliseconds(settings.maximumWaitMilliseconds),
                recheckOpenFiles: pollMilliseconds != nil),
            readAhead: pollMilliseconds == nil
                ? InboxReadAhead(inbox: inbox, limit: InboxIntake.maximumCommitBytes, maximumFileBytes: Int64(largeFileThreshold)) : nil)
        let clock = ContinuousClock()
        logger.info(
            "watching \(inbox.url.path) (\(pollMilliseconds.map { "polling every \($0) ms" } ?? "inotify"), quiet period \(settings.quietPeriodMilliseconds) ms)",
            metadata: ["event": "watching", "inbox": "\(inbox.url.path)"])

        state.rescan(at: clock.now)
        // Packs others wrote while no daemon ran (the intake merges its own as it goes).
        await intake.tidyPacks()
        status?.setWaiting(state.waitingFiles)
        events.wake(at: state.nextDeadline)
        for await event in events.cancelOnGracefulShutdown() {
            switch event {
            case .changed(let paths, let heard):
                // The quiet period counts from the change, not from when it was looked at. A
                // file named twice (created, then closed) is looked at once.
                var seen: Set<String> = []
                for path in paths where seen.insert(path).inserted { state.noteChange(path, at: heard) }
            case .rescan:
                state.rescan(at: clock.now)
            case .deadline:
                break
            }
            // Every due project's complete files, taken together.
            let due = state.due(at: clock.now)
            if !due.isEmpty && !Task.isShuttingDownGracefully {
                let outcome = await intake.take(due)
                state.record(outcome, of: due, at: clock.now)
                if !outcome.commits.isEmpty {
                    status?.record(outcome.commits)
                    changes?.notify()
                }
            }
            status?.setWaiting(state.waitingFiles)
            events.wake(at: state.nextDeadline)
        }
        logger.info("stopped watching \(inbox.url.path)", metadata: ["event": "stopped"])
    }
}
