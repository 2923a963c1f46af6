import Foundation
import GitKit
import LFSStore

/// What `release` is asked to do.
public struct ReleaseRequest: Sendable {
    public var project: String
    public var product: String
    public var version: String
    public var message: String?
    /// The acting user: must be a CM engineer.
    public var user: String

    public init(project: String, product: String, version: String, message: String? = nil, user: String) {
        self.project = project
        self.product = product
        self.version = version
        self.message = message
        self.user = user
    }
}

/// How far a release has got, for a progress bar.
public struct ReleaseProgress: Sendable {
    public let file: String
    public let fileIndex: Int
    public let fileCount: Int
    public let bytesDone: Int64
    public let bytesTotal: Int64
}

/// A release that landed.
public struct ReleaseOutcome: Sendable {
    public let record: ReleaseRecord
    public let commit: CommitOutcome
    /// The release tag, e.g. `release/P-001/核心平台/2.1.0`.
    public let tag: String
    /// Bytes that were new to the large-file store (the rest it already held).
    public let newBytes: Int64
}

extension Library {
    /// Releases `PRODUCT/VERSION` of the product library to a project.
    ///
    /// Streams every file once into the large-file store, then commits in one commit on
    /// `main` their LFS pointers under `projects/PROJECT/releases/PRODUCT/VERSION/`, the release
    /// record appended to the project's release log, and the annotated tag
    /// `release/PROJECT/PRODUCT/VERSION` whose message is the record, readable in the library's
    /// language and time zone, with its JSON line below (``ReleaseRecord/readableTagMessage(_:)``). When it returns, all of it
    /// is on disk (fsynced).
    ///
    /// Refuses, writing nothing to git: a user who is not a CM engineer, an unknown project,
    /// product or version, a version already released to the project, an empty version, and
    /// anything in the version folder that is not a regular readable file with a safe name, and a
    /// file replaced (by a link, a FIFO, another file) between the scan and its copy.
    public func release(_ request: ReleaseRequest, progress: (@Sendable (ReleaseProgress) -> Void)? = nil) throws(CMKeeperError) -> ReleaseOutcome {
        let project = try ProjectID(validating: request.project).rawValue
        let tag = LibraryLayout.releaseTag(project: project, product: request.product, version: request.version)
        let folder = LibraryLayout.releaseFolder(project: project, product: request.product, version: request.version)

        // Check what can be checked before copying gigabytes.
        try ProductLibrary.checkName(request.product, of: "product")
        try ProductLibrary.checkName(request.version, of: "version")
        guard Repository.isValidReferenceName("refs/tags/" + tag) else {
            throw .refused(.cannotNameInTag(product: request.product, version: request.version, tag: tag), hint: .renameWithoutTagCharacters)
        }

        try checkReleasable(request, project: project, tag: tag, folder: folder, in: try snapshot())
        guard let productRoot = settings.productLibrary else {
            throw .refused(.noProductLibrary, hint: .setProductLibrary(settingsURL.path))
        }
        let productLibrary = ProductLibrary(root: URL(fileURLWithPath: productRoot, isDirectory: true))
        let files = try productLibrary.files(product: request.product, version: request.version)
        // Stream every file into the large-file store (fsynced), before anything points at it.
        let total = files.reduce(Int64(0)) { $0 + $1.size }
        var done: Int64 = 0
        var newBytes: Int64 = 0
        var stored: [(ProductLibrary.File, LFSPointer)] = []
        for (index, file) in files.enumerated() {
            let report = progress.map { Self.fileProgress($0, file: file.relativePath.string, index: index + 1, count: files.count, base: done, total: total) }
            let result: LFSStore.Stored
            do {
                result = try lfs.store(contentsOf: file.absolutePath, expecting: file.identity, progress: report)
            } catch {
                throw .lfs(error)
            }
            report?(result.pointer.size)
            if !result.alreadyPresent { newBytes += result.pointer.size }
            done += result.pointer.size
            stored.append((file, result.pointer))
        }

        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        var record: ReleaseRecord? = nil
        let outcome = try commitOnMain(author: request.user, date: now) { snapshot in
            try self.checkReleasable(request, project: project, tag: tag, folder: folder, in: snapshot)
            guard let projectRecord = try self.project(project, in: snapshot) else {
                throw CMKeeperError.notFound(.noSuchProject(project))
            }
            let logPath = LibraryLayout.releaseLog(project)
            let logText = try snapshot.text(at: logPath) ?? ""
            let log = try ReleaseLog.parse(logText, file: logPath)

            var updates: [TreeUpdate] = []
            var releasedFiles: [ReleaseRecord.ReleasedFile] = []
            for (file, pointer) in stored {
                let path = folder + "/" + file.relativePath.string
                // git-lfs stores an empty file as an empty blob, not as a pointer.
                let blob = try self.writeBlob(pointer.size == 0 ? Data() : pointer.data)
                updates.append(.upsert(path: path, blob: blob))
                releasedFiles.append(.init(path: path, size: pointer.size, sha256: pointer.oid))
            }
            let made = ReleaseRecord(
                id: "\(project)-R\(log.records.count + 1)", project: project, product: request.product,
                version: request.version, releasedAt: now, releasedBy: request.user, recipient: projectRecord.manager,
                applicationForm: try self.applicationForm(of: project, in: snapshot),
                message: request.message, files: releasedFiles)
            record = made
            var newLog = logText
            if !newLog.isEmpty && !newLog.hasSuffix("\n") { newLog += "\n" }
            newLog += made.jsonLine() + "\n"
            updates.append(.upsert(path: logPath, blob: try self.writeBlob(Data(newLog.utf8))))
            if let attributes = try self.attributesUpdate(tracking: [LibraryLayout.releasesAttributes], in: snapshot) { updates.append(attributes) }

            let subject = "Release \(request.product) \(request.version) to \(project)"
            var body = "\(made.id): \(releasedFiles.count) file\(releasedFiles.count == 1 ? "" : "s"), \(made.totalSize) bytes, to \(made.recipient)."
            if let message = request.message { body += "\n\n\(message)" }
            body += "\n\nRelease-Id: \(made.id)"
            let roles = try snapshot.roleBook()
            let shown = ReleaseTagContext(
                language: self.settings.language, timeZone: self.settings.timeZone.identifier,
                releasedByName: roles.user(made.releasedBy)?.name, recipientName: roles.user(made.recipient)?.name,
                projectName: projectRecord.name, customer: projectRecord.customer)
            return PlannedCommit(updates: updates, message: "\(subject)\n\n\(body)\n", tags: [(tag, made.readableTagMessage(shown))])
        }
        return ReleaseOutcome(record: record!, commit: outcome, tag: tag, newBytes: newBytes)
    }

    /// Turns one file's byte count into the release's progress.
    private static func fileProgress(
        _ progress: @escaping @Sendable (ReleaseProgress) -> Void, file: String, index: Int, count: Int, base: Int64, total: Int64
    ) -> @Sendable (Int64) -> Void {
        { bytes in
            progress(ReleaseProgress(file: file, fileIndex: index, fileCount: count, bytesDone: base + bytes, bytesTotal: total))
        }
    }

    /// The checks that must hold on the snapshot a release lands on.
    private func checkReleasable(_ request: ReleaseRequest, project: String, tag: String, folder: String, in snapshot: Snapshot) throws(CMKeeperError) {
        try Self.requireRole(.cmEngineer, user: request.user, in: snapshot, toDo: .releaseSoftware)
        guard try self.project(project, in: snapshot) != nil else {
            throw .notFound(.noProject(project), hint: .projectListShowsOrCreate)
        }
        let tagExists = try translatingErrors { try repository.resolveReference("refs/tags/" + tag) != nil }
        let folderExists = try translatingErrors { try snapshot.exists(folder) }
        if tagExists || folderExists {
            throw .refused(.alreadyReleased(product: request.product, version: request.version, project: project), hint: .releasedNeverChanges(project))
        }
    }

    /// The implementation application form in a project, if it has one.
    private func applicationForm(of project: String, in snapshot: Snapshot) throws -> ReleaseRecord.DocumentReference? {
        let process = try snapshot.processDefinition()
        guard let type = process.documentType("implementation-application") else { return nil }
        let folder = LibraryLayout.projectFolder(project)
        for entry in try snapshot.files(under: folder) {
            let relative = String(entry.path.dropFirst(folder.count + 1))
            if type.path.matches(relative) {
                return .init(path: entry.path, blob: entry.id.hex)
            }
        }
        return nil
    }

    /// Every release record, of one project or all, newest first.
    public func releases(project: String? = nil) throws(CMKeeperError) -> [ReleaseRecord] {
        let snapshot = try self.snapshot()
        let ids: [String]
        if let project {
            let id = try ProjectID(validating: project).rawValue
            guard try self.project(id, in: snapshot) != nil else {
                throw .notFound(.noProject(id), hint: .projectListShows)
            }
            ids = [id]
        } else {
            ids = try projects().map(\.id)
        }
        var records: [ReleaseRecord] = []
        for id in ids {
            let path = LibraryLayout.releaseLog(id)
            guard let text = try translatingErrors({ try snapshot.text(at: path) }) else { continue }
            do {
                records += try ReleaseLog.parse(text, file: path).records
            } catch {
                throw CMKeeperError(.configuration, .configurationError(error), hint: .releaseLogAppendOnly)
            }
        }
        return records.sorted { ($0.releasedAt, $0.id) > ($1.releasedAt, $1.id) }
    }
}
