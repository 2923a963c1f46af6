import ArgumentParser
import CMKeeperCore
import Foundation

struct SiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the status site: the status report (配置状态报告) and a page for every project.",
        discussion: """
            Writes index.html, opening with what needs attention (gates blocked longest, \
            approvals waiting, weekly reports overdue, files the inbox rejected), then every \
            project, and projects/ID.html for each project: its phase timeline, every document \
            with who submitted and approved it and when and its history, its releases with their \
            records, its baselines with their manifests and its change requests. Static files \
            that any web server or file share serves; no scripts; they print well.

            Only what changed is written again: a project's page when its folder changed. The \
            daemon keeps DIR/site/ current after every change it sees.

            Example:
              cmkeeper site --output /srv/www/cm
            """)

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write (default: the library's site/).", valueName: "folder"))
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
