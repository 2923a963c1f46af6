import Foundation

/// `projects/ID/project.toml`: who a project is for, who runs it, and where it stands.
public struct ProjectRecord: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var customer: String?
    /// The project manager's login: the one user who may push this project's documents.
    public var manager: String
    public var size: ProjectSize
    /// The phase id (see the process definition), `preparation` when created.
    public var phase: String
    /// Whether the customer wants a trial run (试运行); decides whether the trial-run phase and its documents apply.
    public var trialRun: Bool
    public var createdAt: Date
    public var createdBy: String

    enum CodingKeys: String, CodingKey {
        case id, name, customer, manager, size, phase
        case trialRun = "trial_run"
        case createdAt = "created_at"
        case createdBy = "created_by"
    }

    public init(id: String, name: String, customer: String?, manager: String, size: ProjectSize, phase: String, trialRun: Bool = false, createdAt: Date, createdBy: String) {
        self.id = id
        self.name = name
        self.customer = customer
        self.manager = manager
        self.size = size
        self.phase = phase
        self.trialRun = trialRun
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        customer = try c.decodeIfPresent(String.self, forKey: .customer)
        manager = try c.decode(String.self, forKey: .manager)
        let sizeText = try c.decode(String.self, forKey: .size)
        guard let size = ProjectSize(rawValue: sizeText) else {
            throw DecodingError.dataCorruptedError(forKey: .size, in: c, debugDescription: "size must be \"large\" or \"small\", not \"\(sizeText)\"")
        }
        self.size = size
        phase = try c.decode(String.self, forKey: .phase)
        trialRun = try c.decodeIfPresent(Bool.self, forKey: .trialRun) ?? false
        let created = try c.decode(String.self, forKey: .createdAt)
        guard let date = Timestamp.parse(created) else {
            throw DecodingError.dataCorruptedError(forKey: .createdAt, in: c, debugDescription: "created_at must be a UTC time like 2026-11-29T08:30:00Z")
        }
        createdAt = date
        createdBy = try c.decode(String.self, forKey: .createdBy)
    }

    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ProjectRecord {
        try TOMLText.decode(ProjectRecord.self, from: text, file: file)
    }

    /// The file's text, keys in a fixed order.
    public func serialized() -> String {
        var lines = [
            "# The project record. Its manager pushes the project's documents; phase moves forward only through its gates.",
            "id = \(TOMLText.quote(id))",
            "name = \(TOMLText.quote(name))",
        ]
        if let customer { lines.append("customer = \(TOMLText.quote(customer))") }
        lines += [
            "manager = \(TOMLText.quote(manager))",
            "size = \(TOMLText.quote(size.rawValue))",
            "phase = \(TOMLText.quote(phase))",
            "trial_run = \(trialRun)",
            "created_at = \(TOMLText.quote(Timestamp.format(createdAt)))",
            "created_by = \(TOMLText.quote(createdBy))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
