import CMKeeperTestSupport
import Foundation
import GitKit
import Testing

@testable import CMKeeperCore

/// The rules that keep the library workable for everyone, CM engineers included, as every
/// commit cmkeeper makes meets them (the hooks' and the daemon's paths are tested with them).
@Suite("The library stays workable, whoever changes it")
struct LibraryIntegrityTests {
    let project = "P-2026-001"

    /// `body` is refused with a message holding every one of `texts`, and main has not moved.
    func expectRefused(
        _ s: Scenario, _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) throws {
        let main = try s.git(["rev-parse", "main"]).stdout
        do {
            try body()
            Issue.record("the change was committed", sourceLocation: sourceLocation)
        } catch let error as CMKeeperError {
            for text in texts {
                #expect(error.message.contains(text), "\(error.message)", sourceLocation: sourceLocation)
            }
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == main, sourceLocation: sourceLocation)
    }

    /// The CM engineer commits `path` with `text`.
    func write(_ library: Library, _ s: Scenario, _ path: String, _ text: String) throws {
        _ = try library.commitOnMain(author: s.cm) { _ in
            PlannedCommit(updates: [.upsert(path: path, blob: try library.writeBlob(Data(text.utf8)))], message: "Change \(path)\n")
        }
    }

    @Test func theLastCMEngineerCannotBeRevokedNorWrittenAway() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        try expectRefused(s, [".cmkeeper/roles.toml", "without a CM engineer"]) {
            _ = try library.revoke(.cmEngineer, from: s.cm, by: s.cm)
        }
        let managersOnly = RoleBook(users: [.init(login: s.cm, roles: [.projectManager])])
        try expectRefused(s, ["without a CM engineer"]) {
            try write(library, s, LibraryLayout.rolesFile, managersOnly.serialized())
        }
        // With a second CM engineer, the first may go.
        _ = try library.grant(.cmEngineer, to: "li.cm", by: s.cm)
        #expect(try library.revoke(.cmEngineer, from: s.cm, by: "li.cm").users(with: .cmEngineer).map(\.login) == ["li.cm"])
    }

    @Test(arguments: [
        "*.toml filter=lfs diff=lfs merge=lfs -text", "** filter=lfs diff=lfs merge=lfs -text", "* filter=lfs",
        "*.jsonl filter=lfs diff=lfs merge=lfs -text", ".gitattributes filter=lfs", "projects/*/project.toml filter=lfs",
        "/.cmkeeper/** filter=lfs", "**/approvals.JSONL filter=lfs", "[attr]big filter=lfs diff=lfs merge=lfs -text\n*.toml big",
        "\"projects/*/baselines.jsonl\" filter=lfs",
    ])
    func gitLFSNeverTakesAFileCmkeeperReadsAsText(_ line: String) throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let attributes = try #require(try library.snapshot().text(at: LibraryLayout.attributesFile))
        try expectRefused(s, [".gitattributes: line", "would have git-lfs store", "cmkeeper reads that file as text"]) {
            try write(library, s, LibraryLayout.attributesFile, attributes + line + "\n")
        }
    }

    @Test func aNewMacroMakesTheOldLinesNamingItCount() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let attributes = try #require(try library.snapshot().text(at: LibraryLayout.attributesFile))
        try write(library, s, LibraryLayout.attributesFile, attributes + "*.toml big\n")
        try expectRefused(s, ["line 4 “*.toml big” would have git-lfs store .cmkeeper/process.toml"]) {
            try write(library, s, LibraryLayout.attributesFile, "[attr]big filter=lfs\n" + attributes + "*.toml big\n")
        }
    }

    @Test func documentsMayStillBeTrackedAndALineLaidInWaitStopsTheProjectItWouldTake() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let attributes = try #require(try library.snapshot().text(at: LibraryLayout.attributesFile))
        try write(library, s, LibraryLayout.attributesFile, attributes + "projects/**/*.pdf filter=lfs diff=lfs merge=lfs -text\nprojects/Q-*/project.toml filter=lfs\n")
        try expectRefused(s, [".gitattributes: line", "projects/Q-1/project.toml"]) {
            _ = try library.createProject(NewProject(id: "Q-1", name: "另一个项目", customer: nil, manager: s.manager, size: .small), by: s.cm)
        }
        _ = try library.createProject(NewProject(id: "P-2026-002", name: "另一个项目", customer: nil, manager: s.manager, size: .small), by: s.cm)
    }

    @Test func aReleasedVersionNeverChangesEvenForACMEngineer() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        _ = try library.release(ReleaseRequest(project: project, product: "核心业务平台", version: "2.1.0", user: s.cm))
        let folder = LibraryLayout.releaseFolder(project: project, product: "核心业务平台", version: "2.1.0")
        try expectRefused(s, ["\(folder)/文档/发行说明.txt", "核心业务平台 2.1.0 is released to project \(project)", "never changed"]) {
            try write(library, s, "\(folder)/文档/发行说明.txt", "改过的说明\n")
        }
        try expectRefused(s, ["never deleted"]) {
            _ = try library.commitOnMain(author: s.cm) { _ in
                PlannedCommit(updates: [.remove(path: "\(folder)/文档/发行说明.txt")], message: "Remove\n")
            }
        }
        try expectRefused(s, ["never added to"]) {
            try write(library, s, "\(folder)/文档/补丁说明.txt", "补丁\n")
        }
        // A new version is a new release.
        try s.product("核心业务平台", "2.1.1", ["文档/发行说明.txt": Data("2.1.1\n".utf8)])
        _ = try library.release(ReleaseRequest(project: project, product: "核心业务平台", version: "2.1.1", user: s.cm))
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func aProjectsPhaseIsOneOfTheProcess() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let path = LibraryLayout.projectFile(project)
        let record = try #require(try library.snapshot().text(at: path))
        let created = record.replacingOccurrences(of: project, with: "P-2026-002").replacingOccurrences(of: "phase = \"preparation\"", with: "phase = \"testing\"")
        try expectRefused(s, ["projects/P-2026-002/project.toml", "phase “testing” is not a phase of the process", "项目准备 (preparation), 系统安装调试 (installation)"]) {
            try write(library, s, LibraryLayout.projectFile("P-2026-002"), created)
        }
        // Nor may the process drop the phase a project is in.
        let process = try #require(try library.snapshot().text(at: LibraryLayout.processFile))
        try expectRefused(s, [".cmkeeper/process.toml", "project \(project): phase “preparation” is not a phase"]) {
            try write(library, s, LibraryLayout.processFile, process.replacingOccurrences(of: "\"preparation\"", with: "\"prep\""))
        }
    }

    @Test func aPhaseOutsideTheProcessThatGotInIsShownByValidateAndStatus() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        // Written by hand with git into a library without hooks.
        let clone = try s.clone()
        let path = LibraryLayout.projectFile(project)
        let record = try String(contentsOf: clone.appendingPathComponent(path), encoding: .utf8)
        try s.commitAndPush(clone, as: s.cm, files: [path: Data(record.replacingOccurrences(of: "phase = \"preparation\"", with: "phase = \"testing\"").utf8)])
        let fresh = try s.open()
        let problems = try fresh.validate().problems
        #expect(problems.map(\.path) == [path])
        #expect(problems.first?.message.contains("phase “testing” is not a phase of the process") == true)
        let status = try fresh.status(of: project)
        #expect(status.phaseProblem?.text(in: .en).contains("phase “testing” is not a phase of the process") == true)
        let summary = try #require(try fresh.statusAccounting().first)
        #expect(summary.missing.first?.contains("not a phase of the process") == true)
        #expect(summary.phaseTitle.contains("✘"))
        _ = library
    }

    @Test func aNameWithAnInvisibleCharacterIsSubmittedNorReleasedNever() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let twin = try s.folder.write("desk/需求变更申请单-\u{200B}001.docx", Data("PK twin".utf8))
        try expectRefused(s, ["U+200B ZERO WIDTH SPACE", "at character 9 of 17"]) {
            _ = try library.submit(Submission(project: project, files: [twin], user: s.manager))
        }
        try s.product("核心业务平台", "2.2.0", ["文档/发行\u{202E}txt.exe": Data("MZ".utf8), "文档/发行说明.txt": Data("2.2.0\n".utf8)])
        let objects = s.repositoryURL.appendingPathComponent("lfs/objects").path
        let stored = FileManager.default.enumerator(atPath: objects)?.allObjects.count ?? 0
        try expectRefused(s, ["U+202E RIGHT-TO-LEFT OVERRIDE", "at character 3 of 10"]) {
            _ = try library.release(ReleaseRequest(project: project, product: "核心业务平台", version: "2.2.0", user: s.cm))
        }
        #expect((FileManager.default.enumerator(atPath: objects)?.allObjects.count ?? 0) == stored)
        #expect(try s.git(["for-each-ref", "refs/tags/release/\(project)/核心业务平台/2.2.0"]).stdout.isEmpty)
    }
}
