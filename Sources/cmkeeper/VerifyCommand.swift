import ArgumentParser
import CMKeeperCore
import Foundation

struct VerifyCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "verify",
            abstract: HelpText.verifyAbstract.text,
            discussion: HelpText.verifyDiscussion.text)
    }

    @Argument(help: HelpText.verifyScope.help(valueName: "project|tag"))
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
