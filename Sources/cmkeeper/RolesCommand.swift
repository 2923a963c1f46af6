import ArgumentParser
import CMKeeperCore
import Foundation

struct RolesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "Show and change who is who (.cmkeeper/roles.toml).",
        discussion: """
            Roles: cm-engineer (CM工程师), customer-service (客户服务部), leadership (分管领导), \
            marketing (市场部), implementation-team (项目实施组), project-manager (项目经理). A \
            project's manager is the one named in its project.toml. Only a CM engineer changes roles.

            Examples:
              cmkeeper roles list
              cmkeeper roles grant zhao customer-service --name 赵敏 --email zhao@example.com
              cmkeeper roles revoke zhao customer-service
            """,
        subcommands: [RolesListCommand.self, RolesGrantCommand.self, RolesRevokeCommand.self])
}

struct RolesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users and their roles.")

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            RolesPrinter.print(try library.open().roles(), json: output.json)
        }
    }
}

struct RolesGrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grant", abstract: "Give a user a role (a CM engineer's command).")

    @Argument(help: "The user's login.") var login: String
    @Argument(help: "The role.") var role: Role
    @Option(help: "The user's name, as commits show it.") var name: String?
    @Option(help: "The user's e-mail, as commits show it.") var email: String?
    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let (book, alreadyHad) = try lib.grant(role, to: login, name: name, email: email, by: try user.resolved(in: lib))
            if alreadyHad && !output.json { print(Message.alreadyHasRole(user: login, role: "\(role.rawValue) (\(role.title))").text(in: Output.language)) }
            RolesPrinter.print(book, json: output.json)
        }
    }
}

struct RolesRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Take a role from a user (a CM engineer's command).")

    @Argument(help: "The user's login.") var login: String
    @Argument(help: "The role.") var role: Role
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
            table.rows.append([u.login, u.name ?? "-", u.email ?? "-", u.roles.sorted { $0.rawValue < $1.rawValue }.map { "\($0.rawValue) (\($0.title))" }.joined(separator: ", ")])
        }
        Swift.print(table.render())
    }
}
