import CMKeeperCore
import Foundation
import Logging
import ServiceLifecycle

/// The post-receive seam: the library's `post-receive` hook sends git's ref lines
/// (`OLD NEW REF`) to the daemon's socket after every push; this service logs each ref that
/// moved and tells the other services (the mirrors) that the library changed. A notice from
/// `verify` that it recorded a result wakes only the status site's writer.
struct RefWatcher: Service {
    let socket: NoticeSocket
    let logger: Logger
    var changes: LibraryChanges? = nil

    func run() async throws {
        defer { socket.stop() }
        for await message in socket.cancelOnGracefulShutdown() {
            let updates = Self.updates(in: message)
            for update in updates {
                logger.info(
                    "\(update.ref) \(update.description)",
                    metadata: ["event": "ref-moved", "ref": "\(update.ref)", "old": "\(update.old)", "new": "\(update.new)"])
            }
            if !updates.isEmpty { changes?.notify() }
            if message.split(separator: "\n").contains(Substring(DaemonNotifier.verifyRecorded)) { changes?.notifySite() }
        }
    }

    /// One line of git's post-receive input.
    struct RefUpdate: Sendable, Equatable {
        let old: String
        let new: String
        let ref: String

        var description: String {
            let zero = { (id: String) in id.allSatisfy { $0 == "0" } }
            if zero(old) { return "created at \(new.prefix(12))" }
            if zero(new) { return "deleted (was \(old.prefix(12)))" }
            return "moved \(old.prefix(12)) → \(new.prefix(12))"
        }
    }

    /// The well-formed lines of a message; anything else is ignored.
    static func updates(in message: String) -> [RefUpdate] {
        message.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 3, parts[0].count >= 40, parts[1].count >= 40,
                (parts[0] + parts[1]).allSatisfy(\.isHexDigit)
            else { return nil }
            return RefUpdate(old: String(parts[0]), new: String(parts[1]), ref: String(parts[2]))
        }
    }
}
