import ArgumentParser
import CMKeeperCore

@main
struct CMKeeper: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cmkeeper",
        abstract: "Keep a company's configuration library: projects, their documents and the software released to them.",
        discussion: """
            A library is a folder holding a bare git repository (repo.git) in which every customer \
            project is a folder of artifacts: the process documents its project manager submits, \
            and the software a CM engineer releases to it from the product library, with a release \
            record (发行记录) for each release. Large files are kept git-lfs style, so a plain \
            `git clone` followed by `git lfs pull` gives back every byte.

            Commands find the library by --library DIR, else the CMKEEPER_LIBRARY variable, else \
            the current folder or the nearest one above it. They act as your login name; --user or \
            CMKEEPER_USER may name someone else only for root and the library's account (the \
            owner of repo.git). Over ssh (cmkeeper serve), your key says who you are.

            Everything a person reads comes in the library's language (language in \
            cmkeeper.toml: zh-CN or en); --lang NAME on any command, or CMKEEPER_LANG, chooses \
            another for one command. JSON keys and values for scripts never change.

            Start here (a CM engineer, then a project manager, then the CM engineer again):
              cmkeeper demo
              cmkeeper init /srv/cm --product-library /srv/products
              cmkeeper project create P-2026-001 --name "某银行核心系统实施" --manager wang
              cmkeeper release P-2026-001 核心业务平台 2.1.0
              cmkeeper submit P-2026-001 项目实施申请表.xlsx
              cmkeeper status P-2026-001
              cmkeeper baseline P-2026-001
              cmkeeper verify
            """,
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

    /// Takes `--lang` off the command line (every command has it), then runs the command.
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        do {
            try LanguageChoice.shared.takeOption(from: &arguments)
        } catch {
            exit(withError: error)
        }
        await main(arguments)
    }
}
