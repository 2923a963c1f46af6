import Foundation

/// The daemon's state files in `DIR/run/` (`status.json`, `mirrors.json`): JSON, replaced
/// whole (written beside, then renamed) so that a reader never sees half a file. Not fsynced:
/// they describe the running daemon, not the library, and are rewritten at its next change.
enum RunFile {
    static let statusPath = "run/status.json"
    static let mirrorsPath = "run/mirrors.json"

    static func write(_ value: some Encodable, to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(value).write(to: url, options: .atomic)
    }

    /// The file's content, or nil when it is missing or unreadable.
    static func read<T: Decodable>(_ type: T.Type, from url: URL) -> T? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(type, from: data)
    }
}
