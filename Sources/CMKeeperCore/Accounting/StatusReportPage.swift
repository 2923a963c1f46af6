import Foundation

/// The configuration status accounting report (配置状态报告) as one self-contained HTML page
/// that leadership opens in a browser: one row per project, its phase at a glance, what is
/// missing by Chinese title. No scripts, no external files.
public enum StatusReportPage {
    public static func html(_ projects: [ProjectSummary], phases: [(id: String, title: String)], generatedAt: Date, library: String) -> String {
        var rows = ""
        for p in projects {
            let steps = (0..<max(p.phaseCount, 1)).map { i -> String in
                let state = p.skippedPhases.contains(i) ? "skipped" : i < p.phaseIndex ? "done" : i == p.phaseIndex ? "now" : "todo"
                let title = i < phases.count ? phases[i].title : ""
                return "<span class=\"step \(state)\" title=\"\(escape(title))\(state == "skipped" ? " (not held)" : "")\"></span>"
            }.joined()
            let missing = p.missing.isEmpty ? "<span class=\"ok\">—</span>" : p.missing.map { "<span class=\"miss\">\(escape($0))</span>" }.joined(separator: " ")
            rows += """
                <tr class="\(p.missing.isEmpty ? "" : "late")">
                <td class="id">\(escape(p.id))</td><td>\(escape(p.name))</td><td>\(escape(p.customer ?? "—"))</td><td>\(escape(p.manager))</td>
                <td><div class="phase">\(steps)</div>\(escape(p.phaseTitle))</td>
                <td>\(missing)</td>
                <td>\(escape(p.lastWeeklyReport ?? "—"))\(p.missingWeeklyReports > 0 ? " <span class=\"miss\">缺 \(p.missingWeeklyReports) 周</span>" : "")</td>
                <td class="num">\(p.releases)</td>
                <td>\(p.baselines.isEmpty ? "—" : p.baselines.map(escape).joined(separator: ", "))</td>
                <td>\(p.openChangeRequests.isEmpty ? "—" : p.openChangeRequests.map { escape(($0 as NSString).lastPathComponent) }.joined(separator: "<br>"))</td>
                </tr>

                """
        }
        let legend = phases.map { escape($0.title) }.joined(separator: " → ")
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>配置状态报告 — configuration status accounting</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.4em; margin-bottom: 0.2em; }
            .meta { color: #666; margin-bottom: 1.5em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
            th, td { border-bottom: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; position: sticky; top: 0; white-space: nowrap; }
            td.num { text-align: right; }
            td.id { font-family: monospace; white-space: nowrap; }
            .phase { display: flex; gap: 2px; margin-bottom: 3px; }
            .step { display: inline-block; width: 14px; height: 8px; border-radius: 2px; background: #e3e3e3; }
            .step.done { background: #4caf50; }
            .step.now { background: #2196f3; }
            .step.skipped { background: transparent; border: 1px dashed #bbb; box-sizing: border-box; }
            .miss { display: inline-block; background: #fdecea; color: #b71c1c; border-radius: 3px; padding: 0 4px; margin: 1px 0; }
            .ok { color: #4caf50; }
            </style>
            </head>
            <body>
            <h1>配置状态报告 <small>configuration status accounting</small></h1>
            <div class="meta">\(escape(library)) · \(projects.count) 个项目 · 生成于 \(escape(Timestamp.format(generatedAt))) · 阶段: \(legend)</div>
            <table>
            <thead><tr><th>项目</th><th>名称</th><th>客户</th><th>项目经理</th><th>阶段</th><th>缺少 (进入下一阶段前)</th><th>最近周报</th><th>发行</th><th>基线</th><th>未批准的变更申请</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </body>
            </html>

            """
    }

    /// Text made safe inside HTML.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
