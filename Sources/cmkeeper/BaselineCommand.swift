import ArgumentParser
import CMKeeperCore
import Foundation

struct BaselineCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "baseline",
            abstract: HelpText.baselineAbstract.text,
            discussion: HelpText.baselineDiscussion.text)
    }

    @Argument(help: HelpText.projectID.help())
    var project: String

    @Argument(help: HelpText.baselineName.help())
    var name: String?

    @Option(help: HelpText.baselineChangeRequest.help(valueName: "CR-…"))
    var changeRequest: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let outcome = try lib.baseline(project: project, name: name, changeRequest: changeRequest, user: try user.resolved(in: lib))
            if output.json {
                Output.printJSON(Report(tag: outcome.tag, commit: outcome.commit.commit.hex, manifest: outcome.manifest))
            } else {
                let m = outcome.manifest
                print(Message.baselined(
                    project: m.project, name: m.name, items: m.items.count, size: ByteCount.format(m.totalSize), tag: outcome.tag,
                    commit: String(outcome.commit.commit.hex.prefix(12)), phase: m.phase
                ).text(in: Output.language))
            }
        }
    }

    struct Report: Encodable {
        let tag: String
        let commit: String
        let manifest: BaselineManifest
    }
}
