import Foundation

/// UTC times as cmkeeper writes them everywhere: `2026-11-29T08:30:00Z`.
public enum Timestamp {
    /// Made once: making it (and its time zone) costs more than reading a time with it, and a
    /// hook reads the time of every project record it parses.
    private static let style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)

    public static func format(_ date: Date) -> String {
        date.formatted(style)
    }

    public static func parse(_ text: String) -> Date? {
        try? style.parse(text)
    }
}
