import Foundation

/// A baseline's manifest: every configuration item of a project at acceptance, what it is,
/// and how to prove it unchanged. The body of the annotated tag `baseline/PROJECT/NAME`.
public struct BaselineManifest: Sendable, Equatable, Codable {
    public var project: String
    /// `acceptance`, `acceptance.2` …
    public var name: String
    /// The project's phase when baselined.
    public var phase: String
    public var createdBy: String
    public var createdAt: Date
    /// The change request (`CR-…`) this baseline follows, for a baseline after the first.
    public var changeRequest: String?
    public var items: [Item]

    /// One configuration item.
    public struct Item: Sendable, Equatable, Codable {
        /// Repository path.
        public var path: String
        /// The document type id; `release` for released software; `record` for cmkeeper's logs; `attachment` for free folders.
        public var documentType: String
        /// Size of the content (for a large file, of the file itself, not its pointer).
        public var size: Int64
        /// SHA-256 of the content (for a large file, its LFS object id).
        public var sha256: String
        /// The git blob id in the tagged tree (for a large file, of its pointer).
        public var blob: String
        /// True when the content is in the large-file store.
        public var largeFile: Bool
        /// Who last changed it, and when (from history).
        public var submittedBy: String
        public var submittedAt: Date

        enum CodingKeys: String, CodingKey {
            case path, size, sha256, blob
            case documentType = "document_type"
            case largeFile = "large_file"
            case submittedBy = "submitted_by"
            case submittedAt = "submitted_at"
        }
    }

    enum CodingKeys: String, CodingKey {
        case project, name, phase, items
        case createdBy = "created_by"
        case createdAt = "created_at"
        case changeRequest = "change_request"
    }

    /// Total bytes of content.
    public var totalSize: Int64 { items.reduce(0) { $0 + $1.size } }

    /// The manifest as canonical JSON (sorted keys, one line): what the tag holds and what its hash is taken of.
    public func canonicalJSON() -> String {
        String(decoding: try! ReleaseRecord.encoder.encode(self), as: UTF8.self)
    }

    /// The annotated tag's message: a subject line, then the canonical JSON.
    public func tagMessage() -> String {
        "Baseline \(name) of \(project): \(items.count) items\n\n\(canonicalJSON())\n"
    }

    /// Reads a manifest back from a tag message.
    public static func parse(tagMessage: String) throws -> BaselineManifest {
        guard let json = tagMessage.split(separator: "\n").first(where: { $0.hasPrefix("{") }) else {
            throw CMKeeperError(.configuration, Message.tagHoldsNoManifest)
        }
        return try ReleaseRecord.decoder.decode(BaselineManifest.self, from: Data(json.utf8))
    }
}

/// A line of `projects/ID/baselines.jsonl`, written in the baseline's own commit: the proof,
/// inside the library's history, of which manifest the baseline tag must hold.
public struct BaselineRecord: Sendable, Equatable, Codable {
    public var name: String
    public var tag: String
    /// SHA-256 of the manifest's canonical JSON.
    public var manifestSHA256: String
    public var items: Int
    public var createdBy: String
    public var createdAt: Date
    public var changeRequest: String?

    enum CodingKeys: String, CodingKey {
        case name, tag, items
        case manifestSHA256 = "manifest_sha256"
        case createdBy = "created_by"
        case createdAt = "created_at"
        case changeRequest = "change_request"
    }

    public func jsonLine() -> String {
        String(decoding: try! ReleaseRecord.encoder.encode(self), as: UTF8.self)
    }

    public static func parseLog(_ text: String, file: String) throws(ConfigurationError) -> [BaselineRecord] {
        try JSONLines<BaselineRecord>(text, file: file, kind: .baseline).checked()
    }
}
