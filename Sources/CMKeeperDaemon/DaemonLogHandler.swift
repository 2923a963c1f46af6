import CMKeeperCore
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
        let stamp = timestamp(time)
        switch format {
        case .text:
            // A file named with a newline must not forge a line of its own.
            return "\(stamp) \(level) \(PathProblem.displayed(message))"
        case .json:
            // Written by hand, keys sorted: the daemon logs a line per file, and
            // JSONSerialization cost more than the rest of taking the file.
            var values: [String: Logger.Metadata.Value] = fields
            values["time"] = .string(stamp)
            values["level"] = .string(level.rawValue)
            values["message"] = .string(message)
            var out = ""
            out.reserveCapacity(128)
            appendJSON(.dictionary(values), to: &out)
            return out
        }
    }

    /// `2026-05-01T02:00:00.123Z`: ISO 8601 in UTC, to the millisecond (written by hand, as
    /// Foundation's formatter cost as much as the rest of a line).
    static func timestamp(_ time: Date) -> String {
        let since1970 = time.timeIntervalSince1970
        var seconds = time_t(since1970.rounded(.down))
        let milliseconds = min(999, max(0, Int(((since1970 - Double(seconds)) * 1000).rounded(.down))))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8((value / divisor) % 10))
                divisor /= 10
            }
        }
        digits(Int(parts.tm_year) + 1900, 4)
        out.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mon) + 1, 2)
        out.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mday), 2)
        out.append(UInt8(ascii: "T"))
        digits(Int(parts.tm_hour), 2)
        out.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_min), 2)
        out.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_sec), 2)
        out.append(UInt8(ascii: "."))
        digits(milliseconds, 3)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a metadata value as JSON: strings escaped, dictionaries with sorted keys.
    static func appendJSON(_ value: Logger.Metadata.Value, to out: inout String) {
        switch value {
        case .string(let text): appendJSONString(text, to: &out)
        case .stringConvertible(let item): appendJSONString(item.description, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                appendJSON(item, to: &out)
            }
            out += "]"
        case .dictionary(let items):
            out += "{"
            for (index, key) in items.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                appendJSONString(key, to: &out)
                out += ":"
                appendJSON(items[key]!, to: &out)
            }
            out += "}"
        }
    }

    static func appendJSONString(_ text: String, to out: inout String) {
        out += "\""
        // Most text needs no escaping: copied whole. (U+2028 and U+2029 start with byte 0xE2.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
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
