import ArgumentParser
import CMKeeperCore
import Foundation

struct ApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record your approval (审批) of a project's document.",
        discussion: """
            Appends to projects/PROJECT/approvals.jsonl who approved, in which role, when, and \
            the git blob id of the document as it is now. An approval counts only while the file \
            it approved is the document's one file, unchanged: a new version, or a file of \
            another type in its place or beside it, needs approving again. The overall plan \
            (项目实施及验收总体计划) needs the leadership's approval (分管领导) before the project \
            leaves preparation; the acceptance report (安装验收报告, or 系统安装验收报告 for a \
            large project) needs the approval of a CM engineer and of customer service: two \
            different people, and neither the one who submitted it (independent = true in \
            process.toml).

            Example:
              cmkeeper approve P-2026-001 项目实施及验收总体计划
              cmkeeper approve P-2026-001 安装验收报告
              cmkeeper approve P-2026-001 需求变更申请单 --file 需求变更申请单-003.docx
            """)

    @Argument(help: "The project id.")
    var project: String

    @Argument(help: ArgumentHelp("The document type: id, Chinese title or alias (实施计划).", valueName: "doctype"))
    var documentType: String

    @Option(help: ArgumentHelp("Which file, for kinds kept many times (change requests): its name or path in the project.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("Approve in this role (default: the first role the process asks for that you hold).", valueName: "role"))
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
                    path: record.path, project: project, role: "\(record.role.rawValue) (\(record.role.title))",
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
