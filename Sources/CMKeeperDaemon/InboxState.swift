import CMKeeperCore
import Foundation
import GitKit

/// Files by path relative to the inbox, each in the state it was seen in.
typealias FileStates = [String: FileState]

/// The files to take at once: each due project's complete files ("" for files lying straight
/// in the inbox), with the content of those read ahead in exactly those states.
struct DueFiles: Sendable {
    var byProject: [String: FileStates] = [:]
    var contents: [String: HashedBlob] = [:]
    /// Projects with files left out for a twin taken now (see `InboxFolder.walk`): another take.
    var twinsLeft: Set<String> = []

    var isEmpty: Bool { byProject.isEmpty }

    /// Every file, with its state.
    var states: FileStates {
        byProject.values.reduce(into: [:]) { all, files in all.merge(files) { a, _ in a } }
    }
}

/// What the inbox watcher knows of the inbox between two events: when each project falls due
/// (`QuietSchedule`), what has been read ahead (`InboxReadAhead`), and how many times in a row
/// taking each project failed. A plain value the watcher owns: it decides, the watcher waits.
struct InboxState {
    typealias Instant = ContinuousClock.Instant

    /// How long to wait before trying again after a failure that may pass; doubles, up to 5 minutes.
    static let firstRetry = Duration.seconds(5)
    static let lastRetry = Duration.seconds(300)

    let inbox: InboxFolder
    private var schedule: QuietSchedule
    /// Nil on a polled (network) file system, whose times its server keeps.
    let readAhead: InboxReadAhead?
    private var failures: [String: Int] = [:]

    init(inbox: InboxFolder, schedule: QuietSchedule, readAhead: InboxReadAhead?) {
        self.inbox = inbox
        self.schedule = schedule
        self.readAhead = readAhead
    }

    /// How many files wait in each project's folder.
    var waitingFiles: [String: Int] { schedule.waitingFiles }

    /// When the next project falls due, if any does.
    var nextDeadline: Instant? { schedule.nextDeadline }

    /// A path below the inbox changed: its project's quiet period starts again, and the file
    /// (or every file of a folder moved in) is seen in its new state.
    mutating func noteChange(_ path: String, at now: Instant) {
        guard let state = FileState(path: inbox.absolutePath(path)) else { return }
        if state.isDirectory {
            // A new project folder is its own project; a folder within one belongs to it.
            let project = path.contains("/") ? InboxFolder.project(of: path) : path
            var found: FileStates = [:]
            inbox.walk(path, into: &found)
            for (file, fileState) in found { see(file, fileState, at: now) }
            if !found.isEmpty { schedule.changed(project: project, at: now) }
        } else if !InboxFolder.isIgnored((path as NSString).lastPathComponent), !inbox.hasComposedTwin(path) {
            // Read again even in the same state: where times are coarse, a write may not show.
            if !see(path, state, at: now) { readAhead?.request(path, state, again: true) }
            schedule.changed(project: InboxFolder.project(of: path), at: now)
        }
    }

    /// Looks at every file of the inbox: a project with a new or changed file starts its quiet period.
    mutating func rescan(at now: Instant) {
        for project in inbox.projectsWithFiles() {
            var changed = false
            for (path, state) in inbox.files(of: project) where see(path, state, at: now) {
                changed = true
            }
            if changed { schedule.changed(project: project, at: now) }
        }
    }

    /// The complete files of every project due now, with those read ahead in the states they are in.
    mutating func due(at now: Instant) -> DueFiles {
        var due = DueFiles()
        for project in schedule.dueProjects(at: now) {
            var twins = 0
            let files = inbox.files(of: project, twinsLeft: &twins)
            if twins > 0 { due.twinsLeft.insert(project) }
            readAhead?.forget(project: project, keeping: files)
            let open = inbox.openForWriting(Array(files.keys))
            let chosen = schedule.select(project: project, files: files, at: now) { open.contains($0) }
            guard !chosen.isEmpty else { continue }
            var taken: FileStates = [:]
            for path in chosen {
                let state = files[path]!
                taken[path] = state
                due.contents[path] = readAhead?.content(of: path, in: state)
            }
            due.byProject[project] = taken
        }
        return due
    }

    /// What became of `due`: files dealt with are forgotten, a project that failed is tried
    /// again later (waiting longer each time), and one with files changed or left for a twin
    /// starts another quiet period.
    mutating func record(_ outcome: InboxIntake.Outcome, of due: DueFiles, at now: Instant) {
        schedule.forget(outcome.done)
        readAhead?.forget(outcome.done)
        let retry = Set(outcome.retry.map(InboxFolder.project(of:)))
        for project in due.byProject.keys.sorted() {
            if !retry.contains(project) {
                failures[project] = nil
            } else {
                let count = (failures[project] ?? 0) + 1
                failures[project] = count
                let delay = min(Self.lastRetry, Self.firstRetry * (1 << min(count - 1, 6)))
                schedule.retry(project: project, at: now + delay)
            }
        }
        for project in Set(outcome.changed.map(InboxFolder.project(of:))).union(due.twinsLeft.subtracting(retry)) {
            schedule.changed(project: project, at: now)
        }
    }

    /// A file seen in `state`: the schedule notes it, and a new state is read ahead.
    @discardableResult
    private mutating func see(_ path: String, _ state: FileState, at now: Instant) -> Bool {
        guard schedule.observe(path, state, at: now) else { return false }
        readAhead?.request(path, state)
        return true
    }
}
