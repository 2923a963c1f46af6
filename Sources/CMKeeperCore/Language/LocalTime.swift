import Foundation

/// Times as people read them: local time in the library's time zone with its offset,
/// `2026-11-29 16:30 +08:00`. Records and JSON keep ``Timestamp``'s RFC 3339.
public enum LocalTime {
    /// `date` in `zone`, to the minute, with the zone's offset.
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let seconds = zone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let offset = abs(seconds) / 60
        return String(
            format: "%04d-%02d-%02d %02d:%02d %@%02d:%02d",
            parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0,
            sign, offset / 60, offset % 60)
    }
}
