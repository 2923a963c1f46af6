import Foundation

/// Everything a project's page of the status site shows, read from one snapshot.
struct ProjectPageContent {
    let status: ProjectStatus
    /// Every change to every file, by path relative to the project folder, newest first.
    let history: [String: [DocumentChange]]
    let approvals: [ApprovalRecord]
    /// Oldest first.
    let releases: [ReleaseRecord]
    /// Oldest first, each with its manifest when its tag holds one.
    let baselines: [(record: BaselineRecord, manifest: BaselineManifest?)]
    /// The change requests' paths and whether a CM engineer approved each as it is.
    let changeRequests: [(path: String, approved: Bool)]
    /// What `verify` last found about the project and its tags (its part of ``VerifyRecord/byProject()``).
    let verify: VerifyRecord
}

/// One project's page of the status site: its phase timeline, every document with who
/// submitted and approved it and when and its history, its releases with their records, its
/// baselines with their manifests, each release and baseline with what `verify` last found, its
/// change requests.
enum ProjectPage {
    static func html(_ c: ProjectPageContent, files: ProjectFiles, presentation p: Presentation, index: String) -> String {
        let e = HTMLPage.escape
        let project = c.status.project
        var body = "<p class=\"noprint\"><a href=\"\(e(index))\">\(p.html(.backToIndex))</a></p>\n"
        body += "<h1>\(e(project.id)) \(e(project.name))</h1>\n"
        body += "<div class=\"meta\">\(p.html(.projectMeta(customer: project.customer ?? "—", manager: p.person(project.manager), size: project.size.rawValue)))</div>\n"
        body += timeline(c.status, presentation: p)
        body += documents(c, files: files, presentation: p)
        body += releases(c, presentation: p)
        body += baselines(c, presentation: p)
        body += "<h2>\(p.html(.changeRequests))</h2>\n"
        if c.changeRequests.isEmpty {
            body += "<p>\(p.html(.noChangeRequests))</p>\n"
        } else {
            body += "<ul>\n" + c.changeRequests.map { request in
                "<li><code>\(e(request.path))</code> · " + (request.approved ? "<span class=\"ok\">\(p.html(.approvedChangeRequest))</span>" : "<span class=\"miss\">\(p.html(.openChangeRequest))</span>")
                    + historyList(c.history[request.path] ?? [], presentation: p) + "</li>\n"
            }.joined() + "</ul>\n"
        }
        return HTMLPage.document(title: "\(project.id) \(project.name) — \(p.text(.indexTitle))", language: p.language, body: body)
    }

    private static func timeline(_ status: ProjectStatus, presentation p: Presentation) -> String {
        let e = HTMLPage.escape
        let currentIndex = status.phases.firstIndex { $0.phase.id == status.project.phase }
        var html = "<h2>\(p.html(.phaseTimeline))</h2>\n<ol class=\"timeline\">\n"
        for (index, phase) in status.phases.enumerated() {
            let state = phase.skipped ? "skipped" : currentIndex.map { index < $0 ? "done" : index == $0 ? "now" : "todo" } ?? "todo"
            let note = phase.skipped ? p.text(.phaseSkipped) : state == "now" ? p.text(.currentPhase) : state == "done" ? (phase.gateMet ? p.text(.gateMet) : p.text(.gateNotMet)) : ""
            html += "<li class=\"\(state)\">\(e(phase.phase.title))\(note.isEmpty ? "" : " <small>(\(e(note)))</small>")</li>\n"
        }
        html += "</ol>\n"
        if let problem = status.phaseProblem { html += "<p class=\"miss\">\(e(problem.text(in: p.language)))</p>\n" }
        if let current = status.current, !current.missing.isEmpty {
            html += "<p>\(p.html(.toLeavePhase(current.phase.title))) " + current.missing(in: p.language).map { "<span class=\"miss\">\(e($0))</span>" }.joined(separator: " ") + "</p>\n"
        }
        return html
    }

    private static func documents(_ c: ProjectPageContent, files: ProjectFiles, presentation p: Presentation) -> String {
        let e = HTMLPage.escape
        var html = "<h2>\(p.html(.documents))</h2>\n"
        for phase in c.status.phases where !phase.documents.isEmpty {
            html += "<h3>\(e(phase.phase.title))\(phase.skipped ? " <small>(\(p.html(.phaseSkipped)))</small>" : "")</h3>\n"
            html += "<table>\n<thead><tr><th>\(p.html(.columnDocument))</th><th>\(p.html(.columnFile))</th><th>\(p.html(.columnSubmitted))</th><th>\(p.html(.columnApproved))</th><th>\(p.html(.columnHistory))</th></tr></thead>\n<tbody>\n"
            for requirement in phase.requirements {
                switch requirement.state {
                case .present(let paths):
                    for path in paths {
                        let history = c.history[path] ?? []
                        let submitted = history.first.map { "\(e(p.person($0.login)))<br>\(e(p.time($0.date)))" } ?? "—"
                        let approvals = c.approvals.filter { $0.path == path && $0.blob == files.blob(at: path) }.map {
                            e(p.text(.approvalBy(role: $0.role.title, person: p.person($0.approvedBy), time: p.time($0.approvedAt))))
                        }
                        html += "<tr><td>\(e(requirement.title))</td><td><code>\(e(path))</code></td><td>\(submitted)</td>"
                        html += "<td>\(approvals.isEmpty ? "—" : approvals.joined(separator: "<br>"))</td><td>\(historyList(history, presentation: p))</td></tr>\n"
                    }
                case .missing:
                    html += "<tr><td>\(e(requirement.title))</td><td colspan=\"4\"><span class=\"miss\">\(p.html(.missingDocument))</span></td></tr>\n"
                case .notNeeded:
                    html += "<tr><td>\(e(requirement.title))</td><td colspan=\"4\">\(phase.skipped ? p.html(.phaseSkipped) : p.html(.notNeeded))</td></tr>\n"
                }
            }
            html += "</tbody>\n</table>\n"
        }
        return html
    }

    private static func historyList(_ history: [DocumentChange], presentation p: Presentation) -> String {
        guard !history.isEmpty else { return "" }
        return "<ul class=\"history\">" + history.map { change in
            let kind: SiteText = change.kind == .added ? .changeAdded : change.kind == .deleted ? .changeDeleted : .changeModified
            return "<li>\(p.html(.historyEntry(time: p.time(change.date), person: p.person(change.login), change: p.text(kind))))</li>"
        }.joined() + "</ul>"
    }

    private static func releases(_ c: ProjectPageContent, presentation p: Presentation) -> String {
        let e = HTMLPage.escape
        var html = "<h2>\(p.html(.releases))</h2>\n"
        if c.releases.isEmpty { return html + "<p>\(p.html(.noReleases))</p>\n" }
        for release in c.releases.reversed() {
            // In the page's language, with today's names (the tag keeps those of its day).
            let context = ReleaseTagContext(
                language: p.language, timeZone: p.zone.identifier, releasedByName: p.roles.user(release.releasedBy)?.name,
                recipientName: p.roles.user(release.recipient)?.name, projectName: c.status.project.name, customer: c.status.project.customer)
            html += "<div class=\"record\" id=\"\(e(release.id))\">\n<h3>\(e(SiteText.releaseSubject(product: release.product, version: release.version, project: release.project, id: release.id).text(in: p.language)))</h3>\n<table>\n"
            for field in release.readableFields(context) { html += "<tr><th>\(e(field.label))</th><td>\(e(field.value))</td></tr>\n" }
            html += "</table>\n" + VerifyResultHTML.block(c.verify.tags[LibraryLayout.releaseTag(project: release.project, product: release.product, version: release.version)], presentation: p)
            html += "<p>\(p.html(.releaseFiles(count: release.files.count, size: ByteCount.format(release.totalSize))))</p>\n"
            html += fileTable(release.files.map { (release.shownPath($0), nil, $0.size, $0.sha256) }, presentation: p) + "</div>\n"
        }
        return html
    }

    private static func baselines(_ c: ProjectPageContent, presentation p: Presentation) -> String {
        let e = HTMLPage.escape
        var html = "<h2>\(p.html(.baselines))</h2>\n"
        let id = c.status.project.id
        if let project = c.verify.projects[id] {
            html += "<h3>\(p.html(.verifyOfProject))</h3>\n"
            html += VerifyResultHTML.block(project, presentation: p)
        }
        if c.baselines.isEmpty { return html + "<p>\(p.html(.noBaselines))</p>\n" }
        let titles = Dictionary(c.status.phases.flatMap(\.documents).map { ($0.type.id, $0.type.title) }, uniquingKeysWith: { a, _ in a })
        for (record, manifest) in c.baselines.reversed() {
            html += "<div class=\"record\" id=\"baseline-\(e(record.name))\">\n<h3>\(e(record.name)) <small><code>\(e(record.tag))</code></small></h3>\n"
            html += "<p>\(p.html(.baselineMeta(person: p.person(record.createdBy), time: p.time(record.createdAt), items: record.items, size: ByteCount.format(manifest?.totalSize ?? 0))))</p>\n"
            html += VerifyResultHTML.block(c.verify.tags[record.tag], presentation: p)
            if let manifest {
                let folder = LibraryLayout.projectFolder(manifest.project) + "/"
                html += fileTable(manifest.items.sorted { $0.path < $1.path }.map {
                    ($0.path.hasPrefix(folder) ? String($0.path.dropFirst(folder.count)) : $0.path, titles[$0.documentType] ?? $0.documentType, $0.size, $0.sha256)
                }, presentation: p)
            }
            html += "</div>\n"
        }
        return html
    }

    /// Files with their sizes and SHA-256.
    static func fileTable(_ files: [(path: String, type: String?, size: Int64, sha256: String)], presentation p: Presentation) -> String {
        let e = HTMLPage.escape
        let typed = files.contains { $0.type != nil }
        var html = "<table>\n<thead><tr><th>\(p.html(.columnFile))</th>\(typed ? "<th>\(p.html(.columnDocumentType))</th>" : "")<th>\(p.html(.columnSize))</th><th>\(p.html(.columnSHA256))</th></tr></thead>\n<tbody>\n"
        for file in files {
            html += "<tr><td><code>\(e(file.path))</code></td>\(typed ? "<td>\(e(file.type ?? ""))</td>" : "")<td class=\"num\">\(e(ByteCount.format(file.size)))</td><td class=\"hash\">\(e(file.sha256))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
