import Foundation

/// Where one document type stands in a project.
public enum DocumentState: Sendable, Equatable {
    /// The project keeps it: the files that count (path pattern and file type), sorted.
    case present(paths: [String])
    /// The project needs it and does not have it.
    case missing
    /// Not there, and not needed: not required for the project's size or trial run, optional,
    /// a one-of group that another member already satisfies, or a phase the project skips.
    case notNeeded
}

/// One document type of a phase and its state in the project.
public struct DocumentStatus: Sendable, Equatable {
    public let type: DocumentType
    public let state: DocumentState
    /// Whether the phase's gate asks for it (it is one of the phase's exit documents); the other
    /// documents of the phase are listed for display only.
    public let isExitDocument: Bool

    public init(type: DocumentType, state: DocumentState, isExitDocument: Bool) {
        self.type = type
        self.state = state
        self.isExitDocument = isExitDocument
    }

    /// The files that count as the document; empty unless present.
    public var paths: [String] {
        if case .present(let paths) = state { return paths }
        return []
    }
}

/// One approval a phase's gate asks for: a document approved in one role.
public struct ApprovalStatus: Sendable, Equatable {
    /// The document type id, e.g. `acceptance-report`.
    public let documentType: String
    /// Its Chinese title, e.g. `安装验收报告`.
    public let documentTitle: String
    public let role: Role
    /// The approval that counts (the latest one in this role that keeps ``ApprovalRules``), nil
    /// if none holds.
    public let approval: ApprovalRecord?
    /// When none holds: why the latest approval in this role does not count (nil when there is none).
    public let refusal: ApprovalRefusal?

    public init(documentType: String, documentTitle: String, role: Role, approval: ApprovalRecord?, refusal: ApprovalRefusal? = nil) {
        self.documentType = documentType
        self.documentTitle = documentTitle
        self.role = role
        self.approval = approval
        self.refusal = refusal
    }

    public var satisfied: Bool { approval != nil }

    /// How people name it when it is missing: `安装验收报告 的 CM工程师 审批`.
    public var title: String { "\(documentTitle) 的 \(role.title) 审批" }

    /// Why an approval given does not count, for people, e.g. `安装验收报告: the approved file
    /// acceptance/安装验收报告.pdf was replaced by acceptance/安装验收报告.docx; approve it again`.
    public var reason: String? { reasonText?.en }

    /// ``reason`` as a catalog message, for people in the library's language.
    public var reasonText: Message? {
        refusal.map { .approvalDoesNotCount(title: documentTitle, $0.text, fix: $0.fix) }
    }

    /// What is missing, with why an approval given does not count:
    /// `安装验收报告 的 CM工程师 审批 (安装验收报告: the approved file … was replaced by …; approve it again)`.
    public var missing: String { missingText.en }

    /// ``missing`` as a catalog message, for people in the library's language.
    public var missingText: Message {
        reasonText.map { .approvalMissingBecause(title: title, $0) } ?? .verbatim(title)
    }
}

/// Where a project stands in one phase, and whether the phase's gate is met.
public struct PhaseStatus: Sendable, Equatable {
    public let phase: Phase
    /// The phase's exit documents in gate order, then its other documents in process order.
    public let documents: [DocumentStatus]
    /// The approvals the gate asks for that apply to the project, one per document and role.
    public let approvals: [ApprovalStatus]
    /// The gate asks for released software (软件发行).
    public let releasesNeeded: Bool
    /// The releases the gate asks for are there; true when it asks for none.
    public let releasesMet: Bool
    /// An optional phase the project does not hold (no trial run): nothing is needed to pass it.
    public let skipped: Bool
    /// The exit documents that stop the gate, by Chinese title; a one-of group once, as
    /// `功能测试情况表 或 验收测试报告`.
    public let missingDocuments: [String]

    public init(
        phase: Phase, documents: [DocumentStatus], approvals: [ApprovalStatus], releasesNeeded: Bool, releasesMet: Bool,
        skipped: Bool, missingDocuments: [String]
    ) {
        self.phase = phase
        self.documents = documents
        self.approvals = approvals
        self.releasesNeeded = releasesNeeded
        self.releasesMet = releasesMet
        self.skipped = skipped
        self.missingDocuments = missingDocuments
    }

    /// The approvals that do not hold, e.g. `安装验收报告 的 CM工程师 审批`, each with why an
    /// approval given does not count (``ApprovalStatus/missing``).
    public var missingApprovals: [String] {
        approvals.filter { !$0.satisfied }.map(\.missing)
    }

    /// Everything that stops the gate, for people: missing documents, then missing approvals, then
    /// `软件发行` when software must still be released.
    public var missing: [String] {
        missingDocuments + missingApprovals + (releasesMet ? [] : [GateEvaluator.releasesTitle])
    }

    /// ``missing`` for people reading `language`.
    public func missing(in language: Language) -> [String] {
        missingDocuments + approvals.filter { !$0.satisfied }.map { $0.missingText.text(in: language) } + (releasesMet ? [] : [GateEvaluator.releasesTitle])
    }

    /// All required exit documents present, every one-of group satisfied, every approval holds and
    /// the releases are there (or the phase is skipped).
    public var gateMet: Bool { missing.isEmpty }

    /// The document status of one type, if the phase lists it.
    public func document(_ id: String) -> DocumentStatus? {
        documents.first { $0.type.id == id }
    }

    /// The phase's documents as people read them: one line each, a one-of group once
    /// (`功能测试情况表 或 验收测试报告`), in the order of ``documents``.
    public var requirements: [DocumentRequirement] {
        var result: [DocumentRequirement] = []
        var groupsSeen: Set<String> = []
        for document in documents {
            guard let group = document.type.required.group else {
                result.append(DocumentRequirement(documents: [document]))
                continue
            }
            guard groupsSeen.insert(group).inserted else { continue }
            result.append(DocumentRequirement(documents: documents.filter { $0.type.required.group == group }))
        }
        return result
    }
}

/// One line of what a phase asks for: a document, or a group of which one is needed.
public struct DocumentRequirement: Sendable, Equatable {
    /// The document, or every member of its one-of group.
    public let documents: [DocumentStatus]

    /// `安装调试报告`, or `功能测试情况表 或 验收测试报告`.
    public var title: String { documents.map(\.type.title).joined(separator: " 或 ") }

    /// Present when a member is (with every file that counts), else missing when one is, else not needed.
    public var state: DocumentState {
        let paths = documents.flatMap(\.paths)
        if !paths.isEmpty { return .present(paths: paths) }
        return documents.contains { $0.state == .missing } ? .missing : .notNeeded
    }
}

/// Where a project stands: every phase with its gate, its releases, the weekly reports it owes and
/// its change requests. Computed by ``GateEvaluator/evaluate(process:project:files:approvals:releases:trialRun:now:)``.
public struct ProjectStatus: Sendable, Equatable {
    public let project: ProjectRecord
    /// Whether the project holds a trial run (试运行).
    public let trialRun: Bool
    /// Every phase of the process, in process order.
    public let phases: [PhaseStatus]
    /// The project's current phase; nil if its record names a phase the process does not have.
    public let current: PhaseStatus?
    /// The project's releases, in the order given.
    public let releases: [ReleaseRecord]
    /// ISO weeks without a weekly report (项目周报), oldest first, e.g. `2026-W47`.
    public let missingWeeklyReports: [String]
    /// The paths of the change requests (需求变更申请单) the project keeps, sorted.
    public let changeRequests: [String]

    public init(
        project: ProjectRecord, trialRun: Bool, phases: [PhaseStatus], current: PhaseStatus?, releases: [ReleaseRecord],
        missingWeeklyReports: [String], changeRequests: [String]
    ) {
        self.project = project
        self.trialRun = trialRun
        self.phases = phases
        self.current = current
        self.releases = releases
        self.missingWeeklyReports = missingWeeklyReports
        self.changeRequests = changeRequests
    }

    /// The status of one phase, by id.
    public func phase(_ id: String) -> PhaseStatus? {
        phases.first { $0.phase.id == id }
    }

    /// What is wrong with the project's phase: its record names one the process does not have
    /// (nil when it names one of the process's phases).
    public var phaseProblem: Message? {
        current == nil ? ProcessDefinition.unknownPhaseReason(project.phase, among: phases.map(\.phase)) : nil
    }
}
