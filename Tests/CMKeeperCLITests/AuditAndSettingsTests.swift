import CMKeeperTestSupport
import Foundation
import Testing

/// What the command line says of a damaged library, a full disk and names that match nothing.
@Suite("The cmkeeper command line on damaged settings, full disks and audits", .serialized)
struct AuditAndSettingsTests {
    @Test func settingsThatAreBinaryNotUTF8AFolderOrOfTheWrongTypeAreConfigurationErrorsNamingTheFile() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let settings = s.libraryURL.appendingPathComponent("cmkeeper.toml")
        let good = try String(contentsOf: settings, encoding: .utf8)

        func expectConfigurationError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try CLI.run(["project", "list"], library: s.libraryURL)
            #expect(result.status == 3, "\(result)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(settings.path), "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(!result.stderr.contains("cmkeeper init \(s.libraryURL.path)`"), sourceLocation: sourceLocation)
        }

        try Data([0x5B, 0x6C, 0xFF, 0xFE, 0x00, 0x01]).write(to: settings)
        try expectConfigurationError("is not UTF-8 text")
        try Data("[library]\0\n".utf8).write(to: settings)
        try expectConfigurationError("NUL byte")
        try Data(good.replacingOccurrences(of: "quiet_period_ms = 2000", with: "quiet_period_ms = \"2s\"").utf8).write(to: settings)
        try expectConfigurationError("the key daemon.quiet_period_ms has the wrong type: it is a string, it should be an integer")
        let removed = Data(good.replacingOccurrences(of: "quiet_period_ms = 2000", with: "").utf8)
        try removed.write(to: settings)
        try expectConfigurationError("the key daemon.quiet_period_ms is missing")
        try FileManager.default.removeItem(at: settings)
        try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: false)
        try expectConfigurationError("is a folder")
    }

    @Test func anExportOntoAFullDiskSaysTheDiskIsFullAndLeavesNothingBehind() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject()
        let baseline = try CLI.run(["baseline", "P-2026-001"], user: s.cm, library: s.libraryURL)
        try #require(baseline.succeeded, "\(baseline)")
        let disk = s.folder.path("small-disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let mount = try Shell.run("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", disk.path])
        try #require(mount.succeeded, "a small tmpfs is needed (run the tests as root): \(mount)")
        defer { _ = try? Shell.run("umount", [disk.path]) }

        let package = disk.appendingPathComponent("移交.zip")
        let result = try CLI.run(["export", "P-2026-001", "-o", package.path], library: s.libraryURL)
        #expect(result.status == 4, "\(result)")
        #expect(result.stderr.contains("writing the handover package failed at \(package.path): the disk is full"), "\(result.stderr)")
        #expect(result.stderr.contains("hint: free space"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Code="), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
    }

    @Test func verifyListsEveryFindingAndRehashesAReleaseWhoseTagWasReplaced() throws {
        let s = Scenario()
        _ = try s.makeAcceptedProject()
        let baseline = try CLI.run(["baseline", "P-2026-001"], user: s.cm, library: s.libraryURL)
        try #require(baseline.succeeded, "\(baseline)")
        let tag = "release/P-2026-001/核心业务平台/2.1.0"
        let clone = try s.clone()

        // The release tag replaced by hand with a lightweight one, and every large file damaged.
        #expect(try s.git(["tag", "-f", tag, "main"]).succeeded)
        let store = s.repositoryURL.appendingPathComponent("lfs/objects")
        let objects = FileManager.default.enumerator(atPath: store.path)?.allObjects.compactMap { $0 as? String }.filter { $0.split(separator: "/").count == 3 } ?? []
        try #require(!objects.isEmpty)
        for object in objects {
            let url = store.appendingPathComponent(object)
            let size = try Data(contentsOf: url).count
            try FileManager.default.removeItem(at: url)
            try Data(repeating: 0x41, count: size).write(to: url)
        }
        let one = try CLI.run(["verify", tag], library: s.libraryURL)
        #expect(one.status == 1, "\(one)")
        #expect(one.stdout.contains("lightweight tag"), "\(one.stdout)")
        #expect(one.stdout.contains("core-platform-2.1.0.tar.gz"), "the released files were not re-hashed: \(one.stdout)")

        // A line of the release log that is no record: reported with the rest, not instead of it.
        let log = clone.appendingPathComponent("projects/P-2026-001/release-log.jsonl")
        try Data((try String(contentsOf: log, encoding: .utf8) + "{not a record\n").utf8).write(to: log)
        #expect(try s.commitAndPush(clone, as: s.cm).succeeded)
        let all = try CLI.run(["verify"], library: s.libraryURL)
        #expect(all.status == 1, "\(all)")
        #expect(all.stdout.contains("release-log.jsonl:2: not a release record"), "\(all.stdout)")
        #expect(all.stdout.contains("lightweight tag"), "\(all.stdout)")
        #expect(all.stdout.contains("core-platform-2.1.0.tar.gz"), "\(all.stdout)")
        #expect(all.stdout.contains("1 baseline, 1 release"), "\(all.stdout)")
    }

    @Test func verifyOfATagThatDoesNotExistSaysSo() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        for scope in ["baseline/P-2026-001/nope", "release/P-2026-009/x/1.0"] {
            let result = try CLI.run(["verify", scope], library: s.libraryURL)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("there is no tag \(scope)"), "\(result.stderr)")
            #expect(!result.stdout.contains("intact"))
        }
    }

    @Test func statusOfAPhaseThatDoesNotExistNamesTheKnownOnes() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        for phase in ["nope", "验收阶段不存在"] {
            let result = try CLI.run(["status", "--phase", phase], library: s.libraryURL)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("there is no phase \"\(phase)\""), "\(result.stderr)")
            #expect(result.stderr.contains("项目准备 (preparation)") && result.stderr.contains("试运行 (trial-run)"), "\(result.stderr)")
        }
        // A phase by id or by its Chinese title.
        for phase in ["preparation", "项目准备"] {
            let result = try CLI.run(["status", "--phase", phase], library: s.libraryURL)
            #expect(result.succeeded && result.stdout.contains("P-2026-001"), "\(result)")
        }
    }
}
