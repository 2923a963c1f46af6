/// When to look at each project's drops, and which of its files are complete.
///
/// A project is due once its inbox folder has been quiet for the quiet period since its last
/// change (each change starts the period again), but no later than the maximum wait after its
/// first change. A file is complete when its size, mtime and inode have not changed for a
/// whole quiet period and no one has it open for writing. A project's files are taken together
/// when all are complete; once the maximum wait has passed, the complete ones are taken anyway.
struct QuietSchedule {
    typealias Instant = ContinuousClock.Instant

    let quietPeriod: Duration
    let maximumWait: Duration
    /// Whether to look again, each quiet period, at files open for writing; without it they
    /// wait for a change (inotify reports the writer closing them).
    let recheckOpenFiles: Bool

    private struct Pending {
        var firstChange: Instant
        /// When to look next; nil while only waiting for a writer to close a file.
        var due: Instant?
    }

    private var pending: [String: Pending] = [:]
    /// Each file (by path relative to the inbox): the state it was last seen in, and since when.
    private var observed = ObservedFiles()

    /// How many files wait in each project's folder (by project; "" for files straight in the
    /// inbox), kept as files come and go so that reading it costs nothing.
    var waitingFiles: [String: Int] { observed.countByProject }

    init(quietPeriod: Duration, maximumWait: Duration, recheckOpenFiles: Bool = false) {
        self.quietPeriod = quietPeriod
        self.maximumWait = max(maximumWait, quietPeriod)
        self.recheckOpenFiles = recheckOpenFiles
    }

    /// Something changed in `project`'s folder: its quiet period starts again.
    mutating func changed(project: String, at now: Instant) {
        let first = pending[project]?.firstChange ?? now
        pending[project] = Pending(firstChange: first, due: min(now + quietPeriod, first + maximumWait))
    }

    /// A file was seen in `state` (nil: it is gone); returns whether that is new.
    @discardableResult
    mutating func observe(_ path: String, _ state: FileState?, at now: Instant) -> Bool {
        guard let state else {
            return observed.removeValue(forKey: path) != nil
        }
        guard observed[path]?.state != state else { return false }
        observed[path] = (state, now)
        return true
    }

    /// The projects to look at now.
    func dueProjects(at now: Instant) -> [String] {
        pending.filter { $0.value.due.map { $0 <= now } ?? false }.keys.sorted()
    }

    /// When the next project falls due, if any does.
    var nextDeadline: Instant? {
        pending.values.compactMap(\.due).min()
    }

    /// Whether anything is waiting, for a project or at all.
    func isPending(_ project: String) -> Bool { pending[project] != nil }

    /// For a due project whose folder now holds `files`: the files to take now, in path order.
    /// Schedules the project's next look for the files left waiting. `isOpenForWriting` is
    /// asked only about files whose state has held for a quiet period.
    mutating func select(
        project: String, files: [String: FileState], at now: Instant, isOpenForWriting: (String) -> Bool
    ) -> [String] {
        let prefix = project.isEmpty ? nil : project + "/"
        for path in observed.keys where Self.belongs(path, to: prefix) && files[path] == nil {
            observed[path] = nil
        }
        guard !files.isEmpty else {
            pending[project] = nil
            return []
        }
        var complete: [String] = []
        var settlesAt: Instant? = nil
        var stillOpen = false
        for (path, state) in files {
            observe(path, state, at: now)
            let since = observed[path]!.since
            if now - since < quietPeriod {
                settlesAt = min(settlesAt ?? since + quietPeriod, since + quietPeriod)
            } else if isOpenForWriting(path) {
                stillOpen = true
                if recheckOpenFiles { settlesAt = min(settlesAt ?? now + quietPeriod, now + quietPeriod) }
            } else {
                complete.append(path)
            }
        }
        complete.sort()
        let waiting = settlesAt != nil || stillOpen
        let first = pending[project]?.firstChange ?? now
        let waitedOut = now >= first + maximumWait
        if waiting && !waitedOut {
            // Wait for the rest, no longer than the maximum wait when some are ready.
            let limit = complete.isEmpty ? nil : first + maximumWait
            pending[project] = Pending(firstChange: first, due: [settlesAt, limit].compactMap { $0 }.min())
            return []
        }
        // Whatever is left waiting starts a new batch.
        pending[project] = waiting ? Pending(firstChange: now, due: settlesAt) : nil
        return complete
    }

    /// The files were dealt with (committed, refused or found already committed).
    mutating func forget(_ paths: [String]) {
        for path in paths { observed[path] = nil }
    }

    /// Taking `project`'s files failed for a reason that may pass (storage, a busy branch):
    /// look again at `time`.
    mutating func retry(project: String, at time: Instant) {
        let first = pending[project]?.firstChange ?? time
        pending[project] = Pending(firstChange: first, due: min(pending[project]?.due ?? time, time))
    }

    private static func belongs(_ path: String, to prefix: String?) -> Bool {
        guard let prefix else { return !path.contains("/") }
        return path.hasPrefix(prefix)
    }
}

/// The files a schedule has seen, with a running count per project.
private struct ObservedFiles {
    private var items: [String: (state: FileState, since: QuietSchedule.Instant)] = [:]
    private(set) var countByProject: [String: Int] = [:]

    var keys: Dictionary<String, (state: FileState, since: QuietSchedule.Instant)>.Keys { items.keys }

    subscript(path: String) -> (state: FileState, since: QuietSchedule.Instant)? {
        get { items[path] }
        set {
            let old = items.updateValue(forKeyOrRemove: path, newValue)
            count(path, old: old?.state, new: newValue?.state)
        }
    }

    mutating func removeValue(forKey path: String) -> (state: FileState, since: QuietSchedule.Instant)? {
        let old = items.removeValue(forKey: path)
        count(path, old: old?.state, new: nil)
        return old
    }

    private mutating func count(_ path: String, old: FileState?, new: FileState?) {
        guard (old == nil) != (new == nil) else { return }
        let project = InboxFolder.project(of: path)
        let count = (countByProject[project] ?? 0) + (new != nil ? 1 : -1)
        countByProject[project] = count > 0 ? count : nil
    }
}

extension Dictionary {
    /// Sets or (for nil) removes the value of `key`; returns the value it had.
    fileprivate mutating func updateValue(forKeyOrRemove key: Key, _ value: Value?) -> Value? {
        if let value { return updateValue(value, forKey: key) }
        return removeValue(forKey: key)
    }
}
