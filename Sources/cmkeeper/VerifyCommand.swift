import ArgumentParser
import CMKeeperCore
import Foundation

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Audit the library, a project or a tag: prove the baselines and releases intact.",
        discussion: """
            Physical audit: every item of each baseline's manifest is in the tagged tree with the \
            same blob and content; every large file is in the store and hashes to its id; every \
            release tag holds its record from the release log; no baseline or release tag has \
            moved. Functional audit: each closed project has every document its process requires. \
            Then git fsck. Prints each finding with what to do, how much it checked, and exits 1 \
            when anything is wrong.

            Examples:
              cmkeeper verify
              cmkeeper verify P-2026-001
              cmkeeper verify baseline/P-2026-001/acceptance
            """)

    @Argument(help: ArgumentHelp("A project id or a release/ or baseline/ tag (default: the whole library).", valueName: "project|tag"))
    var scope: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        var passed = true
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let opened = try library.open()
            let report = try opened.verify(scope)
            passed = report.passed
            do throws(CMKeeperError) {
                try opened.record(report, scope: scope)
            } catch {
                let reason = error.message.text(in: Output.language) + (error.hint.map { " (" + $0.text(in: Output.language) + ")" } ?? "")
                Output.printError(SiteText.verifyNotRecorded(reason: reason).text(in: Output.language))
            }
            if output.json {
                Output.printJSON(report)
                return
            }
            let checked = "\(report.baselines) baseline\(report.baselines == 1 ? "" : "s"), \(report.releases) release\(report.releases == 1 ? "" : "s"), \(report.projects) project\(report.projects == 1 ? "" : "s"), \(report.items) items, \(ByteCount.format(report.bytesHashed)) re-hashed"
            if report.passed {
                print("Verified \(report.scope): intact. Checked \(checked).")
            } else {
                print("Verified \(report.scope): \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s"). Checked \(checked).")
                for finding in report.findings { print("  - \(finding)") }
            }
        }
        if !passed { throw ExitCode(1) }
    }
}
