import Foundation
import Logging
import ServiceLifecycle

/// `DIR/run/status.json`: the running daemon's queue and its last commits.
struct StatusFile: Codable, Sendable, Equatable {
    var pid: Int32
    var started: Date
    var updated: Date
    /// Files waiting in the inbox, by project ("" for files straight in `inbox/`).
    var waiting: [String: Int]
    /// The daemon's last commits, newest first.
    var recentCommits: [DaemonStatus.Commit]
}

/// The daemon's state as `cmkeeper daemon status` shows it, shared by the services: the inbox
/// watcher sets its queue and adds its commits; each change wakes the `StatusWriter`.
final class StatusBoard: @unchecked Sendable {
    /// How many of the last commits the status keeps.
    static let keptCommits = 20

    let changes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let lock = NSLock()
    private var file: StatusFile

    init(pid: Int32 = getpid(), started: Date = Date()) {
        file = StatusFile(pid: pid, started: started, updated: started, waiting: [:], recentCommits: [])
        (changes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// The files waiting now, by project.
    func setWaiting(_ waiting: [String: Int]) {
        let changed = lock.withLock {
            guard file.waiting != waiting else { return false }
            file.waiting = waiting
            return true
        }
        if changed { continuation.yield() }
    }

    /// Commits just made, in the order they were made.
    func record(_ commits: [DaemonStatus.Commit]) {
        guard !commits.isEmpty else { return }
        lock.withLock {
            file.recentCommits = Array((commits.reversed() + file.recentCommits).prefix(Self.keptCommits))
        }
        continuation.yield()
    }

    var snapshot: StatusFile {
        lock.withLock {
            var copy = file
            copy.updated = Date()
            return copy
        }
    }
}

/// Writes the `StatusBoard` to `DIR/run/status.json` at start and after each change, at most
/// five times a second whatever the rate of changes; an idle daemon writes nothing.
struct StatusWriter: Service {
    let board: StatusBoard
    let url: URL
    let logger: Logger

    static let interval = Duration.milliseconds(200)

    func run() async throws {
        var failing = false
        write(&failing)
        for await _ in board.changes.cancelOnGracefulShutdown() {
            write(&failing)
            try? await Task.sleep(for: Self.interval)
        }
        write(&failing)
    }

    /// Writes the file; logs the first failure of a run of them.
    private func write(_ failing: inout Bool) {
        do {
            try RunFile.write(board.snapshot, to: url)
            failing = false
        } catch {
            if !failing {
                logger.warning(
                    "cannot write \(url.path): \(error.localizedDescription); `cmkeeper daemon status` shows an old queue",
                    metadata: ["event": "failed", "hint": "check the permissions of the library's run/ folder"])
            }
            failing = true
        }
    }
}
