import ArgumentParser
import CMKeeperCore
import Foundation

struct ApproveCommand: ParsableCommand {
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

    func run() throws {
        try Output.run(json: output.json) { () throws(CMKeeperError) in
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

struct PhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phase",
        abstract: "Move a project on to a later phase when the gates on the way are met, or back (a CM engineer).",
        discussion: """
            Phases, in order: preparation (项目准备), installation (系统安装调试), trial-run \
            (试运行, only when the project holds one), training (用户培训), go-live (系统正式上线), \
            acceptance (项目验收), closed (验收完成); name one by its id or its Chinese title. A \
            refusal lists what is missing by its Chinese title; a move past several phases names \
            each one. The project's manager or a CM engineer moves it forward; only `cmkeeper \
            baseline` moves it to closed, once 项目实施总结报告 is in. Only a CM engineer moves \
            it back, with --back and a reason, which the commit message keeps (Reason: …).

            Examples:
              cmkeeper phase P-2026-001 installation
              cmkeeper phase P-2026-001 系统安装调试
              cmkeeper phase P-2026-001 installation --back --reason "客户更换服务器，重新安装"
            """)

    @Argument(help: "The project id.")
    var project: String

    @Argument(help: "The phase to move to: its id or Chinese title.")
    var phase: String

    @Flag(help: "Move the project back to an earlier phase (a CM engineer, with --reason).")
    var back = false

    @Option(help: ArgumentHelp("Why the project moves back; recorded in the commit message.", valueName: "text"))
    var reason: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let moved = try lib.movePhase(project: project, to: phase, back: back, reason: reason, user: try user.resolved(in: lib))
            if output.json {
                Output.printJSON(Report(project: moved.project, commit: moved.commit.commit.hex, move: moved.summary))
            } else {
                print("Moved \(moved.project.id) to \(moved.project.phase) \(moved.summary), in commit \(moved.commit.commit.hex.prefix(12))")
            }
        }
    }

    struct Report: Encodable {
        let project: ProjectRecord
        let commit: String
        /// `from 系统安装调试 (installation), passing 试运行 (trial-run, not held)`.
        let move: String
    }
}
