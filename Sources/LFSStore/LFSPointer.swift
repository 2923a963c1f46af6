import Foundation

/// A git-lfs pointer: the small text git stores in place of a large file's content.
///
/// The text is the canonical form of the git-lfs specification (version 1), byte for byte,
/// so that `git lfs` recognises, fetches and checks it.
public struct LFSPointer: Sendable, Equatable, Hashable {
    public static let specURL = "https://git-lfs.github.com/spec/v1"

    /// SHA-256 of the content, 64 lowercase hexadecimal digits.
    public let oid: String
    /// Size of the content in bytes.
    public let size: Int64

    public init(oid: String, size: Int64) {
        self.oid = oid
        self.size = size
    }

    /// The pointer file's text.
    public var text: String {
        "version \(Self.specURL)\noid sha256:\(oid)\nsize \(size)\n"
    }

    public var data: Data { Data(text.utf8) }

    /// Parses a pointer file; nil when `data` is not a canonical version-1 pointer.
    public init?(parsing data: Data) {
        // Most small files are not pointers: their first bytes tell, before any text is made.
        guard data.count < 1024, data.starts(with: Self.firstLineStart), let text = String(data: data, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 4, lines[3].isEmpty,
              lines[0] == "version \(Self.specURL)",
              lines[1].hasPrefix("oid sha256:"), lines[2].hasPrefix("size ")
        else { return nil }
        let oid = String(lines[1].dropFirst("oid sha256:".count))
        guard Self.isValidOID(oid), let size = Int64(lines[2].dropFirst("size ".count)), size >= 0 else { return nil }
        self.init(oid: oid, size: size)
    }

    /// How a pointer's text begins.
    private static let firstLineStart = Array("version ".utf8)

    /// Whether `oid` is 64 lowercase hexadecimal digits.
    public static func isValidOID(_ oid: String) -> Bool {
        oid.utf8.count == 64 && oid.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
