import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

/// The handover package is for the customer: a checklist to print and sign, no internal records.
@Suite("The handover checklist")
struct HandoverChecklistTests {
    func unpack(_ s: Scenario, _ package: URL, into name: String) throws -> URL {
        let folder = s.folder.path(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let unzip = try Shell.run("python3", ["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", package.path, folder.path])
        #expect(unzip.succeeded, "\(unzip)")
        return folder.appendingPathComponent("P-2026-001-acceptance")
    }

    @Test func theChecklistIsAPrintablePageAndInternalRecordsStayOut() throws {
        let s = Scenario()
        let library = try s.speaking(.zhCN, in: try s.makeAcceptedProject())
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        let package = s.folder.path("交付.zip")
        _ = try library.export(project: "P-2026-001", to: package)
        let root = try unpack(s, package, into: "customer")
        for record in ["approvals.jsonl", "release-log.jsonl"] {
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(record).path), "\(record) handed over")
        }
        let sums = try String(contentsOf: root.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
        #expect(!sums.contains("approvals.jsonl") && sums.contains("acceptance/安装验收报告.docx"))
        #expect(try Shell.run("sha256sum", ["-c", "--quiet", "SHA256SUMS"], in: root).succeeded)
        let tsv = try String(contentsOf: root.appendingPathComponent("项目验收移交客户资料清单.txt"), encoding: .utf8)
        #expect(tsv.contains("certutil -hashfile") && tsv.contains("Get-FileHash") && !tsv.contains("approvals.jsonl"))

        let page = root.appendingPathComponent("项目验收移交客户资料清单.html")
        let dom = try Chromium.dumpDOM(page)
        #expect(dom.contains("<h1>项目验收移交客户资料清单</h1>"))
        #expect(dom.contains("P-2026-001 示例银行核心系统实施"))
        #expect(dom.contains("安装验收报告") && dom.contains("acceptance/安装验收报告.docx"))
        let installer = try Shell.run("sha256sum", [root.appendingPathComponent("releases/核心业务平台/2.1.0/安装包/core-platform-2.1.0.tar.gz").path])
        #expect(dom.contains(String(installer.stdout.prefix(64))), "each file with its SHA-256")
        #expect(dom.contains("1.0 MiB") && dom.contains("1048576"))
        #expect(dom.contains("certutil -hashfile 文件名 SHA256") && dom.contains("Get-FileHash") && dom.contains("sha256sum -c SHA256SUMS"))
        #expect(dom.contains("移交人") && dom.contains("接收人") && dom.contains("日期"))
        #expect(!dom.contains("approvals.jsonl") && !dom.contains("<script"))
        let png = s.folder.path("checklist.png")
        try Chromium.screenshot(page, to: png)
        #expect(try Data(contentsOf: png).count > 20_000)
    }

    @Test func internalRecordsGoWithInternal() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        let baseline = try library.baseline(project: "P-2026-001", user: s.cm)
        let package = s.folder.path("内部.zip")
        let outcome = try library.export(project: "P-2026-001", to: package, internal: true)
        #expect(outcome.items == baseline.manifest.items.count)
        let root = try unpack(s, package, into: "internal")
        for record in ["approvals.jsonl", "release-log.jsonl"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(record).path), "\(record) left out")
        }
        #expect(try Shell.run("sha256sum", ["-c", "--quiet", "SHA256SUMS"], in: root).succeeded)
        let dom = try Chromium.dumpDOM(root.appendingPathComponent("项目验收移交客户资料清单.html"))
        #expect(dom.contains("<html lang=\"en\"") && dom.contains("Handover checklist") && dom.contains("approvals.jsonl"))
    }
}
