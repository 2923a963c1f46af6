import ArgumentParser
import CMKeeperCore
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve one ssh session as the login of its key (the forced command of DIR/ssh/authorized_keys).",
        discussion: """
            sshd runs it for every key cmkeeper keys add recorded, with the command the client \
            asked for in SSH_ORIGINAL_COMMAND. It runs git-upload-pack and git-receive-pack on the \
            library's repository (the pre-receive hook judges the key's login), git-lfs-transfer \
            (git-lfs's ssh protocol: large files and file locks, in repo.git/lfs), and status, \
            releases, verify, submit (the document on stdin) and help; it refuses anything else, \
            and logs every session to DIR/run/serve.log. Only root and the library's account may \
            run it, as only they may name a --user.

            Examples (from a person's computer):
              git clone ssh://cm@server/repo.git && cd repo && git lfs pull
              git lfs lock projects/P-2026-001/preparation/项目实施申请表.xlsx
              ssh cm@server status P-2026-001
              ssh cm@server submit P-2026-001 安装验收报告.docx < 安装验收报告.docx
            """)

    @Option(help: ArgumentHelp("The library folder.", valueName: "dir"))
    var library: String

    @Option(help: ArgumentHelp("The login of the key the client authenticated with.", valueName: "login"))
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
