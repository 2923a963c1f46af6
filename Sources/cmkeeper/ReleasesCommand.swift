import ArgumentParser
import CMKeeperCore
import Foundation

struct ReleasesCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "releases",
            abstract: HelpText.releasesAbstract.text,
            discussion: HelpText.releasesDiscussion.text)
    }

    @Argument(help: HelpText.releasesProject.help())
    var project: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let records = try lib.releases(project: project)
            let language = Output.language
            if output.json {
                Output.printJSON(records)
            } else if records.isEmpty {
                print(Message.noReleases(project: project).text(in: language))
                print(Message.releaseWith.text(in: language))
            } else {
                let roles = try? lib.roles()
                let name = { (login: String) in roles?.person(login) ?? login }
                var table = TextTable(header: Message.releasesColumns.text(in: language).components(separatedBy: "\t"))
                for r in records {
                    table.rows.append([
                        LocalTime.format(r.releasedAt, in: lib.settings.timeZone), r.id, r.project, r.product, r.version, name(r.recipient), name(r.releasedBy),
                        "\(r.files.count)", ByteCount.format(r.totalSize),
                    ])
                }
                print(table.render())
                // With a project: each release's record as its tag reads (what `git tag -n99` shows).
                if project != nil {
                    for record in records {
                        guard let message = try lib.tagMessage(of: record) else { continue }
                        print("\n" + ReleaseRecord.readablePart(ofTagMessage: message))
                    }
                }
            }
        }
    }
}
