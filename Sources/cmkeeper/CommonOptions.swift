import ArgumentParser
import CMKeeperCore
import Foundation

/// `--library`: which library a command works on.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.libraryOption.help(valueName: "dir"))
    var library: String?

    func open() throws(CMKeeperError) -> Library {
        let env = ProcessInfo.processInfo.environment
        let root = try Library.locate(explicit: library, environment: env, currentDirectory: FileManager.default.currentDirectoryPath)
        let library = try Library.open(at: root)
        LanguageChoice.shared.opened(library)
        library.mergesPacksAfterCommits = true
        return library
    }
}

/// `--user`: who is acting.
struct UserOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.userOption.help(valueName: "login"))
    var user: String?

    /// Who acts on `library`; naming someone else is for root and the library's account only.
    func resolved(in library: Library) throws(CMKeeperError) -> String {
        try ActingUser.commandLine(explicit: user, repository: library.root.appendingPathComponent(LibraryLayout.repositoryFolder))
    }

    /// Who creates a new library (init, demo).
    var creator: String { ActingUser.creator(explicit: user) }
}

/// `--json`: print for scripts instead of people.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: HelpText.jsonFlag.help())
    var json = false
}
