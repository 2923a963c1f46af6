import Foundation
import GitKit

/// How a file reaches a project, for the words of the messages about it: `cmkeeper submit`, or a
/// drop into the daemon's inbox.
enum PlacementChannel: Sendable {
    case submit
    case inbox

    /// What the user does with documents: submit, drop.
    var verb: Verb {
        switch self {
        case .submit: .submit
        case .inbox: .drop
        }
    }

    /// What else the user can do with a file whose name says no document.
    func otherwise(_ process: ProcessDefinition) -> Message {
        switch self {
        case .submit: .orGiveType
        case .inbox: process.freeFolders.first.map { .orDropIntoFolder($0) } ?? .orAskCM
        }
    }
}

/// Where one file goes in a project folder: the one placement `submit` and the inbox call, so
/// that a rule of where documents go is written once.
struct DocumentPlacement: Sendable, Equatable {
    /// Relative to the project folder, e.g. `acceptance/安装验收报告.pdf`.
    let target: String
    /// The document it is; nil for a file in a free folder (`attachments/`).
    let type: DocumentType?

    /// Places a file named `name` in project folder `folder`: at `projectPath` when the user put it
    /// there (an inbox drop at its place), as document type `given` (an id or Chinese title, from
    /// `--type`), or else as its name says. A lock or temporary file never has a place. The place
    /// keeps every rule of `RepositoryPath`. A problem is shown at `shown`.
    static func place(
        _ name: String, at projectPath: String? = nil, type given: String? = nil, inProject folder: String, process: ProcessDefinition,
        shown: String, channel: PlacementChannel
    ) -> Result<DocumentPlacement, ValidationProblem> {
        let placed = unchecked(name, at: projectPath, type: given, process: process, shown: shown, channel: channel)
        guard case .success(let place) = placed else { return placed }
        do {
            _ = try RepositoryPath(normalizing: "\(folder)/\(place.target)")
            return placed
        } catch {
            return .failure(ValidationProblem(path: shown, message: error.message, hint: error.fix))
        }
    }

    private static func unchecked(
        _ name: String, at projectPath: String?, type given: String?, process: ProcessDefinition, shown: String, channel: PlacementChannel
    ) -> Result<DocumentPlacement, ValidationProblem> {
        if let reason = OfficeTempFiles.reason(for: name) {
            return .failure(ValidationProblem(path: shown, message: .isTemporary(reason), hint: .closeAndRemove(verb: channel.verb)))
        }
        if let given {
            guard let type = process.documentType(named: given) else {
                return .failure(ValidationProblem(
                    path: shown, message: .typeNotInProcess(given), hint: .typeNameHint))
            }
            return target(of: name, as: type, shown: shown, verb: channel.verb)
        }
        if let kept = projectPath {
            if let type = process.documentType(matching: kept) {
                guard !type.writtenBySystem else {
                    return .failure(ValidationProblem(path: shown, message: .writtenByCmkeeper(title: type.title), hint: .cannotBeDroppedRemoveIt))
                }
                return .success(DocumentPlacement(target: kept, type: type))
            }
            if process.isInFreeFolder(kept) { return .success(DocumentPlacement(target: kept, type: nil)) }
            // A folder of the dropper's own: the name may still say which document it is.
            if process.recognise(fileName: name).documentType == nil {
                let free = process.freeFolders.map { "\($0)/" }.joined(separator: " or ")
                return .failure(ValidationProblem(
                    path: shown, message: .notInItsPlace(free: free), hint: .nameAndDropInbox(free: free)))
            }
        }
        let recognition = process.recognise(fileName: name)
        let otherwise = channel.otherwise(process)
        if let problem = recognition.problem(at: shown, fileName: name, verb: channel.verb, otherwise: otherwise) { return .failure(problem) }
        guard let type = recognition.documentType else { return .failure(ValidationProblem(path: shown, message: .hasNoPlace, hint: otherwise)) }
        return target(of: name, as: type, shown: shown, verb: channel.verb)
    }

    /// Where a file named `name` of `type` goes: a kind kept once at its title with the file's
    /// extension in lower case (`安装验收报告 - 副本.PDF` → `acceptance/安装验收报告.pdf`), a kind
    /// kept many times by its name from the title on (`某银行-需求变更申请单-003.docx` →
    /// `change-requests/需求变更申请单-003.docx`). Never a document cmkeeper writes itself, nor a
    /// kind kept many times whose name has no number or date.
    private static func target(of name: String, as type: DocumentType, shown: String, verb: Verb) -> Result<DocumentPlacement, ValidationProblem> {
        guard !type.writtenBySystem else {
            return .failure(ValidationProblem(path: shown, message: .writtenByCmkeeper(title: type.title), hint: .onlyPeoplesDocuments(verb)))
        }
        let pattern = type.path
        let prefix = pattern.folder.isEmpty ? "" : pattern.folder + "/"
        let ext = (name as NSString).pathExtension.lowercased()
        let fileName = pattern.fileName
        if fileName.hasSuffix(".*"), !fileName.dropLast(2).contains(where: { $0 == "*" || $0 == "?" }), !ext.isEmpty {
            return .success(DocumentPlacement(target: prefix + fileName.dropLast(1) + ext, type: type))
        }
        if pattern.matchesFileName(name) { return .success(DocumentPlacement(target: prefix + name, type: type)) }
        if let title = name.range(of: type.title), pattern.matchesFileName(String(name[title.lowerBound...])) {
            return .success(DocumentPlacement(target: prefix + name[title.lowerBound...], type: type))
        }
        return .failure(ValidationProblem(
            path: shown, message: .mustBeNamedLike(title: type.title, pattern: fileName),
            hint: .renameLike(fileName.replacingOccurrences(of: "*.*", with: "001.docx").replacingOccurrences(of: "*", with: "docx"))))
    }
}

/// A file to write at its place in a project, as one commit writes it.
struct PlacedFile {
    /// Its repository path, e.g. `projects/P-1/acceptance/安装验收报告.pdf`.
    let path: String
    let type: DocumentType?
    let blob: ObjectID
    /// True when the blob is a git-lfs pointer, to be tracked in `.gitattributes`.
    let largeFile: Bool
}

extension Library {
    /// The tree updates that put `files` at their places in project folder `folder` on
    /// `snapshot`: each blob at its path; a new version of a document the project keeps once
    /// (`multiplicity = "one"`) replacing its other file(s), whatever their extension; and
    /// `.gitattributes` tracking the large files.
    func placementUpdates(_ files: [PlacedFile], inProject folder: String, on snapshot: Snapshot) throws -> [TreeUpdate] {
        var updates = files.map { TreeUpdate.upsert(path: $0.path, blob: $0.blob) }
        let written = Set(files.map(\.path))
        var replaced = Set<String>()
        for file in files {
            guard let type = file.type, type.multiplicity == .one else { continue }
            for old in try snapshot.documentFiles(of: type, inProject: folder) where !written.contains(old) && replaced.insert(old).inserted {
                updates.append(.remove(path: old))
            }
        }
        if let attributes = try attributesUpdate(tracking: files.filter(\.largeFile).map { Self.lfsTrackingLine(for: $0.path) }, in: snapshot) {
            updates.append(attributes)
        }
        return updates
    }
}

extension Snapshot {
    /// The files of project folder `folder` that count as `type` (their path matches its
    /// pattern, their extension is one of its file types), by repository path, sorted. Reads one
    /// folder when the pattern's folders have no wildcards.
    func documentFiles(of type: DocumentType, inProject folder: String) throws -> [String] {
        var listings: [String: [String]] = [:]
        return try documentFiles(of: type, inProject: folder, listings: &listings)
    }

    /// `documentFiles(of:inProject:)`, keeping the folders read in `listings` for the next call
    /// on this snapshot (the documents of a project kept once mostly share a folder).
    func documentFiles(of type: DocumentType, inProject folder: String, listings: inout [String: [String]]) throws -> [String] {
        try documentFiles(of: type, inProject: folder, listings: &listings) { type.path.matches($0) && type.allowsFileType(of: $0) }
    }

    /// `documentFiles(of:inProject:listings:)`, asking `counts` whether a path relative to the
    /// project folder counts as `type` (``ProcessPlaces/counts(_:as:)`` remembers the answers).
    func documentFiles(
        of type: DocumentType, inProject folder: String, listings: inout [String: [String]], counts: (String) -> Bool
    ) throws -> [String] {
        let pattern = type.path
        let place = pattern.folder.isEmpty ? folder : "\(folder)/\(pattern.folder)"
        let direct = pattern.pattern == (pattern.folder.isEmpty ? "" : pattern.folder + "/") + pattern.fileName
        let key = (direct ? "/" : "**/") + place
        let paths: [String]
        if let known = listings[key] {
            paths = known
        } else {
            paths = direct
                ? try children(of: place).filter { $0.kind != .tree }.map { "\(place)/\($0.path)" }
                : try files(under: place).map(\.path)
            listings[key] = paths
        }
        // The folder is cut off by its bytes: `dropFirst(folder.count)` would walk its characters.
        let found = paths.filter { counts(String(Substring($0.utf8.dropFirst(folder.utf8.count + 1)))) }
        // Most documents have one file or none, which need no sorting.
        return found.count > 1 ? found.sorted() : found
    }
}
