import ArgumentParser
import CMKeeperCore
import Foundation

struct PhaseCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "phase",
            abstract: HelpText.phaseAbstract.text,
            discussion: HelpText.phaseDiscussion.text)
    }

    @Argument(help: HelpText.projectID.help())
    var project: String

    @Argument(help: HelpText.phaseTarget.help())
    var phase: String

    @Flag(help: HelpText.phaseBack.help())
    var back = false

    @Option(help: HelpText.phaseReason.help(valueName: "text"))
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
