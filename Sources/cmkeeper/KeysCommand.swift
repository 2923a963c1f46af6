import ArgumentParser
import CMKeeperCore
import Foundation

struct KeysCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "keys",
            abstract: HelpText.keysAbstract.text,
            discussion: HelpText.keysDiscussion.text,
            subcommands: [KeysListCommand.self, KeysAddCommand.self, KeysRemoveCommand.self, KeysSyncCommand.self])
    }
}

struct KeysListCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.keysListAbstract.text) }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            KeysPrinter.print(try lib.keys(), zone: lib.settings.timeZone, json: output.json)
        }
    }
}

struct KeysAddCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: HelpText.keysAddAbstract.text) }

    @Argument(help: HelpText.keysAddLogin.help()) var login: String
    @Argument(help: HelpText.keysAddKeyFile.help(valueName: "keyfile")) var keyFile: String
    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            guard let data = FileManager.default.contents(atPath: keyFile), data.count <= 64 * 1024 else {
                throw CMKeeperError(.notFound, .cannotReadKeyFile(keyFile), hint: .giveThePubFile)
            }
            let key = try PublicKey.parse(String(decoding: data, as: UTF8.self), source: keyFile)
            let book = try lib.addKey(key, for: login, by: try user.resolved(in: lib), program: HookScripts.currentExecutable)
            KeysPrinter.print(book, zone: lib.settings.timeZone, json: output.json)
        }
    }
}

struct KeysRemoveCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "remove", abstract: HelpText.keysRemoveAbstract.text) }

    @Argument(help: HelpText.keysRemoveLogin.help()) var login: String
    @Argument(help: HelpText.keysRemoveFingerprint.help()) var fingerprint: String?
    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let book = try lib.removeKeys(of: login, fingerprint: fingerprint, by: try user.resolved(in: lib), program: HookScripts.currentExecutable)
            KeysPrinter.print(book, zone: lib.settings.timeZone, json: output.json)
        }
    }
}

struct KeysSyncCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "sync", abstract: HelpText.keysSyncAbstract.text) }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            KeysPrinter.print(try lib.writeAuthorizedKeys(program: HookScripts.currentExecutable), zone: lib.settings.timeZone, json: output.json)
        }
    }
}

enum KeysPrinter {
    /// The keys as a table for people (times in `zone`), or as JSON.
    static func print(_ book: KeyBook, zone: TimeZone, json: Bool) {
        if json {
            Output.printJSON(book.records)
            return
        }
        var table = TextTable(header: Message.keyColumns.text(in: Output.language).components(separatedBy: "\t"))
        for r in book.records.sorted(by: { ($0.login, $0.addedAt) < ($1.login, $1.addedAt) }) {
            table.rows.append([r.login, r.fingerprint, r.addedBy, Timestamp.parse(r.addedAt).map { LocalTime.format($0, in: zone) } ?? r.addedAt])
        }
        Swift.print(table.render())
    }
}
