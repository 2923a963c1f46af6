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

    @Test func statusOfAPhaseThatDoesNotExistNamesTheKnownOnes() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        for phase in ["nope", "验收阶段不存在"] {
            let result = try CLI.run(["status", "--phase", phase], library: s.libraryURL)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("there is no phase \"\(phase)\""), "\(result.stderr)")
            #expect(result.stderr.contains("preparation (项目准备)") && result.stderr.contains("trial-run (试运行)"), "\(result.stderr)")
        }
        // A phase by id or by its Chinese title.
        for phase in ["preparation", "项目准备"] {
            let result = try CLI.run(["status", "--phase", phase], library: s.libraryURL)
            #expect(result.succeeded && result.stdout.contains("P-2026-001"), "\(result)")
        }
    }
}
