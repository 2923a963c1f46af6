/// One thing an audit found wrong: which audit, about what, what is wrong and what to do.
public struct AuditFinding: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Audit: String, Sendable, Codable {
        /// What is stored is what was recorded: baselines, releases, large files, tags.
        case physical
        /// Every closed project has every document its process requires.
        case functional
        /// git's own check of the repository.
        case repository
    }

    public let audit: Audit
    /// The tag, project or path concerned.
    public let subject: String
    public let message: String
    public let hint: String

    public var description: String { "[\(audit.rawValue)] \(subject): \(message)\n    fix: \(hint)" }
}

/// What `verify` checked and found.
public struct AuditReport: Sendable, Codable {
    /// What was audited: the library, a project or a tag.
    public var scope: String
    public var baselines = 0
    public var releases = 0
    public var projects = 0
    /// Configuration items and released files checked.
    public var items = 0
    /// Bytes of content re-hashed.
    public var bytesHashed: Int64 = 0
    public var findings: [AuditFinding] = []

    public var passed: Bool { findings.isEmpty }

    init(scope: String) {
        self.scope = scope
    }
}
