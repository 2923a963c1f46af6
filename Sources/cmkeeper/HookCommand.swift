import ArgumentParser
import CMKeeperCore
import Foundation

struct HookCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "hook",
            abstract: HelpText.hookAbstract.text,
            discussion: HelpText.hookDiscussion.text)
    }

    @Argument(help: HelpText.hookName.help(valueName: "name"))
    var name: String

    func run() async throws {
        try Self.run(name)
    }

    /// The hooks git runs, as their scripts call them (`cmkeeper hook NAME`, nothing else).
    static let names: Set<String> = ["pre-receive", "pre-commit", "post-receive"]

    /// Runs the hook `name`. ``CMKeeper/main()`` calls it straight for a hook script's exact
    /// command line: a hook runs on every push, and building the whole command tree with its
    /// help texts (which reads cmkeeper.toml for their language) is a third of post-receive.
    static func run(_ name: String) throws {
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "hooks",
            abstract: HelpText.hooksAbstract.text,
            subcommands: [HooksInstallCommand.self])
    }
}

struct HooksInstallCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "install",
            abstract: HelpText.hooksInstallAbstract.text,
            discussion: HelpText.hooksInstallDiscussion.text)
    }

    @Option(name: .long, help: HelpText.hooksInstallClient.help(valueName: "dir"))
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
