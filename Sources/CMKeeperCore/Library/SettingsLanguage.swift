import Foundation
import LFSStore
import TOMLKit

extension LibrarySettings {
    /// The largest `cmkeeper.toml` ``languageOnly(in:)`` reads; a real one is a few hundred bytes.
    static let languageOnlyLimit: Int64 = 1 << 20

    /// Only `library.language` of the `cmkeeper.toml` in the library folder `root`, for help
    /// shown before any library is opened; nil, never an error, when the folder or the file is
    /// missing, not a regular file (a link, a FIFO), larger than 1 MiB, not TOML, or when it
    /// names no language cmkeeper speaks. The rest of the file is not checked.
    public static func languageOnly(in root: URL) -> Language? {
        guard let folder = try? OpenedFile.openFolder(root.path, followingLink: true),
              let file = try? OpenedFile.open(fileName, in: folder),
              file.identity.size <= languageOnlyLimit,
              let data = try? file.readAll(),
              let text = String(validating: data, as: UTF8.self),
              let table = try? ConfigurationError.parseTOML(text, file: fileName),
              let name = table[CodingKeys.library.rawValue]?.table?[LibraryKeys.language.rawValue]?.string
        else { return nil }
        return Language(rawValue: name)
    }
}
