import Foundation

/// `projects/ID/project.toml`: who a project is for, who runs it, and where it stands.
public struct ProjectRecord: Sendable, Equatable, Encodable {
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

    /// The keys of project.toml, also those of the JSON that commands print.
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

    /// Reads a project record, refusing a missing key, a key of the wrong type (at its line), a
    /// `size` other than `large` or `small` and a `created_at` that is no UTC time, with a
    /// `ConfigurationError` naming `file`. Keys it does not know are left alone.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ProjectRecord {
        let record = try TOMLRecordReader(text, file: file)
        let id = try record.string(CodingKeys.id.rawValue)
        let name = try record.string(CodingKeys.name.rawValue)
        let customer = try record.optionalString(CodingKeys.customer.rawValue)
        let manager = try record.string(CodingKeys.manager.rawValue)
        let sizeText = try record.string(CodingKeys.size.rawValue)
        guard let size = ProjectSize(rawValue: sizeText) else {
            throw record.badValue(CodingKeys.size.rawValue, "size must be \"large\" or \"small\", not \"\(sizeText)\"")
        }
        let phase = try record.string(CodingKeys.phase.rawValue)
        let trialRun = try record.optionalBool(CodingKeys.trialRun.rawValue) ?? false
        let created = try record.string(CodingKeys.createdAt.rawValue)
        guard let createdAt = Timestamp.parse(created) else {
            throw record.badValue(CodingKeys.createdAt.rawValue, "created_at must be a UTC time like 2026-11-29T08:30:00Z")
        }
        let createdBy = try record.string(CodingKeys.createdBy.rawValue)
        return ProjectRecord(
            id: id, name: name, customer: customer, manager: manager, size: size, phase: phase, trialRun: trialRun,
            createdAt: createdAt, createdBy: createdBy)
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
