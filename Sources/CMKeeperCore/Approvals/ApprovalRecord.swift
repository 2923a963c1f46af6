import Foundation

/// One approval (审批) in `projects/ID/approvals.jsonl`: who approved which document, in which
/// role, when, and the file and git blob id of the exact content approved. An approval counts
/// only while that file is the document's one file with that blob, and only as
/// ``ApprovalRules`` allow (separation of duties).
///
/// Stored as one JSON line, keys in snake case and sorted, the time as ``Timestamp`` writes it
/// (whole seconds, UTC).
public struct ApprovalRecord: Sendable, Equatable, Codable {
    /// The document type id, e.g. `acceptance-report` (`document_type`).
    public var documentType: String
    /// The approved file, relative to the project folder, e.g. `acceptance/安装验收报告.pdf`.
    public var path: String
    /// The git blob id (hex) of the content approved.
    public var blob: String
    /// The login of who approved (`approved_by`).
    public var approvedBy: String
    /// The role they approved in, e.g. ``Role/cmEngineer``.
    public var role: Role
    /// When (`approved_at`); kept to the second.
    public var approvedAt: Date

    enum CodingKeys: String, CodingKey {
        case path, blob, role
        case documentType = "document_type"
        case approvedBy = "approved_by"
        case approvedAt = "approved_at"
    }

    public init(documentType: String, path: String, blob: String, approvedBy: String, role: Role, approvedAt: Date) {
        self.documentType = documentType
        self.path = path
        self.blob = blob
        self.approvedBy = approvedBy
        self.role = role
        self.approvedAt = approvedAt
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String {
            let value = try c.decode(String.self, forKey: key)
            guard !value.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "must not be empty")
            }
            return value
        }
        documentType = try text(.documentType)
        path = try text(.path)
        blob = try text(.blob)
        guard blob.allSatisfy(\.isHexDigit) else {
            throw DecodingError.dataCorruptedError(forKey: .blob, in: c, debugDescription: "must be a git blob id in hex, not \"\(blob)\"")
        }
        approvedBy = try text(.approvedBy)
        let roleText = try c.decode(String.self, forKey: .role)
        guard let role = Role(rawValue: roleText) else {
            let roles = Role.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(forKey: .role, in: c, debugDescription: "must be one of \(roles), not \"\(roleText)\"")
        }
        self.role = role
        let time = try c.decode(String.self, forKey: .approvedAt)
        guard let date = Timestamp.parse(time) else {
            throw DecodingError.dataCorruptedError(forKey: .approvedAt, in: c, debugDescription: "must be a UTC time like 2026-11-29T08:30:00Z, not \"\(time)\"")
        }
        approvedAt = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documentType, forKey: .documentType)
        try c.encode(path, forKey: .path)
        try c.encode(blob, forKey: .blob)
        try c.encode(approvedBy, forKey: .approvedBy)
        try c.encode(role.rawValue, forKey: .role)
        try c.encode(Timestamp.format(approvedAt), forKey: .approvedAt)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The record as one line of JSON (keys sorted, no newline).
    public func jsonLine() -> String {
        // Encoding plain strings cannot fail.
        String(decoding: try! Self.encoder.encode(self), as: UTF8.self)
    }

    /// Reads a record from its JSON line; throws a `DecodingError` naming what is wrong.
    public static func parse(jsonLine: String) throws -> ApprovalRecord {
        try JSONDecoder().decode(ApprovalRecord.self, from: Data(jsonLine.utf8))
    }

    /// What is wrong with a line, in a short phrase, e.g. `approved_by: the key is missing`.
    static func explain(_ error: any Error) -> Message {
        guard let error = error as? DecodingError else { return .verbatim("\(error)") }
        func place(_ path: [any CodingKey]) -> String {
            path.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .recordKeyMissing(place(context.codingPath + [key]))
        case .valueNotFound(_, let context), .typeMismatch(_, let context):
            return context.codingPath.isEmpty ? .recordNotAnObject : .recordMustBeString(place(context.codingPath))
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? .recordNotJSON : .configAt(table: nil, key: place(context.codingPath), .verbatim(context.debugDescription))
        @unknown default:
            return .verbatim("\(error)")
        }
    }
}

/// `projects/ID/approvals.jsonl`: one ``ApprovalRecord`` per line, oldest first, append-only.
public struct ApprovalLog: Sendable, Equatable {
    /// The log's file name in the project folder.
    public static let fileName = "approvals.jsonl"

    public var records: [ApprovalRecord]

    public init(records: [ApprovalRecord] = []) {
        self.records = records
    }

    /// Parses the log; blank lines are skipped, and a line that is not a record is reported with
    /// its 1-based number and what is wrong.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ApprovalLog {
        var records: [ApprovalRecord] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                records.append(try ApprovalRecord.parse(jsonLine: String(line)))
            } catch {
                throw ConfigurationError(
                    file: file, line: index + 1, column: nil,
                    message: .configNotARecord(.approval, detail: ApprovalRecord.explain(error)))
            }
        }
        return ApprovalLog(records: records)
    }

    /// The file's text: one JSON line per record, each ending in a newline; empty when there are none.
    public func serialized() -> String {
        records.map { $0.jsonLine() + "\n" }.joined()
    }

    /// The records for one document type, in log order.
    public func records(forDocumentType id: String) -> [ApprovalRecord] {
        records.filter { $0.documentType == id }
    }
}
