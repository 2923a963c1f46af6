import CMKeeperCore
import Foundation
import GitKit
import LFSStore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Reads and hashes dropped files while they wait out their quiet period, on a thread of its
/// own, so that taking them needs neither. The intake asks for a file's content by the state
/// it found the file complete in, and gets it only when the file was read in exactly that
/// state.
///
/// A file is read only once its last change is `settleTime(of:)` old, and only when it is in
/// the same state before and after the read: a write after the read then always shows as a
/// later change time (the clock has moved on by more than the file system's step), so what
/// was read in a state is what every file found in that state holds; and any change inotify
/// reports for a file has it read again (`request(_:_:again:)`). It holds at most `limit`
/// bytes, and leaves a file larger than `maximumFileBytes` (one for the large-file store) to
/// be read when it is taken. Used only with inotify: polling a network file system, whose
/// server keeps the times, it is not.
final class InboxReadAhead: Sendable {
    /// A file asked for (`blob` nil until read), in the state it was asked for in; `ticket`
    /// tells this asking from an earlier one in the same state.
    private struct Entry {
        var state: FileState
        var ticket: UInt64
        var blob: HashedBlob?
    }

    private struct Held {
        var entries: [String: Entry] = [:]
        var bytes: Int64 = 0
        var tickets: UInt64 = 0

        mutating func remove(_ path: String) {
            if let old = entries.removeValue(forKey: path) { bytes -= Int64(old.blob?.data.count ?? 0) }
        }
    }

    /// How old a file's last change must be before it is read: 100 ms where times have
    /// fractions of a second (ext4, XFS, Btrfs: the kernel's clock ticks every few ms), 3 s
    /// where they do not (a file system that keeps whole seconds, or FAT's two).
    static func settleTime(of state: FileState) -> Duration {
        state.changed.tv_nsec != 0 ? .milliseconds(100) : .seconds(3)
    }

    private let inbox: InboxFolder
    private let limit: Int64
    private let maximumFileBytes: Int64
    /// Where the files are read, one at a time.
    private let queue: DispatchQueue
    private let held = Mutex(Held())

    init(
        inbox: InboxFolder, limit: Int64, maximumFileBytes: Int64,
        queue: DispatchQueue = DispatchQueue(label: "cmkeeper.inbox-read-ahead", qos: .utility)
    ) {
        self.inbox = inbox
        self.limit = limit
        self.maximumFileBytes = maximumFileBytes
        self.queue = queue
    }

    /// Whether a file in `state` is read ahead at all: a regular file not for the large-file store.
    func reads(_ state: FileState) -> Bool {
        state.isRegular && state.size <= maximumFileBytes
    }

    /// The file at `path` (relative to the inbox) is now in `state`: reads it, in the
    /// background. `again`: read it anew even if it was read in this state (inotify reported
    /// a change that the state may not show, on a file system with coarse times).
    func request(_ path: String, _ state: FileState, again: Bool = false) {
        guard reads(state) else {
            forget([path])
            return
        }
        let ticket = held.withLock { held -> UInt64? in
            if !again, held.entries[path]?.state == state { return nil }
            held.remove(path)
            held.tickets += 1
            held.entries[path] = Entry(state: state, ticket: held.tickets, blob: nil)
            return held.tickets
        }
        if let ticket { queue.async { self.read(path, state, ticket) } }
    }

    /// The content of the file at `path`, if it was read in `state`.
    func content(of path: String, in state: FileState) -> HashedBlob? {
        held.withLock { held in
            guard let entry = held.entries[path], entry.state == state else { return nil }
            return entry.blob
        }
    }

    /// The files were taken, or are gone: their content is not needed.
    func forget(_ paths: some Sequence<String>) {
        held.withLock { held in
            for path in paths { held.remove(path) }
        }
    }

    /// `project`'s folder now holds `files`: the others are gone.
    func forget(project: String, keeping files: [String: FileState]) {
        let prefix = project + "/"
        held.withLock { held in
            let gone = held.entries.keys.filter { $0.hasPrefix(prefix) && files[$0] == nil }
            for path in gone { held.remove(path) }
        }
    }

    /// How many bytes it holds now.
    var bytesHeld: Int64 { held.withLock { $0.bytes } }

    // MARK: On its own thread

    private func read(_ path: String, _ state: FileState, _ ticket: UInt64) {
        guard held.withLock({ $0.entries[path]?.ticket == ticket }) else { return }
        let settle = Self.settleTime(of: state)
        let wait = settle - Self.age(of: state)
        if wait > .zero {
            // Changed a moment ago; a change time in the future (a clock set back) is not waited for.
            if wait <= settle {
                let nanoseconds = Int(wait.components.seconds) * 1_000_000_000 + Int(wait.components.attoseconds / 1_000_000_000)
                queue.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { self.read(path, state, ticket) }
            }
            return
        }
        guard state.size + held.withLock({ $0.bytes }) <= limit,
            let data = Self.contents(of: inbox.absolutePath(path), in: state),
            let blob = try? HashedBlob(data)
        else { return }
        held.withLock { held in
            guard var entry = held.entries[path], entry.ticket == ticket, held.bytes + state.size <= limit else { return }
            entry.blob = blob
            held.entries[path] = entry
            held.bytes += state.size
        }
    }

    /// How long ago the file last changed, by the system's clock.
    private static func age(of state: FileState) -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return .seconds(now.tv_sec - state.changed.tv_sec) + .nanoseconds(now.tv_nsec - state.changed.tv_nsec)
    }

    /// The whole content of the file at `path`, if it is in `expected` state before and after
    /// reading it.
    private static func contents(of path: String, in expected: FileState) -> Data? {
        guard let file = try? OpenedFile.open(path) else { return nil }
        func unchanged() -> Bool {
            var info = stat()
            return fstat(file.descriptor.rawValue, &info) == 0 && FileState(info) == expected
        }
        guard unchanged(), let data = try? file.readAll(), unchanged() else { return nil }
        return data
    }
}
