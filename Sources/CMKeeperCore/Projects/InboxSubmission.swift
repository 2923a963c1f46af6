import Foundation
import GitKit
import LFSStore

/// Files a project manager dropped into `inbox/PROJECT/`, to commit to that project as one
/// commit. Unlike a `Submission`, a file may say where it goes: a drop at
/// `inbox/P-1/acceptance/安装验收报告.docx` keeps its path in the project folder, while a drop
/// at `inbox/P-1/安装验收报告.docx` is placed by its name, as `submit` places it.
public struct InboxSubmission: Sendable {
    /// One dropped file.
    public struct File: Sendable, Hashable {
        /// The file on disk, by its absolute path.
        public var path: String
        /// Where it goes, relative to the project folder (e.g. `attachments/现场照片.jpg`); nil to
        /// recognise the document by its name.
        public var projectPath: String?

        /// Its content, read and hashed beforehand (the daemon reads files while they wait out
        /// their quiet period); nil to read the file when committing. Used only while it is as
        /// long as the file.
        public var content: HashedBlob?

        /// The file on disk.
        public var source: URL { URL(fileURLWithPath: path) }

        /// The file's own name, e.g. `安装验收报告.docx`.
        public var name: String {
            if let slash = path.lastIndex(of: "/"), path.index(after: slash) < path.endIndex { return String(path[path.index(after: slash)...]) }
            return path.split(separator: "/").last.map(String.init) ?? path
        }

        public init(source: URL, projectPath: String?) {
            path = source.path
            self.projectPath = projectPath
        }

        /// The file dropped at `relativePath` inside `inbox/PROJECT/`: a bare name is recognised
        /// by its name, a path with folders is kept.
        public init(path: String, inboxPath relativePath: String, content: HashedBlob? = nil) {
            self.path = path
            projectPath = relativePath.contains("/") ? relativePath : nil
            self.content = content
        }

        public init(source: URL, inboxPath relativePath: String) {
            self.init(path: source.path, inboxPath: relativePath)
        }
    }

    public var project: String
    public var files: [File]
    public var user: String
    /// A note for the commit message.
    public var message: String?

    public init(project: String, files: [File], user: String, message: String? = nil) {
        self.project = project
        self.files = files
        self.user = user
        self.message = message
    }

    /// Whether a file name is one editors and office programs leave beside an open document
    /// (`~$…`, `.~lock…`, `*.swp`, `*.tmp`, `.DS_Store`, `…~`): never a drop of its own.
    public static func isTemporary(fileName name: String) -> Bool {
        OfficeTempFiles.reason(for: name) != nil
    }
}

/// Where one dropped file goes.
public struct InboxPlacement: Sendable, Equatable {
    public let file: InboxSubmission.File
    /// Its repository path, e.g. `projects/P-1/acceptance/安装验收报告.docx`.
    public let path: String
    /// The document it is; nil for a file in a free folder (`attachments/`).
    let type: DocumentType?
    /// The document type's id and Chinese title; nil for a file in a free folder (`attachments/`).
    public var documentType: String? { type?.id }
    public var title: String? { type?.title }
    public let size: Int64
    /// True when its content goes to the large-file store and git keeps a pointer.
    public let largeFile: Bool
}

/// The placed files of one dropper for one project, to commit together (see `Library.commit(_:)`).
public struct InboxDrop: Sendable {
    public var project: String
    public var user: String
    public var placed: [InboxPlacement]
    /// A note for the commit message.
    public var note: String?

    public init(project: String, user: String, placed: [InboxPlacement], note: String? = nil) {
        self.project = project
        self.user = user
        self.placed = placed
        self.note = note
    }
}

/// Where each file of an `InboxSubmission` goes, and the files that have no place.
public struct InboxPlan: Sendable {
    /// A file refused before any commit is tried: unreadable, not a regular file, or with no place in the process.
    public struct Refusal: Sendable {
        public let file: InboxSubmission.File
        public let problem: ValidationProblem
    }

    public let project: String
    public let placed: [InboxPlacement]
    public let refused: [Refusal]
}

/// What `main` holds at a path: a blob, or a pointer to a file in the large-file store.
public enum CommittedContent: Sendable, Equatable {
    /// A blob, by its git object id (40 hexadecimal digits).
    case blob(id: String)
    /// A git-lfs pointer: the content's SHA-256 and size.
    case largeFile(sha256: String, size: Int64)
}

extension Library {
    /// Works out where each file goes, reading only their names, places and sizes.
    ///
    /// Throws, for the whole submission, when the project does not exist or the library's
    /// rules cannot be read; a file with no place is listed in `refused`, with what to do.
    public func place(_ submission: InboxSubmission) throws(CMKeeperError) -> InboxPlan {
        let project = try ProjectID(validating: submission.project).rawValue
        let start = try snapshot()
        guard try self.project(project, in: start) != nil else {
            throw .notFound(.noProject(project), hint: .dropIntoExistingProject)
        }
        let process = try start.processDefinition()
        let folder = LibraryLayout.projectFolder(project)
        var placed: [InboxPlacement] = []
        var refused: [InboxPlan.Refusal] = []
        for file in submission.files {
            let shown = file.projectPath.map { "\(folder)/\($0)" } ?? file.name
            let size: Int64
            switch Self.openSubmitted(file.path, shownAs: shown, hint: .dropTheDocumentItself, unreadableHint: .dropAgain) {
            case .success(let opened): size = opened.identity.size
            case .failure(let problem):
                refused.append(.init(file: file, problem: problem))
                continue
            }
            switch DocumentPlacement.place(file.name, at: file.projectPath, inProject: folder, process: process, shown: shown, channel: .inbox) {
            case .success(let place):
                placed.append(InboxPlacement(
                    file: file, path: "\(folder)/\(place.target)", type: place.type, size: size,
                    largeFile: size > Int64(settings.largeFileThreshold)))
            case .failure(let problem):
                refused.append(.init(file: file, problem: problem))
            }
        }
        return InboxPlan(project: project, placed: placed, refused: refused)
    }

    /// Commits the files of `submission` in one commit, validated as a push would be, and
    /// returns the commit once it and its objects are fsynced. Refuses the whole submission,
    /// committing nothing, when any file has no place or the change breaks the process.
    public func submit(_ submission: InboxSubmission) throws(CMKeeperError) -> ([SubmittedDocument], CommitOutcome) {
        let placed = try placedOrRefused(submission)
        let drop = InboxDrop(project: submission.project, user: submission.user, placed: placed, note: submission.message)
        let outcome = try commit([drop])[0].get()
        let documents = placed.map { item in
            SubmittedDocument(
                source: item.file.path, path: item.path,
                documentType: item.documentType ?? "",
                title: item.title ?? "", size: item.size, largeFile: item.largeFile)
        }
        return (documents, outcome)
    }

    /// Commits several drops, already placed (see `place(_:)`), each in a commit of its own,
    /// validated as a push would be; all of them with one pack, one fsync and one
    /// compare-and-swap of `main` (see `commitChainOnMain`). Returns, drop by drop, its commit
    /// or why it was refused; throws only when none could land.
    public func commit(_ drops: [InboxDrop]) throws(CMKeeperError) -> [Result<CommitOutcome, CMKeeperError>] {
        let (changes, failures) = chainedChanges(for: drops)
        let landed = changes.isEmpty ? [] : try commitChainOnMain(changes)
        return Self.merge(landed, failures, count: drops.count)
    }

    /// The change each drop makes, and the drops that failed before any change (their large
    /// files could not be stored), by index.
    private func chainedChanges(for drops: [InboxDrop]) -> ([ChainedChange], [Int: CMKeeperError]) {
        var changes: [ChainedChange] = []
        var failures: [Int: CMKeeperError] = [:]
        for (index, drop) in drops.enumerated() {
            let pointers: [String: LFSPointer]
            do {
                pointers = try storeLargeFiles(drop.placed)
            } catch {
                failures[index] = error
                continue
            }
            let message = Self.inboxCommitMessage(drop.placed, project: drop.project, note: drop.note)
            changes.append(ChainedChange(author: drop.user) { snapshot in
                try self.plannedInboxCommit(drop, pointers: pointers, on: snapshot, message: message)
            })
        }
        return (changes, failures)
    }

    /// The results of the changes made, with the failures before them put back in their places.
    private static func merge(
        _ results: [Result<CommitOutcome, CMKeeperError>], _ failures: [Int: CMKeeperError], count: Int
    ) -> [Result<CommitOutcome, CMKeeperError>] {
        var landed = results[...]
        return (0..<count).map { index in
            if let failure = failures[index] { return .failure(failure) }
            return landed.popFirst()!
        }
    }

    /// Checks `submission` exactly as `submit` would, on the tip of `main`, and commits nothing.
    /// Large files are put in the large-file store (harmless when nothing refers to them).
    public func validate(_ submission: InboxSubmission) throws(CMKeeperError) {
        let placed = try placedOrRefused(submission)
        let pointers = try storeLargeFiles(placed)
        let message = Self.inboxCommitMessage(placed, project: submission.project, note: submission.message)
        let snapshot = try self.snapshot()
        defer { repository.discardPendingObjects() }
        let planned: PlannedCommit = try translatingErrors {
            try self.plannedInboxCommit(
                InboxDrop(project: submission.project, user: submission.user, placed: placed), pointers: pointers, on: snapshot, message: message)
        }
        let problems = try translatingErrors { () throws -> [ValidationProblem] in
            let tree = try repository.updateTree(snapshot.tree, planned.updates)
            return try ChangeValidator(
                before: snapshot, after: Snapshot(repository: repository, tree: tree), user: submission.user,
                options: .init(largeFileThreshold: settings.largeFileThreshold, lfs: lfs, locks: locks)
            ).problems()
        }
        if !problems.isEmpty { throw .invalid(problems, what: .thisDrop) }
    }

    /// What `snapshot` (by default the tip of `main`) holds at a repository path; nil when there is no file there.
    public func committedContent(at path: String, in given: Snapshot? = nil) throws(CMKeeperError) -> CommittedContent? {
        let snapshot: Snapshot
        if let given { snapshot = given } else { snapshot = try self.snapshot() }
        guard let entry = try translatingErrors({ try snapshot.entry(at: path) }), entry.kind == .file || entry.kind == .executable else {
            return nil
        }
        let isSmall = try translatingErrors { try repository.blobSize(entry.id) < 1024 }
        if isSmall, let pointer = LFSPointer(parsing: try translatingErrors({ try repository.blobData(entry.id) })) {
            return .largeFile(sha256: pointer.oid, size: pointer.size)
        }
        return .blob(id: entry.id.hex)
    }

    // MARK: Placing and committing

    /// The placements of every file, or the refusal of the whole submission listing every file with no place.
    private func placedOrRefused(_ submission: InboxSubmission) throws(CMKeeperError) -> [InboxPlacement] {
        guard !submission.files.isEmpty else { throw .refused(.noFilesToSubmit, hint: .dropFiles) }
        let plan = try place(submission)
        if !plan.refused.isEmpty { throw .invalid(plan.refused.map(\.problem), what: .thisDrop) }
        return plan.placed
    }

    /// Streams every large file into the large-file store (fsynced), by repository path.
    private func storeLargeFiles(_ placed: [InboxPlacement]) throws(CMKeeperError) -> [String: LFSPointer] {
        var pointers: [String: LFSPointer] = [:]
        for item in placed where item.largeFile {
            do {
                pointers[item.path] = try lfs.store(OpenedFile.open(item.file.path)).pointer
            } catch {
                throw .lfs(error)
            }
        }
        return pointers
    }

    /// The change on `snapshot`: every file at its place (see `placementUpdates`), large ones as pointers.
    private func plannedInboxCommit(
        _ drop: InboxDrop, pointers: [String: LFSPointer], on snapshot: Snapshot, message: String
    ) throws -> PlannedCommit {
        let files = try drop.placed.map { item in
            let blob: ObjectID
            if let pointer = pointers[item.path] {
                blob = try writeBlob(pointer.data)
            } else if let content = item.file.content, content.data.count == item.size {
                blob = try writeBlob(content)
            } else {
                blob = try writeBlob(try OpenedFile.open(item.file.path).readAll())
            }
            return PlacedFile(path: item.path, type: item.type, blob: blob, largeFile: pointers[item.path] != nil)
        }
        let folder = LibraryLayout.projectFolder(drop.project)
        return PlannedCommit(updates: try placementUpdates(files, inProject: folder, on: snapshot), message: message)
    }

    /// "Submit 3 documents to P-1 from the inbox", then one line per file.
    static func inboxCommitMessage(_ placed: [InboxPlacement], project: String, note: String?) -> String {
        let folder = LibraryLayout.projectFolder(project) + "/"
        let what = placed.count == 1 ? (placed[0].title ?? placed[0].file.name) : "\(placed.count) files"
        var message = "Submit \(what) to \(project) from the inbox"
        if let note { message += "\n\n\(note)" }
        message += "\n\n" + placed.map { item in
            let path = item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path
            return messageLine(path: path, title: item.title, original: item.file.name)
        }.joined(separator: "\n") + "\n"
        return message
    }
}
