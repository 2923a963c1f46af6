import ArgumentParser
import CMKeeperCore
import Foundation

struct SubmitCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "submit",
            abstract: HelpText.submitAbstract.text,
            discussion: HelpText.submitDiscussion.text)
    }

    @Argument(help: HelpText.projectID.help())
    var project: String

    @Argument(help: HelpText.submitFiles.help(valueName: "file"))
    var files: [String]

    @Option(help: HelpText.submitType.help(valueName: "doctype"))
    var type: String?

    @Option(help: HelpText.submitMessage.help())
    var message: String?

    @Option(help: HelpText.submitChangeRequest.help(valueName: "CR-…"))
    var changeRequest: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        StopSignals.removeTemporariesOnStop()
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let urls = files.map { URL(fileURLWithPath: $0) }
            let (documents, outcome) = try lib.submit(
                Submission(project: project, files: urls, type: type, message: message, changeRequest: changeRequest, user: try user.resolved(in: lib)))
            if output.json {
                Output.printJSON(Report(commit: outcome.commit.hex, documents: documents))
            } else {
                let language = Output.language
                print(Message.committedDocuments(count: documents.count, project: project, commit: String(outcome.commit.hex.prefix(12))).text(in: language))
                for d in documents {
                    print("  \(d.title)  \(d.path)" + (d.largeFile ? "  " + Message.inLargeFileStore.text(in: language) : ""))
                }
            }
        }
    }

    struct Report: Encodable {
        let commit: String
        let documents: [SubmittedDocument]
    }
}
