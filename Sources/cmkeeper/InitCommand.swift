import ArgumentParser
import CMKeeperCore
import Foundation

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a configuration library in a folder.",
        discussion: """
            Creates DIR/repo.git (a bare repository on branch main whose first commit holds the \
            process definition .cmkeeper/process.toml and the roles .cmkeeper/roles.toml, with you \
            as the first CM engineer), DIR/inbox/ for the daemon, DIR/rejected/ and the settings \
            DIR/cmkeeper.toml. A folder that already holds a library is refused and left as it is.

            Serve DIR/repo.git as any git repository: `git clone DIR/repo.git` works, and \
            `git lfs pull` in the clone fetches the released software.
            """)

    @Argument(help: ArgumentHelp("The folder to create the library in (made if missing).", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("The product library: PRODUCT/VERSION/ folders of install packages and documents.", valueName: "path"))
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
