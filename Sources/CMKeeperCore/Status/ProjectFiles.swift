/// The files of one project at one commit: path relative to the project folder (e.g.
/// `acceptance/安装验收报告.docx`) → git blob id (hex). What the gate evaluation reads instead of a
/// git tree.
public struct ProjectFiles: Sendable, Equatable {
    /// Path relative to the project folder → git blob id (hex).
    public let files: [String: String]
    /// Path → the login of who submitted the file as it is: the author of the newest commit
    /// (following first parents) that changed it, or the acting user when the change being
    /// checked does. Known only for the files approvals name; see ``ApprovalRules``.
    public var submitters: [String: String]

    public init(_ files: [String: String], submitters: [String: String] = [:]) {
        self.files = files
        self.submitters = submitters
    }

    /// The files under one project folder of a whole-repository listing: keeps the paths that
    /// start with `folder/` (e.g. `projects/P-2026-001`), made relative to it, and drops the rest.
    public init(repositoryFiles: [String: String], projectFolder folder: String) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var files: [String: String] = [:]
        for (path, blob) in repositoryFiles where path.hasPrefix(prefix) && path.count > prefix.count {
            files[String(path.dropFirst(prefix.count))] = blob
        }
        self.files = files
        submitters = [:]
    }

    /// The blob id of the file at `path`, if the project has it.
    public func blob(at path: String) -> String? {
        files[path]
    }

    /// The files that count as `type`: their path matches its pattern and their extension is one
    /// of its file types. Sorted, so results do not depend on dictionary order.
    public func paths(of type: DocumentType) -> [String] {
        files.keys.filter { type.path.matches($0) && type.allowsFileType(of: $0) }.sorted()
    }

    /// The files at the place of `type` whose extension it does not allow (e.g.
    /// `acceptance/安装验收报告.txt`): they do not count as the document. Sorted.
    public func pathsWithWrongFileType(of type: DocumentType) -> [String] {
        files.keys.filter { type.path.matches($0) && !type.allowsFileType(of: $0) }.sorted()
    }
}
