import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

@Suite("Projects")
struct ProjectTests {
    @Test func createCommitsTheProjectRecord() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let (record, outcome) = try library.createProject(
            NewProject(id: "P-2026-001", name: "示例银行核心系统实施", customer: "示例银行", manager: "wang.pm", size: .large), by: s.cm)
        #expect(record.phase == "preparation" && record.createdBy == s.cm && record.size == .large)
        #expect(try s.git(["rev-parse", "main"]).stdout == outcome.commit.hex + "\n")
        let text = try s.git(["show", "main:projects/P-2026-001/project.toml"]).stdout
        #expect(try ProjectRecord.parse(text, file: "project.toml") == record)
        #expect(text.contains("name = \"示例银行核心系统实施\""))
        #expect(try s.git(["log", "-1", "--format=%s", "main"]).stdout == "Create project P-2026-001: 示例银行核心系统实施\n")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        #expect(try library.projects().map(\.id) == ["P-2026-001"])
    }

    @Test(arguments: [
        "", ".hidden", "a/b", "../x", "P 1", "项目一", "P-1\n", String(repeating: "x", count: 65), "CON", "nul.txt", "P-1.", "a\\b",
    ])
    func invalidIdsAreRefusedWithNoCommit(id: String) throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let before = try s.git(["rev-parse", "main"]).stdout
        let error = #expect(throws: CMKeeperError.self) {
            _ = try library.createProject(NewProject(id: id, name: "n", manager: "wang"), by: s.cm)
        }
        #expect(error?.kind == .refused)
        #expect(error?.hint != nil)
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
    }

    @Test func validIdsAtTheLimits() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        for id in [String(repeating: "x", count: 64), "a", "P_2026.v2-final"] {
            _ = try library.createProject(NewProject(id: id, name: "n", manager: "wang"), by: s.cm)
        }
        #expect(try library.projects().count == 3)
    }

    @Test func anExistingIdIsRefusedInAnyLetterCase() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        try s.makeProject("P-1", in: library)
        let before = try s.git(["rev-parse", "main"]).stdout
        for id in ["P-1", "p-1"] {
            let error = #expect(throws: CMKeeperError.self) {
                _ = try library.createProject(NewProject(id: id, name: "again", manager: "wang"), by: s.cm)
            }
            #expect(error?.message.contains("P-1") == true)
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
    }

    @Test func onlyACMEngineerCreatesProjects() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let before = try s.git(["rev-parse", "main"]).stdout
        let error = #expect(throws: CMKeeperError.self) {
            _ = try library.createProject(NewProject(id: "P-1", name: "n", manager: "wang"), by: "wang")
        }
        #expect(error?.message.contains("cm-engineer") == true)
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
    }

    @Test func badNamesAndManagersAreRefused() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        #expect(throws: CMKeeperError.self) { _ = try library.createProject(NewProject(id: "P-1", name: "  ", manager: "wang"), by: s.cm) }
        #expect(throws: CMKeeperError.self) { _ = try library.createProject(NewProject(id: "P-1", name: "a\u{1B}[31m", manager: "wang"), by: s.cm) }
        #expect(throws: CMKeeperError.self) { _ = try library.createProject(NewProject(id: "P-1", name: "n", manager: "王 经理"), by: s.cm) }
        #expect(try library.projects().isEmpty)
    }
}
