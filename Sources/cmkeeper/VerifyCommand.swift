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
            let report = try library.open().verify(scope)
            passed = report.passed
            if output.json {
                Output.printJSON(report)
                return
            }
            let language = Output.language
            let checked = Message.verifyChecked(
                baselines: report.baselines, releases: report.releases, projects: report.projects, items: report.items,
                hashed: ByteCount.format(report.bytesHashed))
            let shown = scope == nil ? Message.theWholeLibrary.text(in: language) : report.scope
            print(Message.verified(scope: shown, findings: report.findings.count, checked: checked).text(in: language))
            for finding in report.findings { print("  - " + finding.text(in: language)) }
        }
        if !passed { throw ExitCode(1) }
    }
}
