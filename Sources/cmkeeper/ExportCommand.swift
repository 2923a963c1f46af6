import ArgumentParser
import CMKeeperCore
import Foundation

struct ExportCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: HelpText.exportAbstract.text,
            discussion: HelpText.exportDiscussion.text)
    }

    @Argument(help: HelpText.projectID.help())
    var project: String

    @Option(help: HelpText.exportBaseline.help(valueName: "name"))
    var baseline: String?

    @Option(name: .shortAndLong, help: HelpText.exportOutput.help(valueName: "file"))
    var output: String

    @Flag(help: HelpText.exportInternal.help())
    var `internal` = false

    @OptionGroup var library: LibraryOptions
    @OptionGroup var out: OutputOptions

    func run() async throws {
        StopSignals.removeTemporariesOnStop()
        try await Output.run(json: out.json) { () throws(CMKeeperError) in
            let bar = ProgressBar(enabled: Output.stdoutIsTerminal && !out.json)
            let outcome = try library.open().export(project: project, baseline: baseline, to: URL(fileURLWithPath: output), internal: `internal`) { done, total in
                bar.update(label: "export", done: done, total: total)
            }
            bar.finish()
            if out.json {
                Output.printJSON(Report(file: outcome.file.path, baseline: outcome.baseline, items: outcome.items, bytes: outcome.bytes))
            } else {
                print(Message.wroteHandover(
                    file: outcome.file.path, baseline: outcome.baseline, project: project, items: outcome.items, size: ByteCount.format(outcome.bytes)
                ).text(in: Output.language))
            }
        }
    }

    struct Report: Encodable {
        let file: String
        let baseline: String
        let items: Int
        let bytes: Int64
    }
}
