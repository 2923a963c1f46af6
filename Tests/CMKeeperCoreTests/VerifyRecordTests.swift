import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

/// What `verify` found, recorded in `run/verify.json` and shown on the status site, rendered by
/// the real headless Chromium.
@Suite("Verify results on the status site")
struct VerifyRecordTests {
    /// The texts each language shows.
    struct Words: Sendable, CustomStringConvertible {
        let language: Language
        let notYet, due, passed, failures, found, corrupt: String
        var description: String { language.rawValue }
    }

    static let words = [
        Words(language: .zhCN, notYet: "尚未校验", due: "超过 30 天未校验或尚未校验的基线", passed: "校验通过", failures: "校验发现问题", found: "校验发现问题 (1 项)", corrupt: "已损坏"),
        Words(language: .en, notYet: "not yet verified", due: "Baselines not verified for over 30 days or never", passed: "verified intact",
              failures: "Verify found problems", found: "verify found 1 problem", corrupt: "is corrupt"),
    ]

    static let releaseTag = LibraryLayout.releaseTag(project: "P-2026-001", product: "核心业务平台", version: "2.1.0")

    /// The part of an index page that needs attention.
    static func attention(_ dom: String) -> Substring {
        guard let start = dom.range(of: "<section class=\"attention\">"), let end = dom.range(of: "</section>", range: start.upperBound..<dom.endIndex) else { return "" }
        return dom[start.lowerBound..<end.upperBound]
    }

    @Test(arguments: words)
    func aBaselineNeverVerifiedThenIntactThenTamperedShowsOnItsPageAndInNeedsAttention(_ w: Words) throws {
        let s = Scenario()
        let library = try StatusSiteTests.sampleLibrary(s, language: w.language)
        let tag = "baseline/P-2026-001/acceptance"
        let out = s.folder.path("site")
        let page = out.appendingPathComponent("projects/P-2026-001.html")
        let index = out.appendingPathComponent("index.html")

        // Never verified.
        #expect(try library.writeSite(to: out).pagesWritten == 2)
        var dom = try Chromium.dumpDOM(page)
        #expect(dom.contains(w.notYet) && !dom.contains(w.passed), "\(dom)")
        var attention = Self.attention(try Chromium.dumpDOM(index))
        #expect(attention.contains(w.due) && attention.contains(tag) && attention.contains(w.notYet), "\(attention)")
        #expect(!attention.contains(w.failures))

        // Verified intact: the page says so with the local time of the check; nothing is due.
        let intact = try library.verify()
        #expect(intact.passed, "\(intact.findings)")
        try library.record(intact, scope: nil)
        #expect(try library.writeSite(to: out).pagesWritten == 2, "both projects were checked")
        dom = try Chromium.dumpDOM(page)
        #expect(dom.contains(w.passed + " · " + LocalTime.format(intact.startedAt, in: TimeZone(identifier: "Asia/Shanghai")!)), "\(dom)")
        #expect(!dom.contains(w.notYet), "the release was verified too")
        attention = Self.attention(try Chromium.dumpDOM(index))
        #expect(!attention.contains(w.due) && !attention.contains(w.failures), "\(attention)")

        // A large file spoiled in the store: a verify of the baseline alone finds it.
        let installer = try #require(library.baselines(of: "P-2026-001").first.flatMap { record in
            try s.git(["tag", "-l", "--format=%(contents)", record.tag]).stdout
        }.flatMap { try? BaselineManifest.parse(tagMessage: $0) }?.items.first { $0.largeFile && $0.size > 1000 })
        let object = URL(fileURLWithPath: library.lfs.objectPath(installer.sha256))
        var bytes = try Data(contentsOf: object)
        bytes[10] ^= 0xff
        try bytes.write(to: object)
        let tampered = try library.verify(tag)
        #expect(!tampered.passed && tampered.findings.count == 1, "\(tampered.findings)")
        try library.record(tampered, scope: tag)
        #expect(try library.writeSite(to: out).pagesWritten == 1, "only the project verified")
        dom = try Chromium.dumpDOM(page)
        #expect(dom.contains(w.found) && dom.contains(installer.path) && dom.contains(w.corrupt), "\(dom)")
        attention = Self.attention(try Chromium.dumpDOM(index))
        #expect(attention.contains(w.failures) && attention.contains(tag) && attention.contains(installer.path), "\(attention)")
        #expect(attention.contains("href=\"projects/P-2026-001.html\""))

        // Mended and verified again: the failure leaves the index.
        bytes[10] ^= 0xff
        try bytes.write(to: object)
        try library.record(try library.verify(tag), scope: tag)
        _ = try library.writeSite(to: out)
        #expect(!Self.attention(try Chromium.dumpDOM(index)).contains(w.failures))
    }

    @Test func aMovedTagFailsItsVerifyAndTheIndexSaysWhichTag() throws {
        let s = Scenario()
        let library = try StatusSiteTests.sampleLibrary(s)
        let tag = "baseline/P-2026-001/acceptance"
        try library.record(try library.verify(), scope: nil)
        // Moved behind git's back, on the bare repository where no hook runs.
        #expect(try s.git(["tag", "-f", "-a", "-m", "moved", tag, "main~1"]).succeeded)
        let report = try library.verify()
        #expect(!report.passed)
        try library.record(report, scope: nil)
        let record = library.verifyRecord()
        #expect(record.tags[tag]?.passed == false && record.tags[tag]?.findings.allSatisfy { $0.subject == tag } == true)
        #expect(record.projects["P-2026-001"]?.passed == true, "the project's own checks passed; the tag's findings are the tag's")
        #expect(record.tags[Self.releaseTag]?.passed == true)
        let out = s.folder.path("site")
        _ = try library.writeSite(to: out)
        let attention = Self.attention(try Chromium.dumpDOM(out.appendingPathComponent("index.html")))
        #expect(attention.contains("校验发现问题") && attention.contains(tag) && attention.contains("没有可读的清单"), "\(attention)")
    }

    @Test func aBaselineNotVerifiedForLongerThanTheSettingIsDue() throws {
        let s = Scenario()
        var library = try StatusSiteTests.sampleLibrary(s)
        var report = try library.verify()
        report.startedAt = Date().addingTimeInterval(-40 * 86400)
        try library.record(report, scope: nil)
        var page = try library.statusReportPage()
        #expect(Self.attention(page).contains("超过 30 天未校验或尚未校验的基线") && Self.attention(page).contains("(40 天前)"), "\(Self.attention(page))")

        // Sixty days are allowed: not due.
        var settings = library.settings
        settings.verify.dueAfterDays = 60
        try Data(settings.serialized().utf8).write(to: library.settingsURL)
        library = try s.open()
        #expect(library.settings.verify.dueAfterDays == 60)
        page = try library.statusReportPage()
        #expect(!Self.attention(page).contains("未校验"), "\(Self.attention(page))")
        #expect(throws: ConfigurationError.self) { _ = try LibrarySettings.parse(settings.serialized().replacingOccurrences(of: "due_after_days = 60", with: "due_after_days = 0")) }
    }

    @Test func concurrentScopedVerifiesKeepEachOthersResults() throws {
        let s = Scenario()
        let library = try StatusSiteTests.sampleLibrary(s)
        let projects = (3...6).map { String(format: "P-2026-%03d", $0) }
        for id in projects {
            _ = try library.createProject(NewProject(id: id, name: "项目 \(id)", customer: "客户", manager: s.manager, size: .small), by: s.cm)
        }
        let scopes = projects + ["P-2026-002", "baseline/P-2026-001/acceptance", Self.releaseTag]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: scopes.count) { i in
            do {
                let opened = try s.open()
                try opened.record(try opened.verify(scopes[i]), scope: scopes[i])
            } catch {
                failures.add("\(scopes[i]): \(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        var record = library.verifyRecord()
        #expect(Set(record.projects.keys) == Set(projects + ["P-2026-002"]), "\(record.projects.keys.sorted())")
        #expect(Set(record.tags.keys) == ["baseline/P-2026-001/acceptance", Self.releaseTag])
        #expect(record.library == nil, "no verify of the whole library ran")
        #expect(record.repository?.passed == true)

        // Many more at once, of made-up projects: none lost.
        let many = (100..<164).map { String(format: "P-2026-%03d", $0) }
        let root = s.libraryURL
        DispatchQueue.concurrentPerform(iterations: many.count) { i in
            var report = AuditReport(scope: many[i])
            report.checked = [.init(project: many[i], tag: nil, findings: 0..<0)]
            do { try VerifyRecordFile.record(report, wholeLibrary: false, libraryRoot: root) } catch { failures.add("\(many[i]): \(error)") }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        record = library.verifyRecord()
        #expect(Set(many).isSubset(of: Set(record.projects.keys)), "\(Set(many).subtracting(record.projects.keys).sorted())")
        #expect(Set(projects).isSubset(of: Set(record.projects.keys)))

        // A verify of the whole library forgets what no longer exists.
        try library.record(try library.verify(), scope: nil)
        record = library.verifyRecord()
        #expect(Set(record.projects.keys) == Set(projects + ["P-2026-001", "P-2026-002"]))
        #expect(record.library?.passed == true)
        // The file is JSON with snake_case keys, written whole (no temporary file left).
        let folder = s.libraryURL.appendingPathComponent("run")
        let text = try String(contentsOf: folder.appendingPathComponent("verify.json"), encoding: .utf8)
        #expect(text.contains("\"checked_at\"") && text.contains("\"passed\" : true"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".verify-") }.isEmpty)
    }

    @Test func aRecordReadAndWrittenAgainKeepsItsTimesToTheMillisecond() throws {
        var random = SystemRandomNumberGenerator()
        var record = VerifyRecord()
        for i in 0..<2000 {
            let at = Date(timeIntervalSince1970: 1_700_000_000 + Double.random(in: 0..<100_000_000, using: &random))
            record.projects[String(format: "P-2026-%04d", i)] = VerifyResult(checkedAt: at, findings: [])
        }
        let once = try #require(VerifyRecord.decoded(VerifyRecord.encoded(record)))
        let twice = try #require(VerifyRecord.decoded(VerifyRecord.encoded(once)))
        #expect(once == twice, "a time drifted: \(once.projects.filter { twice.projects[$0.key] != $0.value }.prefix(3))")
        #expect(once.byProject().mapValues(\.stamp) == twice.byProject().mapValues(\.stamp))
        // Half a millisecond at most from rounding, plus what a Double near 1.7e9 s cannot hold
        // (about 0.24 µs): exactly 0.0005 failed once by 0.02 µs.
        for (id, result) in record.projects { #expect(abs(once.projects[id]!.checkedAt.timeIntervalSince(result.checkedAt)) <= 0.0005 + 1e-6) }
        #expect(VerifyRecord.format(Date(timeIntervalSince1970: 1_764_577_800.5)) == "2025-12-01T08:30:00.500Z")
    }

    @Test func anOlderResultNeverReplacesANewerOne() {
        var record = VerifyRecord()
        var newer = AuditReport(scope: "P-2026-001")
        newer.checked = [.init(project: "P-2026-001", tag: nil, findings: 0..<0)]
        var older = AuditReport(scope: "the library")
        older.startedAt = newer.startedAt.addingTimeInterval(-60)
        older.findings = [AuditFinding(audit: .functional, subject: "P-2026-001", message: .verbatim("closed, but missing x"), hint: .verbatim("h"))]
        older.checked = [.init(project: "P-2026-001", tag: nil, findings: 0..<1)]
        record.merge(newer, wholeLibrary: false)
        record.merge(older, wholeLibrary: true)
        #expect(record.projects["P-2026-001"]?.passed == true, "the later audit stays")
        #expect(record.library?.passed == true)
    }
}

/// Errors gathered from threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ text: String) { lock.withLock { list.append(text) } }
    var all: [String] { lock.withLock { list } }
}
