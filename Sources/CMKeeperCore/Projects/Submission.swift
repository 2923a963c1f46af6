import Foundation
import GitKit
import LFSStore

/// What `submit` is asked to commit: files from the local disk into one project.
public struct Submission: Sendable {
    public var project: String
    public var files: [URL]
    /// A document type id, for files whose names do not say what they are.
    public var type: String?
    public var message: String?
    /// The approved change request (`CR-003`) the files follow, for a baselined project: named in
    /// the commit message as its last line, `Change-Request: CR-003`.
    public var changeRequest: String?
    public var user: String

    public init(project: String, files: [URL], type: String? = nil, message: String? = nil, changeRequest: String? = nil, user: String) {
        self.project = project
        self.files = files
        self.type = type
        self.message = message
        self.changeRequest = changeRequest
        self.user = user
    }
}

/// One submitted file and where it went.
public struct SubmittedDocument: Sendable, Codable {
    /// The file submitted, as it was named (relative to the working folder when named so).
    public let source: String
    public let path: String
    public let documentType: String
    public let title: String
    public let size: Int64
    /// True when the content went to the large-file store.
    public let largeFile: Bool
}

extension Library {
    /// Commits documents for project managers who do not use git: each file's type is
    /// recognised from its name (the Chinese title) or given, it is placed where the process
    /// says, the whole change is validated as a push would be, and committed in one commit.
    /// Files over the large-file threshold go to the large-file store.
    public func submit(_ submission: Submission) throws(CMKeeperError) -> ([SubmittedDocument], CommitOutcome) {
        let project = try ProjectID(validating: submission.project).rawValue
        guard !submission.files.isEmpty else { throw .refused(.noFilesToSubmit, hint: .nameFiles) }
        let start = try snapshot()
        guard try self.project(project, in: start) != nil else {
            throw .notFound(.noProject(project), hint: .projectListShows)
        }
        let process = try start.processDefinition()

        // Work out every file's place first, and refuse them all together.
        let folder = LibraryLayout.projectFolder(project)
        var placed: [(URL, DocumentType, String, FileIdentity)] = []
        var problems: [ValidationProblem] = []
        for file in submission.files {
            // A problem names the file as it was given (`relativePath`: relative to the working
            // folder when it was named so), not by folders the user never typed.
            let identity: FileIdentity
            switch Self.openSubmitted(file.path, shownAs: file.relativePath, hint: .submitTheDocumentItself, unreadableHint: .checkThePath) {
            case .success(let opened): identity = opened.identity
            case .failure(let problem):
                problems.append(problem)
                continue
            }
            switch DocumentPlacement.place(
                file.lastPathComponent, type: submission.type, inProject: folder, process: process, shown: file.relativePath, channel: .submit)
            {
            case .success(let place):
                // Outside a free folder, a submitted file is always some document.
                guard let type = place.type else { continue }
                placed.append((file, type, place.target, identity))
            case .failure(let problem): problems.append(problem)
            }
        }
        if !problems.isEmpty { throw .invalid(problems, what: .thisSubmission) }

        // Every file is read (large ones into the store) before one validated commit, each only
        // if it is still the file that was checked.
        var contents: [(String, StoredContent)] = []
        for (file, _, target, identity) in placed {
            do {
                let opened = try OpenedFile.open(file.path, expecting: identity)
                contents.append((target, identity.size > Int64(settings.largeFileThreshold)
                    ? .pointer(try lfs.store(opened).pointer)
                    : .data(try opened.readAll())))
            } catch {
                throw .lfs(error)
            }
        }
        let titles = placed.map { $0.1.title }
        var subject = "Submit \(titles.count == 1 ? titles[0] : "\(titles.count) documents") to \(project)"
        if let message = submission.message { subject += "\n\n\(message)" }
        subject += "\n\n" + placed.map { Self.messageLine(path: $0.2, title: $0.1.title, original: $0.0.lastPathComponent) }.joined(separator: "\n") + "\n"
        if let request = submission.changeRequest?.trimmingCharacters(in: .whitespaces) {
            guard !request.isEmpty, !request.contains(where: \.isNewline) else {
                throw .refused(.changeRequestNeedsID, hint: .changeRequestNumber)
            }
            subject = CommitTrailers.appending(["Change-Request: \(request)"], to: subject)
        }
        let outcome = try commitOnMain(author: submission.user) { snapshot in
            let files = try zip(placed, contents).map { item, content in
                PlacedFile(
                    path: "\(folder)/\(content.0)", type: item.1,
                    blob: try self.writeBlob(content.1.blobData), largeFile: content.1.isPointer)
            }
            return PlannedCommit(updates: try self.placementUpdates(files, inProject: folder, on: snapshot), message: subject)
        }
        let documents = zip(placed, contents).map { item, content in
            SubmittedDocument(
                source: item.0.relativePath, path: "\(folder)/\(item.2)", documentType: item.1.id, title: item.1.title, size: item.3.size,
                largeFile: content.1.isPointer)
        }
        return (documents, outcome)
    }

    /// A submitted file's content: in git, or in the large-file store.
    private enum StoredContent {
        case data(Data)
        case pointer(LFSPointer)

        var isPointer: Bool { if case .pointer = self { true } else { false } }
        /// What git keeps: the content, or the pointer to it.
        var blobData: Data {
            switch self {
            case .data(let data): data
            case .pointer(let pointer): pointer.data
            }
        }
    }

    /// Opens a file a user submitted or dropped (see `OpenedFile`: never a link, FIFO or
    /// device, never blocking); a file that cannot be is a problem shown as `shown`.
    static func openSubmitted(_ path: String, shownAs shown: String, hint: Message, unreadableHint: Message) -> Result<OpenedFile, ValidationProblem> {
        do {
            return .success(try OpenedFile.open(path, shownAs: shown))
        } catch .notRegularFile(_, let kind) {
            return .failure(ValidationProblem(path: shown, message: .notARegularFile(kind: kind), hint: hint))
        } catch {
            let reason = if case .io(_, _, let code) = error { String(cString: strerror(code)) } else { "\(error)" }
            return .failure(ValidationProblem(path: shown, message: .cannotBeRead(reason), hint: unreadableHint))
        }
    }

    /// One line of a commit message for a file committed at `path` (relative to the project
    /// folder): `acceptance/安装验收报告.pdf (安装验收报告, from 某银行-安装验收报告-签字版.pdf)`,
    /// naming the file as the user named it when it was renamed.
    static func messageLine(path: String, title: String?, original: String) -> String {
        let renamed = !path.hasSuffix("/" + original) && path != original
        switch (title, renamed) {
        case (let title?, true): return "\(path) (\(title), from \(original))"
        case (let title?, false): return "\(path) (\(title))"
        case (nil, true): return "\(path) (from \(original))"
        case (nil, false): return path
        }
    }
}
