import CMKeeperCore
import Foundation
import GitKit
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

    /// How long to wait before trying again after a failure that may pass; doubles, up to 5 minutes.
    static let firstRetry = Duration.seconds(5)
    static let lastRetry = Duration.seconds(300)
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
        let readAhead = pollMilliseconds == nil
            ? InboxReadAhead(inbox: inbox, limit: InboxIntake.maximumCommitBytes, maximumFileBytes: Int64(largeFileThreshold)) : nil
        var schedule = QuietSchedule(
            quietPeriod: .milliseconds(settings.quietPeriodMilliseconds),
            maximumWait: .milliseconds(settings.maximumWaitMilliseconds),
            recheckOpenFiles: pollMilliseconds != nil)
        var failures: [String: Int] = [:]
        let clock = ContinuousClock()
        logger.info(
            "watching \(inbox.url.path) (\(pollMilliseconds.map { "polling every \($0) ms" } ?? "inotify"), quiet period \(settings.quietPeriodMilliseconds) ms)",
            metadata: ["event": "watching", "inbox": "\(inbox.url.path)"])

        rescan(&schedule, readAhead, at: clock.now)
        // Packs others wrote while no daemon ran (the intake merges its own as it goes).
        await intake.tidyPacks()
        status?.setWaiting(schedule.waitingFiles)
        events.wake(at: [schedule.nextDeadline, schedule.nextPreparation].compactMap { $0 }.min())
        for await event in events.cancelOnGracefulShutdown() {
            let now = clock.now
            switch event {
            case .changed(let paths, let heard):
                // The quiet period counts from the change, not from when it was looked at. A
                // file named twice (created, then closed) is looked at once.
                var seen: Set<String> = []
                for path in paths where seen.insert(path).inserted { noteChange(path, &schedule, readAhead, at: heard) }
            case .rescan:
                rescan(&schedule, readAhead, at: now)
            case .deadline:
                break
            }
            // Every due project's complete files, taken together.
            let (jobs, contents, twinsLeft) = dueFiles(&schedule, readAhead, at: clock.now)
            if !jobs.isEmpty && !Task.isShuttingDownGracefully {
                let outcome = await intake.take(jobs, contents: contents)
                schedule.forget(outcome.done)
                readAhead?.forget(outcome.done)
                let retry = Set(outcome.retry.map(InboxFolder.project(of:)))
                for project in jobs.keys.sorted() {
                    if !retry.contains(project) {
                        failures[project] = nil
                    } else {
                        let count = (failures[project] ?? 0) + 1
                        failures[project] = count
                        let delay = min(Self.lastRetry, Self.firstRetry * (1 << min(count - 1, 6)))
                        schedule.retry(project: project, at: clock.now + delay)
                    }
                }
                // Files changed while taken, or left out for a twin taken now: another round.
                for project in Set(outcome.changed.map(InboxFolder.project(of:))).union(twinsLeft.subtracting(retry)) {
                    schedule.changed(project: project, at: clock.now)
                }
                if !outcome.commits.isEmpty {
                    status?.record(outcome.commits)
                    changes?.notify()
                }
            }
            if let readAhead, !Task.isShuttingDownGracefully {
                await prepareAhead(&schedule, readAhead, at: clock.now)
            }
            status?.setWaiting(schedule.waitingFiles)
            events.wake(at: [schedule.nextDeadline, schedule.nextPreparation].compactMap { $0 }.min())
        }
        await intake.discardRehearsal()
        logger.info("stopped watching \(inbox.url.path)", metadata: ["event": "stopped"])
    }

    /// The complete files of every project due now, by project, with those read ahead in the
    /// states they are in; and the projects with files left out for a twin (see `InboxFolder.walk`).
    private func dueFiles(
        _ schedule: inout QuietSchedule, _ readAhead: InboxReadAhead?, at now: ContinuousClock.Instant
    ) -> (jobs: [String: [String: FileState]], contents: [String: HashedBlob], twinsLeft: Set<String>) {
        var jobs: [String: [String: FileState]] = [:]
        var contents: [String: HashedBlob] = [:]
        var twinsLeft: Set<String> = []
        for project in schedule.dueProjects(at: now) {
            var twins = 0
            let files = inbox.files(of: project, twinsLeft: &twins)
            if twins > 0 { twinsLeft.insert(project) }
            readAhead?.forget(project: project, keeping: files)
            let open = inbox.openForWriting(Array(files.keys))
            let chosen = schedule.select(project: project, files: files, at: now) { open.contains($0) }
            guard !chosen.isEmpty else { continue }
            var job: [String: FileState] = [:]
            for path in chosen {
                let state = files[path]!
                job[path] = state
                contents[path] = readAhead?.content(of: path, in: state)
            }
            jobs[project] = job
        }
        return (jobs, contents, twinsLeft)
    }

    /// The least a project's waiting files must come to, in number or in bytes, for them to be
    /// prepared ahead: below it, preparing them saves little and, under a steady stream of
    /// drops, is mostly undone by other projects' commits moving `main`.
    static let preparedAheadFiles = 500
    static let preparedAheadBytes: Int64 = 16 << 20

    /// Prepares the files of a large drop half-way through its quiet period, once every one of
    /// them has been read ahead, so that when it falls due the intake only lands it (see
    /// `InboxIntake.rehearse`).
    private func prepareAhead(_ schedule: inout QuietSchedule, _ readAhead: InboxReadAhead, at now: ContinuousClock.Instant) async {
        for project in schedule.toPrepare(at: now) {
            let (count, bytes) = schedule.waiting(in: project)
            // Prepared in one round, as a take commits at most `maximumCommitBytes` together.
            guard count >= Self.preparedAheadFiles || bytes >= Self.preparedAheadBytes, bytes <= InboxIntake.maximumCommitBytes else { continue }
            let files = schedule.observedFiles(of: project)
            // A file for the large-file store is never read ahead: such a drop is taken as it comes.
            guard files.values.allSatisfy(readAhead.reads) else { continue }
            var contents: [String: HashedBlob] = [:]
            for (path, state) in files {
                guard let content = readAhead.content(of: path, in: state) else { break }
                contents[path] = content
            }
            guard contents.count == files.count else {
                // Still being read: look again shortly.
                schedule.prepareLater(project: project, at: now + .milliseconds(50))
                continue
            }
            // One round is held at a time: the first project ready has it.
            await intake.rehearse([project: files], contents: contents)
            return
        }
    }

    /// A path below the inbox changed: its project's quiet period starts again, and the file
    /// (or every file of a folder moved in) is seen in its new state.
    private func noteChange(_ path: String, _ schedule: inout QuietSchedule, _ readAhead: InboxReadAhead?, at now: ContinuousClock.Instant) {
        guard let state = FileState(path: inbox.absolutePath(path)) else { return }
        if state.isDirectory {
            // A new project folder is its own project; a folder within one belongs to it.
            let project = path.contains("/") ? InboxFolder.project(of: path) : path
            var found: [String: FileState] = [:]
            inbox.walk(path, into: &found)
            for (file, fileState) in found { see(file, fileState, &schedule, readAhead, at: now) }
            if !found.isEmpty { schedule.changed(project: project, at: now) }
        } else if !InboxFolder.isIgnored((path as NSString).lastPathComponent), !inbox.hasComposedTwin(path) {
            // Read again even in the same state: where times are coarse, a write may not show.
            if !see(path, state, &schedule, readAhead, at: now) { readAhead?.request(path, state, again: true) }
            schedule.changed(project: InboxFolder.project(of: path), at: now)
        }
    }

    /// Looks at every file of the inbox: a project with a new or changed file starts its quiet period.
    private func rescan(_ schedule: inout QuietSchedule, _ readAhead: InboxReadAhead?, at now: ContinuousClock.Instant) {
        for project in inbox.projectsWithFiles() {
            var changed = false
            for (path, state) in inbox.files(of: project) where see(path, state, &schedule, readAhead, at: now) {
                changed = true
            }
            if changed { schedule.changed(project: project, at: now) }
        }
    }

    /// A file seen in `state`: the schedule notes it, and a new state is read ahead.
    @discardableResult
    private func see(
        _ path: String, _ state: FileState, _ schedule: inout QuietSchedule, _ readAhead: InboxReadAhead?, at now: ContinuousClock.Instant
    ) -> Bool {
        guard schedule.observe(path, state, at: now) else { return false }
        readAhead?.request(path, state)
        return true
    }
}
