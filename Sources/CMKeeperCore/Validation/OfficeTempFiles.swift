/// Files that editors and office programs leave beside a document while it is open.
enum OfficeTempFiles {
    /// Why a file name is a temp file, or nil when it is not one.
    static func reason(for name: String) -> TemporaryKind? {
        // The names below are ASCII: their letters are compared in ASCII lower case, byte by byte
        // (every file of a push comes here), unless the name holds the one other character whose
        // lower case is ASCII (the Kelvin sign, `k`).
        let lower = name.unicodeScalars.contains("\u{212A}") ? name.lowercased().utf8 : name.utf8
        func ends(_ suffix: String) -> Bool {
            lower.count >= suffix.utf8.count
                && zip(lower.suffix(suffix.utf8.count), suffix.utf8).allSatisfy { ((0x41...0x5A).contains($0) ? $0 + 0x20 : $0) == $1 }
        }
        func `is`(_ other: String) -> Bool { lower.count == other.utf8.count && ends(other) }
        if name.hasPrefix("~$") { return .officeLock }
        if name.hasPrefix(".~lock.") || name.hasPrefix(".~") { return .libreOfficeLock }
        if ends(".swp") || ends(".swo") || ends("~") { return .editorCopy }
        if ends(".tmp") || ends(".crdownload") || ends(".part") { return .download }
        if name == ".DS_Store" || `is`("thumbs.db") || `is`("desktop.ini") || name.hasPrefix("._") {
            return .systemFile
        }
        return nil
    }
}
