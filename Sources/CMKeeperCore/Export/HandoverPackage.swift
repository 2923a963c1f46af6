import Foundation
import GitKit
import LFSStore

/// The kinds of handover package `export` writes.
public enum ArchiveFormat: String, Sendable, CaseIterable {
    case zip, tar

    /// The format a file name asks for, by its extension.
    public init?(fileName: String) {
        self.init(rawValue: (fileName as NSString).pathExtension.lowercased())
    }
}

/// A handover package written.
public struct ExportOutcome: Sendable {
    public let file: URL
    public let baseline: String
    public let items: Int
    public let bytes: Int64
}

extension Library {
    /// Writes the handover package of a project's baseline (default: its latest): every document
    /// and released file of the baseline (large files' content, not pointers), under
    /// `PROJECT-NAME/`, with the handover checklist (项目验收移交客户资料清单) generated from the
    /// manifest as a printable HTML page with a signature block and as TSV for machines, and a
    /// `SHA256SUMS` the customer checks with `sha256sum -c` (the checklist says how on Windows).
    /// Internal records (approvals, the release log, weekly reports, change requests) stay out
    /// unless `internal` is set. The same baseline always gives the same bytes (in the same
    /// language and time zone). The file appears only when complete (written aside, fsynced,
    /// renamed).
    public func export(
        project projectID: String, baseline name: String? = nil, to output: URL, internal includeInternal: Bool = false,
        progress: (@Sendable (Int64, Int64) -> Void)? = nil
    ) throws(CMKeeperError) -> ExportOutcome {
        let id = try ProjectID(validating: projectID).rawValue
        guard let format = ArchiveFormat(fileName: output.lastPathComponent) else {
            throw .refused(.cannotTellFormat(output.lastPathComponent), hint: .nameZipOrTar)
        }
        let snapshot = try self.snapshot()
        let records = try baselines(of: id, in: snapshot)
        guard let record = name.map({ n in records.first { $0.name == n } }) ?? records.last else {
            throw records.isEmpty
                ? .refused(.noBaselineYet(id), hint: .cmMakesBaseline(id))
                : .notFound(.noSuchBaseline(project: id, name: name ?? ""), hint: .itsBaselines(records.map(\.name).joined(separator: ", ")))
        }
        let (baselineManifest, commit, tree) = try translatingErrors { () throws -> (BaselineManifest, ObjectID, ObjectID) in
            guard let tagID = try repository.resolveReference("refs/tags/" + record.tag), let tag = try repository.tag(tagID),
                  let manifest = try? BaselineManifest.parse(tagMessage: tag.message),
                  LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)) == record.manifestSHA256
            else {
                throw CMKeeperError(.storage, .tagDoesNotHoldBaseline(record.tag), hint: .runVerify(id))
            }
            return (manifest, tag.target, try repository.commit(tag.target).tree)
        }
        var manifest = baselineManifest
        if !includeInternal { manifest.items.removeAll { Self.isInternal($0, folder: LibraryLayout.projectFolder(id) + "/") } }
        let then = try self.snapshot(at: commit)
        let shown = Presentation(language: settings.language, zone: settings.timeZone, roles: (try? then.roleBook()) ?? RoleBook(users: []))
        let projectName = (try? project(id, in: then))??.name ?? ""

        let folder = LibraryLayout.projectFolder(id) + "/"
        let root = "\(id)-\(record.name)/"
        let total = manifest.totalSize
        try Self.checkOutput(output)
        let temporary: TemporaryFile
        do {
            temporary = try TemporaryFile(in: output.deletingLastPathComponent().path, prefix: ".\(output.lastPathComponent).")
        } catch {
            throw CMKeeperError(.storage, .cannotWriteIn(folder: output.deletingLastPathComponent().path, error: "\(error)"), hint: .checkFolderWritable)
        }
        let handle = FileHandle(fileDescriptor: temporary.descriptor.rawValue, closeOnDealloc: false)
        var done: Int64 = 0
        do {
            let out = ArchiveOutput(handle: handle)
            var writer: any ArchiveWriter = format == .tar
                ? TarWriter(output: out, modificationTime: Int64(manifest.createdAt.timeIntervalSince1970))
                : ZipWriter(output: out, date: manifest.createdAt)
            for item in manifest.items.sorted(by: { $0.path < $1.path }) {
                let relative = item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path
                guard let entry = try repository.entry(at: item.path, inTree: tree), entry.id.hex == item.blob else {
                    throw CMKeeperError(.storage, .notInBaselineTree(item.path), hint: .runVerify(id))
                }
                try writer.addFile(path: root + relative, size: item.size) { write in
                    if item.largeFile {
                        try lfs.read(LFSPointer(oid: item.sha256, size: item.size)) { chunk in
                            try write(chunk)
                            done += Int64(chunk.count)
                            progress?(done, total)
                        }
                    } else {
                        let data = try repository.blobData(entry.id)
                        guard LFSStore.sha256(of: data) == item.sha256 else {
                            throw CMKeeperError(.storage, .doesNotHashToBaseline(item.path), hint: .runVerify(id))
                        }
                        try data.withUnsafeBytes { try write($0) }
                        done += Int64(data.count)
                        progress?(done, total)
                    }
                }
            }
            let checklistHTML = Self.checklistPage(manifest, projectName: projectName, root: root, folder: folder, process: try? then.processDefinition(), presentation: shown)
            for (name, text) in [
                ("项目验收移交客户资料清单.html", checklistHTML), ("项目验收移交客户资料清单.txt", Self.checklist(manifest, root: root, folder: folder)),
                ("SHA256SUMS", Self.sums(manifest, folder: folder)),
            ] {
                let data = Data(text.utf8)
                try writer.addFile(path: root + name, size: Int64(data.count)) { write in try data.withUnsafeBytes { try write($0) } }
            }
            try writer.finish()
            try handle.synchronize()
        } catch {
            temporary.remove()
            throw translatingErrorsValue(error, doing: .writingHandover, at: output.path)
        }
        do {
            try temporary.rename(to: output.path)
        } catch {
            temporary.remove()
            throw .lfs(error)
        }
        return ExportOutcome(file: output, baseline: record.name, items: manifest.items.count, bytes: total)
    }

    /// Refuses an output path that is a link, FIFO, device or folder: the package only ever
    /// replaces a regular file (it is renamed into place, never written through a link).
    static func checkOutput(_ output: URL) throws(CMKeeperError) {
        var info = stat()
        guard lstat(output.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG else { return }
        throw .refused(
            .packageNotWrittenThere(path: output.path, kind: OpenedFile.describe(info.st_mode & S_IFMT)),
            hint: .nameNewPackageFile(folder: output.deletingLastPathComponent().path))
    }

    /// The handover checklist: what the customer receives, each item with its SHA-256.
    static func checklist(_ m: BaselineManifest, root: String, folder: String) -> String {
        var lines = [
            "项目验收移交客户资料清单 (handover checklist)",
            "项目 (project): \(m.project)",
            "基线 (baseline): \(m.name), \(Timestamp.format(m.createdAt)), by \(m.createdBy)",
            "条目 (items): \(m.items.count), \(m.totalSize) bytes",
            "",
            "Check every file with: cd \(root.dropLast()) && sha256sum -c SHA256SUMS",
            "Windows: certutil -hashfile FILE SHA256, or in PowerShell: Get-FileHash FILE -Algorithm SHA256",
            "",
            "SHA-256\tsize\ttype\tsubmitted by\tsubmitted at\tpath",
        ]
        for item in m.items.sorted(by: { $0.path < $1.path }) {
            let relative = item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path
            lines.append("\(item.sha256)\t\(item.size)\t\(item.documentType)\t\(item.submittedBy)\t\(Timestamp.format(item.submittedAt))\t\(relative)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `sha256sum -c` input for the package's files.
    static func sums(_ m: BaselineManifest, folder: String) -> String {
        m.items.sorted(by: { $0.path < $1.path }).map { item in
            "\(item.sha256)  \(item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path)\n"
        }.joined()
    }

    /// Whether a configuration item is one of the project's internal records, which the customer
    /// receives only with `--internal`: the approvals and the release log, weekly reports and
    /// change requests.
    static func isInternal(_ item: BaselineManifest.Item, folder: String) -> Bool {
        let relative = item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path
        return relative == ApprovalLog.fileName || relative == "release-log.jsonl"
            || item.documentType == WeeklyReports.documentTypeID || item.documentType == GateEvaluator.changeRequestTypeID
    }

    /// The handover checklist as a printable page: the documents by Chinese title, with sizes and
    /// SHA-256, how to check them (Linux, Windows, PowerShell), and a signature block.
    static func checklistPage(
        _ m: BaselineManifest, projectName: String, root: String, folder: String, process: ProcessDefinition?, presentation p: Presentation
    ) -> String {
        let e = HTMLPage.escape
        let packageFolder = String(root.dropLast())
        var body = "<h1>\(p.html(.handoverTitle))</h1>\n<table class=\"record\">\n"
        body += "<tr><th>\(p.html(.handoverProject))</th><td>\(e(m.project)) \(e(projectName))</td></tr>\n"
        body += "<tr><th>\(p.html(.handoverBaseline))</th><td>\(e(m.name)) · \(e(p.time(m.createdAt))) · \(e(p.person(m.createdBy)))</td></tr>\n"
        body += "<tr><th></th><td>\(p.html(.handoverItems(count: m.items.count, size: ByteCount.format(m.totalSize))))</td></tr>\n</table>\n"
        body += "<table>\n<thead><tr><th>\(p.html(.columnDocument))</th><th>\(p.html(.columnFile))</th><th>\(p.html(.columnSize))</th><th>\(p.html(.columnSHA256))</th><th>\(p.html(.handoverSubmittedBy))</th></tr></thead>\n<tbody>\n"
        for item in m.items.sorted(by: { $0.path < $1.path }) {
            let relative = item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path
            let title = process?.documentType(item.documentType)?.title ?? (item.documentType == "release" ? p.text(.releases) : item.documentType)
            body += "<tr><td>\(e(title))</td><td><code>\(e(relative))</code></td><td class=\"num\">\(e(ByteCount.format(item.size)))<br><small>\(item.size)</small></td>"
            body += "<td class=\"hash\">\(e(item.sha256))</td><td>\(e(item.submittedBy))</td></tr>\n"
        }
        body += "</tbody>\n</table>\n<h2>\(p.html(.handoverCheckTitle))</h2>\n<ul>\n"
        for key: SiteText in [.handoverCheckLinux(folder: packageFolder), .handoverCheckWindows(folder: packageFolder), .handoverCheckPowerShell] {
            body += "<li>\(p.html(key))</li>\n"
        }
        body += "</ul>\n<h2>\(p.html(.handoverSignatures))</h2>\n<table class=\"signatures\">\n<tr>"
        body += [SiteText.handoverGiver, .handoverReceiver, .handoverDate].map { "<th>\(p.html($0))</th>" }.joined()
        body += "</tr>\n<tr><td></td><td></td><td></td></tr>\n</table>\n"
        return HTMLPage.document(title: "\(p.text(.handoverTitle)) — \(m.project) \(m.name)", language: p.language, body: body)
    }
}
