import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif
#if !os(Linux)
#error("cmkeeper runs on Linux only: the inbox is watched with inotify (see Package.swift)")
#endif

/// What happened in the inbox, as the watcher needs to know it.
enum InboxEvent: Sendable, Equatable {
    /// Files or folders changed at these paths, relative to the inbox, as inotify reported at
    /// `heard` (before the new folders among them were watched, which takes a while for a
    /// folder of thousands of files).
    case changed([String], heard: ContinuousClock.Instant)
    /// Changes may have been missed (the kernel's queue overflowed) or the inbox is polled:
    /// look at everything.
    case rescan
    /// The time asked for with `InboxEvents.wake(at:)` has come.
    case deadline
}

/// The inbox's changes as an asynchronous sequence, from inotify watches on every folder of the
/// inbox (folders made later included) or, when `pollInterval` is set, a rescan at that
/// interval. One thread of its own waits in `poll(2)`, so an idle daemon uses no CPU; it also
/// delivers `.deadline` at the time the watcher asks for.
final class InboxEvents: AsyncSequence, @unchecked Sendable {
    typealias Element = InboxEvent

    /// What inotify reports: a file written and closed, moved in, created (folders above all),
    /// or touched; plus, always, overflow and watches gone.
    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ATTRIB | IN_ONLYDIR | IN_DONT_FOLLOW)

    private let inbox: URL
    private let pollInterval: Duration?
    private let logger: Logger
    private let stream: AsyncStream<InboxEvent>
    private let continuation: AsyncStream<InboxEvent>.Continuation
    private let notify: Int32
    /// Wakes the thread: a new deadline, or stop.
    private let wake: WakePipe
    /// Touched only on the thread: watch descriptor → folder relative to the inbox.
    private var watches: [Int32: String] = [:]
    private let lock = NSLock()
    private var deadline: ContinuousClock.Instant?
    private var stopping = false

    /// Starts watching `inbox` (which must exist); a folder that cannot be watched is logged.
    init(inbox: URL, pollInterval: Duration?, logger: Logger) throws {
        self.inbox = inbox
        self.pollInterval = pollInterval
        self.logger = logger
        (stream, continuation) = AsyncStream.makeStream(of: InboxEvent.self)
        guard let wake = WakePipe() else { throw POSIXError.current }
        self.wake = wake
        if pollInterval == nil {
            notify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard notify >= 0 else {
                let error = POSIXError.current
                wake.close()
                throw error
            }
            guard inotify_add_watch(notify, inbox.path, Self.mask) >= 0 else {
                let error = POSIXError.current
                close(notify)
                wake.close()
                throw error
            }
            watchTree("")
        } else {
            notify = -1
        }
        continuation.onTermination = { [weak self] _ in self?.stop() }
        let thread = Thread { [self] in self.loop() }
        thread.name = "cmkeeper inbox events"
        thread.start()
    }

    func makeAsyncIterator() -> AsyncStream<InboxEvent>.Iterator {
        stream.makeAsyncIterator()
    }

    /// Delivers `.deadline` at `time` (replacing any earlier request); nil: none.
    func wake(at time: ContinuousClock.Instant?) {
        lock.withLock { deadline = time }
        poke()
    }

    /// Ends the sequence and lets go of the descriptors.
    func stop() {
        lock.withLock { stopping = true }
        poke()
    }

    private func poke() {
        wake.poke()
    }

    // MARK: The thread

    private func loop() {
        defer {
            continuation.finish()
            lock.withLock {
                if notify >= 0 { close(notify) }
                wake.close()
            }
        }
        let clock = ContinuousClock()
        var nextPoll = pollInterval.map { clock.now + $0 }
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let (wanted, stop) = lock.withLock { (deadline, stopping) }
            if stop { return }
            let now = clock.now
            if let wanted, wanted <= now {
                lock.withLock { if deadline == wanted { deadline = nil } }
                continuation.yield(.deadline)
                continue
            }
            if let due = nextPoll, due <= now {
                nextPoll = now + pollInterval!
                continuation.yield(.rescan)
                continue
            }
            let until = [wanted, nextPoll].compactMap { $0 }.min()
            let timeout = until.map { Self.milliseconds($0 - now) } ?? -1
            var fds = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
            if notify >= 0 { fds.append(pollfd(fd: notify, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 && errno != EINTR { return }
            if fds[0].revents != 0 { wake.drain() }
            if fds.count > 1 && fds[1].revents != 0 { readNotifications(&buffer) }
        }
    }

    /// Reads what inotify has, and yields it as one `.changed` (or `.rescan` after an overflow).
    private func readNotifications(_ buffer: inout [UInt8]) {
        var changed: [String] = []
        var overflowed = false
        var heard: ContinuousClock.Instant? = nil
        while true {
            let count = buffer.withUnsafeMutableBytes { read(notify, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            if heard == nil { heard = .now }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                    offset += header + length
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                        overflowed = true
                        continue
                    }
                    if mask & UInt32(IN_IGNORED) != 0 {
                        watches[wd] = nil
                        continue
                    }
                    guard let folder = watches[wd], !nameBytes.isEmpty else { continue }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    let path = folder.isEmpty ? name : "\(folder)/\(name)"
                    if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        watchTree(path)
                    }
                    changed.append(path)
                }
            }
        }
        if overflowed {
            logger.warning(
                "inotify's queue overflowed, so changes may have been missed: looking at the whole inbox",
                metadata: ["event": "rescanning", "hint": "raise fs.inotify.max_queued_events if this happens often"])
            watchTree("")
            continuation.yield(.rescan)
        } else if !changed.isEmpty {
            continuation.yield(.changed(changed, heard: heard ?? .now))
        }
    }

    /// Watches a folder (relative to the inbox) and every folder below it. Watching a folder
    /// again (after an overflow, or one moved within the inbox) updates its path.
    private func watchTree(_ folder: String) {
        let path = folder.isEmpty ? inbox.path : inbox.appendingPathComponent(folder).path
        let wd = inotify_add_watch(notify, path, Self.mask)
        guard wd >= 0 else {
            if errno != ENOENT && errno != ENOTDIR {
                logger.error(
                    "cannot watch \(path): \(String(cString: strerror(errno))); files dropped there wait for the next start",
                    metadata: ["event": "failed", "hint": "raise fs.inotify.max_user_watches, or set [daemon] poll_interval_ms in cmkeeper.toml"])
            }
            return
        }
        watches[wd] = folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            let child = folder.isEmpty ? name : "\(folder)/\(name)"
            if FileState(path: inbox.appendingPathComponent(child).path)?.isDirectory == true {
                watchTree(child)
            }
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let ms = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: Swift.max(0, ms))
    }
}
