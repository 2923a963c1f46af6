import ArgumentParser
import CMKeeperCore
import Foundation

struct PhaseCommand: AsyncParsableCommand {
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

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let moved = try lib.movePhase(project: project, to: phase, back: back, reason: reason, user: try user.resolved(in: lib))
            if output.json {
                Output.printJSON(Report(project: moved.project, commit: moved.commit.commit.hex, move: moved.summary))
            } else {
                print(Message.movedPhase(
                    project: moved.project.id, phase: moved.project.phase, how: moved.movement, commit: String(moved.commit.commit.hex.prefix(12))
                ).text(in: Output.language))
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
