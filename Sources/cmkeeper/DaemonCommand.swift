import ArgumentParser
import CMKeeperCore
import CMKeeperDaemon
import Foundation

struct DaemonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daemon",
        abstract: "Keep the library in the background: commit what project managers drop into its inbox.",
        discussion: """
            `cmkeeper daemon` (or `cmkeeper daemon run`) runs the daemon; `cmkeeper daemon status` \
            says whether one runs, what waits in the inbox, its last commits and how far behind \
            each mirror is.
            """,
        subcommands: [DaemonRunCommand.self, DaemonStatusCommand.self],
        defaultSubcommand: DaemonRunCommand.self)
}

struct DaemonRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground (the default of `cmkeeper daemon`).",
        discussion: """
            Runs in the foreground until SIGTERM or SIGINT (under systemd: Config/cmkeeper.service). \
            One daemon per library: a second one says which pid holds the library and exits.

            Project managers drop files into DIR/inbox/PROJECT/, by Chinese title \
            (inbox/P-2026-001/安装验收报告.docx) or at their place in the project folder \
            (inbox/P-2026-001/attachments/现场照片.jpg). Once a project's files have been \
            unchanged for [daemon] quiet_period_ms (cmkeeper.toml, default 2000) and no one is \
            writing them, they are committed in one commit, as their owner, checked as a push \
            is checked, and removed from the inbox. A refused file is moved to \
            DIR/rejected/PROJECT/ with a .reason file beside it saying what is wrong and what to do. \
            Office and editor temp files (~$*, .~*, *.swp, *.tmp) wait until renamed. Projects \
            due at the same moment get a commit each, written together with one fsync. Files \
            are read and hashed while they wait. Once \
            repo.git holds more than 50 packs, the daemon merges them with \
            `git repack -d --geometric=2` (git must be on PATH), keeping every object.

            Each [[mirror]] of cmkeeper.toml (url = a path, file://, ssh:// or https://; \
            optional name) receives main, every tag and the large files at start and after each \
            change of the library, never forced. A mirror that fails is tried again after 1 s, \
            doubling up to 5 minutes; it never stops the inbox. ssh logs in with the ssh agent \
            (SSH_AUTH_SOCK); https with the URL's user:token, else CMKEEPER_MIRROR_USERNAME and \
            CMKEEPER_MIRROR_PASSWORD. Large files go to a mirror on this machine by copy, to \
            others with `git lfs push --all` (git-lfs must be on PATH).

            The log goes to standard error, one line per event: which file was committed, \
            refused or found already committed, which mirror was pushed or failed. With \
            --log-format json, one JSON object per line.
            """)

    @OptionGroup var library: LibraryOptions

    @Option(help: "How to write the log on standard error: text or json.")
    var logFormat: LogFormat = .text

    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() async throws {
        try await Output.run(json: false) { () async throws(CMKeeperError) in
            let root = try Library.locate(
                explicit: library.library, environment: ProcessInfo.processInfo.environment,
                currentDirectory: FileManager.default.currentDirectoryPath)
            DaemonLogHandler.bootstrap(format: logFormat == .json ? .json : .text)
            try await Daemon(libraryRoot: root).run()
        }
    }
}
