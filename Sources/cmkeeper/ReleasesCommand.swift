import ArgumentParser
import CMKeeperCore
import Foundation

struct ReleasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "releases",
        abstract: "Show the release log, newest first.",
        discussion: """
            Prints the release records (发行记录) of one project, or of every project: id, product, \
            version, recipient, who released it and when; with PROJECT, also each release's \
            record as its tag reads (`git tag -n99` shows the same). --json prints every record \
            in full, with each file's path, size and SHA-256.
            """)

    @Argument(help: "Only this project's releases.")
    var project: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let records = try lib.releases(project: project)
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
