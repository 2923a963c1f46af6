import Foundation

/// What `verify` last found, for the status site: for every project and every `release/` and
/// `baseline/` tag it checked, when and with which findings; for git's fsck (every verify runs
/// it) and for the whole library (findings no project accounts for, such as a tag naming no
/// project). Kept in `DIR/run/verify.json` (``VerifyRecordFile``). A scoped verify replaces only
/// what it checked; of two results for one thing, the one of the later audit stays.
public struct VerifyRecord: Sendable, Equatable, Codable {
    /// The last verify of the whole library: the findings no project accounts for.
    public var library: VerifyResult?
    /// git's fsck of the repository, which every verify runs.
    public var repository: VerifyResult?
    /// By project id: the project's own findings (the functional audit's, tags no record
    /// accounts for); its releases' and baselines' are under ``tags``.
    public var projects: [String: VerifyResult] = [:]
    /// By tag name (`baseline/P-2026-001/acceptance`), without `refs/tags/`.
    public var tags: [String: VerifyResult] = [:]

    public init() {}

    /// Takes in what `report` checked. A whole-library report also drops the projects and tags
    /// it no longer found (unless a later audit recorded them).
    public mutating func merge(_ report: AuditReport, wholeLibrary: Bool) {
        let at = report.startedAt
        let result = { (indices: [Int]) in VerifyResult(checkedAt: at, findings: indices.map { RecordedFinding(report.findings[$0]) }) }
        let attributed = Set(report.checked.flatMap(\.findings))
        let ofTags = Set(report.checked.filter { $0.tag != nil }.flatMap(\.findings))
        var projects: [String: VerifyResult] = [:], tags: [String: VerifyResult] = [:]
        for checked in report.checked {
            if let tag = checked.tag {
                tags[tag] = result(Array(checked.findings))
            } else {
                projects[checked.project] = result(checked.findings.filter { !ofTags.contains($0) })
            }
        }
        if wholeLibrary {
            self.projects = self.projects.filter { projects[$0.key] != nil || $0.value.checkedAt > at }
            self.tags = self.tags.filter { tags[$0.key] != nil || $0.value.checkedAt > at }
        }
        Self.keepLater(projects, into: &self.projects)
        Self.keepLater(tags, into: &self.tags)
        let fsck = report.findings.indices.filter { report.findings[$0].audit == .repository }
        Self.keepLater(result(fsck), into: &repository)
        if wholeLibrary {
            let rest = report.findings.indices.filter { !attributed.contains($0) && report.findings[$0].audit != .repository }
            Self.keepLater(result(rest), into: &library)
        }
    }

    /// The record split by project, in one pass: each project's result and its tags', what
    /// its page shows.
    public func byProject() -> [String: VerifyRecord] {
        var parts: [String: VerifyRecord] = [:]
        for (id, result) in projects { parts[id, default: VerifyRecord()].projects[id] = result }
        for (tag, result) in tags {
            if let id = Self.project(ofTag: tag) { parts[id, default: VerifyRecord()].tags[tag] = result }
        }
        return parts
    }

    /// A fingerprint of the record, "" when empty: a project page is written again when its
    /// part's changes. Every merge that changes a result gives it a later time, so the latest
    /// time and the number of results tell.
    public var stamp: String {
        let times = projects.values.map(\.checkedAt) + tags.values.map(\.checkedAt)
        guard let latest = times.max() else { return "" }
        return "\(times.count)@\(latest.timeIntervalSince1970)"
    }

    /// The project a `release/` or `baseline/` tag belongs to.
    static func project(ofTag tag: String) -> String? {
        let parts = tag.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 3 ? String(parts[1]) : nil
    }

    private static func keepLater(_ new: [String: VerifyResult], into old: inout [String: VerifyResult]) {
        for (key, result) in new { keepLater(result, into: &old[key]) }
    }

    private static func keepLater(_ new: VerifyResult, into old: inout VerifyResult?) {
        if let current = old, current.checkedAt > new.checkedAt { return }
        old = new
    }

    /// RFC 3339 in UTC to the millisecond (`2026-12-01T08:30:00.123Z`), so that of two verifies
    /// within one second the later stays. Rounded both ways, so that a time read and written
    /// again is the same time (a fingerprint of the record must not drift).
    static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        return Timestamp.format(Date(timeIntervalSince1970: Double(seconds))).dropLast() + String(format: ".%03dZ", Int(fraction))
    }

    static func parse(_ text: String) -> Date? {
        guard let date = (try? fractional.parse(text)) ?? Timestamp.parse(text) else { return nil }
        return Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)

    /// The record as it is kept: sorted keys, RFC 3339 times with fractions of a second.
    static func encoded(_ record: VerifyRecord) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(format(date))
        }
        return (try? encoder.encode(record)) ?? Data()
    }

    static func decoded(_ data: Data) -> VerifyRecord? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = parse(text) else { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an RFC 3339 time: \(text)")) }
            return date
        }
        return try? decoder.decode(VerifyRecord.self, from: data)
    }
}

/// One check of one thing: when, and what was found (nothing: it passed).
public struct VerifyResult: Sendable, Equatable, Codable {
    public var checkedAt: Date
    public var findings: [RecordedFinding]
    public var passed: Bool { findings.isEmpty }

    enum CodingKeys: String, CodingKey {
        case checkedAt = "checked_at"
        case findings, passed
    }

    public init(checkedAt: Date, findings: [RecordedFinding]) {
        self.checkedAt = checkedAt
        self.findings = findings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        checkedAt = try container.decode(Date.self, forKey: .checkedAt)
        findings = try container.decode([RecordedFinding].self, forKey: .findings)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checkedAt, forKey: .checkedAt)
        try container.encode(findings, forKey: .findings)
        try container.encode(passed, forKey: .passed)
    }
}

/// A finding as the record keeps it: its message and hint in each language the library may
/// speak, so that the site shows them in the library's language whichever `verify` ran in.
public struct RecordedFinding: Sendable, Equatable, Codable {
    public var audit: AuditFinding.Audit
    /// The tag, project or path concerned.
    public var subject: String
    public var message: LocalizedText
    public var hint: LocalizedText

    init(_ finding: AuditFinding) {
        audit = finding.audit
        subject = finding.subject
        message = LocalizedText(en: finding.message.text(in: .en), zhCN: finding.message.text(in: .zhCN))
        hint = LocalizedText(en: finding.hint.text(in: .en), zhCN: finding.hint.text(in: .zhCN))
    }
}

/// A text in each language cmkeeper speaks.
public struct LocalizedText: Sendable, Equatable, Codable, Localized {
    public var en: String
    public var zhCN: String

    enum CodingKeys: String, CodingKey {
        case en
        case zhCN = "zh-CN"
    }

    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .zhCN: zhCN
        }
    }
}
