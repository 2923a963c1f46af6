import ArgumentParser
import CMKeeperCore
import CMKeeperDaemon
import Foundation

struct DaemonCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "daemon",
            abstract: HelpText.daemonAbstract.text,
            discussion: HelpText.daemonDiscussion.text,
            subcommands: [DaemonRunCommand.self, DaemonStatusCommand.self],
            defaultSubcommand: DaemonRunCommand.self)
    }
}

struct DaemonRunCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "run",
            abstract: HelpText.daemonRunAbstract.text,
            discussion: HelpText.daemonRunDiscussion.text)
    }

    @OptionGroup var library: LibraryOptions

    @Option(help: HelpText.daemonLogFormat.help())
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
