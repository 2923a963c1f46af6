import ArgumentParser
import CMKeeperCore
import Foundation

struct InitCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: HelpText.initAbstract.text,
            discussion: HelpText.initDiscussion.text)
    }

    @Argument(help: HelpText.initDirectory.help(valueName: "dir"))
    var directory: String

    @Option(name: .long, help: HelpText.initProductLibrary.help(valueName: "path"))
    var productLibrary: String?

    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let library = try Library.create(
                at: URL(fileURLWithPath: directory, isDirectory: true), productLibrary: productLibrary, user: user.creator,
                hooksCalling: HookScripts.currentExecutable, language: Output.language)
            if output.json {
                Output.printJSON(InitReport(
                    library: library.root.path, repository: library.repositoryURL.path, inbox: library.inboxURL.path,
                    productLibrary: library.settings.productLibrary, cmEngineer: user.creator))
            } else {
                print(Message.createdLibrary(
                    path: library.root.path, repository: library.repositoryURL.path, inbox: library.inboxURL.path,
                    products: library.settings.productLibrary, settings: library.settingsURL.path, cm: user.creator
                ).text(in: library.settings.language))
            }
        }
    }

    struct InitReport: Encodable {
        let library: String
        let repository: String
        let inbox: String
        let productLibrary: String?
        let cmEngineer: String
    }
}
