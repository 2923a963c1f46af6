import ArgumentParser
import CMKeeperCore

@main
struct CMKeeper: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "cmkeeper",
            abstract: HelpText.rootAbstract.text,
            discussion: HelpText.rootDiscussion.text,
            version: CMKeeperVersion.current,
            subcommands: [
                InitCommand.self,
                ProjectCommand.self,
                RolesCommand.self,
                ReleaseCommand.self,
                ReleasesCommand.self,
                SiteCommand.self,
                SubmitCommand.self,
                ApproveCommand.self,
                PhaseCommand.self,
                StatusCommand.self,
                BaselineCommand.self,
                VerifyCommand.self,
                ExportCommand.self,
                ValidateCommand.self,
                DemoCommand.self,
                KeysCommand.self,
                ServeCommand.self,
                HooksCommand.self,
                HookCommand.self,
                DaemonCommand.self,
            ]
        )
    }

    /// Takes `--lang` off the command line (every command has it), then runs the command.
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.count == 2, arguments[0] == "hook", HookCommand.names.contains(arguments[1]) {
            do {
                try HookCommand.run(arguments[1])
                exit(withError: nil)
            } catch {
                exit(withError: error)
            }
        }
        do {
            try LanguageChoice.shared.takeOption(from: &arguments)
        } catch {
            exit(withError: error)
        }
        await main(arguments)
    }
}
