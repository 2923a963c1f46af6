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
                if problems.isEmpty {
                    print("\(revision ?? "main") (\(commit.hex.prefix(12))) keeps the process: no problems.")
                } else {
                    print("\(revision ?? "main") (\(commit.hex.prefix(12))) has \(ValidationProblem.count(problems)):")
                    print(ValidationProblem.list(problems))
                }
            } else {
                print("The library has no commits yet.")
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
