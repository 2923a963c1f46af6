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
