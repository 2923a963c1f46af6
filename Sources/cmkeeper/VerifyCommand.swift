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
