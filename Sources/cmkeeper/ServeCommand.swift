import ArgumentParser
import CMKeeperCore
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: HelpText.serveAbstract.text,
            discussion: HelpText.serveDiscussion.text)
    }

    @Option(help: HelpText.serveLibrary.help(valueName: "dir"))
    var library: String

    @Option(help: HelpText.serveUser.help(valueName: "login"))
    var user: String

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let command = environment["SSH_ORIGINAL_COMMAND"]
        let lib: Library
        let login: String
        do {
            lib = try Library.open(at: URL(fileURLWithPath: library, isDirectory: true))
            login = try ActingUser.commandLine(explicit: user, repository: lib.repositoryURL, environment: [:])
        } catch {
            Self.report(error)
            throw ExitCode(Output.exitCode(for: error.kind))
        }
        var status: Int32
        var failure: CMKeeperError? = nil
        do {
            let request = try ServeRequest.parse(command)
            status = try ServeSession(library: lib, login: login, program: HookScripts.currentExecutable).run(request, clientEnvironment: environment)
        } catch {
            failure = error
            status = Output.exitCode(for: error.kind)
            Self.report(error)
        }
        let outcome = failure.map { $0.kind == .refused ? "refused" : "failed" } ?? (status == 0 ? "ok" : "failed")
        do {
            try ServeLog.append(.init(user: login, command: command ?? "", outcome: outcome, status: status, message: failure?.message.description), root: lib.root)
        } catch {
            Self.report(error)
        }
        if status != 0 { throw ExitCode(status) }
    }

    private static func report(_ error: CMKeeperError) {
        let language = Output.language
        Output.printError(Message.refusalPrefix.text(in: language) + error.message.text(in: language))
        if let hint = error.hint { Output.printError(Message.hintLabel.text(in: language) + hint.text(in: language)) }
    }
}
