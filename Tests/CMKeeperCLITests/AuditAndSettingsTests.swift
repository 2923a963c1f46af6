import CMKeeperTestSupport
import Foundation
import Testing

/// What the command line says of a damaged library, a full disk and names that match nothing.
@Suite("The cmkeeper command line on damaged settings, full disks and audits", .serialized)
struct AuditAndSettingsTests {
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
