/// Files that editors and office programs leave beside a document while it is open.
enum OfficeTempFiles {
    /// Why a file name is a temp file, or nil when it is not one.
    static func reason(for name: String) -> String? {
        // The names below are ASCII: lowering ASCII letters is enough, unless the name holds the
        // one other character whose lower case is ASCII (the Kelvin sign, `k`).
        let lower = name.unicodeScalars.contains("\u{212A}")
            ? name.lowercased() : String(decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        if name.hasPrefix("~$") { return "an Office lock file (~$…), left while the document is open" }
        if name.hasPrefix(".~lock.") || name.hasPrefix(".~") { return "a LibreOffice/WPS lock file (.~…), left while the document is open" }
        if lower.hasSuffix(".swp") || lower.hasSuffix(".swo") || lower.hasSuffix("~") { return "an editor's temporary copy" }
        if lower.hasSuffix(".tmp") || lower.hasSuffix(".crdownload") || lower.hasSuffix(".part") { return "a temporary or unfinished download" }
        if name == ".DS_Store" || lower == "thumbs.db" || lower == "desktop.ini" || name.hasPrefix("._") {
            return "a file the operating system writes by itself"
        }
        return nil
    }

    /// What to do with a temp file, on every path: `verb` is how the document itself is kept
    /// ("push", "submit", "drop").
    static func hint(verb: String) -> String {
        "close the document and remove this file; \(verb) only the document itself"
    }
}
