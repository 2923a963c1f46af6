import Foundation
import TOMLKit

/// `.cmkeeper/process.toml`: the implementation process a library keeps — its phases in order
/// with their gates, and every document type with its Chinese title and place in a project folder.
///
/// The default is `Config/process.toml`, embedded as ``DefaultProcess/processTOML``.
public struct ProcessDefinition: Sendable, Equatable {
    /// The schema version this cmkeeper reads.
    public static let currentVersion = 1
    /// The document size limit when the file does not set one: 100 MiB.
    public static let defaultMaxDocumentBytes = 100 << 20

    /// Schema version, 1.
    public let version: Int
    /// In process order.
    public let phases: [Phase]
    public let documentTypes: [DocumentType]
    /// Folders inside a project the process leaves free, e.g. `attachments`.
    public let freeFolders: [String]
    /// The largest file accepted as one document, in bytes.
    public let maxDocumentBytes: Int
    /// Each document type's names as ``recognise(fileName:)`` compares them, in the same order.
    let recognitionKeys: [RecognitionKeys]

    public init(version: Int = currentVersion, phases: [Phase], documentTypes: [DocumentType], freeFolders: [String] = [], maxDocumentBytes: Int = defaultMaxDocumentBytes) {
        self.version = version
        self.phases = phases
        self.documentTypes = documentTypes
        self.freeFolders = freeFolders
        self.maxDocumentBytes = maxDocumentBytes
        recognitionKeys = documentTypes.map(RecognitionKeys.init)
    }

    /// The built-in default, parsed from ``DefaultProcess/processTOML`` (a test proves it parses).
    public static let defaultDefinition: ProcessDefinition = try! parse(DefaultProcess.processTOML, file: "Config/process.toml")

    // MARK: Looking things up

    public func phase(_ id: String) -> Phase? {
        phases.first { $0.id == id }
    }

    /// Why a project cannot be in phase `id`: it is not one of the process's phases (nil when it is).
    public func unknownPhaseReason(_ id: String) -> Message? {
        Self.unknownPhaseReason(id, among: phases)
    }

    static func unknownPhaseReason(_ id: String, among phases: [Phase]) -> Message? {
        guard !phases.contains(where: { $0.id == id }) else { return nil }
        let known = phases.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
        return .notAPhaseOfProcess(id, phases: known)
    }

    /// A phase by its id or its Chinese title, as people name it (`installation` or `系统安装调试`).
    public func phase(named name: String) -> Phase? {
        phase(name) ?? phases.first { $0.title == name }
    }

    public func documentType(_ id: String) -> DocumentType? {
        documentTypes.first { $0.id == id }
    }

    /// A document type as people name it on the command line: its id, its Chinese title, a part
    /// of a title of alternatives, or an alias (`implementation-plan`, `项目实施及验收总体计划`, `实施计划`).
    public func documentType(named name: String) -> DocumentType? {
        documentType(name) ?? documentTypes.first { $0.names.contains(name) }
    }

    /// The hint for a name ``documentType(named:)`` does not know.

    /// What the process asks of an approval of a document type: the first gate's requirement
    /// naming it, or nil when no gate asks for its approval (a change request, say).
    public func approvalRequirement(for documentType: String) -> ApprovalRequirement? {
        phases.lazy.flatMap(\.exitApprovals).first { $0.documentType == documentType }
    }

    /// The position of a phase in process order.
    public func phaseIndex(_ id: String) -> Int? {
        phases.firstIndex { $0.id == id }
    }

    /// The document types of a phase (not counting those of phase `any`).
    public func documentTypes(inPhase id: String) -> [DocumentType] {
        documentTypes.filter { $0.phase == id }
    }

    /// The document types of a `one-of:GROUP` requirement, in file order.
    public func documentTypes(inGroup group: String) -> [DocumentType] {
        documentTypes.filter { $0.required.group == group }
    }

    /// The document type whose path pattern matches a path relative to the project folder
    /// (e.g. `acceptance/安装验收报告.docx`), if any.
    public func documentType(matching relativePath: String) -> DocumentType? {
        let names = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        return documentTypes.first { $0.path.matches(components: names) }
    }

    /// Whether a path relative to the project folder lies in one of the free folders.
    public func isInFreeFolder(_ relativePath: String) -> Bool {
        freeFolders.contains { relativePath.hasPrefix($0 + "/") }
    }

    // MARK: Parsing

    /// Names in a project folder that cmkeeper itself writes: no document may be kept there.
    /// (See `LibraryLayout`: `projects/ID/project.toml`, `projects/ID/releases/…`.)
    static let reservedFileNames = ["project.toml"]
    static let reservedFolders = ["releases"]

    private typealias Reader = ConfigurationError.TableReader

    /// Reads a process definition, refusing anything it cannot use with a `ConfigurationError`
    /// that names the file, the line when it can, what is wrong and what to do.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ProcessDefinition {
        let root = try ConfigurationError.parseTOML(text, file: file)
        let locator = ConfigurationError.Locator(text)
        let top = Reader(table: root, file: file, locator: locator, path: [], index: nil, name: "")
        try top.rejectUnknownKeys(["version", "free_folders", "max_document_bytes", "phase", "document"])

        guard let version = try top.int("version") else {
            throw top.error(nil, "the key version is missing; start the file with version = \(currentVersion)")
        }
        guard version == currentVersion else {
            throw top.error(
                "version",
                version > currentVersion
                    ? "this cmkeeper reads version \(currentVersion) of the process definition, not \(version); upgrade cmkeeper"
                    : "there is no version \(version); write version = \(currentVersion)")
        }

        let freeFolders = try top.stringArray("free_folders") ?? []
        for (index, folder) in freeFolders.enumerated() {
            if let problem = freeFolderProblem(folder) { throw top.error("free_folders", problem) }
            if freeFolders[..<index].contains(where: { $0.lowercased() == folder.lowercased() }) {
                throw top.error("free_folders", "\"\(folder)\" is listed twice; remove one")
            }
        }

        let maxDocumentBytes = try top.int("max_document_bytes") ?? defaultMaxDocumentBytes
        guard maxDocumentBytes > 0 else {
            throw top.error("max_document_bytes", "must be a positive number of bytes, e.g. 104857600 for 100 MiB")
        }

        guard let phaseTables = try top.tableArray("phase", example: "[[phase]]"), !phaseTables.isEmpty else {
            throw top.error(nil, "there are no phases; add a [[phase]] table for each phase of the process, in order")
        }
        guard let documentTables = try top.tableArray("document", example: "[[document]]"), !documentTables.isEmpty else {
            throw top.error(nil, "there are no documents; add a [[document]] table for each document type of the process")
        }
        let phaseKey = locator.key("phase")
        let documentKey = locator.key("document")

        var phases: [(Phase, Reader)] = []
        for (index, table) in phaseTables.enumerated() {
            let reader = Reader(table: table, file: file, locator: locator, path: ["phase"], index: index, name: "", fallback: phaseKey)
            phases.append(try parsePhase(reader, number: index + 1))
        }
        var documents: [(DocumentType, Reader)] = []
        for (index, table) in documentTables.enumerated() {
            let reader = Reader(table: table, file: file, locator: locator, path: ["document"], index: index, name: "", fallback: documentKey)
            documents.append(try parseDocument(reader, number: index + 1))
        }

        // Phases: unique ids and titles.
        for (index, (phase, reader)) in phases.enumerated() {
            if phases[..<index].contains(where: { $0.0.id == phase.id }) {
                throw reader.error("id", "another phase already has the id \"\(phase.id)\"; give each phase its own id")
            }
            if phases[..<index].contains(where: { $0.0.title == phase.title }) {
                throw reader.error("title", "another phase already has the title \"\(phase.title)\"; give each phase its own title")
            }
        }
        let phaseIDs = phases.map(\.0.id)

        // Documents: unique ids, titles and places; known phases; groups of two or more.
        for (index, (document, reader)) in documents.enumerated() {
            let earlier = documents[..<index].map(\.0)
            if earlier.contains(where: { $0.id == document.id }) {
                throw reader.error("id", "another document already has the id \"\(document.id)\"; give each document its own id")
            }
            if let other = earlier.first(where: { $0.title == document.title }) {
                throw reader.error("title", "document \"\(other.id)\" already has the title \"\(document.title)\"; give each document its own title")
            }
            for other in earlier {
                guard let name = document.names.first(where: other.names.contains) else { continue }
                throw reader.error(
                    document.aliases.contains(name) ? "aliases" : "title",
                    "document \"\(other.id)\" is already called \"\(name)\"; a name must say one document, so give each its own")
            }
            if let other = earlier.first(where: { $0.englishTitle.lowercased() == document.englishTitle.lowercased() }) {
                throw reader.error(
                    "english_title", "document \"\(other.id)\" already has the English title \"\(other.englishTitle)\"; give each document its own")
            }
            if let other = earlier.first(where: { $0.path.pattern.lowercased() == document.path.pattern.lowercased() }) {
                throw reader.error(
                    "path",
                    "document \"\(other.id)\" already has the path \"\(other.path)\"\(other.path == document.path ? "" : " (they differ only in letter case)"); give each document its own place")
            }
            if document.phase != DocumentType.anyPhase && !phaseIDs.contains(document.phase) {
                throw reader.error(
                    "phase",
                    "\"\(document.phase)\" is not a phase of this file; use one of \(phaseIDs.map { "\"\($0)\"" }.joined(separator: ", ")) or \"\(DocumentType.anyPhase)\"")
            }
            if let group = document.required.group, documents.filter({ $0.0.required.group == group }).count < 2 {
                throw reader.error(
                    "required",
                    "\"\(document.required)\" names a group with no other document; give at least two documents required = \"\(document.required)\", or write \"always\"")
            }
            let parts = document.path.pattern.split(separator: "/")
            if parts.count > 1 {
                let top = PathPattern(String(parts[0]))
                if let folder = (reservedFolders + freeFolders).first(where: top.matches) {
                    throw reader.error(
                        "path",
                        reservedFolders.contains(folder)
                            ? "\"\(document.path)\" lies in \(folder)/, which cmkeeper keeps for released software; choose another folder"
                            : "\"\(document.path)\" lies in \(folder)/, which free_folders leaves free; choose another folder or free another")
                }
            } else if let name = reservedFileNames.first(where: document.path.matches) {
                throw reader.error("path", "\"\(document.path)\" would match \(name), which cmkeeper writes itself; choose another name")
            }
        }
        let documentIDs = documents.map(\.0.id)

        // Gates: known documents, no document of a later phase, known roles.
        for (index, (phase, reader)) in phases.enumerated() {
            for (position, id) in phase.exitDocuments.enumerated() {
                guard let document = documents.first(where: { $0.0.id == id })?.0 else {
                    throw reader.error("exit_documents", "\"\(id)\" is not a document of this file; use the id of a [[document]]\(suggestion(id, documentIDs))")
                }
                if phase.exitDocuments[..<position].contains(id) {
                    throw reader.error("exit_documents", "\"\(id)\" is listed twice; remove one")
                }
                if let later = phaseIDs.firstIndex(of: document.phase), later > index {
                    throw reader.error(
                        "exit_documents",
                        "\"\(id)\" belongs to the later phase \"\(document.phase)\", so no project could leave \"\(phase.id)\"; move it to that phase's exit_documents")
                }
            }
            for (position, approval) in phase.exitApprovals.enumerated() {
                guard documentIDs.contains(approval.documentType) else {
                    throw reader.error(
                        "exit_approvals",
                        "\"\(approval.documentType)\" is not a document of this file; use the id of a [[document]]\(suggestion(approval.documentType, documentIDs))")
                }
                if phase.exitApprovals[..<position].contains(where: { $0.documentType == approval.documentType }) {
                    throw reader.error("exit_approvals", "\"\(approval.documentType)\" is listed twice; list all its approving roles in one entry")
                }
            }
        }

        return ProcessDefinition(
            version: version, phases: phases.map(\.0), documentTypes: documents.map(\.0), freeFolders: freeFolders,
            maxDocumentBytes: maxDocumentBytes)
    }

    /// `reader` named for messages.
    private static func named(_ reader: Reader, _ name: String) -> Reader {
        Reader(table: reader.table, file: reader.file, locator: reader.locator, path: reader.path, index: reader.index, name: name, fallback: reader.fallback)
    }

    private static func parsePhase(_ unnamed: Reader, number: Int) throws(ConfigurationError) -> (Phase, Reader) {
        let peeked = unnamed.table["id"]?.type == .string ? unnamed.table["id"]?.string : nil
        let reader = named(unnamed, peeked.map { "phase \"\($0)\"" } ?? "the \(ordinal(number)) [[phase]]")
        try reader.rejectUnknownKeys(["id", "title", "english_title", "optional", "exit_documents", "exit_approvals", "requires_releases"])
        let id = try reader.requiredString("id", example: "\"installation\"")
        if let problem = identifierProblem(id) { throw reader.error("id", problem) }
        guard id != DocumentType.anyPhase else {
            throw reader.error("id", "\"\(DocumentType.anyPhase)\" is kept for documents of every phase; choose another id")
        }
        let title = try reader.requiredString("title", example: "\"系统安装调试\"")
        if let problem = titleProblem(title) { throw reader.error("title", problem) }
        let englishTitle = try reader.requiredString("english_title", example: "\"System installation and commissioning\"")
        if let problem = titleProblem(englishTitle) { throw reader.error("english_title", problem) }
        let exitDocuments = try reader.stringArray("exit_documents") ?? []

        var approvals: [ApprovalRequirement] = []
        let example = "{ document = \"acceptance-report\", roles = [\"cm-engineer\", \"customer-service\"], independent = true }"
        for table in try reader.tableArray("exit_approvals", example: example) ?? [] {
            // Problems inside an entry are reported at the exit_approvals line.
            let at = { (message: String) -> ConfigurationError in reader.error("exit_approvals", message) }
            for key in table.keys.sorted() where !["document", "roles", "independent"].contains(key) {
                throw at("unknown key \(key) in an approval; write each as \(example)")
            }
            guard let document = table["document"]?.string, table["document"]?.type == .string else {
                throw at("each approval needs its document as a string; write each as \(example)")
            }
            guard let array = table["roles"]?.array, table["roles"]?.type == .array else {
                throw at("the approval of \"\(document)\" needs its roles as a list; write each as \(example)")
            }
            var roles: [String] = []
            for element in array {
                guard element.type == .string, let role = element.string else {
                    throw at("the roles approving \"\(document)\" must be strings, e.g. [\"cm-engineer\", \"customer-service\"]")
                }
                guard Role(rawValue: role) != nil else {
                    throw at(
                        "\"\(role)\" is not a role; use one of \(Role.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))\(suggestion(role, Role.allCases.map(\.rawValue)))")
                }
                if roles.contains(role) { throw at("the approval of \"\(document)\" lists \"\(role)\" twice; remove one") }
                roles.append(role)
            }
            guard !roles.isEmpty else {
                throw at("the approval of \"\(document)\" names no roles; list who approves it, e.g. roles = [\"cm-engineer\", \"customer-service\"]")
            }
            var independent = false
            if let value = table["independent"] {
                guard value.type == .bool, let flag = value.bool else {
                    throw at("independent, in the approval of \"\(document)\", must be true or false")
                }
                independent = flag
            }
            approvals.append(ApprovalRequirement(documentType: document, roles: roles, independent: independent))
        }

        let phase = Phase(
            id: id, title: title, englishTitle: englishTitle, optional: try reader.bool("optional") ?? false,
            exitDocuments: exitDocuments, exitApprovals: approvals, requiresReleases: try reader.bool("requires_releases") ?? false)
        return (phase, reader)
    }

    private static func parseDocument(_ unnamed: Reader, number: Int) throws(ConfigurationError) -> (DocumentType, Reader) {
        let peeked = unnamed.table["id"]?.type == .string ? unnamed.table["id"]?.string : nil
        let reader = named(unnamed, peeked.map { "document \"\($0)\"" } ?? "the \(ordinal(number)) [[document]]")
        try reader.rejectUnknownKeys(["id", "title", "aliases", "english_title", "phase", "path", "file_types", "multiplicity", "required", "written_by_system"])
        let id = try reader.requiredString("id", example: "\"acceptance-report\"")
        if let problem = identifierProblem(id) { throw reader.error("id", problem) }

        let title = try reader.requiredString("title", example: "\"安装验收报告\"")
        if let problem = titleProblem(title) { throw reader.error("title", problem) }
        let aliases = try reader.stringArray("aliases") ?? []
        for (position, alias) in aliases.enumerated() {
            if let problem = titleProblem(alias) { throw reader.error("aliases", problem) }
            if alias == title || aliases[..<position].contains(alias) {
                throw reader.error("aliases", "\"\(alias)\" is \(alias == title ? "the title itself" : "listed twice"); remove it")
            }
        }
        let englishTitle = try reader.requiredString("english_title", example: "\"installation acceptance report\"")
        if let problem = titleProblem(englishTitle) { throw reader.error("english_title", problem) }
        let phase = try reader.requiredString("phase", example: "\"acceptance\" (or \"any\")")

        let path = PathPattern(try reader.requiredString("path", example: "\"acceptance/\(title).*\""))
        if let problem = path.problem { throw reader.error("path", problem) }

        guard let fileTypes = try reader.stringArray("file_types") else {
            throw reader.error(nil, "the key file_types is missing; list the allowed extensions, e.g. file_types = [\"docx\", \"pdf\"]")
        }
        guard !fileTypes.isEmpty else {
            throw reader.error("file_types", "is empty; list the allowed extensions, e.g. [\"docx\", \"pdf\"]")
        }
        for (position, type) in fileTypes.enumerated() {
            guard !type.isEmpty, type.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) else {
                let fixed = type.drop(while: { $0 == "." }).lowercased()
                throw reader.error(
                    "file_types",
                    "\"\(type)\" is not an extension as this file writes them: lower case, letters and digits, without the dot\(fixed.isEmpty || fixed == type ? "" : " (\"\(fixed)\")")")
            }
            if fileTypes[..<position].contains(type) { throw reader.error("file_types", "\"\(type)\" is listed twice; remove one") }
        }
        if let ext = path.literalExtension, !fileTypes.contains(ext) {
            throw reader.error("path", "\"\(path)\" ends in .\(ext), which file_types does not allow; add \"\(ext)\" to file_types or change the path")
        }

        let multiplicityText = try reader.string("multiplicity") ?? DocumentType.Multiplicity.one.rawValue
        guard let multiplicity = DocumentType.Multiplicity(rawValue: multiplicityText) else {
            throw reader.error("multiplicity", "\"\(multiplicityText)\" is not a multiplicity; use \"one\" or \"many\"")
        }
        if multiplicity == .many && !path.fileNameHasWildcards {
            throw reader.error(
                "path",
                "\"\(path)\" names a single file, but multiplicity is \"many\"; put a '*' in the file name (e.g. \"\(path.folder.isEmpty ? "" : path.folder + "/")\(title)-*.*\") or write multiplicity = \"one\"")
        }

        let requiredText = try reader.string("required") ?? DocumentType.Requirement.never.description
        guard let required = DocumentType.Requirement(configurationValue: requiredText) else {
            throw reader.error("required", "\"\(requiredText)\" is not a requirement; use \(DocumentType.Requirement.spellings)")
        }
        if let group = required.group, let problem = identifierProblem(group) {
            throw reader.error("required", "the group \"\(group)\": \(problem)")
        }

        let document = DocumentType(
            id: id, title: title, englishTitle: englishTitle, phase: phase, path: path, fileTypes: fileTypes,
            multiplicity: multiplicity, required: required, writtenBySystem: try reader.bool("written_by_system") ?? false,
            aliases: aliases)
        return (document, reader)
    }

    /// Why `id` cannot be a phase, document or group id, or nil.
    static func identifierProblem(_ id: String) -> String? {
        let valid = !id.isEmpty && id.count <= 64
            && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            && id.first!.isLetter && !id.hasSuffix("-") && !id.contains("--")
        return valid ? nil : "\"\(id)\" is not an id; use lower-case letters, digits and single '-', starting with a letter, e.g. \"acceptance-report\""
    }

    /// Why `title` cannot be a title, or nil.
    static func titleProblem(_ title: String) -> String? {
        if title.trimmingCharacters(in: .whitespaces).isEmpty { return "is empty; give the title users know" }
        if title != title.trimmingCharacters(in: .whitespaces) { return "\"\(title)\" has spaces at an end; remove them" }
        if title.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }) {
            return "contains control characters; write it on one line, in plain text"
        }
        if title.contains("/") || title.contains("\\") { return "\"\(title)\" contains a slash; titles are file names, so leave it out" }
        return nil
    }

    /// Why a `free_folders` entry cannot be one, or nil.
    static func freeFolderProblem(_ folder: String) -> String? {
        if folder.contains("/") { return "\"\(folder)\" is not one folder name; free folders are directly inside the project folder" }
        if folder.contains("*") || folder.contains("?") { return "\"\(folder)\" contains a wildcard; name the folder" }
        if let problem = PathPattern(folder).problem { return problem }
        if reservedFolders.contains(folder) || reservedFileNames.contains(folder) {
            return "\"\(folder)\" is kept by cmkeeper for its own files; choose another name"
        }
        return nil
    }

    /// "; did you mean "X"?" when `word` is close to one of `candidates`, else "".
    static func suggestion(_ word: String, _ candidates: [String]) -> String {
        nearest(word, candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }

    /// The candidate `word` is most likely a typo of, if any is close.
    static func nearest(_ word: String, _ candidates: [String]) -> String? {
        guard let near = candidates.min(by: { Reader.editDistance(word, $0) < Reader.editDistance(word, $1) }),
            Reader.editDistance(word, near) <= max(2, near.count / 3)
        else { return nil }
        return near
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
