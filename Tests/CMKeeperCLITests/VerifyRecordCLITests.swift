import CMKeeperTestSupport
import Foundation
import Testing

/// `cmkeeper verify` records its result for the status site, and an unwritable record costs
/// only a warning.
@Suite("verify records its result")
struct VerifyRecordCLITests {
    @Test func theCommandRecordsAndItsJSONIsUnchanged() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let result = try CLI.run(["verify", "--json"], library: s.libraryURL)
        #expect(result.status == 0, "\(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(report.keys) == ["scope", "baselines", "releases", "projects", "items", "bytes_hashed", "findings"], "\(report.keys)")
        let recorded = try Data(contentsOf: s.libraryURL.appendingPathComponent("run/verify.json"))
        let record = try #require(try JSONSerialization.jsonObject(with: recorded) as? [String: Any])
        let projects = try #require(record["projects"] as? [String: [String: Any]])
        #expect(projects["P-2026-001"]?["passed"] as? Bool == true, "\(record)")
        #expect((record["library"] as? [String: Any])?["checked_at"] as? String != nil, "\(record)")
    }

    @Test func aRecordThatCannotBeWrittenIsAWarningNotAFailure() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        // The record's lock is a folder: nothing can be recorded.
        try FileManager.default.createDirectory(at: s.libraryURL.appendingPathComponent("run/verify.lock"), withIntermediateDirectories: true)
        let result = try CLI.run(["verify"], library: s.libraryURL)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("intact"), "\(result.stdout)")
        #expect(result.stderr.contains("warning: this result was not recorded for the status site"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.libraryURL.appendingPathComponent("run/verify.json").path))
    }
}
