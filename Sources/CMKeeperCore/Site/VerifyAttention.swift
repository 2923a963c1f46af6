import Foundation

/// What `verify`'s record puts in the report's "needs attention": every check that found
/// problems (the repository's, the whole library's, each project's own and each tag's), and
/// every baseline of the listed projects never verified or last verified more than
/// `dueAfterDays` days before `now`, never-verified first, then the oldest check first.
struct VerifyAttention {
    /// The subject of a failure of git's fsck, and of the whole library's own findings.
    static let repository = "(repository)", library = "(library)"

    struct Failure {
        /// nil for the repository's and the library's.
        let project: ProjectSummary?
        /// A tag, a project id, ``repository`` or ``library``.
        let subject: String
        let result: VerifyResult
    }

    struct Due {
        let project: ProjectSummary
        let tag: String
        /// nil: never verified.
        let checkedAt: Date?
    }

    let failures: [Failure]
    let due: [Due]
    let dueAfterDays: Int

    init(_ record: VerifyRecord, entries: [ProjectSummaryCache.Entry], dueAfterDays: Int, now: Date) {
        self.dueAfterDays = dueAfterDays
        var failures: [Failure] = []
        if let result = record.repository, !result.passed { failures.append(Failure(project: nil, subject: Self.repository, result: result)) }
        if let result = record.library, !result.passed { failures.append(Failure(project: nil, subject: Self.library, result: result)) }
        var tagsByProject: [String: [(tag: String, result: VerifyResult)]] = [:]
        for (tag, result) in record.tags where !result.passed {
            if let project = VerifyRecord.project(ofTag: tag) { tagsByProject[project, default: []].append((tag, result)) }
        }
        var due: [Due] = []
        let limit = now.addingTimeInterval(-Double(dueAfterDays) * 86400)
        for entry in entries {
            let summary = entry.summary
            if let result = record.projects[summary.id], !result.passed {
                failures.append(Failure(project: summary, subject: summary.id, result: result))
            }
            for failed in (tagsByProject[summary.id] ?? []).sorted(by: { $0.tag < $1.tag }) {
                failures.append(Failure(project: summary, subject: failed.tag, result: failed.result))
            }
            for name in summary.baselines {
                let tag = LibraryLayout.baselineTag(project: summary.id, name: name)
                let checkedAt = record.tags[tag]?.checkedAt
                if checkedAt.map({ $0 < limit }) ?? true { due.append(Due(project: summary, tag: tag, checkedAt: checkedAt)) }
            }
        }
        self.failures = failures
        // Stable: never-verified baselines keep the projects' order.
        self.due = due.enumerated().sorted { ($0.element.checkedAt ?? .distantPast, $0.offset) < ($1.element.checkedAt ?? .distantPast, $1.offset) }.map(\.element)
    }
}
