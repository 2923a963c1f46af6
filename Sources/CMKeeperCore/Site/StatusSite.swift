import Foundation
import GitKit

/// A status site written or brought up to date.
public struct SiteUpdate: Sendable {
    public let folder: URL
    public let projects: Int
    /// Project pages written this time (the others were current).
    public let pagesWritten: Int
}

/// What the site folder's `.cmkeeper-site.json` remembers: each project page's tree id (and
/// the fingerprint of what `verify` last found about the project), and what every page also
/// depends on (process, roles, language, time zone, week).
private struct SiteManifest: Codable {
    var context: String
    /// Project id → the object id of the project's tree its page shows, then ` verify:` and
    /// the ``VerifyRecord/stamp`` of its part of the record once the project or one of its tags was verified.
    var pages: [String: String]
}

extension Library {
    /// The status site's folder in the library, kept by the daemon.
    public var siteURL: URL { root.appendingPathComponent("site", isDirectory: true) }

    /// Writes the status site into `folder`: `index.html` (配置状态报告, opening with what needs
    /// attention) and `projects/ID.html` for each project. Static files only, every one written
    /// aside and renamed into place. A project's page is written only when its project tree or
    /// what `verify` recorded about it changed since the site was last written there (or the
    /// process, roles, language or time zone did); pages of projects gone from main are removed.
    public func writeSite(to folder: URL, now: Date = Date()) throws(CMKeeperError) -> SiteUpdate {
        let snapshot = try self.snapshot()
        let process = try snapshot.processDefinition()
        let presentation = presentation(in: snapshot)
        let entries = try accountingEntries(in: snapshot, now: now)
        let verify = verifyRecord()
        let verifyByProject = verify.byProject()
        let pagesFolder = folder.appendingPathComponent("projects", isDirectory: true)
        let manifestURL = folder.appendingPathComponent(".cmkeeper-site.json")
        let ids = try translatingErrors { () throws -> (process: String, roles: String) in
            (try snapshot.entry(at: LibraryLayout.processFile)?.id.hex ?? "-", try snapshot.entry(at: LibraryLayout.rolesFile)?.id.hex ?? "-")
        }
        let context = "2 process:\(ids.process) roles:\(ids.roles) language:\(settings.language.rawValue) zone:\(settings.timeZone.identifier) week:\(ISOWeek(containing: now))"
        let old = (try? Data(contentsOf: manifestURL)).flatMap { try? JSONDecoder().decode(SiteManifest.self, from: $0) }
        var manifest = SiteManifest(context: context, pages: old?.context == context ? old?.pages ?? [:] : [:])
        do {
            try FileManager.default.createDirectory(at: pagesFolder, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem(error, doing: .writingStatusSite, at: pagesFolder.path)
        }

        var written = 0
        let folders = try translatingErrors { try snapshot.children(of: LibraryLayout.projectsFolder) }.filter { $0.kind == .tree }
        for entry in folders {
            let verified = verifyByProject[entry.path] ?? VerifyRecord()
            let stamp = verified.stamp
            let shown = stamp.isEmpty ? entry.id.hex : "\(entry.id.hex) verify:\(stamp)"
            guard manifest.pages[entry.path] != shown, let project = try project(entry.path, in: snapshot) else { continue }
            let files = try snapshot.projectFiles(project.id)
            let content = try projectPageContent(project, files: files, in: snapshot, process: process, now: now, verify: verified)
            let page = ProjectPage.html(content, files: files, presentation: presentation, index: "../index.html")
            try Self.writeSiteFile(Data(page.utf8), to: pagesFolder.appendingPathComponent("\(project.id).html"))
            manifest.pages[entry.path] = shown
            written += 1
        }
        let current = Set(folders.map(\.path))
        for gone in manifest.pages.keys where !current.contains(gone) {
            try? FileManager.default.removeItem(at: pagesFolder.appendingPathComponent("\(gone).html"))
            manifest.pages[gone] = nil
        }
        let index = StatusReportPage.html(
            entries, phases: process.phases, rejections: inboxRejections(), verify: verify, verifyDueAfterDays: settings.verify.dueAfterDays,
            generatedAt: now, presentation: presentation, link: { "projects/\($0).html" })
        try Self.writeSiteFile(Data(index.utf8), to: folder.appendingPathComponent("index.html"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try Self.writeSiteFile((try? encoder.encode(manifest)) ?? Data(), to: manifestURL)
        return SiteUpdate(folder: folder, projects: entries.count, pagesWritten: written)
    }

    /// Writes one file of the site aside and renames it into place (a link there is replaced,
    /// never followed).
    private static func writeSiteFile(_ data: Data, to url: URL) throws(CMKeeperError) {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw .fileSystem(error, doing: .writingStatusSite, at: url.path)
        }
    }

    /// What a project's page shows, read from `snapshot`.
    func projectPageContent(
        _ project: ProjectRecord, files: ProjectFiles, in snapshot: Snapshot, process: ProcessDefinition, now: Date, verify: VerifyRecord
    ) throws(CMKeeperError) -> ProjectPageContent {
        let status = try snapshot.projectStatus(project, process: process, now: now, files: files)
        let approvals = try snapshot.approvalLog(of: project.id)
        let approved = Self.approvedChangeRequests(approvals, process: process, files: files)
        let baselines = try baselines(of: project.id, in: snapshot).map { record in
            (record: record, manifest: try? translatingErrors { () throws -> BaselineManifest? in
                guard let id = try repository.resolveReference("refs/tags/" + record.tag), let tag = try repository.tag(id) else { return nil }
                return try? BaselineManifest.parse(tagMessage: tag.message)
            })
        }
        let history = try translatingErrors { try snapshot.documentHistory(ofProject: project.id) }
        return ProjectPageContent(
            status: status, history: history, approvals: approvals.records, releases: status.releases,
            baselines: baselines.map { ($0.record, $0.manifest ?? nil) },
            changeRequests: status.changeRequests.map { ($0, approved.contains($0)) }, verify: verify)
    }

    /// The files waiting in `rejected/`, newest first, each with the first line of its reason.
    func inboxRejections() -> [InboxRejection] {
        let base = rejectedURL.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: rejectedURL, includingPropertiesForKeys: [.isRegularFileKey, .contentModificationDateKey]) else { return [] }
        var found: [InboxRejection] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard !name.hasSuffix(".reason"), !name.hasSuffix(".reason.txt"),
                  let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey]), values.isRegularFile == true
            else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            let reasonText = ["reason", "reason.txt"].lazy.compactMap { try? String(contentsOfFile: path + "." + $0, encoding: .utf8) }.first
            let reason = reasonText?.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).first.map(String.init)
            found.append(InboxRejection(path: String(path.dropFirst(base.count + 1)), rejectedAt: values.contentModificationDate ?? Date(), reason: reason))
        }
        return found.sorted { ($0.rejectedAt, $0.path) > ($1.rejectedAt, $1.path) }
    }
}
