import CMKeeperTestSupport
import Foundation
import GitKit
import Testing

@testable import CMKeeperCore

/// The status site, rendered by the real headless Chromium.
@Suite("The status site")
struct StatusSiteTests {
    /// A zh-CN library with an accepted, released and baselined project, a second project with
    /// nothing yet, and a file the inbox rejected.
    static func sampleLibrary(_ s: Scenario, language: Language = .zhCN) throws -> Library {
        var library = try s.makeAcceptedProject()
        library = try s.speaking(language, in: library)
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        _ = try library.createProject(NewProject(id: "P-2026-002", name: "第二银行 <b>网银</b> & 柜面", customer: "第二银行", manager: s.manager, size: .small), by: s.cm)
        _ = try s.folder.write("library/rejected/P-2026-002/说明.exe", "MZ")
        _ = try s.folder.write("library/rejected/P-2026-002/说明.exe.reason", "\u{FEFF}这个文件类型不能提交\r\n")
        return library
    }

    @Test func theIndexAndAProjectPageReadInChineseInChromium() throws {
        let s = Scenario()
        let library = try Self.sampleLibrary(s)
        let out = s.folder.path("站点")
        let update = try library.writeSite(to: out)
        #expect(update.projects == 2 && update.pagesWritten == 2)

        let index = try Chromium.dumpDOM(out.appendingPathComponent("index.html"))
        #expect(index.contains("<html lang=\"zh-CN\""))
        #expect(index.contains("<h1>配置状态报告</h1>"))
        #expect(index.contains("需要关注"))
        #expect(index.contains("收件箱退回的文件") && index.contains("P-2026-002/说明.exe") && index.contains("这个文件类型不能提交"))
        #expect(index.contains("阶段门禁受阻最久"))
        #expect(index.contains("王强 (wang.pm)"))
        #expect(index.contains("href=\"projects/P-2026-001.html\""))
        // The name is text, not markup.
        #expect(index.contains("第二银行 &lt;b&gt;网银&lt;/b&gt; &amp; 柜面") && !index.contains("<b>网银</b>"))
        #expect(!index.contains("<script") && !index.contains(s.libraryURL.path), "no scripts, no server paths")
        #expect(index.contains("+08:00"))

        let page = try Chromium.dumpDOM(out.appendingPathComponent("projects/P-2026-001.html"))
        #expect(page.contains("阶段进度") && page.contains("项目准备"))
        #expect(page.contains("安装验收报告") && page.contains("acceptance/安装验收报告.docx"))
        #expect(page.contains("CM工程师: 张工 (zhang.cm)"), "who approved, by name")
        #expect(page.contains("王强 (wang.pm)"), "who submitted, by name")
        #expect(page.contains("发行编号") && page.contains("P-2026-001-R1") && page.contains("核心业务平台"), "\(page)")
        #expect(page.contains("安装包/core-platform-2.1.0.tar.gz"))
        #expect(page.contains("基线") && page.contains("acceptance") && page.contains("baseline/P-2026-001/acceptance"))
        #expect(!page.contains("<script") && !page.contains(s.libraryURL.path))

        let png = s.folder.path("index.png")
        try Chromium.screenshot(out.appendingPathComponent("index.html"), to: png)
        let data = try Data(contentsOf: png)
        #expect(Chromium.pngSize(data)?.width == 1280)
        #expect(data.count > 20_000, "a page with text, not a blank one: \(data.count) bytes")
        let pagePNG = s.folder.path("project.png")
        try Chromium.screenshot(out.appendingPathComponent("projects/P-2026-001.html"), to: pagePNG)
        #expect(try Data(contentsOf: pagePNG).count > 20_000)
        if let keep = ProcessInfo.processInfo.environment["CMKEEPER_SITE_SCREENSHOT"] {
            try Chromium.screenshot(out.appendingPathComponent("index.html"), to: URL(fileURLWithPath: keep), width: 1280, height: 900)
        }
    }

    @Test func anEnglishLibraryHasAnEnglishSite() throws {
        let s = Scenario()
        let library = try Self.sampleLibrary(s, language: .en)
        let out = s.folder.path("site")
        _ = try library.writeSite(to: out)
        let index = try Chromium.dumpDOM(out.appendingPathComponent("index.html"))
        #expect(index.contains("<html lang=\"en\"") && index.contains("Configuration status report") && index.contains("Needs attention"))
        #expect(!index.contains("需要关注"))
        let page = try Chromium.dumpDOM(out.appendingPathComponent("projects/P-2026-001.html"))
        #expect(page.contains("Released by") && page.contains("Baselines") && !page.contains("发行人"))
    }

    @Test func onlyTheProjectThatChangedIsWrittenAgain() throws {
        let s = Scenario()
        let library = try Self.sampleLibrary(s)
        let out = s.folder.path("site")
        #expect(try library.writeSite(to: out).pagesWritten == 2)
        let first = out.appendingPathComponent("projects/P-2026-001.html")
        let second = out.appendingPathComponent("projects/P-2026-002.html")
        let before = try FileManager.default.attributesOfItem(atPath: first.path)[.modificationDate] as? Date
        try FileManager.default.removeItem(at: second)
        try FileManager.default.createSymbolicLink(at: second, withDestinationURL: s.folder.path("elsewhere.html"))
        #expect(try library.writeSite(to: out).pagesWritten == 0, "nothing changed")

        let file = try s.folder.write("desk/项目实施申请表.xlsx", Data("PK\u{3}\u{4} 申请表".utf8))
        _ = try library.submit(Submission(project: "P-2026-002", files: [file], user: s.manager))
        #expect(try library.writeSite(to: out).pagesWritten == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: first.path)[.modificationDate] as? Date == before)
        // The page was renamed into place over the link, never written through it.
        #expect(try FileManager.default.attributesOfItem(atPath: second.path)[.type] as? FileAttributeType == .typeRegular)
        #expect(!FileManager.default.fileExists(atPath: s.folder.path("elsewhere.html").path))
        let page = try Chromium.dumpDOM(second)
        #expect(page.contains("preparation/项目实施申请表.xlsx") && page.contains("王强 (wang.pm)"))

        // A roles change rewrites every page (names are on every page).
        let roles = try library.snapshot().roleBook().updating(.init(login: "li.new", name: "李新", roles: [.projectManager]))
        _ = try library.commitOnMain(author: s.cm) { _ in
            PlannedCommit(updates: [.upsert(path: ".cmkeeper/roles.toml", blob: try library.writeBlob(Data(roles.serialized().utf8)))], message: "A new manager\n")
        }
        #expect(try library.writeSite(to: out).pagesWritten == 2)
    }

    @Test func statusHTMLIsTheIndexOnItsOwn() throws {
        let s = Scenario()
        let library = try Self.sampleLibrary(s)
        let page = try library.statusReportPage()
        #expect(page.contains("配置状态报告") && page.contains("P-2026-002") && page.contains("P-2026-001"))
        #expect(!page.contains("href=\"projects/"), "no links to pages that are not there")
        let none = try library.statusReportPage(manager: "nobody")
        #expect(none.contains("还没有项目") && !none.contains("第二银行"))
    }
}
