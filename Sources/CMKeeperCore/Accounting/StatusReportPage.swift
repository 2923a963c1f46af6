import Foundation

/// A file the inbox refused, waiting in `rejected/` with its reason beside it.
public struct InboxRejection: Sendable, Equatable {
    /// Its path below `rejected/`.
    public let path: String
    public let rejectedAt: Date
    /// The first line of its reason, when there is one.
    public let reason: String?
}

/// The configuration status accounting report (配置状态报告) as one HTML page that leadership
/// opens in a browser: first what needs attention (gates blocked longest, approvals waiting,
/// weekly reports overdue, what `verify` found wrong, baselines not verified for too long,
/// files the inbox rejected), then one row per project, its phase at a
/// glance, what is missing by Chinese title. No scripts, no external files; the index of the
/// status site, and what `status --html` writes.
public enum StatusReportPage {
    /// How many entries each part of "needs attention" lists before "and N more".
    static let attentionLimit = 10

    /// The page; `link` gives each project's page (relative), or nil for a page on its own.
    /// `verify` is what verify last found; a baseline whose last check is older than
    /// `verifyDueAfterDays` days, or that was never checked, needs attention.
    public static func html(
        _ entries: [ProjectSummaryCache.Entry], phases: [Phase], rejections: [InboxRejection],
        verify: VerifyRecord = VerifyRecord(), verifyDueAfterDays: Int = LibrarySettings.Verify.defaults.dueAfterDays, generatedAt: Date,
        presentation p: Presentation, link: (String) -> String? = { _ in nil }
    ) -> String {
        let e = HTMLPage.escape
        func name(_ s: ProjectSummary) -> String {
            let label = "\(e(s.id)) \(e(s.name))"
            return link(s.id).map { "<a href=\"\(e($0))\">\(label)</a>" } ?? label
        }
        var body = "<h1>\(p.html(.indexTitle))</h1>\n"
        body += "<div class=\"meta\">\(p.html(.indexMeta(projects: entries.count, generatedAt: p.time(generatedAt)))) · \(p.html(.phasesLegend)): "
        body += phases.map { e($0.title) }.joined(separator: " → ") + "</div>\n"
        body += attention(
            entries, rejections: rejections, verify: VerifyAttention(verify, entries: entries, dueAfterDays: verifyDueAfterDays, now: generatedAt),
            now: generatedAt, presentation: p, name: name)
        body += "<h2>\(p.html(.allProjects))</h2>\n"
        if entries.isEmpty {
            body += "<p>\(p.html(.noProjects))</p>\n"
        } else {
            body += "<table class=\"projects\">\n<thead><tr>"
            for column: SiteText in [.columnProject, .columnCustomer, .columnManager, .columnPhase, .columnMissing, .columnWeekly, .columnReleases, .columnBaselines, .columnOpenChangeRequests] {
                body += "<th>\(p.html(column))</th>"
            }
            body += "</tr></thead>\n<tbody>\n"
            // Each row draws the phases: their titles escaped once for all rows.
            let titles = phases.map { HTMLPage.escape($0.title) }
            let notHeld = p.html(.notHeld)
            for entry in entries { body += row(entry.summary, titles: titles, notHeld: notHeld, presentation: p, name: name) }
            body += "</tbody>\n</table>\n"
        }
        return HTMLPage.document(title: p.text(.indexTitle), language: p.language, body: body)
    }

    private static func row(
        _ s: ProjectSummary, titles: [String], notHeld: String, presentation p: Presentation, name: (ProjectSummary) -> String
    ) -> String {
        let e = HTMLPage.escape
        let steps = (0..<max(s.phaseCount, 1)).map { i -> String in
            let state = s.skippedPhases.contains(i) ? "skipped" : i < s.phaseIndex ? "done" : i == s.phaseIndex ? "now" : "todo"
            let title = i < titles.count ? titles[i] : ""
            return "<span class=\"step \(state)\" title=\"\(title)\(state == "skipped" ? " (\(notHeld))" : "")\"></span>"
        }.joined()
        let missing = s.missing.isEmpty ? "<span class=\"ok\">—</span>" : s.missing.map { "<span class=\"miss\">\(e($0))</span>" }.joined(separator: " ")
        let weeks = s.missingWeeklyReports > 0 ? " <span class=\"miss\">\(p.html(.weeksMissing(s.missingWeeklyReports)))</span>" : ""
        return """
            <tr id="\(e(s.id))"><td>\(name(s))</td><td>\(e(s.customer ?? "—"))</td><td>\(e(p.person(s.manager)))</td>
            <td><div class="phase">\(steps)</div>\(e(s.phaseTitle))</td>
            <td>\(missing)</td>
            <td>\(e(s.lastWeeklyReport ?? "—"))\(weeks)</td>
            <td class="num">\(s.releases)</td>
            <td>\(s.baselines.isEmpty ? "—" : s.baselines.map(e).joined(separator: ", "))</td>
            <td>\(s.openChangeRequests.isEmpty ? "—" : s.openChangeRequests.map { e(($0 as NSString).lastPathComponent) }.joined(separator: "<br>"))</td></tr>

            """
    }

    /// The "needs attention" block.
    private static func attention(
        _ entries: [ProjectSummaryCache.Entry], rejections: [InboxRejection], verify: VerifyAttention, now: Date, presentation p: Presentation,
        name: (ProjectSummary) -> String
    ) -> String {
        let e = HTMLPage.escape
        var parts = ""
        /// The first entries of `items`, each as `render` shows it, then how many more there are.
        func list<Item>(_ heading: SiteText, _ items: [Item], _ render: (Item) -> String) {
            guard !items.isEmpty else { return }
            parts += "<h3>\(p.html(heading))</h3>\n<ul>\n"
            for item in items.prefix(attentionLimit) { parts += "<li>\(render(item))</li>\n" }
            if items.count > attentionLimit { parts += "<li>\(p.html(.andMore(items.count - attentionLimit)))</li>\n" }
            parts += "</ul>\n"
        }
        let blocked = entries.filter { !$0.summary.missing.isEmpty }
            .sorted { ($0.recordChangedAt ?? .distantPast, $0.summary.id) < ($1.recordChangedAt ?? .distantPast, $1.summary.id) }
        list(.gatesBlocked, blocked) { entry in
            let since = entry.recordChangedAt.map { " · " + p.html(.blockedSince(time: p.time($0), days: max(0, Int(now.timeIntervalSince($0) / 86400)))) } ?? ""
            return "\(name(entry.summary)) · \(e(entry.summary.phaseTitle))\(since): "
                + entry.summary.missing.map { "<span class=\"miss\">\(e($0))</span>" }.joined(separator: " ")
        }
        list(.approvalsWaiting, entries.filter { !$0.approvalsWaiting.isEmpty }) { entry in
            "\(name(entry.summary)): " + entry.approvalsWaiting.map(e).joined(separator: ", ")
        }
        let overdue = entries.filter { $0.summary.missingWeeklyReports > 0 }
            .sorted { ($0.summary.missingWeeklyReports, $1.summary.id) > ($1.summary.missingWeeklyReports, $0.summary.id) }
        list(.weeklyReportsOverdue, overdue) { entry in
            "\(name(entry.summary)) · \(e(p.person(entry.summary.manager))): <span class=\"miss\">\(p.html(.weeksMissing(entry.summary.missingWeeklyReports)))</span>"
        }
        list(.verifyFailures, verify.failures) { (failure: VerifyAttention.Failure) -> String in
            let what: String
            if let project = failure.project {
                what = name(project) + " · " + (project.id == failure.subject ? p.html(.verifyOfProject) : "<code>\(e(failure.subject))</code>")
            } else {
                what = p.html(failure.subject == VerifyAttention.repository ? .verifyOfRepository : .verifyOfLibrary)
            }
            let found = p.html(.verifyFoundProblems(time: p.time(failure.result.checkedAt), count: failure.result.findings.count))
            return "\(what): <span class=\"miss\">\(found)</span>" + VerifyResultHTML.findings(Array(failure.result.findings.prefix(3)), presentation: p)
        }
        list(.verifyDue(days: verify.dueAfterDays), verify.due) { (due: VerifyAttention.Due) -> String in
            var when = "<span class=\"unverified\">\(p.html(.notYetVerified))</span>"
            if let checked = due.checkedAt {
                when = p.html(.lastVerified(time: p.time(checked), days: max(0, Int(now.timeIntervalSince(checked) / 86400))))
            }
            return "\(name(due.project)) · <code>\(e(due.tag))</code> · \(when)"
        }
        list(.inboxRejections, rejections) { r in
            "<code>\(e(r.path))</code> · \(e(p.time(r.rejectedAt)))" + (r.reason.map { ": \(e($0))" } ?? "")
        }
        if parts.isEmpty { parts = "<p class=\"ok\">\(p.html(.nothingNeedsAttention))</p>\n" }
        return "<section class=\"attention\">\n<h2>\(p.html(.needsAttention))</h2>\n\(parts)</section>\n"
    }
}

extension Library {
    /// The report page of `status --html`: the status site's index on its own, of the projects
    /// `statusAccounting` gives for the same filters.
    public func statusReportPage(phase: String? = nil, manager: String? = nil, now: Date = Date()) throws(CMKeeperError) -> String {
        let snapshot = try self.snapshot()
        let entries = try accountingEntries(in: snapshot, now: now, phase: phase, manager: manager)
        return StatusReportPage.html(
            entries, phases: try snapshot.processDefinition().phases, rejections: inboxRejections(), verify: verifyRecord(),
            verifyDueAfterDays: settings.verify.dueAfterDays, generatedAt: now, presentation: presentation(in: snapshot))
    }
}
