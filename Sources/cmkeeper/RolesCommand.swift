import ArgumentParser
import CMKeeperCore
import Foundation

struct RolesCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "roles",
            abstract: HelpText.rolesAbstract.text,
            discussion: HelpText.rolesDiscussion.text,
            subcommands: [RolesListCommand.self, RolesGrantCommand.self, RolesRevokeCommand.self])
    }
}

struct RolesListCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.rolesListAbstract.text) }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            RolesPrinter.print(try library.open().roles(), json: output.json)
        }
    }
}

struct RolesGrantCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "grant", abstract: HelpText.rolesGrantAbstract.text) }

    @Argument(help: HelpText.userLogin.help()) var login: String
    @Argument(help: HelpText.roleArgument.help()) var role: Role
    @Option(help: HelpText.rolesGrantName.help()) var name: String?
    @Option(help: HelpText.rolesGrantEmail.help()) var email: String?
    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let (book, alreadyHad) = try lib.grant(role, to: login, name: name, email: email, by: try user.resolved(in: lib))
            if alreadyHad && !output.json { print(Message.alreadyHasRole(user: login, role: role.titled).text(in: Output.language)) }
            RolesPrinter.print(book, json: output.json)
        }
    }
}

struct RolesRevokeCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "revoke", abstract: HelpText.rolesRevokeAbstract.text) }

    @Argument(help: HelpText.userLogin.help()) var login: String
    @Argument(help: HelpText.roleArgument.help()) var role: Role
    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            RolesPrinter.print(try lib.revoke(role, from: login, by: try user.resolved(in: lib)), json: output.json)
        }
    }
}

enum RolesPrinter {
    struct Entry: Encodable { let login: String; let name: String?; let email: String?; let roles: [String] }

    static func print(_ book: RoleBook, json: Bool) {
        let users = book.users.values.sorted { $0.login < $1.login }
        if json {
            Output.printJSON(users.map { Entry(login: $0.login, name: $0.name, email: $0.email, roles: $0.roles.map(\.rawValue).sorted()) })
            return
        }
        var table = TextTable(header: Message.roleColumns.text(in: Output.language).components(separatedBy: "\t"))
        for u in users {
            table.rows.append([u.login, u.name ?? "-", u.email ?? "-", u.roles.sorted { $0.rawValue < $1.rawValue }.map { $0.titled.text(in: Output.language) }.joined(separator: ", ")])
        }
        Swift.print(table.render())
    }
}
