import Foundation

/// The release record (发行记录): what was released, which version, to whom, by whom, when,
/// and every file with its size and SHA-256. One JSON line of `projects/ID/release-log.jsonl`,
/// and the body of the release's annotated tag.
public struct ReleaseRecord: Sendable, Equatable, Codable {
    /// `PROJECT-R<n>`: the project's n-th release.
    public var id: String
    public var project: String
    public var product: String
    public var version: String
    public var releasedAt: Date
    /// The CM engineer who released it.
    public var releasedBy: String
    /// Who received it: the project's manager.
    public var recipient: String
    /// The implementation application form (项目实施申请表) this release answers, when the project has one.
    public var applicationForm: DocumentReference?
    public var message: String?
    public var files: [ReleasedFile]

    /// A document of the project at the time of the release.
    public struct DocumentReference: Sendable, Equatable, Codable {
        public var path: String
        /// Its git blob id.
        public var blob: String
    }

    /// One released file.
    public struct ReleasedFile: Sendable, Equatable, Codable {
        /// Repository path.
        public var path: String
        public var size: Int64
        /// SHA-256 of the content (also its large-file object id).
        public var sha256: String
    }

    enum CodingKeys: String, CodingKey {
        case id, project, product, version, recipient, message, files
        case releasedAt = "released_at"
        case releasedBy = "released_by"
        case applicationForm = "application_form"
    }

    /// Total bytes released.
    public var totalSize: Int64 { files.reduce(0) { $0 + $1.size } }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a UTC time: \(text)")
            }
            return date
        }
        return decoder
    }()

    /// The record as one line of JSON (keys sorted, no newline).
    public func jsonLine() -> String {
        // Encoding plain strings, numbers and dates cannot fail.
        String(decoding: try! Self.encoder.encode(self), as: UTF8.self)
    }

    /// The annotated tag's message of libraries made before records were readable: a subject
    /// line, then the record's JSON line. Such tags still verify.
    public func tagMessage() -> String {
        "Release \(product) \(version) to \(project) (\(id))\n\n\(jsonLine())\n"
    }

    /// Reads a record from its JSON line.
    public static func parse(jsonLine: String) throws -> ReleaseRecord {
        try decoder.decode(ReleaseRecord.self, from: Data(jsonLine.utf8))
    }
}

/// `projects/ID/release-log.jsonl`: one release record per line, oldest first, append-only.
public struct ReleaseLog: Sendable, Equatable {
    public var records: [ReleaseRecord]

    /// Parses the log; a line that is not a record is reported with its number.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ReleaseLog {
        ReleaseLog(records: try JSONLines<ReleaseRecord>(text, file: file, kind: .release).checked())
    }
}
