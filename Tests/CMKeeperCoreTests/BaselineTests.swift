import CMKeeperTestSupport
import Foundation
import GitKit
import Testing

@testable import CMKeeperCore

@Suite("Baselines and audits")
struct BaselineTests {
    @Test func aBaselineIsRefusedUntilTheGateIsMet() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let before = try s.git(["rev-parse", "main"]).stdout
        let error = #expect(throws: CMKeeperError.self) { _ = try library.baseline(project: "P-2026-001", user: s.cm) }
        #expect(error?.message.contains("项目实施申请表") == true)
        #expect(error?.message.contains("安装验收报告") == true)
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
        #expect(try s.git(["tag", "-l", "baseline/*"]).stdout == "")
    }

    @Test func aBaselineTagsEveryConfigurationItemAndClosesTheProject() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        let notCM = #expect(throws: CMKeeperError.self) { _ = try library.baseline(project: "P-2026-001", user: s.manager) }
        #expect(notCM?.message.contains("cm-engineer") == true)

        let outcome = try library.baseline(project: "P-2026-001", user: s.cm)
        #expect(outcome.tag == "baseline/P-2026-001/acceptance")
        #expect(try s.git(["cat-file", "-t", outcome.tag]).stdout == "tag\n")
        #expect(try s.git(["rev-parse", "\(outcome.tag)^{commit}"]).stdout == outcome.commit.commit.hex + "\n")
        #expect(try library.projects()[0].phase == "closed")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)

        let manifest = outcome.manifest
        let paths = Set(manifest.items.map(\.path))
        #expect(paths.contains("projects/P-2026-001/acceptance/安装验收报告.docx"))
        #expect(paths.contains("projects/P-2026-001/releases/核心业务平台/2.1.0/安装包/core-platform-2.1.0.tar.gz"))
        #expect(paths.contains("projects/P-2026-001/release-log.jsonl") && paths.contains("projects/P-2026-001/approvals.jsonl"))
        #expect(!paths.contains("projects/P-2026-001/project.toml"))
        // Each item: the blob in the tagged tree, and SHA-256 of the content as sha256sum sees it.
        let clone = try s.clone()
        #expect(try Shell.git(["lfs", "pull"], in: clone).succeeded)
        for item in manifest.items {
            #expect(try s.git(["rev-parse", "\(outcome.tag):\(item.path)"]).stdout == item.blob + "\n", "\(item.path)")
            let sum = String(try Shell.run("sha256sum", [clone.appendingPathComponent(item.path).path]).stdout.prefix(64))
            #expect(sum == item.sha256, "\(item.path)")
        }
        let report = manifest.items.first { $0.path.hasSuffix("安装验收报告.docx") }!
        #expect(report.documentType == "acceptance-report" && report.submittedBy == s.manager && !report.largeFile)
        let installer = manifest.items.first { $0.path.hasSuffix(".tar.gz") }!
        #expect(installer.documentType == "release" && installer.largeFile && installer.submittedBy == s.cm)
        // The tag's message is the manifest.
        let message = try s.git(["tag", "-l", "--format=%(contents)", outcome.tag]).stdout
        #expect(try BaselineManifest.parse(tagMessage: message) == manifest)

        let verified = try library.verify()
        #expect(verified.passed, "\(verified.findings)")
        #expect(verified.baselines == 1 && verified.releases == 1 && verified.items > manifest.items.count)
    }

    @Test func aFrozenProjectChangesOnlyThroughAnApprovedChangeRequest() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        let changed = try s.folder.write("desk/安装验收报告.docx", Data("changed".utf8))
        // The manager may not, nor may the CM engineer without a change request.
        let pm = #expect(throws: CMKeeperError.self) { _ = try library.submit(Submission(project: "P-2026-001", files: [changed], user: s.manager)) }
        #expect(pm?.message.contains("baseline and cannot be changed") == true)
        let cm = #expect(throws: CMKeeperError.self) { _ = try library.submit(Submission(project: "P-2026-001", files: [changed], user: s.cm)) }
        #expect(cm?.message.contains("without a change request") == true)

        // With a change request, approved by a CM engineer, named in the commit: it lands.
        let request = try s.folder.write("desk/需求变更申请单-003.docx", Data("CR 3".utf8))
        _ = try library.submit(Submission(project: "P-2026-001", files: [request], user: s.manager))
        let unapproved = #expect(throws: CMKeeperError.self) {
            _ = try library.submit(Submission(project: "P-2026-001", files: [changed], message: "Change-Request: CR-003", user: s.cm))
        }
        #expect(unapproved?.message.contains("not approved") == true)
        _ = try library.approve(project: "P-2026-001", documentType: "change-request", file: "需求变更申请单-003.docx", user: s.cm)
        _ = try library.submit(Submission(project: "P-2026-001", files: [changed], message: "Change-Request: CR-003", user: s.cm))
        // The approval is of CR-003's file: the same content under another number is not approved.
        let copy = try s.folder.write("desk/需求变更申请单-004.docx", Data("CR 3".utf8))
        _ = try library.submit(Submission(project: "P-2026-001", files: [copy], user: s.manager))
        let again = try s.folder.write("desk/again/安装验收报告.docx", Data("changed again".utf8))
        let copied = #expect(throws: CMKeeperError.self) {
            _ = try library.submit(Submission(project: "P-2026-001", files: [again], message: "Change-Request: CR-004", user: s.cm))
        }
        #expect(copied?.message.contains("change request CR-004 (projects/P-2026-001/change-requests/需求变更申请单-004.docx) is not approved") == true)

        // The next baseline is acceptance.2 (once the changed report is approved again, by a CM
        // engineer other than the one who changed it); the first stays as it was.
        let own = #expect(throws: CMKeeperError.self) { _ = try library.approve(project: "P-2026-001", documentType: "acceptance-report", user: s.cm) }
        #expect(own?.message.contains("\(s.cm) submitted acceptance/安装验收报告.docx and so may not approve it") == true)
        _ = try library.grant(.cmEngineer, to: "li.cm", by: s.cm)
        _ = try library.approve(project: "P-2026-001", documentType: "acceptance-report", user: "li.cm")
        _ = try library.approve(project: "P-2026-001", documentType: "acceptance-report", user: s.customerService)
        let second = try library.baseline(project: "P-2026-001", changeRequest: "CR-003", user: s.cm)
        #expect(second.tag == "baseline/P-2026-001/acceptance.2")
        let first = try s.git(["rev-parse", "baseline/P-2026-001/acceptance:projects/P-2026-001/acceptance/安装验收报告.docx"]).stdout
        let now = try s.git(["rev-parse", "baseline/P-2026-001/acceptance.2:projects/P-2026-001/acceptance/安装验收报告.docx"]).stdout
        #expect(first != now)
        #expect(try library.verify("P-2026-001").passed)
    }

    @Test func verifyFindsACorruptedLargeFileAMovedTagAndAMissingDocument() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        let outcome = try library.baseline(project: "P-2026-001", user: s.cm)
        #expect(try library.verify().passed)

        // A corrupted large file in the store.
        let installer = outcome.manifest.items.first { $0.largeFile && $0.size > 1000 }!
        let object = library.lfs.objectPath(installer.sha256)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: object))
        bytes[10] ^= 0xff
        try bytes.write(to: URL(fileURLWithPath: object))
        var report = try library.verify()
        #expect(report.findings.contains { $0.subject == installer.path && $0.message.text(in: .en).contains("corrupt") })
        bytes[10] ^= 0xff
        try bytes.write(to: URL(fileURLWithPath: object))
        #expect(try library.verify().passed)

        // A tag moved behind git's back (on the bare repository, where no hook runs).
        #expect(try s.git(["tag", "-f", "-a", "-m", "moved", outcome.tag, "main~1"]).succeeded)
        report = try library.verify(outcome.tag)
        #expect(!report.passed)
        #expect(report.findings.contains { $0.subject == outcome.tag })
        #expect(try s.git(["update-ref", "refs/tags/\(outcome.tag)", try s.git(["rev-parse", "refs/tags/\(outcome.tag)"]).stdout.trimmingCharacters(in: .newlines)]).succeeded)

        // A lightweight tag of the same name.
        #expect(try s.git(["update-ref", "refs/tags/\(outcome.tag)", outcome.commit.commit.hex]).succeeded)
        report = try library.verify("P-2026-001")
        #expect(report.findings.contains { $0.message.text(in: .en).contains("lightweight") })
    }

    @Test func aBaselineWhoseTagIsGoneOrReplacedIsStillCheckedItemByItemFromItsRecord() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        let made = try library.baseline(project: "P-2026-001", user: s.cm)
        let intact = try library.verify(made.tag)
        #expect(intact.passed && intact.items == made.manifest.items.count)

        // Replaced by a tag whose manifest lists nothing: the manifest is made again from the record's commit.
        #expect(try s.git(["tag", "-f", "-a", "-m", "nothing to see", made.tag, "main"]).succeeded)
        var report = try library.verify(made.tag)
        #expect(report.items == made.manifest.items.count, "\(report.findings)")
        #expect(report.findings.map { $0.message.text(in: .en) } == ["holds no readable manifest"], "\(report.findings)")

        // Gone: the same.
        #expect(try s.git(["tag", "-d", made.tag]).succeeded)
        report = try library.verify(made.tag)
        #expect(report.items == made.manifest.items.count, "\(report.findings)")
        #expect(report.findings.map { $0.message.text(in: .en) } == ["the tag is missing"], "\(report.findings)")
    }

    @Test func verifyFindsTagsNoRecordAccountsFor() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        // Made by hand on the bare repository, where no hook runs.
        #expect(try s.git(["tag", "-a", "-m", "by hand", "release/P-2026-001/其他产品/9.9", "main"]).succeeded)
        #expect(try s.git(["tag", "-a", "-m", "by hand", "baseline/P-2026-001/extra", "main"]).succeeded)
        let report = try library.verify("P-2026-001")
        #expect(report.findings.contains { $0.subject == "release/P-2026-001/其他产品/9.9" && $0.message.text(in: .en).contains("no release record") })
        #expect(report.findings.contains { $0.subject == "baseline/P-2026-001/extra" && $0.message.text(in: .en).contains("no baseline record") })
        #expect(report.findings.count == 2)
    }

    @Test func verifyFindsABlobReplacedBehindGitsBack() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        let tree = "baseline/P-2026-001/acceptance:projects/P-2026-001/acceptance"
        let report = try s.git(["rev-parse", "\(tree)/安装验收报告.docx"]).stdout.trimmingCharacters(in: .newlines)
        let other = try s.git(["rev-parse", "\(tree)/售后服务承诺卡.docx"]).stdout.trimmingCharacters(in: .newlines)
        // Unpack every pack into loose objects, then put another object's bytes in the report's place.
        let objects = s.repositoryURL.appendingPathComponent("objects")
        for pack in try FileManager.default.contentsOfDirectory(atPath: objects.appendingPathComponent("pack").path) where pack.hasSuffix(".pack") {
            let moved = s.folder.path(pack)
            try FileManager.default.moveItem(at: objects.appendingPathComponent("pack/\(pack)"), to: moved)
            try FileManager.default.removeItem(at: objects.appendingPathComponent("pack/\(pack.replacingOccurrences(of: ".pack", with: ".idx"))"))
            let unpack = try Shell.run("git", ["--git-dir", s.repositoryURL.path, "unpack-objects", "-q"], input: try Data(contentsOf: moved))
            #expect(unpack.succeeded, "\(unpack)")
        }
        let target = objects.appendingPathComponent("\(report.prefix(2))/\(report.dropFirst(2))")
        try FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: objects.appendingPathComponent("\(other.prefix(2))/\(other.dropFirst(2))"), to: target)

        let found = try s.open().verify("P-2026-001")
        #expect(found.findings.contains { $0.subject == "projects/P-2026-001/acceptance/安装验收报告.docx" && $0.audit == .physical })
        #expect(found.findings.contains { $0.audit == .repository })
        #expect(!found.findings.contains { $0.subject.hasSuffix("售后服务承诺卡.docx") })
    }

    @Test func theFunctionalAuditFindsAClosedProjectMissingADocument() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        // Removed behind the hooks' back.
        let clone = try s.clone()
        try Shell.git(["rm", "-q", "projects/P-2026-001/training/培训通知单.docx"], in: clone)
        try Shell.git(["commit", "-qm", "remove"], in: clone)
        try Shell.git(["push", "-q", "origin", "HEAD:main"], in: clone)
        let report = try library.verify("P-2026-001")
        #expect(report.findings.contains { $0.audit == .functional && $0.message.text(in: .en).contains("培训通知单") })
    }
}

@Suite("Status accounting")
struct StatusAccountingTests {
    @Test func everyProjectWithItsPhaseWhatIsMissingReleasesBaselinesAndChangeRequests() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        try s.makeProject("P-2026-002", in: library)
        let request = try s.folder.write("desk/需求变更申请单-001.docx", Data("cr".utf8))
        _ = try library.submit(Submission(project: "P-2026-002", files: [request], user: s.manager))

        let all = try library.statusAccounting()
        #expect(all.map(\.id) == ["P-2026-001", "P-2026-002"])
        let closed = all[0], fresh = all[1]
        #expect(closed.phase == "closed" && closed.phaseTitle == "验收完成" && closed.releases == 1 && closed.baselines == ["acceptance"])
        #expect(fresh.phase == "preparation" && fresh.missing.contains("项目实施申请表") && fresh.missing.contains("软件发行"))
        #expect(fresh.openChangeRequests == ["change-requests/需求变更申请单-001.docx"])
        // An approval holds for the file it approved: a copy of an approved request under another number is still open.
        _ = try library.approve(project: "P-2026-002", documentType: "change-request", file: "需求变更申请单-001.docx", user: s.cm)
        let copy = try s.folder.write("desk/需求变更申请单-002.docx", Data("cr".utf8))
        _ = try library.submit(Submission(project: "P-2026-002", files: [copy], user: s.manager))
        #expect(try library.statusAccounting(manager: s.manager).first { $0.id == "P-2026-002" }?.openChangeRequests == ["change-requests/需求变更申请单-002.docx"])
        #expect(try library.statusAccounting(phase: "closed").map(\.id) == ["P-2026-001"])
        #expect(try library.statusAccounting(manager: "nobody").isEmpty)

        let page = try library.statusReportPage()
        #expect(page.contains("<h1>Configuration status report</h1>"), "an English library")
        #expect(page.contains("<tr id=\"P-2026-002\"><td>P-2026-002 "))
        #expect(page.contains("<span class=\"miss\">项目实施申请表</span>"))
        #expect(!page.contains("<script"))
    }

    @Test func theReportEscapesWhatPeopleTyped() {
        let summary = ProjectSummary(
            id: "P-1", name: "<script>alert(1)</script>", customer: "A & B", manager: "m", size: "small", phase: "preparation",
            phaseTitle: "项目准备", phaseIndex: 0, phaseCount: 7, missing: [], lastWeeklyReport: nil, missingWeeklyReports: 0,
            releases: 0, baselines: [], openChangeRequests: [])
        let entry = ProjectSummaryCache.Entry(tree: "", summary: summary, recordChangedAt: nil, approvalsWaiting: ["<i>审批</i>"])
        let page = StatusReportPage.html(
            [entry], phases: [], rejections: [.init(path: "P-1/<b>.docx", rejectedAt: Date(), reason: "<u>")], generatedAt: Date(),
            presentation: Presentation(language: .zhCN, zone: .current, roles: RoleBook(users: [])))
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && page.contains("A &amp; B"))
        #expect(page.contains("&lt;i&gt;审批&lt;/i&gt;") && page.contains("P-1/&lt;b&gt;.docx") && page.contains("&lt;u&gt;"))
    }
}

@Suite("The handover package")
struct ExportTests {
    @Test(arguments: ["tar", "zip"])
    func thePackageUnpacksToTheManifestsHashesAndIsReproducible(format: String) throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        let baseline = try library.baseline(project: "P-2026-001", user: s.cm)
        let first = s.folder.path("交付-1.\(format)")
        let second = s.folder.path("交付-2.\(format)")
        let outcome = try library.export(project: "P-2026-001", to: first)
        let handedOver = baseline.manifest.items.filter { !Library.isInternal($0, folder: "projects/P-2026-001/") }
        #expect(outcome.baseline == "acceptance" && outcome.items == handedOver.count && handedOver.count < baseline.manifest.items.count)
        _ = try library.export(project: "P-2026-001", baseline: "acceptance", to: second)
        #expect(try Data(contentsOf: first) == (try Data(contentsOf: second)))

        let unpacked = s.folder.path("unpacked-\(format)")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        let unpack = format == "tar"
            ? try Shell.run("tar", ["-xf", first.path, "-C", unpacked.path])
            : try Shell.run("python3", ["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", first.path, unpacked.path])
        #expect(unpack.succeeded, "\(unpack)")
        let root = unpacked.appendingPathComponent("P-2026-001-acceptance")
        let check = try Shell.run("sha256sum", ["-c", "--quiet", "SHA256SUMS"], in: root)
        #expect(check.succeeded, "\(check)")
        for item in handedOver {
            let file = root.appendingPathComponent(String(item.path.dropFirst("projects/P-2026-001/".count)))
            #expect(String(try Shell.run("sha256sum", [file.path]).stdout.prefix(64)) == item.sha256, "\(item.path)")
        }
        // Large files arrive as themselves, not as pointers.
        let installer = root.appendingPathComponent("releases/核心业务平台/2.1.0/安装包/core-platform-2.1.0.tar.gz")
        #expect((try FileManager.default.attributesOfItem(atPath: installer.path)[.size] as? Int) == 1 << 20)
        let checklist = try String(contentsOf: root.appendingPathComponent("项目验收移交客户资料清单.txt"), encoding: .utf8)
        #expect(checklist.contains("acceptance/安装验收报告.docx") && checklist.contains(baseline.manifest.items[0].sha256))
    }

    @Test func exportNeedsABaselineAndAKnownFormat() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let none = #expect(throws: CMKeeperError.self) { _ = try library.export(project: "P-2026-001", to: s.folder.path("x.zip")) }
        #expect(none?.message.contains("no baseline") == true)
        #expect(throws: CMKeeperError.self) { _ = try library.export(project: "P-2026-001", to: s.folder.path("x.rar")) }
        #expect(!FileManager.default.fileExists(atPath: s.folder.path("x.zip").path))
    }

    @Test func aCorruptLargeFileLeavesNoPackage() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        let baseline = try library.baseline(project: "P-2026-001", user: s.cm)
        let installer = baseline.manifest.items.first { $0.largeFile && $0.size > 1000 }!
        let object = URL(fileURLWithPath: library.lfs.objectPath(installer.sha256))
        var bytes = try Data(contentsOf: object)
        bytes[0] ^= 1
        try bytes.write(to: object)
        #expect(throws: CMKeeperError.self) { _ = try library.export(project: "P-2026-001", to: s.folder.path("交付.zip")) }
        let left = try FileManager.default.contentsOfDirectory(atPath: s.folder.url.path).filter { $0.contains("交付") }
        #expect(left.isEmpty)
    }
}
