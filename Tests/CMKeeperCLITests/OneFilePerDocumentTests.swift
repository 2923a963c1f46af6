import CMKeeperTestSupport
import Foundation
import Testing

/// A document the process keeps once (`multiplicity = "one"`) is one file in a project, whatever
/// its extension: `submit` replaces the old file, the pre-receive hook refuses a second one, and
/// `validate` names two that got in.
@Suite("One file per document kept once")
struct OneFilePerDocumentTests {
    let project = "P-2026-001"
    let folder = "projects/P-2026-001/installation"

    /// Writes `name` on the user's desk with `content`.
    func desk(_ s: Scenario, _ name: String, _ content: String) throws -> URL {
        try s.folder.write("desk/\(name)", Data(content.utf8))
    }

    /// The files of the project's installation folder on main, by name.
    func installationFiles(_ s: Scenario) throws -> String {
        try s.git(["-c", "core.quotePath=false", "ls-tree", "--name-only", "main", "\(folder)/"]).stdout
    }

    @Test func submittingADocAfterADocxReplacesItAndGitKeepsTheHistory() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let first = try CLI.run(["submit", project, try desk(s, "安装调试报告.docx", "PK\u{3}\u{4} 第一版").path], user: s.manager, library: s.libraryURL)
        #expect(first.succeeded, "\(first)")
        let second = try CLI.run(["submit", project, try desk(s, "安装调试报告.doc", "旧格式 第二版").path], user: s.manager, library: s.libraryURL)
        #expect(second.succeeded, "\(second)")

        #expect(try installationFiles(s) == "\(folder)/安装调试报告.doc\n")
        #expect(try s.git(["cat-file", "blob", "main:\(folder)/安装调试报告.doc"]).stdout == "旧格式 第二版")
        let changed = try s.git(["-c", "core.quotePath=false", "diff-tree", "--no-commit-id", "--name-status", "-r", "main"]).stdout
        #expect(changed == "A\t\(folder)/安装调试报告.doc\nD\t\(folder)/安装调试报告.docx\n", "\(changed)")
        let history = try s.git(["-c", "core.quotePath=false", "log", "--format=%H", "--name-status", "main", "--", "\(folder)/"]).stdout
        #expect(history.contains("D\t\(folder)/安装调试报告.docx") && history.contains("A\t\(folder)/安装调试报告.docx"), "\(history)")
        #expect(try s.git(["cat-file", "blob", "main~1:\(folder)/安装调试报告.docx"]).stdout == "PK\u{3}\u{4} 第一版")

        let validate = try CLI.run(["validate"], library: s.libraryURL)
        #expect(validate.succeeded, "\(validate)")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func aPushAddingASecondExtensionOfADocumentIsRefused() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let clone = try s.clone()
        #expect(try s.commitAndPush(clone, as: s.manager, files: ["\(folder)/安装调试报告.docx": Data("PK\u{3}\u{4} 第一版".utf8)]).succeeded)
        let main = try s.git(["rev-parse", "main"]).stdout

        let refused = try s.commitAndPush(clone, as: s.manager, files: ["\(folder)/安装调试报告.pdf": Data("%PDF-1.4 签字版".utf8)])
        #expect(!refused.succeeded)
        #expect(refused.stderr.contains(
            "\(folder)/安装调试报告.pdf: is a second file of 安装调试报告, which project \(project) keeps as one document (also \(folder)/安装调试报告.docx)"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("git rm \"\(folder)/安装调试报告.docx\" in the same commit"))
        #expect(try s.git(["rev-parse", "main"]).stdout == main)

        // The new version with the old one removed in the same commit lands.
        try Shell.git(["rm", "-q", "--", "\(folder)/安装调试报告.docx"], in: clone)
        try Shell.git(["commit", "-q", "--no-verify", "--amend", "--no-edit"], in: clone, environment: ["CMKEEPER_USER": s.manager])
        let replaced = try s.push(clone, as: s.manager)
        #expect(replaced.succeeded, "\(replaced)")
        #expect(try installationFiles(s) == "\(folder)/安装调试报告.pdf\n")
    }

    @Test func validateNamesADocumentKeptTwice() throws {
        // A library without hooks, written with plain git.
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let clone = try s.clone()
        #expect(try s.commitAndPush(clone, as: s.manager, files: [
            "\(folder)/安装调试报告.docx": Data("PK\u{3}\u{4} 第一版".utf8),
            "\(folder)/安装调试报告.doc": Data("旧格式".utf8),
        ]).succeeded)

        let validate = try CLI.run(["validate"], library: s.libraryURL)
        #expect(validate.status == 1, "\(validate)")
        #expect(validate.stdout.contains(
            "\(folder)/安装调试报告.doc: is a second file of 安装调试报告, which project \(project) keeps as one document (also \(folder)/安装调试报告.docx)"),
            "\(validate)")
    }
}
