import Foundation

/// The frame every page cmkeeper writes for people shares (the status site, the handover
/// checklist): UTF-8, the library's language, CJK fonts named for Windows, macOS and Linux, a
/// print style, no scripts and no external files.
enum HTMLPage {
    /// A whole document around `body` (already HTML).
    static func document(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// Text made safe inside HTML, in elements and in quoted attributes.
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: names, titles, paths.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let style = """
        body { font-family: "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.4em; margin-bottom: 0.2em; }
        h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 2px solid #2196f3; padding-bottom: 2px; }
        h3 { font-size: 1em; margin: 1em 0 0.3em; }
        a { color: #0b5cad; }
        .meta { color: #666; margin-bottom: 1.2em; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
        th, td { border-bottom: 1px solid #ddd; padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; white-space: nowrap; }
        td.num { text-align: right; white-space: nowrap; }
        td.id, code, .hash { font-family: "Consolas", "Menlo", "DejaVu Sans Mono", monospace; }
        .hash { font-size: 0.85em; word-break: break-all; }
        .phase { display: flex; gap: 2px; margin-bottom: 3px; }
        .step { display: inline-block; width: 14px; height: 8px; border-radius: 2px; background: #e3e3e3; }
        .step.done { background: #4caf50; }
        .step.now { background: #2196f3; }
        .step.skipped { background: transparent; border: 1px dashed #bbb; box-sizing: border-box; }
        .miss { display: inline-block; background: #fdecea; color: #b71c1c; border-radius: 3px; padding: 0 4px; margin: 1px 0; }
        .ok { color: #2e7d32; }
        .unverified { display: inline-block; background: #fff4e5; color: #8a5300; border-radius: 3px; padding: 0 4px; }
        .findings { margin: 0.2em 0 0.6em; padding-left: 1.2em; font-size: 0.92em; }
        .attention { border: 2px solid #e57373; border-radius: 6px; padding: 0.5em 1.2em 1em; background: #fffafa; }
        .attention h2 { border-bottom-color: #e57373; margin-top: 0.6em; }
        .attention h3 { color: #b71c1c; }
        .timeline { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; }
        .timeline li { border: 1px solid #ccc; border-radius: 4px; padding: 4px 10px; }
        .timeline li.done { background: #e8f5e9; border-color: #81c784; }
        .timeline li.now { background: #e3f2fd; border-color: #2196f3; font-weight: bold; }
        .timeline li.skipped { border-style: dashed; color: #888; }
        .history { margin: 0; padding-left: 1.1em; font-size: 0.9em; color: #555; }
        .record { background: #fafafa; border: 1px solid #e0e0e0; border-radius: 4px; padding: 0.5em 1em; margin: 0.6em 0; }
        .signatures td { height: 3em; width: 33%; border: 1px solid #999; }
        @media print {
          body { margin: 0; font-size: 10.5pt; color: #000; }
          a { color: #000; text-decoration: none; }
          .noprint { display: none; }
          h2 { page-break-after: avoid; }
          tr, .record { page-break-inside: avoid; }
          .attention { background: none; }
          .step, .miss, .unverified, .timeline li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
