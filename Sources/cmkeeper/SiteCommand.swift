import ArgumentParser
import CMKeeperCore
import Foundation

struct SiteCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "site",
            abstract: HelpText.siteAbstract.text,
            discussion: HelpText.siteDiscussion.text)
    }

    @Option(name: .shortAndLong, help: HelpText.siteOutput.help(valueName: "folder"))
    var output: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var out: OutputOptions

    func run() async throws {
        try await Output.run(json: out.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let folder = output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? lib.siteURL
            let update = try lib.writeSite(to: folder)
            if out.json {
                Output.printJSON(Report(folder: update.folder.path, projects: update.projects, pagesWritten: update.pagesWritten))
            } else {
                print(SiteText.siteWritten(folder: update.folder.path, projects: update.projects, pages: update.pagesWritten).text(in: Output.language))
            }
        }
    }

    struct Report: Encodable {
        let folder: String
        let projects: Int
        let pagesWritten: Int

        enum CodingKeys: String, CodingKey {
            case folder, projects
            case pagesWritten = "pages_written"
        }
    }
}
