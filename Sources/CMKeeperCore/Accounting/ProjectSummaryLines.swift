import Foundation

/// The file format of ``ProjectSummaryCache``: a header line with the context, then one line
/// per project, its fields separated by tabs and list items by U+001F, each field escaped so
/// that no tab, newline, U+001F or backslash of a name or path can break a line. Read with
/// `split` only: JSONDecoder took most of a second for 5,000 projects on Linux.
enum ProjectSummaryLines {
    static let header = "cmkeeper-project-summaries 1\t"
    private static let itemSeparator: Character = "\u{1F}"

    static func encode(context: String, entries: [String: ProjectSummaryCache.Entry]) -> String {
        var text = header + escape(context) + "\n"
        for (project, e) in entries.sorted(by: { $0.key < $1.key }) {
            let s = e.summary
            let fields = [
                escape(project), escape(e.tree), optional(e.recordChangedAt.map { String($0.timeIntervalSince1970) }), list(e.approvalsWaiting),
                escape(s.id), escape(s.name), optional(s.customer), escape(s.manager), escape(s.size), escape(s.phase), escape(s.phaseTitle),
                String(s.phaseIndex), String(s.phaseCount), list(s.missing), optional(s.lastWeeklyReport), String(s.missingWeeklyReports),
                String(s.releases), list(s.baselines), list(s.openChangeRequests), list(s.skippedPhases.map(String.init)),
            ]
            text += fields.joined(separator: "\t") + "\n"
        }
        return text
    }

    /// The entries of `text` when it is a cache of `context`; nil when it is of another context
    /// or not such a file at all.
    static func decode(_ text: String, context: String) -> [String: ProjectSummaryCache.Entry]? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), first.hasPrefix(header), unescape(first.dropFirst(header.count)) == context else { return nil }
        var entries: [String: ProjectSummaryCache.Entry] = [:]
        for line in lines {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 20, let phaseIndex = Int(f[11]), let phaseCount = Int(f[12]), let weeks = Int(f[15]), let releases = Int(f[16]) else { return nil }
            let skipped = list(f[19]).compactMap { Int($0) }
            let summary = ProjectSummary(
                id: unescape(f[4]), name: unescape(f[5]), customer: optional(f[6]), manager: unescape(f[7]), size: unescape(f[8]),
                phase: unescape(f[9]), phaseTitle: unescape(f[10]), phaseIndex: phaseIndex, phaseCount: phaseCount, missing: list(f[13]),
                lastWeeklyReport: optional(f[14]), missingWeeklyReports: weeks, releases: releases, baselines: list(f[17]),
                openChangeRequests: list(f[18]), skippedPhases: skipped)
            let changedAt = optional(f[2]).flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
            entries[unescape(f[0])] = .init(tree: unescape(f[1]), summary: summary, recordChangedAt: changedAt, approvalsWaiting: list(f[3]))
        }
        return entries
    }

    private static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == itemSeparator }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\u{1F}", with: "\\u")
    }

    private static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var out = ""
        var escaped = false
        for c in text {
            if escaped {
                switch c {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "u": out.append(itemSeparator)
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// nil as an empty field, a value after `=`.
    private static func optional(_ value: String?) -> String { value.map { "=" + escape($0) } ?? "" }
    private static func optional(_ field: Substring) -> String? { field.hasPrefix("=") ? unescape(field.dropFirst()) : nil }

    private static func list(_ items: [String]) -> String { items.map(escape).joined(separator: String(itemSeparator)) }
    private static func list(_ field: Substring) -> [String] {
        field.isEmpty ? [] : field.split(separator: itemSeparator, omittingEmptySubsequences: false).map(unescape)
    }
}
