import ArgumentParser
import CMKeeperCore
import Foundation

struct HookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Run one of cmkeeper's git hooks (git calls this; see `cmkeeper hooks install`).",
        discussion: """
            pre-receive   in the library's repository: refuses, before anything lands, a push that \
            breaks the process. The pusher is the first of CMKEEPER_AUTHENTICATED_USER (the \
            ssh key's login, set by cmkeeper serve), GL_USERNAME, GITOLITE_USER and REMOTE_USER \
            (the name the server in front authenticated), then CMKEEPER_USER, \
            then the login name of the hook's uid; USER is never read.
            post-receive  in the library's repository: tells the daemon, when one runs, that refs \
            moved (a datagram to DIR/run/daemon.sock).
            pre-commit    in a project manager's clone: checks the same way what the commit changes \
            against the server's tip (the branch's upstream, origin/main), so problems show before \
            the push, and undoing a change not pushed yet is always taken.

            A refusal lists each problem once (many files with the same problem in one line) and \
            ends with how to get back: the git commands that take the change out again.
            """)

    @Argument(help: ArgumentHelp("pre-receive, post-receive or pre-commit.", valueName: "name"))
    var name: String

    func run() async throws {
        let findings: HookFindings
        do {
            switch name {
            case "pre-receive":
                let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                findings = try HookRunner.preReceive(input: input)
            case "pre-commit":
                findings = try HookRunner.preCommit()
            case "post-receive":
                let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                HookRunner.postReceive(input: input)
                return
            default:
                throw ValidationError(Message.unknownHook(name).text(in: Output.language))
            }
        } catch let error as CMKeeperError {
            // A hook that cannot check refuses: nothing lands unchecked.
            let language = Output.language(library: try? Library.openFromGitEnvironment().settings.language)
            Output.printError("cmkeeper \(name): " + error.text(in: language))
            throw ExitCode(1)
        }
        if !findings.problems.isEmpty {
            Output.printError(findings.report(commit: name == "pre-commit", in: Output.language(library: findings.language)))
            throw ExitCode(1)
        }
    }
}

struct HooksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "Install cmkeeper's git hooks.",
        subcommands: [HooksInstallCommand.self])
}

struct HooksInstallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install the hooks into the library's repository, or into a clone with --client.",
        discussion: """
            Without --client: writes pre-receive and post-receive into the library's repo.git/hooks \
            and brings repo.git/config up to date, among it git's own check of every pushed or \
            fetched object, as git fsck --strict checks them (init already \
            does this; use it after moving cmkeeper, or for a library made by an older cmkeeper).
            With --client DIR: writes pre-commit into the clone at DIR, so that a project manager \
            sees problems when committing, before pushing.

            A hook someone else wrote is never overwritten.
            """)

    @Option(name: .long, help: ArgumentHelp("A clone to install the client-side pre-commit hook into.", valueName: "dir"))
    var client: String?

    @OptionGroup var library: LibraryOptions

    func run() async throws {
        try await Output.run(json: false) { () throws(CMKeeperError) in
            let executable = HookScripts.currentExecutable
            if let client {
                let clone = URL(fileURLWithPath: client, isDirectory: true)
                let gitDir = clone.appendingPathComponent(".git", isDirectory: true)
                guard FileManager.default.fileExists(atPath: gitDir.path) else {
                    throw CMKeeperError(.notFound, .notAGitClone(clone.path), hint: .cloneLibraryFirst)
                }
                try HookScripts.install(HookScripts.client, into: gitDir, executable: executable)
                print(Message.installedHooks(names: "pre-commit", folder: gitDir.path + "/hooks", executable: executable).text(in: Output.language))
            } else {
                let lib = try library.open()
                try lib.installHooks(calling: executable)
                print(Message.installedHooks(
                    names: HookScripts.server.joined(separator: ", "), folder: lib.repositoryURL.path + "/hooks", executable: executable
                ).text(in: Output.language))
            }
        }
    }
}
