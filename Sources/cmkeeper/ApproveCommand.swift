import ArgumentParser
import CMKeeperCore
import Foundation

struct ApproveCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "approve",
            abstract: HelpText.approveAbstract.text,
            discussion: HelpText.approveDiscussion.text)
    }

    @Argument(help: HelpText.projectID.help())
    var project: String

    @Argument(help: HelpText.approveDocumentType.help(valueName: "doctype"))
    var documentType: String

    @Option(help: HelpText.approveFile.help(valueName: "file"))
    var file: String?

    @Option(help: HelpText.approveRole.help(valueName: "role"))
    var role: Role?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let (record, outcome) = try lib.approve(project: project, documentType: documentType, file: file, role: role, user: try user.resolved(in: lib))
            if output.json {
                Output.printJSON(Report(approval: record, commit: outcome.commit.hex))
            } else {
                print(Message.approved(
                    path: record.path, project: project, role: record.role.titled,
                    blob: String(record.blob.prefix(12)), commit: String(outcome.commit.hex.prefix(12))).text(in: Output.language))
            }
        }
    }

    struct Report: Encodable {
        let approval: ApprovalRecord
        let commit: String
    }
}

extension Role: ExpressibleByArgument {}
