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
        return .notAPhaseOfProcess(id, phases: phases.map { .titled(title: $0.title, id: $0.id) })
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
        let top = Reader(table: root, file: file, locator: locator, path: [], index: nil, name: nil)
        try top.rejectUnknownKeys(["version", "free_folders", "max_document_bytes", "phase", "document"])

        guard let version = try top.int("version") else {
            throw top.error(nil, .configVersionMissing(currentVersion))
        }
        guard version == currentVersion else {
            throw top.error(
                "version",
                version > currentVersion
                    ? .configVersionTooNew(reads: currentVersion, found: version)
                    : .configNoSuchVersion(version, write: currentVersion))
        }

        let freeFolders = try top.stringArray("free_folders") ?? []
        for (index, folder) in freeFolders.enumerated() {
            if let problem = freeFolderProblem(folder) { throw top.error("free_folders", problem) }
            if freeFolders[..<index].contains(where: { $0.lowercased() == folder.lowercased() }) {
                throw top.error("free_folders", .configListedTwice(folder))
            }
        }

        let maxDocumentBytes = try top.int("max_document_bytes") ?? defaultMaxDocumentBytes
        guard maxDocumentBytes > 0 else {
            throw top.error("max_document_bytes", .configMaxDocumentBytes)
        }

        guard let phaseTables = try top.tableArray("phase", example: "[[phase]]"), !phaseTables.isEmpty else {
            throw top.error(nil, .configNoPhases)
        }
        guard let documentTables = try top.tableArray("document", example: "[[document]]"), !documentTables.isEmpty else {
            throw top.error(nil, .configNoDocuments)
        }
        let phaseKey: @Sendable (ConfigurationError.Locator) -> ConfigurationError.Locator.Position? = { $0.key("phase") }
        let documentKey: @Sendable (ConfigurationError.Locator) -> ConfigurationError.Locator.Position? = { $0.key("document") }

        var phases: [(Phase, Reader)] = []
        for (index, table) in phaseTables.enumerated() {
            let reader = Reader(table: table, file: file, locator: locator, path: ["phase"], index: index, name: nil, fallback: phaseKey)
            phases.append(try parsePhase(reader, number: index + 1))
        }
        var documents: [(DocumentType, Reader)] = []
        for (index, table) in documentTables.enumerated() {
            let reader = Reader(table: table, file: file, locator: locator, path: ["document"], index: index, name: nil, fallback: documentKey)
            documents.append(try parseDocument(reader, number: index + 1))
        }

        // Phases: unique ids and titles.
        for (index, (phase, reader)) in phases.enumerated() {
            if phases[..<index].contains(where: { $0.0.id == phase.id }) {
                throw reader.error("id", .configPhaseIDTwice(phase.id))
            }
            if phases[..<index].contains(where: { $0.0.title == phase.title }) {
                throw reader.error("title", .configPhaseTitleTwice(phase.title))
            }
        }
        let phaseIDs = phases.map(\.0.id)

        // Documents: unique ids, titles and places; known phases; groups of two or more. Each is
        // compared with the earlier ones through what they hold (the first to hold it wins), so a
        // process of many documents is read in one pass: every hook parses it.
        let names = documents.map(\.0.names)
        var ids: Set<String> = []
        var titles: [String: String] = [:]
        var nameOwners: [String: Int] = [:]
        var englishTitles: [String: DocumentType] = [:]
        var paths: [String: DocumentType] = [:]
        for (index, (document, reader)) in documents.enumerated() {
            guard ids.insert(document.id).inserted else {
                throw reader.error("id", .configDocumentIDTwice(document.id))
            }
            if let other = titles[document.title] {
                throw reader.error("title", .configDocumentTitleTwice(other: other, title: document.title))
            }
            titles[document.title] = document.id
            if let owner = names[index].compactMap({ nameOwners[$0] }).min(),
                let name = names[index].first(where: names[owner].contains)
            {
                throw reader.error(
                    document.aliases.contains(name) ? "aliases" : "title",
                    .configDocumentAlreadyCalled(other: documents[owner].0.id, name: name))
            }
            for name in names[index] where nameOwners[name] == nil { nameOwners[name] = index }
            if let other = englishTitles[document.englishTitle.lowercased()] {
                throw reader.error(
                    "english_title", .configEnglishTitleTwice(other: other.id, title: other.englishTitle))
            }
            englishTitles[document.englishTitle.lowercased()] = document
            if let other = paths[document.path.pattern.lowercased()] {
                throw reader.error(
                    "path",
                    .configPathTwice(other: other.id, path: other.path.description, caseOnly: other.path != document.path))
            }
            paths[document.path.pattern.lowercased()] = document
            if document.phase != DocumentType.anyPhase && !phaseIDs.contains(document.phase) {
                throw reader.error(
                    "phase",
                    .configUnknownPhase(document.phase, phases: phaseIDs, any: DocumentType.anyPhase))
            }
            if let group = document.required.group, documents.filter({ $0.0.required.group == group }).count < 2 {
                throw reader.error(
                    "required",
                    .configLonelyGroup(document.required.description))
            }
            let parts = document.path.pattern.split(separator: "/")
            if parts.count > 1 {
                let top = PathPattern(String(parts[0]))
                if let folder = (reservedFolders + freeFolders).first(where: top.matches) {
                    throw reader.error(
                        "path",
                        reservedFolders.contains(folder)
                            ? .configPathInReleases(path: document.path.description, folder: folder)
                            : .configPathInFreeFolder(path: document.path.description, folder: folder))
                }
            } else if let name = reservedFileNames.first(where: document.path.matches) {
                throw reader.error("path", .configPathIsReserved(path: document.path.description, name: name))
            }
        }
        let documentIDs = documents.map(\.0.id)

        // Gates: known documents, no document of a later phase, known roles.
        for (index, (phase, reader)) in phases.enumerated() {
            for (position, id) in phase.exitDocuments.enumerated() {
                guard let document = documents.first(where: { $0.0.id == id })?.0 else {
                    throw reader.error("exit_documents", .configUnknownDocument(id, near: nearest(id, documentIDs)))
                }
                if phase.exitDocuments[..<position].contains(id) {
                    throw reader.error("exit_documents", .configListedTwice(id))
                }
                if let later = phaseIDs.firstIndex(of: document.phase), later > index {
                    throw reader.error(
                        "exit_documents",
                        .configLaterPhase(document: id, phase: document.phase, leaving: phase.id))
                }
            }
            for (position, approval) in phase.exitApprovals.enumerated() {
                guard documentIDs.contains(approval.documentType) else {
                    throw reader.error(
                        "exit_approvals",
                        .configUnknownDocument(approval.documentType, near: nearest(approval.documentType, documentIDs)))
                }
                if phase.exitApprovals[..<position].contains(where: { $0.documentType == approval.documentType }) {
                    throw reader.error("exit_approvals", .configApprovalTwice(approval.documentType))
                }
            }
        }

        return ProcessDefinition(
            version: version, phases: phases.map(\.0), documentTypes: documents.map(\.0), freeFolders: freeFolders,
            maxDocumentBytes: maxDocumentBytes)
    }

    /// `reader` named for messages.
    private static func named(_ reader: Reader, _ name: Message) -> Reader {
        Reader(table: reader.table, file: reader.file, locator: reader.locator, path: reader.path, index: reader.index, name: name, fallback: reader.fallback)
    }

    private static func parsePhase(_ unnamed: Reader, number: Int) throws(ConfigurationError) -> (Phase, Reader) {
        let peeked = unnamed.table["id"]?.type == .string ? unnamed.table["id"]?.string : nil
        let reader = named(unnamed, peeked.map { .configPhaseNamed($0) } ?? .configNthTable(number, table: "phase"))
        try reader.rejectUnknownKeys(["id", "title", "english_title", "optional", "exit_documents", "exit_approvals", "requires_releases"])
        let id = try reader.requiredString("id", example: "\"installation\"")
        if let problem = identifierProblem(id) { throw reader.error("id", problem) }
        guard id != DocumentType.anyPhase else {
            throw reader.error("id", .configIDKeptForAny(DocumentType.anyPhase))
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
            let at = { (message: Message) -> ConfigurationError in reader.error("exit_approvals", message) }
            for key in table.keys.sorted() where !["document", "roles", "independent"].contains(key) {
                throw at(.configApprovalUnknownKey(key, example: example))
            }
            guard let document = table["document"]?.string, table["document"]?.type == .string else {
                throw at(.configApprovalNeedsDocument(example: example))
            }
            guard let array = table["roles"]?.array, table["roles"]?.type == .array else {
                throw at(.configApprovalNeedsRoles(document: document, example: example))
            }
            var roles: [String] = []
            for element in array {
                guard element.type == .string, let role = element.string else {
                    throw at(.configApprovalRolesStrings(document: document))
                }
                guard Role(rawValue: role) != nil else {
                    throw at(
                        .configNotARole(
                            role, roles: Role.allCases.map(\.rawValue), near: nearest(role, Role.allCases.map(\.rawValue))))
                }
                if roles.contains(role) { throw at(.configApprovalRoleTwice(document: document, role: role)) }
                roles.append(role)
            }
            guard !roles.isEmpty else {
                throw at(.configApprovalNoRoles(document: document))
            }
            var independent = false
            if let value = table["independent"] {
                guard value.type == .bool, let flag = value.bool else {
                    throw at(.configIndependentBool(document: document))
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
        let reader = named(unnamed, peeked.map { .configDocumentNamed($0) } ?? .configNthTable(number, table: "document"))
        try reader.rejectUnknownKeys(["id", "title", "aliases", "english_title", "phase", "path", "file_types", "multiplicity", "required", "written_by_system"])
        let id = try reader.requiredString("id", example: "\"acceptance-report\"")
        if let problem = identifierProblem(id) { throw reader.error("id", problem) }

        let title = try reader.requiredString("title", example: "\"安装验收报告\"")
        if let problem = titleProblem(title) { throw reader.error("title", problem) }
        let aliases = try reader.stringArray("aliases") ?? []
        for (position, alias) in aliases.enumerated() {
            if let problem = titleProblem(alias) { throw reader.error("aliases", problem) }
            if alias == title || aliases[..<position].contains(alias) {
                throw reader.error("aliases", .configAliasRepeated(alias, isTitle: alias == title))
            }
        }
        let englishTitle = try reader.requiredString("english_title", example: "\"installation acceptance report\"")
        if let problem = titleProblem(englishTitle) { throw reader.error("english_title", problem) }
        let phase = try reader.requiredString("phase", example: "\"acceptance\" (or \"any\")")

        let path = PathPattern(try reader.requiredString("path", example: "\"acceptance/\(title).*\""))
        if let problem = path.problem { throw reader.error("path", problem) }

        guard let fileTypes = try reader.stringArray("file_types") else {
            throw reader.error(nil, .configFileTypesMissing)
        }
        guard !fileTypes.isEmpty else {
            throw reader.error("file_types", .configFileTypesEmpty)
        }
        for (position, type) in fileTypes.enumerated() {
            guard !type.isEmpty, SimpleText.isLowercaseASCII(type) else {
                let fixed = type.drop(while: { $0 == "." }).lowercased()
                throw reader.error(
                    "file_types",
                    .configNotAnExtension(type, fixed: fixed.isEmpty || fixed == type ? nil : fixed))
            }
            if fileTypes[..<position].contains(type) { throw reader.error("file_types", .configListedTwice(type)) }
        }
        if let ext = path.literalExtension, !fileTypes.contains(ext) {
            throw reader.error("path", .configExtensionNotAllowed(path: path.description, ext: ext))
        }

        let multiplicityText = try reader.string("multiplicity") ?? DocumentType.Multiplicity.one.rawValue
        guard let multiplicity = DocumentType.Multiplicity(rawValue: multiplicityText) else {
            throw reader.error("multiplicity", .configNotAMultiplicity(multiplicityText))
        }
        if multiplicity == .many && !path.fileNameHasWildcards {
            throw reader.error(
                "path",
                .configManyNeedsWildcard(path: path.description, example: "\(path.folder.isEmpty ? "" : path.folder + "/")\(title)-*.*"))
        }

        let requiredText = try reader.string("required") ?? DocumentType.Requirement.never.description
        guard let required = DocumentType.Requirement(configurationValue: requiredText) else {
            throw reader.error("required", .configNotARequirement(requiredText, spellings: DocumentType.Requirement.spellings))
        }
        if let group = required.group, let problem = identifierProblem(group) {
            throw reader.error("required", .configGroup(group, problem))
        }

        let document = DocumentType(
            id: id, title: title, englishTitle: englishTitle, phase: phase, path: path, fileTypes: fileTypes,
            multiplicity: multiplicity, required: required, writtenBySystem: try reader.bool("written_by_system") ?? false,
            aliases: aliases)
        return (document, reader)
    }

    /// Why `id` cannot be a phase, document or group id, or nil.
    static func identifierProblem(_ id: String) -> Message? {
        let valid = !id.isEmpty && id.count <= 64
            && SimpleText.isLowercaseASCII(id, or: "-")
            && id.first!.isLetter && !id.hasSuffix("-") && !SimpleText(id).contains("--")
        return valid ? nil : .configNotAnID(id)
    }

    /// Why `title` cannot be a title, or nil.
    static func titleProblem(_ title: String) -> Message? {
        let text = SimpleText(title)
        let trimmed = text.trimmed
        if trimmed.isEmpty { return .configTitleEmpty }
        if title != trimmed { return .configTitleSpaces(title) }
        if title.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }) {
            return .configTitleControl
        }
        if text.contains("/") || text.contains("\\") { return .configTitleSlash(title) }
        return nil
    }

    /// Why a `free_folders` entry cannot be one, or nil.
    static func freeFolderProblem(_ folder: String) -> Message? {
        let text = SimpleText(folder)
        if text.contains("/") { return .configFreeFolderNotOne(folder) }
        if text.contains("*") || text.contains("?") { return .configFreeFolderWildcard(folder) }
        if let problem = PathPattern(folder).problem { return problem }
        if reservedFolders.contains(folder) || reservedFileNames.contains(folder) {
            return .configFreeFolderReserved(folder)
        }
        return nil
    }

    /// The candidate `word` is most likely a typo of, if any is close.
    static func nearest(_ word: String, _ candidates: [String]) -> String? {
        guard let near = candidates.min(by: { Reader.editDistance(word, $0) < Reader.editDistance(word, $1) }),
            Reader.editDistance(word, near) <= max(2, near.count / 3)
        else { return nil }
        return near
    }
}
