import ArgumentParser
import CMKeeperCore
import Foundation

struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Show and change the ssh keys people reach the library with (.cmkeeper/keys.toml).",
        discussion: """
            Each key is one login's identity over ssh: cmkeeper serve acts as that login, and \
            nothing the client sends changes it. add and remove record the change in the \
            repository (a CM engineer's command) and write DIR/ssh/authorized_keys, which sshd's \
            AuthorizedKeysFile points at for the library's account; sync writes it again from \
            the repository (after keys.toml was pushed).

            Examples:
              cmkeeper keys add wang.pm wang.pub
              cmkeeper keys list
              cmkeeper keys remove wang.pm SHA256:…
            """,
        subcommands: [KeysListCommand.self, KeysAddCommand.self, KeysRemoveCommand.self, KeysSyncCommand.self])
}

struct KeysListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the keys and whose each is.")

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
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a public key as a login's identity (a CM engineer's command).")

    @Argument(help: "The login the key is for.") var login: String
    @Argument(help: ArgumentHelp("The public key file (e.g. id_ed25519.pub).", valueName: "keyfile")) var keyFile: String
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
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a login's key, or all their keys (a CM engineer's command).")

    @Argument(help: "The login.") var login: String
    @Argument(help: "The key's fingerprint (SHA256:…, as keys list shows it); default: every key of the login.") var fingerprint: String?
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
    static let configuration = CommandConfiguration(commandName: "sync", abstract: "Write DIR/ssh/authorized_keys again from .cmkeeper/keys.toml on main.")

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
