import Foundation

/// One thing an audit found wrong: which audit, about what, what is wrong and what to do.
public struct AuditFinding: Sendable, Equatable, Encodable, CustomStringConvertible {
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
    /// What is wrong, in a sentence of the catalog.
    public let message: Message
    /// What to do, in a sentence of the catalog.
    public let hint: Message

    public var description: String { text(in: .en) }

    /// The finding as a person reads it in `language`, its fix below it.
    public func text(in language: Language) -> String {
        "[\(audit.rawValue)] \(subject): \(message.text(in: language))\n    \(Message.fixLabel.text(in: language))\(hint.text(in: language))"
    }

    private enum CodingKeys: String, CodingKey { case audit, subject, message, hint }

    /// `message` and `hint` in the language the encoder's `userInfo[Language.userInfoKey]` names
    /// (English when none), as ``ValidationProblem`` has them.
    public func encode(to encoder: any Encoder) throws {
        let language = encoder.userInfo[Language.userInfoKey] as? Language ?? .en
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(audit, forKey: .audit)
        try container.encode(subject, forKey: .subject)
        try container.encode(message.text(in: language), forKey: .message)
        try container.encode(hint.text(in: language), forKey: .hint)
    }
}

/// What `verify` checked and found.
public struct AuditReport: Sendable, Encodable {
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
    /// When the audit began: its snapshot of the library is of that moment.
    public internal(set) var startedAt = Date()
    /// Which findings belong to each project and tag it checked (not in the JSON output).
    var checked: [Checked] = []

    public var passed: Bool { findings.isEmpty }

    /// A project or a `release/` or `baseline/` tag the audit checked, and the indices of its
    /// findings in ``findings`` (a project's include its tags').
    struct Checked: Sendable {
        let project: String
        /// nil: the project as a whole.
        let tag: String?
        let findings: Range<Int>
    }

    enum CodingKeys: String, CodingKey {
        case scope, baselines, releases, projects, items, bytesHashed, findings
    }

    init(scope: String) {
        self.scope = scope
    }
}
