import ArgumentParser
import CMKeeperCore
import Foundation

struct ValidateCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: HelpText.validateAbstract.text,
            discussion: HelpText.validateDiscussion.text)
    }

    @Argument(help: HelpText.validateRevision.help(valueName: "rev"))
    var revision: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        var failed = false
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let (commit, problems) = try library.open().validate(revision: revision)
            failed = !problems.isEmpty
            if output.json {
                Output.printJSON(Report(commit: commit?.hex, valid: problems.isEmpty, problems: problems))
            } else if let commit {
                let language = Output.language
                let shown = String(commit.hex.prefix(12))
                if problems.isEmpty {
                    print(Message.keepsProcess(revision: revision ?? "main", commit: shown).text(in: language))
                } else {
                    print(Message.breaksProcess(revision: revision ?? "main", commit: shown, count: ValidationProblem.count(problems, in: language)).text(in: language))
                    print(ValidationProblem.list(problems, in: language))
                }
            } else {
                print(Message.noCommitsYet.text(in: Output.language))
            }
        }
        if failed { throw ExitCode(1) }
    }

    struct Report: Encodable {
        let commit: String?
        let valid: Bool
        let problems: [ValidationProblem]
    }
}
