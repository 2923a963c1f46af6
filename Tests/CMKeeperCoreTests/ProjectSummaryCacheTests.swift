import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

/// `status` reads again only the projects whose tree changed.
@Suite("The project summary cache")
struct ProjectSummaryCacheTests {
    @Test func onlyProjectsWhoseTreeChangedAreReadAgain() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        _ = try library.createProject(NewProject(id: "P-2026-002", name: "第二银行网银", customer: "第二银行", manager: s.manager, size: .small), by: s.cm)
        let first = try library.statusAccounting()
        #expect(first.map(\.name) == ["示例银行核心系统实施", "第二银行网银"])
        let url = ProjectSummaryCache.url(libraryRoot: library.root)
        let cached = try String(contentsOf: url, encoding: .utf8)

        // A mark in the cached lines shows which projects are read from the cache.
        try Data(cached.replacingOccurrences(of: "银行", with: "缓存").utf8).write(to: url)
        #expect(try library.statusAccounting().map(\.name) == ["示例缓存核心系统实施", "第二缓存网银"])

        // P-2026-002's folder changes: it alone is read again.
        let file = try s.folder.write("desk/项目实施申请表.xlsx", Data("PK\u{3}\u{4} 申请表".utf8))
        _ = try library.submit(Submission(project: "P-2026-002", files: [file], user: s.manager))
        let after = try library.statusAccounting()
        #expect(after.map(\.name) == ["示例缓存核心系统实施", "第二银行网银"])
        #expect(!after[1].missing.contains("项目实施申请表") && first[1].missing.contains("项目实施申请表"))

        // A change of the rules (roles) reads every project again.
        try s.addApprovers(to: library)
        #expect(try library.statusAccounting().map(\.name) == ["示例银行核心系统实施", "第二银行网银"])

        // Names with tabs, newlines and backslashes come back as they were.
        var odd = after[1]
        odd.name = "a\tb\nc\\d\u{1F}e"
        odd.missing = ["x\ty", "", "z"]
        odd.customer = nil
        let entry = ProjectSummaryCache.Entry(tree: "t", summary: odd, recordChangedAt: Date(timeIntervalSince1970: 1_700_000_000.5), approvalsWaiting: ["a\u{1F}b"])
        let text = ProjectSummaryLines.encode(context: "c\td", entries: ["P-1": entry])
        #expect(ProjectSummaryLines.decode(text, context: "c\td") == ["P-1": entry])
        #expect(ProjectSummaryLines.decode(text, context: "other") == nil)

        // A cache that is not one is rebuilt; one that cannot be written changes nothing.
        try Data("not json".utf8).write(to: url)
        #expect(try library.statusAccounting() == (try library.statusAccounting()))
        #expect(try String(contentsOf: url, encoding: .utf8).hasPrefix("cmkeeper-project-summaries 1\t"))
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        #expect(try library.statusAccounting().map(\.name) == ["示例银行核心系统实施", "第二银行网银"])
    }
}
