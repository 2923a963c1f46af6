import CMKeeperTestSupport
import Foundation
import Testing

/// `cmkeeper submit` with files named as people name them, through the real binary.
@Suite("cmkeeper submit: documents recognised as people name them")
struct SubmitNamesCLITests {
    /// A library with one project, and `names` written as files in a folder of their own.
    func setUp(_ names: [String]) throws -> (Scenario, [URL]) {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let desk = s.folder.path("desk")
        try FileManager.default.createDirectory(at: desk, withIntermediateDirectories: true)
        let files = try names.map { name in
            let url = desk.appendingPathComponent(name)
            try Data("content of \(name)".utf8).write(to: url)
            return url
        }
        return (s, files)
    }

    @Test func realNamesLandAtTheirCanonicalPlaceAndTheMessageKeepsTheOriginalName() throws {
        let names = [
            "某银行-安装验收报告-签字版.pdf", "项目实施申请表 (2).xlsx", "销售合同.pdf", "实施计划-最终版.docx",
            "项目实施客户确认表（签字版）.pdf", "P-2026-001_系统安装验收报告_v2.PDF", "某银行-需求变更申请单-003.docx",
        ]
        let (s, files) = try setUp(names)
        let result = try CLI.run(["submit", "P-2026-001"] + files.map(\.path), user: s.manager, library: s.libraryURL)
        #expect(result.succeeded, "\(result)")

        let canonical = [
            "acceptance/安装验收报告.pdf", "preparation/项目实施申请表.xlsx", "preparation/销售合同或者相关备忘录.pdf",
            "preparation/项目实施及验收总体计划.docx", "preparation/项目实施客户确认表.pdf", "acceptance/系统安装验收报告.pdf",
            "change-requests/需求变更申请单-003.docx",
        ]
        let tree = try s.git(["-c", "core.quotePath=false", "ls-tree", "-r", "--name-only", "main", "projects/P-2026-001"]).stdout
        for (name, path) in zip(names, canonical) {
            #expect(tree.contains("projects/P-2026-001/\(path)\n"), "\(path) in \(tree)")
            #expect(try s.git(["cat-file", "blob", "main:projects/P-2026-001/\(path)"]).stdout == "content of \(name)")
        }
        #expect(!tree.contains("安装验收报告-签字版") && !tree.contains("(2)") && !tree.contains(".PDF"))

        let message = try s.git(["log", "-1", "--format=%B", "main"]).stdout
        #expect(message.contains("acceptance/安装验收报告.pdf (安装验收报告, from 某银行-安装验收报告-签字版.pdf)"), "\(message)")
        #expect(message.contains("preparation/销售合同或者相关备忘录.pdf (销售合同或者相关备忘录, from 销售合同.pdf)"))
        #expect(message.contains("preparation/项目实施及验收总体计划.docx (项目实施及验收总体计划, from 实施计划-最终版.docx)"))
        #expect(message.contains("acceptance/系统安装验收报告.pdf (系统安装验收报告, from P-2026-001_系统安装验收报告_v2.PDF)"))
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func anAmbiguousOrUnknownNameIsRefusedSayingWhichDocumentsItCouldBe() throws {
        let (s, files) = try setUp(["安装验收报告和验收测试报告.pdf", "安装验收报吿.docx", "随便起的名字.docx"])
        let before = try s.git(["rev-parse", "main"]).stdout
        let refused = try CLI.run(["submit", "P-2026-001"] + files.map(\.path), user: s.manager, library: s.libraryURL)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("its name fits more than one document: 安装验收报告 (acceptance-report), 验收测试报告 (acceptance-test-report)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("give --type"))
        #expect(refused.stderr.contains("did you mean 安装验收报告 (acceptance-report)?"))
        #expect(refused.stderr.contains("随便起的名字.docx: its name does not say which document it is"))
        #expect(try s.git(["rev-parse", "main"]).stdout == before, "nothing is committed")

        // --type settles the ambiguous one.
        let typed = try CLI.run(["submit", "P-2026-001", files[0].path, "--type", "acceptance-test-report"], user: s.manager, library: s.libraryURL)
        #expect(typed.succeeded, "\(typed)")
        #expect(try s.git(["cat-file", "-t", "main:projects/P-2026-001/acceptance/验收测试报告.pdf"]).stdout == "blob\n")
    }

    @Test func lockAndTempFilesAreRefusedEvenWithAType() throws {
        let (s, files) = try setUp(["~$安装验收报告.docx", ".~lock.安装验收报告.docx#", "Thumbs.db"])
        let before = try s.git(["rev-parse", "main"]).stdout
        for file in files {
            for extra in [[], ["--type", "acceptance-report"]] {
                let refused = try CLI.run(["submit", "P-2026-001", file.path] + extra, user: s.manager, library: s.libraryURL)
                #expect(refused.status == 1, "\(refused)")
                #expect(refused.stderr.contains("close the document and remove this file; submit only the document itself"), "\(refused.stderr)")
            }
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
    }
}
