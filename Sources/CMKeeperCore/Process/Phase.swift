/// One phase of the implementation process, e.g. 项目验收 (acceptance), with its gate: what a
/// project needs before it may leave the phase.
public struct Phase: Sendable, Equatable, Identifiable {
    /// Stable id, e.g. `preparation`, `installation`, `trial-run`, `training`, `go-live`, `acceptance`, `closed`.
    public let id: String
    /// The Chinese title, exactly as users know it, e.g. `项目准备`.
    public let title: String
    public let englishTitle: String
    /// A project may skip it (the trial run happens only at the customer's wish).
    public let optional: Bool
    /// The document types needed to leave the phase (for the last phase, never left: to enter
    /// it); each still subject to its own `required` condition (large or small project, trial
    /// run, one of a group).
    public let exitDocuments: [String]
    /// Documents that must also be approved before the project leaves the phase, and by whom.
    public let exitApprovals: [ApprovalRequirement]
    /// Every product the implementation application form lists has been released to the project.
    public let requiresReleases: Bool

    public init(
        id: String, title: String, englishTitle: String, optional: Bool = false, exitDocuments: [String] = [],
        exitApprovals: [ApprovalRequirement] = [], requiresReleases: Bool = false
    ) {
        self.id = id
        self.title = title
        self.englishTitle = englishTitle
        self.optional = optional
        self.exitDocuments = exitDocuments
        self.exitApprovals = exitApprovals
        self.requiresReleases = requiresReleases
    }
}

/// A document that must be approved, and the roles that must each approve it, e.g. the acceptance
/// report approved by the CM engineer and customer service. Like an exit document, it applies
/// only when the document is required for the project.
///
/// Each role is approved by a different person; an independent requirement also refuses the
/// approval of whoever submitted the document (see ``ApprovalRules``).
public struct ApprovalRequirement: Sendable, Equatable {
    /// The document type id.
    public let documentType: String
    /// Role ids (``Role`` raw values), every one of which must approve.
    public let roles: [String]
    /// Someone other than the document's submitter must approve it (`independent = true`).
    public let independent: Bool

    public init(documentType: String, roles: [String], independent: Bool = false) {
        self.documentType = documentType
        self.roles = roles
        self.independent = independent
    }

    /// The roles, as ``Role`` values (a parsed definition only names known roles).
    public var requiredRoles: [Role] {
        roles.compactMap(Role.init(rawValue:))
    }
}
