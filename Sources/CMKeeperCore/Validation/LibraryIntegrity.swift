import Foundation
import GitKit
import LFSStore

/// The rules that keep the library workable, whoever changes it (CM engineers included): it
/// always has a CM engineer, git-lfs never takes a file cmkeeper reads as text, a released
/// version never changes, and every project is in a phase of the process.
extension ChangeValidator {
    /// A role book in which nobody may change the rules or the roles any more.
    static func withoutCMEngineerProblem(_ book: RoleBook) -> ValidationProblem? {
        guard book.users(with: .cmEngineer).isEmpty else { return nil }
        return ValidationProblem(
            path: LibraryLayout.rolesFile,
            message: .leftWithoutCMEngineer, hint: .keepOneCMEngineer)
    }

    /// A project record naming a phase the process does not have.
    static func unknownPhaseProblem(_ record: ProjectRecord, process: ProcessDefinition, shown: String) -> ValidationProblem? {
        guard let reason = process.unknownPhaseReason(record.phase) else { return nil }
        return ValidationProblem(
            path: shown, message: reason, hint: .writeOneOfThosePhases(first: process.phases.first?.id))
    }

    /// Projects left in a phase that a changed process definition no longer has (but for the
    /// project records among the `judged` changes, which are checked as such).
    func projectsOutsidePhases(of process: ProcessDefinition, projects: inout ProjectCache, judged changes: [TreeChange]) throws -> [ValidationProblem] {
        // The project records the change writes, by their bytes: a first push writes thousands.
        let judged = Set(changes.lazy.filter(Self.isProjectRecord).map { PathKey($0.path) })
        var problems: [ValidationProblem] = []
        for entry in try after.children(of: LibraryLayout.projectsFolder) where entry.kind == .tree {
            guard !judged.contains(PathKey(LibraryLayout.projectFile(entry.path))), projects.isValidID(entry.path) else { continue }
            guard let record = try projects.records(entry.path).after.record, let reason = process.unknownPhaseReason(record.phase) else { continue }
            problems.append(ValidationProblem(
                path: LibraryLayout.processFile, message: .ofProject(record.id, reason), hint: .keepPhaseWhileUsed))
        }
        return problems
    }

    /// A change to a file of a version already released to a project
    /// (`projects/ID/releases/PRODUCT/VERSION/…`): a release never changes.
    func releasedVersionProblem(_ change: TreeChange, components: [String], shown: String) throws -> ValidationProblem? {
        guard components.count >= 6, components[2] == "releases" else { return nil }
        let version = components[..<5].joined(separator: "/")
        let versionWasReleased = try before.exists(version)
        guard change.status != .added || versionWasReleased else { return nil }
        let what: FileChange = change.status == .deleted ? .deleted : change.status == .added ? .added : .changed
        return ValidationProblem(
            path: shown, message: .releasedFilesNeverChange(product: components[3], version: components[4], project: components[1], change: what),
            hint: .releaseNewVersion(project: components[1], product: components[3]))
    }

    // MARK: Large-file tracking

    /// The files cmkeeper reads as text, which git-lfs must never store as pointers.
    static func textFiles(ofProject id: String) -> [String] {
        [LibraryLayout.projectFile(id), LibraryLayout.releaseLog(id), LibraryLayout.approvalsLog(id), LibraryLayout.baselineLog(id)]
    }

    /// Whether cmkeeper reads the file at `path` as text.
    static func isTextFile(_ path: String) -> Bool {
        if path == LibraryLayout.processFile || path == LibraryLayout.rolesFile { return true }
        // Most paths are answered by their name alone: every path of a change comes here.
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        if name == Substring(LibraryLayout.attributesFile) { return true }
        guard projectTextFileNames.contains(String(name)) else { return false }
        let parts = path.split(separator: "/")
        guard parts.count == 3, parts[0] == Substring(LibraryLayout.projectsFolder) else { return false }
        return textFiles(ofProject: String(parts[1])).contains(path)
    }

    /// Whether a changed path ends as a project record's does (`…/project.toml`), by its bytes.
    static func isProjectRecord(_ change: TreeChange) -> Bool {
        change.pathBytes.count > projectFileEnding.count && change.pathBytes.suffix(projectFileEnding.count).elementsEqual(projectFileEnding)
    }

    /// How a project record's path ends (`/project.toml`).
    private static let projectFileEnding = Array(LibraryLayout.projectFile("ID").utf8.dropFirst(LibraryLayout.projectFolder("ID").utf8.count))

    /// The names of `textFiles(ofProject:)` in a project's folder: most paths are answered by
    /// their name, without building the project's list.
    private static let projectTextFileNames = Set(textFiles(ofProject: "ID").compactMap { $0.split(separator: "/").last.map(String.init) })

    /// Files cmkeeper reads as text committed as git-lfs pointers (as `git add` writes them once
    /// a pattern sends them to git-lfs).
    func textFilePointerProblems(_ changes: some Collection<TreeChange>) throws -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        for change in changes where change.status != .deleted && Self.isTextFile(change.path) {
            guard let id = change.newID, try repository.blobSize(id) < 1024, LFSPointer(parsing: try repository.blobData(id)) != nil else { continue }
            problems.append(ValidationProblem(
                path: Self.display(change.path), message: .textFileIsLFSPointer, hint: .commitTextFileItself))
        }
        return problems
    }

    /// Text files committed as git-lfs pointers, and `.gitattributes` lines that would have git-lfs
    /// (`filter=lfs`) take a file cmkeeper reads as text: the lines a change adds to any attributes
    /// file, checked against every such file (and any project's, by a stand-in id); and, for a
    /// project the change creates, every line that applies to its files.
    func lfsTextFileProblems(_ changes: [TreeChange]) throws -> [ValidationProblem] {
        try textFilePointerProblems(changes) + attributesTextFileProblems(changes)
    }

    /// The `.gitattributes` lines of `lfsTextFileProblems`.
    func attributesTextFileProblems(_ changes: [TreeChange]) throws -> [ValidationProblem] {
        let attributesName = LibraryLayout.attributesFile
        let changedAttributes = changes.filter {
            $0.status != .deleted && $0.newKind == .file && ($0.path == attributesName || $0.path.hasSuffix("/" + attributesName))
        }
        let created = changes.compactMap { change -> String? in
            guard change.status == .added, Self.isProjectRecord(change) else { return nil }
            let parts = change.path.split(separator: "/")
            guard parts.count == 3, parts[0] == "projects" else { return nil }
            return String(parts[1])
        }
        var problems: [ValidationProblem] = []
        guard !changedAttributes.isEmpty || !created.isEmpty else { return problems }

        var files: [String: [AttributesLine]] = [:]
        func lines(_ path: String, in snapshot: Snapshot) throws -> [AttributesLine] {
            AttributesLine.parse(try snapshot.text(at: path) ?? "")
        }
        func linesAfter(_ path: String) throws -> [AttributesLine] {
            if let known = files[path] { return known }
            let read = try lines(path, in: after)
            files[path] = read
            return read
        }
        let macros = try linesAfter(attributesName).filter { $0.macro != nil }
        // The lines that send files to git-lfs, of each attributes file a new project is under.
        var lfsLines: [String: [AttributesLine]] = [:]
        func lfsLinesAfter(_ path: String) throws -> [AttributesLine] {
            if let known = lfsLines[path] { return known }
            let read = try linesAfter(path).filter { $0.sets("filter", to: "lfs", macros: macros) }
            lfsLines[path] = read
            return read
        }
        var reported = Set<String>()
        func check(_ line: AttributesLine, of attributes: String, against textFiles: [String]) {
            let folder = String(attributes.dropLast(attributesName.count))
            guard line.sets("filter", to: "lfs", macros: macros) else { return }
            for file in textFiles where file.hasPrefix(folder) && line.matches(String(file.dropFirst(folder.count))) {
                guard reported.insert("\(attributes):\(line.number)").inserted else { return }
                problems.append(ValidationProblem(
                    path: attributes,
                    message: .attributesLineTakesTextFile(line: line.number, text: Self.display(String(line.text)), file: file),
                    hint: .removeOrNarrowAttributesLine))
                return
            }
        }

        if !changedAttributes.isEmpty {
            let projectIDs = try after.children(of: LibraryLayout.projectsFolder).filter { $0.kind == .tree }.map(\.path) + ["ID"]
            let allTextFiles = [LibraryLayout.processFile, LibraryLayout.rolesFile] + projectIDs.flatMap(Self.textFiles(ofProject:))
            for change in changedAttributes {
                let old = Set(try lines(change.path, in: before).map(\.text))
                // A new macro that sets the filter makes every line naming it new.
                let newMacro = try linesAfter(change.path).contains { $0.macro != nil && !old.contains($0.text) }
                for line in try linesAfter(change.path) where newMacro || !old.contains(line.text) {
                    check(line, of: change.path, against: allTextFiles + [change.path])
                }
            }
        }
        for id in created {
            let textFiles = Self.textFiles(ofProject: id)
            for folder in ["", "projects/", "projects/\(id)/"] {
                for line in try lfsLinesAfter(folder + attributesName) {
                    check(line, of: folder + attributesName, against: textFiles)
                }
            }
        }
        return problems
    }
}
