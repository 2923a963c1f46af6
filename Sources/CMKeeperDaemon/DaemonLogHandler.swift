import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// How the daemon writes its log to standard error: one line per event.
public enum DaemonLogFormat: String, Sendable, CaseIterable {
    /// `2026-05-01T02:00:00.123Z info committed inbox/P-1/…` (UTC), for people and journald.
    case text
    /// One JSON object per line: `time`, `level`, `message` and the event's fields (`event`,
    /// `project`, `file`, `path`, `commit`, `user` …), for log collectors.
    case json
}

/// Writes each log event as one line on standard error, as text or JSON.
public struct DaemonLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info
    private let format: DaemonLogFormat
    private let label: String

    public init(label: String, format: DaemonLogFormat) {
        self.label = label
        self.format = format
    }

    /// Makes every `Logger` of this process write through a `DaemonLogHandler`. Call once, first.
    public static func bootstrap(format: DaemonLogFormat) {
        LoggingSystem.bootstrap { label in DaemonLogHandler(label: label, format: format) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { _, new in new } }
        if let extra = event.metadata { fields.merge(extra) { _, new in new } }
        let line = Self.line(time: Date(), level: event.level, message: event.message.description, fields: fields, format: format)
        Self.write(line)
    }

    /// The line for one event, without its newline.
    static func line(time: Date, level: Logger.Level, message: String, fields: Logger.Metadata, format: DaemonLogFormat) -> String {
        let stamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(time)
        switch format {
        case .text:
            return "\(stamp) \(level) \(message)"
        case .json:
            var object: [String: Any] = fields.mapValues(Self.json)
            object["time"] = stamp
            object["level"] = level.rawValue
            object["message"] = message
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let item): item.description
        case .array(let items): items.map(json)
        case .dictionary(let items): items.mapValues(json)
        }
    }

    /// One `write(2)` per line, so that lines from different threads never interleave.
    private static func write(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(STDERR_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
