import Foundation
import GitKit

extension Library {
    /// The update of `.gitattributes` on `snapshot` that makes git-lfs track every line of
    /// `lines` (whole lines, as `LibraryLayout.releasesAttributes` or `lfsTrackingLine(for:)`),
    /// appending the ones it lacks; nil when it has them all. The one writer of tracking lines,
    /// for releases, `submit` and the inbox.
    func attributesUpdate(tracking lines: [String], in snapshot: Snapshot) throws -> TreeUpdate? {
        guard !lines.isEmpty else { return nil }
        let current = try snapshot.text(at: LibraryLayout.attributesFile) ?? ""
        var present = Set(current.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        var text = current
        for line in lines where present.insert(line).inserted {
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            text += line + "\n"
        }
        guard text != current else { return nil }
        return .upsert(path: LibraryLayout.attributesFile, blob: try writeBlob(Data(text.utf8)))
    }

    /// The `.gitattributes` line that has git-lfs track exactly the file at `path`.
    static func lfsTrackingLine(for path: String) -> String {
        "\(attributesPattern(path)) filter=lfs diff=lfs merge=lfs -text"
    }

    /// A .gitattributes pattern matching exactly `path`.
    static func attributesPattern(_ path: String) -> String {
        var out = ""
        for c in path {
            switch c {
            case " ": out += "[[:space:]]"
            case "*", "?", "[", "\\", "!", "#": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}
