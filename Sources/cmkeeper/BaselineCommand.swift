import ArgumentParser
import CMKeeperCore
import Foundation

struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Baseline a project after acceptance (a CM engineer's command).",
        discussion: """
            Refuses, listing what is missing by Chinese title, until the project's acceptance \
            gate is met (every required document present, the acceptance report approved by the \
            CM engineer and customer service) and the implementation summary report \
            (项目实施总结报告) is in. Then moves the project to closed (验收完成) — the only way \
            there — and creates the annotated tag baseline/PROJECT/NAME whose message is the \
            manifest: every document and released file with its path, type, size, SHA-256, git \
            blob, and who submitted it when.

            From then on the project is frozen: a file is changed, deleted or added only in a \
            commit by a CM engineer whose message names an approved change request \
            (Change-Request: CR-003, which submit --change-request writes); only new change \
            requests and approvals come in freely. The next baseline is NAME.2, NAME.3 …: it \
            names the change request, which a commit since the last baseline must name, and is \
            refused when nothing has changed. Earlier baselines stay as they were.

            Examples:
              cmkeeper baseline P-2026-001
              cmkeeper baseline P-2026-001 --change-request CR-003      # acceptance.2
            """)

    @Argument(help: "The project id.")
    var project: String

    @Argument(help: "The baseline's name (default: acceptance, then acceptance.2 …).")
    var name: String?

    @Option(help: ArgumentHelp("The approved change request this baseline follows (every baseline after the first).", valueName: "CR-…"))
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
