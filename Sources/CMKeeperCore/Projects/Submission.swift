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
        guard !submission.files.isEmpty else { throw .refused("no files to submit", hint: "name one or more files") }
        let start = try snapshot()
        guard try self.project(project, in: start) != nil else {
            throw .notFound("no project \(project) in the library", hint: "`cmkeeper project list` shows the projects")
        }
        let process = try start.processDefinition()

        // Work out every file's place first, and refuse them all together.
        var placed: [(URL, DocumentType, String, Int64)] = []
        var problems: [ValidationProblem] = []
        for file in submission.files {
            let name = file.lastPathComponent
            var info = stat()
            guard lstat(file.path, &info) == 0 else {
                problems.append(ValidationProblem(path: file.path, message: "cannot be read (\(String(cString: strerror(errno))))", hint: "check the path"))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                problems.append(ValidationProblem(path: file.path, message: "is not a regular file", hint: "submit the document itself, not a link or a folder"))
                continue
            }
            let type: DocumentType?
            if let id = submission.type {
                type = process.documentType(id) ?? process.documentTypes.first { $0.title == id }
                if type == nil {
                    problems.append(ValidationProblem(path: file.path, message: "--type \(id) is not a document type of the process", hint: "use an id or Chinese title from .cmkeeper/process.toml, e.g. acceptance-report or 安装验收报告"))
                    continue
                }
            } else {
                type = process.documentType(forFileName: name)
                if type == nil {
                    problems.append(ValidationProblem(
                        path: file.path, message: "its name does not say which document it is",
                        hint: "name it by its Chinese title (e.g. 安装验收报告.docx) or give --type"))
                    continue
                }
            }
            guard let type, !type.writtenBySystem else {
                problems.append(ValidationProblem(path: file.path, message: "\(type?.title ?? "") is written by cmkeeper itself", hint: "it cannot be submitted"))
                continue
            }
            guard let target = Self.placement(of: name, as: type) else {
                problems.append(ValidationProblem(
                    path: file.path, message: "a \(type.title) must be named like \(type.path.fileName)",
                    hint: "rename it, e.g. \(type.path.fileName.replacingOccurrences(of: "*.*", with: "001.docx").replacingOccurrences(of: "*", with: "docx"))"))
                continue
            }
            placed.append((file, type, target, Int64(info.st_size)))
        }
        if !problems.isEmpty { throw .invalid(problems, what: "this submission") }

        // Large files go to the store first; then one validated commit.
        var contents: [(String, LFSPointer?)] = []
        for (file, _, target, size) in placed {
            if size > Int64(settings.largeFileThreshold) {
                do {
                    contents.append((target, try lfs.store(contentsOf: file.path).pointer))
                } catch {
                    throw .lfs(error)
                }
            } else {
                contents.append((target, nil))
            }
        }
        let folder = LibraryLayout.projectFolder(project)
        let titles = placed.map { $0.1.title }
        var subject = "Submit \(titles.count == 1 ? titles[0] : "\(titles.count) documents") to \(project)"
        if let message = submission.message { subject += "\n\n\(message)" }
        subject += "\n\n" + placed.map { "\($0.2) (\($0.1.title))" }.joined(separator: "\n") + "\n"
        if let request = submission.changeRequest?.trimmingCharacters(in: .whitespaces) {
            guard !request.isEmpty, !request.contains(where: \.isNewline) else {
                throw .refused("--change-request needs the id of a change request, like CR-003", hint: "the number of its 需求变更申请单")
            }
            subject = CommitTrailers.appending(["Change-Request: \(request)"], to: subject)
        }
        let outcome = try commitOnMain(author: submission.user) { snapshot in
            var updates: [TreeUpdate] = []
            var lfsPaths: [String] = []
            for ((file, _, target, _), (_, pointer)) in zip(placed, contents) {
                let path = "\(folder)/\(target)"
                if let pointer {
                    updates.append(.upsert(path: path, blob: try self.writeBlob(pointer.data)))
                    lfsPaths.append(path)
                } else {
                    updates.append(.upsert(path: path, blob: try self.writeBlob(try Data(contentsOf: file))))
                }
            }
            if !lfsPaths.isEmpty {
                var attributes = try snapshot.text(at: LibraryLayout.attributesFile) ?? ""
                if !attributes.isEmpty && !attributes.hasSuffix("\n") { attributes += "\n" }
                for path in lfsPaths {
                    let line = "\(Self.attributesPattern(path)) filter=lfs diff=lfs merge=lfs -text"
                    if !attributes.split(separator: "\n").contains(Substring(line)) { attributes += line + "\n" }
                }
                updates.append(.upsert(path: LibraryLayout.attributesFile, blob: try self.writeBlob(Data(attributes.utf8))))
            }
            return PlannedCommit(updates: updates, message: subject)
        }
        let documents = zip(placed, contents).map { item, content in
            SubmittedDocument(
                source: item.0.path, path: "\(folder)/\(item.2)", documentType: item.1.id, title: item.1.title, size: item.3,
                largeFile: content.1 != nil)
        }
        return (documents, outcome)
    }

    /// Where a file named `name` of `type` goes, relative to the project folder; nil when its
    /// name does not fit a kind kept many times (numbered or dated).
    static func placement(of name: String, as type: DocumentType) -> String? {
        let pattern = type.path
        let folder = pattern.folder
        let prefix = folder.isEmpty ? "" : folder + "/"
        if pattern.matchesFileName(name) { return prefix + name }
        let ext = (name as NSString).pathExtension.lowercased()
        let fileName = pattern.fileName
        // A kind kept once, named by its title: TITLE.* takes the file's extension.
        if fileName.hasSuffix(".*"), !fileName.dropLast(2).contains(where: { $0 == "*" || $0 == "?" }), !ext.isEmpty {
            return prefix + fileName.dropLast(1) + ext
        }
        return nil
    }

    /// A .gitattributes pattern matching exactly `path`.
    static func attributesPattern(_ path: String) -> String {
        var out = ""
        for c in path {
            switch c {
            case " ": out += "[[:space:]]"
            case "*", "?", "[", "\\", "!", "#": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}
