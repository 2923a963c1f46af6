import CMKeeperTestSupport
import Foundation
import Testing

/// Real pushes and real commands that would route around the library's rules or slip in a name
/// that passes for another: each refused by the one validator, nothing written.
@Suite("Git hooks and the command line: the rules are not routed around")
struct IntegrityPushTests {
    let doc = Data("PK\u{3}\u{4} a document".utf8)
    let project = "P-2026-001"

    func setUp(hooks: Bool = true) throws -> (Scenario, URL) {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: hooks ? CLI.binary : nil)
        return (s, try s.clone())
    }

    /// The push is refused naming every one of `texts`, main and the tags are as they were, and
    /// the clone is put back to origin's main.
    func expectRefused(_ s: Scenario, _ clone: URL, _ result: CommandResult, _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!result.succeeded, "the push landed", sourceLocation: sourceLocation)
        for text in texts {
            #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == (try Shell.git(["rev-parse", "origin/main"], in: clone)).stdout, sourceLocation: sourceLocation)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
    }

    func text(_ clone: URL, _ path: String) throws -> String {
        try String(contentsOf: clone.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func aPushLeavingTheLibraryWithoutACMEngineerIsRefused() throws {
        let (s, clone) = try setUp()
        let roles = try text(clone, ".cmkeeper/roles.toml").replacingOccurrences(of: "roles = [\"cm-engineer\"]", with: "roles = [\"project-manager\"]")
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: [".cmkeeper/roles.toml": Data(roles.utf8)]),
                          [".cmkeeper/roles.toml: the library would be left without a CM engineer"])
    }

    @Test func aPushSendingAFileCmkeeperReadsAsTextToGitLFSIsRefused() throws {
        let (s, clone) = try setUp()
        let attributes = try text(clone, ".gitattributes")
        for line in ["*.toml filter=lfs diff=lfs merge=lfs -text", "*.jsonl filter=lfs diff=lfs merge=lfs -text", "**/*.TOML filter=lfs"] {
            try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: [".gitattributes": Data((attributes + line + "\n").utf8)]),
                              [".gitattributes: line 3 “\(line)” would have git-lfs store"])
        }
        // With "*", git add sends .gitattributes itself to git-lfs: the pointer is refused.
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: [".gitattributes": Data((attributes + "* filter=lfs diff=lfs merge=lfs -text\n").utf8)]),
                          [".gitattributes: is a git-lfs pointer"])
        // A project manager's tracking line (which they may add) that takes the project record.
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.manager, files: [".gitattributes": Data((attributes + "projects/*/project.toml filter=lfs diff=lfs merge=lfs -text\n").utf8)]),
                          ["would have git-lfs store projects/P-2026-001/project.toml"])
        // The rules file itself committed as a pointer, as git-lfs writes it once tracked.
        try Shell.git(["lfs", "track", ".cmkeeper/roles.toml"], in: clone)
        try Shell.git(["add", "--renormalize", "."], in: clone)
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm), [".cmkeeper/roles.toml: is a git-lfs pointer"])
        // Documents still go to git-lfs.
        try Shell.git(["lfs", "track", "projects/**/*.pdf"], in: clone)
        let pdf = try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/attachments/扫描件.pdf": doc])
        #expect(pdf.succeeded, "\(pdf)")
    }

    @Test func aPushChangingOrDeletingAReleasedFileIsRefusedEvenForACMEngineer() throws {
        let (s, clone) = try setUp()
        _ = try s.open().release(.init(project: project, product: "核心业务平台", version: "2.1.0", user: s.cm))
        try Shell.git(["pull", "-q", "origin", "main"], in: clone)
        let notes = "projects/P-2026-001/releases/核心业务平台/2.1.0/文档/发行说明.txt"
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: [notes: Data("改过\n".utf8)]),
                          ["核心业务平台 2.1.0 is released to project P-2026-001: its files are never changed"])
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, remove: [notes]), ["its files are never deleted"])
        let help = try CLI.run(["help", "release"])
        #expect(help.stdout.contains("never changes"), "\(help)")
    }

    @Test func aPushCreatingAProjectInAPhaseOutsideTheProcessIsRefused() throws {
        let (s, clone) = try setUp()
        let record = try text(clone, "projects/P-2026-001/project.toml")
            .replacingOccurrences(of: "P-2026-001", with: "P-2026-002").replacingOccurrences(of: "phase = \"preparation\"", with: "phase = \"testing\"")
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.cm, files: ["projects/P-2026-002/project.toml": Data(record.utf8)]),
                          ["projects/P-2026-002/project.toml: phase “testing” is not a phase of the process"])
    }

    @Test func validateAndStatusSayAPhaseIsOutsideTheProcess() throws {
        // A library without hooks, written with plain git.
        let (s, clone) = try setUp(hooks: false)
        let path = "projects/P-2026-001/project.toml"
        let record = try text(clone, path).replacingOccurrences(of: "phase = \"preparation\"", with: "phase = \"testing\"")
        #expect(try s.commitAndPush(clone, as: s.cm, files: [path: Data(record.utf8)]).succeeded)
        let validate = try CLI.run(["validate"], library: s.libraryURL)
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("\(path): phase “testing” is not a phase of the process"), "\(validate)")
        let status = try CLI.run(["status", project], library: s.libraryURL)
        #expect(status.succeeded, "\(status)")
        #expect(status.stdout.contains("phase: ✘ phase “testing” is not a phase of the process"), "\(status)")
        let json = try #require(try CLI.json(try CLI.run(["status", project, "--json"], library: s.libraryURL)) as? [String: Any])
        #expect((json["phase_problem"] as? String)?.contains("“testing”") == true)
        let all = try CLI.run(["status"], library: s.libraryURL)
        #expect(all.stdout.contains("not a phase of the process"), "\(all)")
    }

    @Test func validateListsWhatGotPastALibraryWithoutHooks() throws {
        let (s, clone) = try setUp(hooks: false)
        let roles = try text(clone, ".cmkeeper/roles.toml").replacingOccurrences(of: "roles = [\"cm-engineer\"]", with: "roles = [\"project-manager\"]")
        let attributes = try text(clone, ".gitattributes") + "projects/*/release-log.jsonl filter=lfs diff=lfs merge=lfs -text\n"
        let pushed = try s.commitAndPush(clone, as: s.cm, files: [
            ".cmkeeper/roles.toml": Data(roles.utf8), ".gitattributes": Data(attributes.utf8),
            "projects/P-2026-001/attachments/报告\u{FEFF}.txt": doc,
        ])
        #expect(pushed.succeeded, "\(pushed)")
        let validate = try CLI.run(["validate"], library: s.libraryURL)
        #expect(validate.status == 1)
        for text in [
            "has 3 problems", ".cmkeeper/roles.toml: the library would be left without a CM engineer",
            ".gitattributes: line 3 “projects/*/release-log.jsonl filter=lfs diff=lfs merge=lfs -text” would have git-lfs store projects/P-2026-001/release-log.jsonl",
            "projects/P-2026-001/attachments/报告\\u{FEFF}.txt: the name “报告\\u{FEFF}.txt” contains the invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE at character 3 of 7",
        ] {
            #expect(validate.stdout.contains(text), "\(validate)")
        }
    }

    @Test func aNameWithAnInvisibleCharacterIsRefusedByPushSubmitAndRelease() throws {
        let (s, clone) = try setUp()
        let twin = "需求变更申请单-\u{200B}001.docx"
        try expectRefused(s, clone, try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/change-requests/\(twin)": doc]),
                          ["需求变更申请单-\\u{200B}001.docx", "invisible character U+200B ZERO WIDTH SPACE at character 9 of 17"])
        let main = try s.git(["rev-parse", "main"]).stdout
        let file = try s.folder.write("desk/\(twin)", doc)
        let submit = try CLI.run(["submit", project, file.path], user: s.manager, library: s.libraryURL)
        #expect(submit.status != 0)
        #expect(submit.stderr.contains("U+200B ZERO WIDTH SPACE"), "\(submit)")
        try s.product("核心业务平台", "2.2.0", ["安装包/setup\u{2066}.exe": doc])
        let release = try CLI.run(["release", project, "核心业务平台", "2.2.0"], user: s.cm, library: s.libraryURL)
        #expect(release.status != 0)
        #expect(release.stderr.contains("U+2066 LEFT-TO-RIGHT ISOLATE at character 6 of 10"), "\(release)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }
}
