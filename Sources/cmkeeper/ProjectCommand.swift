import ArgumentParser
import CMKeeperCore
import Foundation

struct ProjectCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "project",
            abstract: HelpText.projectAbstract.text,
            subcommands: [ProjectCreateCommand.self, ProjectListCommand.self])
    }
}

struct ProjectCreateCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "create",
            abstract: HelpText.projectCreateAbstract.text,
            discussion: HelpText.projectCreateDiscussion.text)
    }

    @Argument(help: HelpText.projectCreateID.help(valueName: "id"))
    var id: String

    @Option(help: HelpText.projectCreateName.help())
    var name: String

    @Option(help: HelpText.projectCreateManager.help(valueName: "login"))
    var manager: String

    @Option(help: HelpText.projectCreateCustomer.help())
    var customer: String?

    @Option(help: HelpText.projectCreateSize.help(valueName: "large|small"))
    var size: ProjectSize = .small

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let (record, outcome) = try lib.createProject(
                NewProject(id: id, name: name, customer: customer, manager: manager, size: size), by: try user.resolved(in: lib))
            try lib.makeProjectFolders(record.id)
            let language = Output.language
            if try lib.roles().user(record.manager)?.roles.isEmpty ?? true {
                Output.printError(Message.refusalPrefix.text(in: language) + Message.managerHoldsNoRole(record.manager).text(in: language))
                Output.printError(Message.hintLabel.text(in: language) + Message.grantManagerRole(record.manager).text(in: language))
            }
            if output.json {
                Output.printJSON(ProjectReport(project: record, commit: outcome.commit.hex))
            } else {
                let manager = (try? lib.roles().person(record.manager)) ?? record.manager
                print(Message.projectCreated(
                    id: record.id, name: record.name, manager: manager, size: record.size.rawValue, phase: record.phase,
                    commit: String(outcome.commit.hex.prefix(12))).text(in: language))
                print(Message.dropFolderIs(lib.inboxURL.appendingPathComponent(record.id).path + "/").text(in: language))
                print(Message.nextRelease(record.id).text(in: language))
            }
        }
    }

    struct ProjectReport: Encodable {
        let project: ProjectRecord
        let commit: String
    }
}

extension ProjectSize: ExpressibleByArgument {}

struct ProjectListCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: HelpText.projectListAbstract.text) }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let projects = try lib.projects()
            let language = Output.language
            if output.json {
                Output.printJSON(projects)
            } else if projects.isEmpty {
                print(Message.noProjectsYet.text(in: language))
            } else {
                let roles = try? lib.roles()
                var table = TextTable(header: Message.projectColumns.text(in: language).components(separatedBy: "\t"))
                for p in projects {
                    table.rows.append([p.id, p.name, p.customer ?? "-", roles?.person(p.manager) ?? p.manager, p.size.rawValue, p.phase])
                }
                print(table.render())
            }
        }
    }
}
