import ArgumentParser
import CMKeeperCore
import Foundation

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a whole revision of the library against the process.",
        discussion: """
            Checks every file of REV (default: main) as the hooks check a push: well-formed \
            trees (as git fsck --strict reads them), safe paths, \
            each document a known type in its place with an allowed file type and size, large \
            files in the large-file store, readable rules and logs. Lists every problem with \
            how to fix it, and exits 1 when there is any.
            """)

    @Argument(help: ArgumentHelp("A revision: main, a tag, a commit id.", valueName: "rev"))
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
