import Foundation

/// What a release tag's readable record is shown with besides the record itself: the
/// library's language and time zone, the names of the people and the project's name and
/// customer, as they were when the release was made. Kept in the tag beside the record, so
/// that `verify` renders the readable text again and proves it says what the record says.
public struct ReleaseTagContext: Sendable, Equatable, Codable {
    public var language: Language
    /// The time zone's identifier, e.g. `Asia/Shanghai`.
    public var timeZone: String
    public var releasedByName: String?
    public var recipientName: String?
    public var projectName: String
    public var customer: String?

    enum CodingKeys: String, CodingKey {
        case language, customer
        case timeZone = "time_zone"
        case releasedByName = "released_by_name"
        case recipientName = "recipient_name"
        case projectName = "project_name"
    }
}

extension ReleaseRecord {
    /// The line of a tag message that holds the record's JSON line.
    static let recordLinePrefix = "cmkeeper-release-record: "
    /// The line of a tag message that holds the ``ReleaseTagContext``.
    static let contextLinePrefix = "cmkeeper-release-shown: "

    /// The record as people read it: label and value, in `context`'s language and time zone.
    public func readableFields(_ context: ReleaseTagContext) -> [(label: String, value: String)] {
        let language = context.language
        let zone = TimeZone(identifier: context.timeZone) ?? TimeZone(secondsFromGMT: 0)!
        var fields: [(SiteText, String)] = [
            (.releaseNumber, id),
            (.releaseProduct, product),
            (.releaseVersion, version),
            (.releaseRecipient, RoleBook.person(login: recipient, name: context.recipientName)
                + " · \(project) \(context.projectName)" + (context.customer.map { " / \($0)" } ?? "")),
            (.releasedBy, RoleBook.person(login: releasedBy, name: context.releasedByName)),
            (.releaseTime, LocalTime.format(releasedAt, in: zone)),
        ]
        if let message { fields.append((.releaseMessage, message)) }
        return fields.map { (label: $0.0.text(in: language), value: $0.1) }
    }

    /// A released file's path as people read it: below the release's folder.
    public func shownPath(_ file: ReleasedFile) -> String {
        let folder = LibraryLayout.releaseFolder(project: project, product: product, version: version) + "/"
        return file.path.hasPrefix(folder) ? String(file.path.dropFirst(folder.count)) : file.path
    }

    /// The annotated tag's message: a subject, the record as people read it (what `git tag -n99`
    /// and `releases` show), then the machine-readable record and the context it was shown with.
    public func readableTagMessage(_ context: ReleaseTagContext) -> String {
        let language = context.language
        var lines = [SiteText.releaseSubject(product: product, version: version, project: project, id: id).text(in: language), ""]
        lines += readableFields(context).map { "\($0.label): \($0.value)" }
        lines.append(SiteText.releaseFiles(count: files.count, size: ByteCount.format(totalSize)).text(in: language) + ":")
        for file in files {
            lines.append("  \(file.sha256)  \(ByteCount.format(file.size))  \(shownPath(file))")
        }
        lines += ["", SiteText.releaseRecordBelow.text(in: language), Self.recordLinePrefix + jsonLine(), Self.contextLinePrefix + context.jsonLine()]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether `message` is a message cmkeeper writes for this record: the readable one with the
    /// context it names, or the JSON-only one of libraries made before records were readable.
    public func isTagMessage(_ message: String) -> Bool {
        if message == tagMessage() { return true }
        guard let context = Self.context(inTagMessage: message) else { return false }
        return message == readableTagMessage(context)
    }

    /// The context a readable tag message names, or nil.
    static func context(inTagMessage message: String) -> ReleaseTagContext? {
        guard let line = message.split(separator: "\n").last(where: { $0.hasPrefix(contextLinePrefix) }) else { return nil }
        return try? JSONDecoder().decode(ReleaseTagContext.self, from: Data(line.dropFirst(contextLinePrefix.count).utf8))
    }

    /// The readable part of a release tag's message (without the machine-readable lines), for
    /// `releases`; an old JSON-only message gives its subject line.
    public static func readablePart(ofTagMessage message: String) -> String {
        var lines: [Substring] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(recordLinePrefix) || line.hasPrefix("{") { break }
            lines.append(line)
        }
        if lines.count >= 2, context(inTagMessage: message) != nil { lines.removeLast() }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension ReleaseTagContext {
    /// One line of JSON, keys sorted.
    func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}

extension Library {
    /// The message of a release's tag, or nil when the tag is not there.
    public func tagMessage(of release: ReleaseRecord) throws(CMKeeperError) -> String? {
        let name = LibraryLayout.releaseTag(project: release.project, product: release.product, version: release.version)
        return try translatingErrors {
            guard let id = try repository.resolveReference("refs/tags/" + name) else { return nil }
            return try repository.tag(id)?.message
        }
    }
}
