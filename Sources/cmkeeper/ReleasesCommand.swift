import ArgumentParser
import CMKeeperCore
import Foundation

struct ReleasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "releases",
        abstract: "Show the release log, newest first.",
        discussion: """
            Prints the release records (发行记录) of one project, or of every project: id, product, \
            version, recipient, who released it and when. --json prints every record in full, \
            with each file's path, size and SHA-256.
            """)

    @Argument(help: "Only this project's releases.")
    var project: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let records = try library.open().releases(project: project)
            if output.json {
                Output.printJSON(records)
            } else if records.isEmpty {
                print(project.map { "No releases to \($0) yet." } ?? "No releases yet.")
                print("Release with: cmkeeper release PROJECT PRODUCT VERSION")
            } else {
                var table = TextTable(header: ["RELEASED AT", "ID", "PROJECT", "PRODUCT", "VERSION", "TO", "BY", "FILES", "SIZE"])
                for r in records {
                    table.rows.append([
                        Timestamp.format(r.releasedAt), r.id, r.project, r.product, r.version, r.recipient, r.releasedBy,
                        "\(r.files.count)", ByteCount.format(r.totalSize),
                    ])
                }
                print(table.render())
            }
        }
    }
}
