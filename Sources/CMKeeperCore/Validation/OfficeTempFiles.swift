/// Files that editors and office programs leave beside a document while it is open.
enum OfficeTempFiles {
    /// Why a file name is a temp file, or nil when it is not one.
    static func reason(for name: String) -> TemporaryKind? {
        // The names below are ASCII: lowering ASCII letters is enough, unless the name holds the
        // one other character whose lower case is ASCII (the Kelvin sign, `k`).
        let lower = name.unicodeScalars.contains("\u{212A}")
            ? name.lowercased() : String(decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        if name.hasPrefix("~$") { return .officeLock }
        if name.hasPrefix(".~lock.") || name.hasPrefix(".~") { return .libreOfficeLock }
        if lower.hasSuffix(".swp") || lower.hasSuffix(".swo") || lower.hasSuffix("~") { return .editorCopy }
        if lower.hasSuffix(".tmp") || lower.hasSuffix(".crdownload") || lower.hasSuffix(".part") { return .download }
        if name == ".DS_Store" || lower == "thumbs.db" || lower == "desktop.ini" || name.hasPrefix("._") {
            return .systemFile
        }
        return nil
    }

}
