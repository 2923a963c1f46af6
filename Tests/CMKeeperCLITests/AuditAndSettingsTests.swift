import CMKeeperTestSupport
import Foundation
import Testing

/// What the command line says of a damaged library, a full disk and names that match nothing.
@Suite("The cmkeeper command line on damaged settings, full disks and audits", .serialized)
struct AuditAndSettingsTests {
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
