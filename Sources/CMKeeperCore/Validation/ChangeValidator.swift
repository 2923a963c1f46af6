import Foundation
import GitKit
import LFSStore

/// Checks one change of the library's tree (before → after), made by one user, against the
/// process: safe paths, documents in their places, sizes, who may change what, append-only
/// logs, and phase changes only through met gates.
///
/// The same validator serves the pre-receive hook (every pushed commit), the client-side
/// pre-commit hook, `validate`, and every commit cmkeeper makes itself. It reports every
/// problem, not just the first.
public struct ChangeValidator {
    /// What else the validator may check.
    public struct Options: Sendable {
        /// Apply the role rules (off for `validate`, which checks a tree's content only).
        public var checkRoles = true
        /// Plain blobs larger than this must be stored with git-lfs (nil: no limit).
        public var largeFileThreshold: Int? = nil
        /// Where pushed LFS pointers' content must already be (nil: not checked).
        public var lfs: LFSStore? = nil
        /// The time gates are judged at.
        public var now = Date()
        /// The commit's message, for the `Change-Request:` trailers that open a baselined file
        /// (nil when not known yet, as in pre-commit: a CM engineer is then trusted to add one).
        public var commitMessage: String? = nil
        /// The git-lfs file locks a change must respect (nil: not checked).
        public var locks: LFSLocks? = nil
        /// How many threads a large change's paths are checked on (one per core, at most 8:
        /// each reads its projects' trees again through a handle of its own), and how many paths
        /// each takes at least (see `checkPaths`).
        var threads = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        var pathsPerThread = 1_000

        public init(
            checkRoles: Bool = true, largeFileThreshold: Int? = nil, lfs: LFSStore? = nil, now: Date = Date(), commitMessage: String? = nil,
            locks: LFSLocks? = nil
        ) {
            self.locks = locks
            self.checkRoles = checkRoles
            self.largeFileThreshold = largeFileThreshold
            self.lfs = lfs
            self.now = now
            self.commitMessage = commitMessage
        }
    }

    let before: Snapshot
    let after: Snapshot
    let user: String
    let options: Options

    public init(before: Snapshot, after: Snapshot, user: String, options: Options = Options()) {
        self.before = before
        self.after = after
        self.user = user
        self.options = options
    }

    var repository: Repository { after.repository }

    /// Every problem with the change; empty when it keeps the process.
    public func problems() throws(CMKeeperError) -> [ValidationProblem] {
        try translatingErrors { try check() }
    }

    private func check() throws -> [ValidationProblem] {
        // A malformed tree is judged first: libgit2 may misread it, and git will not check it out.
        let malformed = try TreeFormat(repository: repository).problems(from: before.tree, to: after.tree)
        if !malformed.isEmpty { return malformed }
        var problems: [ValidationProblem] = []
        let changes = try repository.diff(from: before.tree, to: after.tree)
        if changes.isEmpty { return [] }
        // A rules file git-lfs took is refused as such, not as the TOML it no longer is.
        let rulesFiles = [LibraryLayout.processFile, LibraryLayout.rolesFile, LibraryLayout.keysFile]
        if try !textFilePointerProblems(changes.filter { rulesFiles.contains($0.path) }).isEmpty { return try lfsTextFileProblems(changes) }

        // Who may do what: the roles in force before the change (nobody grants themselves a role).
        let roles: RoleBook
        do {
            roles = before.tree == nil ? try after.roleBook() : try before.roleBook()
        } catch {
            return [ValidationProblem(path: LibraryLayout.rolesFile, message: error.message, hint: error.hint)]
        }
        let isCM = !options.checkRoles || roles.has(.cmEngineer, user)

        // The rules the new tree is checked by: its own process definition, which must be readable.
        let process: ProcessDefinition
        do {
            process = try after.processDefinition()
        } catch {
            return [ValidationProblem(path: LibraryLayout.processFile, message: error.message, hint: .fixRulesFile)]
        }
        if changes.contains(where: { $0.path == LibraryLayout.rolesFile && $0.status != .deleted }) {
            do {
                if let problem = Self.withoutCMEngineerProblem(try after.roleBook()) { problems.append(problem) }
            } catch {
                problems.append(ValidationProblem(path: LibraryLayout.rolesFile, message: error.message, hint: .fixTheFile))
            }
        }

        let checked = try checkPaths(changes, rules: PathRules(process: process, roles: roles, isCM: isCM))
        problems += checked.problems
        problems += try lockProblems(changes)
        // Names that differ only in case: inside the projects (and other top folders) as each
        // run judged them, and at the top and in `projects/` among all the runs' names.
        let topFolders = 0..<Self.runFolderDepths.lowerBound
        let caseTwins = try CaseCollisions(before: before, after: after).findings(among: checked.added, depths: topFolders)
        problems += CaseCollisions.ordered(caseTwins + checked.caseCollisions)
        problems += KeptOnceDocuments.ordered(checked.keptOnce)
        problems += checked.textFilePointers + (try attributesTextFileProblems(changes))
        if changes.contains(where: { $0.path == LibraryLayout.processFile && $0.status != .deleted }) {
            var projects = ProjectCache(before: before, after: after, known: checked.records)
            problems += try projectsOutsidePhases(of: process, projects: &projects, judged: changes)
        }
        return problems
    }

    /// The checks of one changed path: its name, where it is, and who may change it.
    func problems(of change: TreeChange, rules: PathRules, state: inout PathCheckState) throws -> [ValidationProblem] {
        let (process, roles, isCM) = (rules.process, rules.roles, rules.isCM)
        var problems: [ValidationProblem] = []
        let shown = Self.display(change.path)
        var path: RepositoryPath? = nil
        if change.status != .deleted {
            do {
                path = try RepositoryPath(validatingBytes: change.pathBytes)
            } catch {
                return [ValidationProblem(path: shown, message: error.message, hint: error.fix)]
            }
            if let p = path, change.status == .added { state.added.append(p) }
            switch change.newKind {
            case .symlink:
                return [ValidationProblem(path: shown, message: .isSymbolicLink, hint: .commitFileNotLink)]
            case .submodule:
                return [ValidationProblem(path: shown, message: .isSubmodule, hint: .commitFilesNotSubmodule)]
            default: break
            }
        }
        let components = path?.components ?? change.path.split(separator: "/").map(String.init)
        switch components.first {
        case ".cmkeeper":
            if !isCM { problems.append(Self.cmOnly(shown, .changeRules)) }
            if change.status != .deleted, ![LibraryLayout.processFile, LibraryLayout.rolesFile, LibraryLayout.keysFile].contains(change.path) {
                problems.append(ValidationProblem(path: shown, message: .unknownRulesFile, hint: .rulesFilesAre))
            }
            if change.path == LibraryLayout.keysFile, change.status != .deleted {
                do {
                    _ = try after.keyBook()
                } catch {
                    problems.append(ValidationProblem(path: shown, message: error.message, hint: .changeKeysWithCommands))
                }
            }
            if change.status == .deleted, [LibraryLayout.processFile, LibraryLayout.rolesFile].contains(change.path) {
                problems.append(ValidationProblem(path: shown, message: .rulesFileNeeded, hint: .changeItInstead))
            }
        case LibraryLayout.projectsFolder where components.count >= 3:
            problems += try checkProjectFile(
                change, components: components, shown: shown, process: process, roles: roles, isCM: isCM, projects: &state.projects,
                keptOnce: &state.keptOnce, places: &state.places)
            if options.checkRoles {
                problems += try freezeProblems(
                    change, components: components, shown: shown, process: process, isCM: isCM, freeze: &state.freeze, projects: &state.projects)
            }
        case LibraryLayout.attributesFile where components.count == 1:
            if !isCM { problems += try attributesProblems(change, shown: shown) }
        default:
            if !isCM { problems.append(Self.cmOnly(shown, .changeOutsideProject)) }
        }
        return problems
    }

    /// A file locked with git-lfs is changed only by who holds the lock.
    private func lockProblems(_ changes: [TreeChange]) throws -> [ValidationProblem] {
        guard let locks = options.locks else { return [] }
        let held = Dictionary(try locks.all().filter { $0.owner != user }.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        guard !held.isEmpty else { return [] }
        return changes.compactMap { change in
            guard let lock = held[change.path] else { return nil }
            return ValidationProblem(
                path: Self.display(change.path), message: .lockedBy(owner: lock.owner, since: lock.lockedAt, id: lock.id),
                hint: .askHolderToUnlock(owner: lock.owner, path: change.path))
        }
    }

    /// The rules for a file inside `projects/ID/`.
    private func checkProjectFile(
        _ change: TreeChange, components: [String], shown: String, process: ProcessDefinition, roles: RoleBook, isCM: Bool,
        projects: inout ProjectCache, keptOnce: inout KeptOnceDocuments, places: inout ProcessPlaces
    ) throws -> [ValidationProblem] {
        let id = components[1]
        let rest = Array(components.dropFirst(2))
        let relative = rest.joined(separator: "/")
        guard projects.isValidID(id) else {
            return [ValidationProblem(path: shown, message: .notAProjectID(id), hint: .projectsCreatedByCM)]
        }
        let (old, new) = try projects.records(id)
        var problems: [ValidationProblem] = []
        if rest == ["project.toml"], let problem = new.problem, change.status != .deleted {
            if !isCM { problems.append(Self.cmOnly(shown, old.record == nil ? .createProject : .rewriteProjectRecord)) }
            return problems + [problem]
        }
        if new.record == nil && change.status != .deleted && rest != ["project.toml"] {
            return [ValidationProblem(path: shown, message: .projectDoesNotExist(id), hint: .cmCreatesProjectFirst(id))]
        }
        let manager = old.record?.manager ?? new.record?.manager
        let mayEditDocuments = isCM || user == manager

        switch rest.first {
        case "project.toml" where rest.count == 1:
            switch change.status {
            case .added, .deleted, .typeChanged:
                if !isCM { problems.append(Self.cmOnly(shown, change.status == .deleted ? .deleteProject : .createProject)) }
            case .modified:
                guard let before = old.record, let after = new.record else { break }
                if !isCM {
                    var comparable = after
                    comparable.phase = before.phase
                    comparable.trialRun = before.trialRun
                    if user != before.manager {
                        problems.append(ValidationProblem(
                            path: shown, message: .mayNotChangeProject(user: user, project: id, manager: before.manager),
                            hint: .askManagerOrCM(before.manager)))
                    } else if comparable != before {
                        problems.append(ValidationProblem(
                            path: shown, message: .managerChangesOnlyPhase, hint: .askCMToChangeProject))
                    }
                }
                if after.phase != before.phase {
                    problems += try phaseProblems(project: after, from: before, process: process, isCM: isCM, shown: shown)
                }
            }
            // A phase change is judged above; any other record must name a phase of the process.
            if change.status != .deleted, let record = new.record, record.phase == old.record?.phase || change.status != .modified,
                let problem = Self.unknownPhaseProblem(record, process: process, shown: shown)
            {
                problems.append(problem)
            }
        case "release-log.jsonl" where rest.count == 1:
            if !isCM { problems.append(Self.cmOnly(shown, .writeReleaseLog)) }
            problems += try appendOnly(change, shown: shown) { text in
                _ = try ReleaseLog.parse(text, file: change.path)
            }
        case "baselines.jsonl" where rest.count == 1:
            if !isCM { problems.append(Self.cmOnly(shown, .recordBaselines)) }
            problems += try appendOnly(change, shown: shown) { text in
                _ = try BaselineRecord.parseLog(text, file: change.path)
            }
        case "approvals.jsonl" where rest.count == 1:
            problems += try appendOnly(change, shown: shown) { text in
                _ = try ApprovalLog.parse(text, file: change.path)
            }
            if options.checkRoles, change.status != .deleted {
                problems += try approvalProblems(change, projectID: id, process: process, roles: roles, shown: shown)
            }
        case "releases":
            if !isCM { problems.append(Self.cmOnly(shown, .changeReleasedSoftware)) }
            if let problem = try releasedVersionProblem(change, components: components, shown: shown) { problems.append(problem) }
            if change.status != .deleted { problems += try sizeProblems(change, shown: shown, maximum: nil) }
        default:
            if !mayEditDocuments {
                problems.append(ValidationProblem(
                    path: shown, message: .mayNotChangeDocuments(user: user, project: id), hint: .onlyManagerOrCM(manager: manager)))
            }
            if change.status == .deleted { break }
            let name = rest.last ?? ""
            if let reason = OfficeTempFiles.reason(for: name) {
                problems.append(ValidationProblem(path: shown, message: .isTemporary(reason), hint: .closeAndRemove(verb: .push)))
                break
            }
            if !process.isInFreeFolder(relative) {
                if let type = places.documentType(matching: relative) {
                    if type.writtenBySystem {
                        problems.append(ValidationProblem(path: shown, message: .writtenByCmkeeper(title: type.title), hint: .doNotEditByHand))
                    } else if !type.allowsFileType(of: name) {
                        problems.append(ValidationProblem(
                            path: shown, message: .mustBeFileType(title: type.title, types: type.fileTypes.map { ".\($0)" }.joined(separator: ", ")),
                            hint: .saveInFormat))
                    } else if type.multiplicity == .one {
                        keptOnce.note(type, project: id, changed: change.path)
                    }
                } else {
                    problems.append(ValidationProblem(path: shown, message: .notADocumentHere, hint: placementHint(for: name, process: process)))
                }
            }
            problems += try sizeProblems(change, shown: shown, maximum: process.maxDocumentBytes)
        }
        return problems
    }

    /// A change to a baselined project: only by a CM engineer, naming an approved change request;
    /// new files too. Its records and new change requests are open (``BaselineFreeze/isOpen(_:added:process:)``).
    private func freezeProblems(
        _ change: TreeChange, components: [String], shown: String, process: ProcessDefinition, isCM: Bool, freeze: inout BaselineFreeze,
        projects: inout ProjectCache
    ) throws -> [ValidationProblem] {
        let project = components[1]
        guard projects.isValidID(project) else { return [] }
        let latest = try freeze.latestBaseline(of: project)
        if case .success(nil) = latest { return [] }
        if BaselineFreeze.isOpen(components.dropFirst(2).joined(separator: "/"), added: change.status == .added, process: process) { return [] }
        let baseline: BaselineFreeze.Latest
        switch latest {
        case .failure(let problem): return [problem]
        case .success(nil): return []
        case .success(let found?): baseline = found
        }
        let what: FileChange = change.status == .deleted ? .deleted : change.status == .added ? .added : .changed
        let inBaseline = baseline.paths.contains(change.path)
        guard isCM else {
            return [ValidationProblem(
                path: shown, message: .baselineFrozen(project: project, baseline: inBaseline ? nil : baseline.record.name, change: what),
                hint: .changeGoesThroughRequest)]
        }
        let named = inBaseline ? nil : baseline.record.name
        guard let message = options.commitMessage else { return [] }
        let requests = BaselineFreeze.changeRequests(in: message)
        guard !requests.isEmpty else {
            return [ValidationProblem(
                path: shown, message: .baselineFrozenWithoutRequest(project: project, baseline: named, change: what), hint: .nameChangeRequestInMessage)]
        }
        var reasons: [Message] = []
        for request in requests {
            guard let reason = try freeze.problemWithChangeRequest(request, project: project, process: process) else { return [] }
            reasons.append(reason)
        }
        return [ValidationProblem(
            path: shown, message: .changeRequestsDoNotHold(project: project, baseline: named, reasons: reasons), hint: .haveChangeRequestApproved(project: project))]
    }

    /// A phase change: forward through met gates, into the final phase only with a new baseline
    /// record in the same commit, back only by a CM engineer giving a reason.
    private func phaseProblems(project: ProjectRecord, from before: ProjectRecord, process: ProcessDefinition, isCM: Bool, shown: String) throws -> [ValidationProblem] {
        var current = project
        current.phase = before.phase
        let status: ProjectStatus
        do {
            status = try after.projectStatus(current, process: process, now: options.now, pending: PendingChange(base: self.before, author: user))
        } catch {
            // A log the gates read cannot be read (the change breaks it, and that file's own
            // problem says so): the move cannot be judged, so it is refused, naming the log.
            guard error.kind == .configuration else { throw error }
            return [ValidationProblem(path: shown, message: error.message, hint: .oneRecordEachLine)]
        }
        let back = (process.phaseIndex(project.phase) ?? .max) < (process.phaseIndex(before.phase) ?? .min)
        let move = PhaseMove(target: project.phase, back: back, byCMEngineer: isCM, recordsBaseline: try recordsBaseline(project.id))
        var problems = GateEvaluator.problemsMoving(process: process, status: status, move: move).map {
            ValidationProblem(path: shown, message: $0.message, hint: $0.hint)
        }
        if back, isCM, let message = options.commitMessage, PhaseMove.reason(in: message) == nil {
            problems.append(ValidationProblem(
                path: shown, message: .moveBackNeedsReasonLine(from: before.phase, to: project.phase),
                hint: .endWithReasonLine(trailer: PhaseMove.reasonTrailer, project: project.id, phase: project.phase)))
        }
        return problems
    }

    /// Whether the change appends a record to the project's `baselines.jsonl`.
    private func recordsBaseline(_ project: String) throws -> Bool {
        let path = LibraryLayout.baselineLog(project)
        func count(_ snapshot: Snapshot) throws -> Int {
            guard let text = try snapshot.text(at: path) else { return 0 }
            return (try? BaselineRecord.parseLog(text, file: path).count) ?? 0
        }
        return try count(after) > count(before)
    }

    /// Anyone may add git-lfs tracking lines to `.gitattributes` (as `git lfs track` and
    /// `submit` write them); only a CM engineer may change or remove a line or add another kind.
    private func attributesProblems(_ change: TreeChange, shown: String) throws -> [ValidationProblem] {
        guard change.status == .modified || change.status == .added, let newID = change.newID else {
            return [Self.cmOnly(shown, .removeAttributes)]
        }
        func lines(_ id: ObjectID?) throws -> [Substring] {
            guard let id else { return [] }
            return String(decoding: try repository.blobData(id), as: UTF8.self).split(separator: "\n")
        }
        let old = try lines(change.oldID)
        let new = try lines(newID)
        var remaining = new[...]
        for line in old {
            guard let index = remaining.firstIndex(of: line) else {
                return [ValidationProblem(path: shown, message: .cmOnlyAttributesLine(String(line)), hint: .askCMEngineer)]
            }
            remaining.remove(at: index)
        }
        let lfsLine = /^\S+\s+filter=lfs\s+diff=lfs\s+merge=lfs\s+-text\s*$/
        if let other = remaining.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty && (try? lfsLine.wholeMatch(in: String($0))) == nil }) {
            return [ValidationProblem(
                path: shown, message: .notAnLFSTrackingLine(String(other)), hint: .onlyCMAddsAttributes)]
        }
        return []
    }

    /// A log that may only grow: the old text must stay, byte for byte, at its start.
    private func appendOnly(_ change: TreeChange, shown: String, parse: (String) throws -> Void) throws -> [ValidationProblem] {
        if change.status == .deleted {
            return [ValidationProblem(path: shown, message: .appendOnlyDeleted, hint: .restoreIt)]
        }
        guard let newID = change.newID else { return [] }
        let newText = String(decoding: try repository.blobData(newID), as: UTF8.self)
        if let oldID = change.oldID, change.status == .modified {
            let oldText = String(decoding: try repository.blobData(oldID), as: UTF8.self)
            if !newText.hasPrefix(oldText) {
                return [ValidationProblem(path: shown, message: .appendOnlyChanged, hint: .restoreLines)]
            }
        }
        do {
            try parse(newText)
        } catch let error as ConfigurationError {
            return [ValidationProblem(path: shown, message: .configurationError(error), hint: .oneRecordEachLine)]
        }
        return []
    }

    /// New approvals: each by the pusher, in a role they hold, keeping ``ApprovalRules`` (the
    /// document's one file as it is after the change; separation of duties).
    private func approvalProblems(_ change: TreeChange, projectID: String, process: ProcessDefinition, roles: RoleBook, shown: String) throws -> [ValidationProblem] {
        guard let newID = change.newID else { return [] }
        let newText = String(decoding: try repository.blobData(newID), as: UTF8.self)
        let oldText = try change.oldID.map { String(decoding: try repository.blobData($0), as: UTF8.self) } ?? ""
        guard newText.hasPrefix(oldText), let log = try? ApprovalLog.parse(String(newText.dropFirst(oldText.count)), file: change.path) else { return [] }
        var earlier = (try? ApprovalLog.parse(oldText, file: change.path))?.records ?? []
        var files = try after.projectFiles(projectID)
        files.submitters = try before.submitters(
            ofProject: projectID, paths: Set((earlier + log.records).map(\.path)), files: files, pending: PendingChange(base: before, author: user))
        var problems: [ValidationProblem] = []
        for record in log.records {
            if record.approvedBy != user {
                problems.append(ValidationProblem(
                    path: shown, message: .mayNotRecordApprovalOf(user: roles.person(user), approver: roles.person(record.approvedBy)), hint: .approveForYourself))
            } else if !roles.has(record.role, user) {
                problems.append(ValidationProblem(
                    path: shown, message: .notInRole(user: roles.person(user), role: record.role.titled), hint: .cmGivesRoles))
            } else if let type = process.documentType(record.documentType) {
                let requirement = process.approvalRequirement(for: type.id)
                let counted = ApprovalRules.judge(ApprovalLog(records: earlier), type: type, requirement: requirement, files: files).counted
                if let refusal = ApprovalRules.refusal(of: record, type: type, requirement: requirement, files: files, counted: counted) {
                    problems.append(ValidationProblem(path: shown, message: .approvalRefused(title: type.title, user: user, refusal.text), hint: refusal.fix))
                }
            } else {
                problems.append(ValidationProblem(
                    path: shown, message: .notADocumentTypeOfProcess(record.documentType), hint: .approveWithCommand))
            }
            earlier.append(record)
        }
        return problems
    }

    /// Size limits, and LFS pointers whose content must already be in the store.
    private func sizeProblems(_ change: TreeChange, shown: String, maximum: Int?) throws -> [ValidationProblem] {
        guard let id = change.newID else { return [] }
        let size = try repository.blobSize(id)
        var effective = Int64(size)
        var isPointer = false
        if size < 1024, let pointer = LFSPointer(parsing: try repository.blobData(id)) {
            isPointer = true
            effective = pointer.size
            if let lfs = options.lfs, !lfs.contains(pointer) {
                return [ValidationProblem(
                    path: shown, message: .largeFileContentMissing(String(pointer.oid.prefix(12))), hint: .pushWithGitLFS)]
            }
        }
        if let maximum, effective > Int64(maximum) {
            return [ValidationProblem(
                path: shown, message: .overDocumentLimit(size: Int64(effective), maximum: Int64(maximum)), hint: .splitOrRaiseLimit)]
        }
        if !isPointer, let threshold = options.largeFileThreshold, size > threshold {
            return [ValidationProblem(
                path: shown, message: .belongsInLargeFileStore(size: Int64(size), threshold: Int64(threshold)),
                hint: .trackWithGitLFS(pattern: Self.trackPattern(for: change.path)))]
        }
        return []
    }

    private func placementHint(for name: String, process: ProcessDefinition) -> Message {
        let places = { (types: [DocumentType]) in Message.places(types.map { .place(title: $0.title, id: $0.id, path: $0.path.description) }) }
        switch process.recognise(fileName: name) {
        case .recognised(let type) where !type.writtenBySystem:
            return .looksLike(title: type.title, id: type.id, path: type.path.description)
        case .ambiguous(let types):
            return .fitsSeveralKeepAs(places(types))
        case .unknown(let nearest) where !nearest.isEmpty:
            return .didYouMean(places(nearest))
        default:
            let folders = Array(Set(process.documentTypes.filter { !$0.writtenBySystem }.map(\.path.folder))).filter { !$0.isEmpty }.sorted()
            return .nameByTitleInFolder(folders: folders.map { $0 + "/" }.joined(separator: ", "), free: process.freeFolders.map { $0 + "/" }.joined(separator: ", "))
        }
    }

    static func cmOnly(_ path: String, _ action: CMAction) -> ValidationProblem {
        ValidationProblem(path: path, message: .cmOnly(action), hint: .askCMEngineer)
    }

    static func trackPattern(for path: String) -> String {
        let ext = (path as NSString).pathExtension
        return ext.isEmpty ? path : "projects/**/*.\(ext)"
    }

    /// A path for a message: control and invisible characters escaped.
    static func display(_ path: String) -> String {
        // Printable ASCII and CJK need no escaping: most paths are only that.
        if path.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) || (0x3000...0x3029).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }) {
            return path
        }
        return path.unicodeScalars.map { s in
            s.value < 0x20 || (0x7f...0x9f).contains(s.value) || s.properties.generalCategory == .format
                ? "\\u{\(String(s.value, radix: 16, uppercase: true))}" : String(s)
        }.joined()
    }
}

/// Project records before and after a change, read once each.
struct ProjectCache {
    struct Entry: Sendable { var record: ProjectRecord?; var problem: ValidationProblem? }
    /// The records read so far, by project id: what a part of a change hands back (see `checkPaths`).
    typealias Known = [String: (before: Entry, after: Entry)]
    let before: Snapshot
    let after: Snapshot
    private(set) var known: Known
    private var validIDs: [String: Bool] = [:]

    init(before: Snapshot, after: Snapshot, known: Known = [:]) {
        self.before = before
        self.after = after
        self.known = known
    }

    /// Whether `id` is a valid project id, worked out once per id.
    mutating func isValidID(_ id: String) -> Bool {
        if let known = validIDs[id] { return known }
        let valid = (try? ProjectID(validating: id)) != nil
        validIDs[id] = valid
        return valid
    }

    mutating func records(_ id: String) throws -> (before: Entry, after: Entry) {
        if let hit = known[id] { return hit }
        let result = (try Self.read(id, before), try Self.read(id, after))
        known[id] = result
        return result
    }

    private static func read(_ id: String, _ snapshot: Snapshot) throws -> Entry {
        let path = LibraryLayout.projectFile(id)
        guard let text = try snapshot.text(at: path) else { return Entry() }
        do {
            return Entry(record: try ProjectRecord.parse(text, file: path))
        } catch {
            return Entry(problem: ValidationProblem(path: path, message: .atLine(error.line, error.message), hint: .writeProjectRecordAsCmkeeper))
        }
    }
}
