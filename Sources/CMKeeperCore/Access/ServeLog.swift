import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `DIR/run/serve.log`: one JSON line for each ssh session `cmkeeper serve` ran or refused —
/// when, who (the key's login), what they asked, and how it ended. Appended (O_APPEND, one
/// write a line, so sessions running at once never mix their lines), readable by its owner only.
public enum ServeLog {
    public static let relativePath = "run/serve.log"

    /// One session.
    public struct Entry: Codable, Equatable, Sendable {
        public let time: String
        public let user: String
        /// `SSH_ORIGINAL_COMMAND`, as sent (empty for a shell asked for).
        public let command: String
        /// `ok`, `refused` or `failed`.
        public let outcome: String
        /// The exit status the client was given.
        public let status: Int32
        /// Why it was refused or failed, when cmkeeper knows.
        public let message: String?

        public init(time: Date = Date(), user: String, command: String, outcome: String, status: Int32, message: String? = nil) {
            self.time = Timestamp.format(time)
            self.user = user
            // A refused, overlong command is logged by its start only.
            self.command = command.utf8.count <= ServeRequest.maximumCommandBytes
                ? command : String(decoding: command.utf8.prefix(ServeRequest.maximumCommandBytes), as: UTF8.self) + "…"
            self.outcome = outcome
            self.status = status
            self.message = message
        }
    }

    /// Appends `entry` to the library's log.
    public static func append(_ entry: Entry, root: URL) throws(CMKeeperError) {
        let path = root.appendingPathComponent(relativePath).path
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(entry) else { throw CMKeeperError(.storage, .cannotEncodeSession(path)) }
        line.append(0x0A)
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw CMKeeperError(.storage, .cannotOpen(path: path, error: String(cString: strerror(errno))), hint: .checkOwnerAndPermissions)
        }
        defer { close(fd) }
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw CMKeeperError(.storage, .cannotAppend(path: path, error: String(cString: strerror(errno))), hint: .checkDiskRoom)
        }
    }

    /// Every entry in the library's log (for tests and audits).
    public static func entries(root: URL) -> [Entry] {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relativePath).path) else { return [] }
        return data.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(Entry.self, from: Data($0)) }
    }
}
