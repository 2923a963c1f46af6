import ArgumentParser
import CMKeeperCore
import Foundation

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a project's handover package: its baseline's documents and software, with a checklist.",
        discussion: """
            Writes the baseline's documents and released software (the files themselves, not \
            LFS pointers) under PROJECT-NAME/, with the handover checklist \
            (项目验收移交客户资料清单.html to print and sign, .txt for machines) generated from \
            the manifest and a SHA256SUMS the customer checks with `sha256sum -c SHA256SUMS` \
            (on Windows: certutil -hashfile FILE SHA256, or PowerShell's Get-FileHash). \
            Internal records (approvals, the release log, weekly reports, change requests) stay \
            out unless --internal is given. The same baseline always gives the same bytes.

            Example:
              cmkeeper export P-2026-001 --output P-2026-001-交付.zip
            """)

    @Argument(help: "The project id.")
    var project: String

    @Option(help: ArgumentHelp("The baseline (default: the latest).", valueName: "name"))
    var baseline: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The package to write: FILE.zip or FILE.tar.", valueName: "file"))
    var output: String

    @Flag(help: "Also hand over the internal records: approvals, the release log, weekly reports and change requests.")
    var `internal` = false

    @OptionGroup var library: LibraryOptions
    @OptionGroup var out: OutputOptions

    func run() async throws {
        StopSignals.removeTemporariesOnStop()
        try await Output.run(json: out.json) { () throws(CMKeeperError) in
            let bar = ProgressBar(enabled: Output.stdoutIsTerminal && !out.json)
            let outcome = try library.open().export(project: project, baseline: baseline, to: URL(fileURLWithPath: output), internal: `internal`) { done, total in
                bar.update(label: "export", done: done, total: total)
            }
            bar.finish()
            if out.json {
                Output.printJSON(Report(file: outcome.file.path, baseline: outcome.baseline, items: outcome.items, bytes: outcome.bytes))
            } else {
                print(Message.wroteHandover(
                    file: outcome.file.path, baseline: outcome.baseline, project: project, items: outcome.items, size: ByteCount.format(outcome.bytes)
                ).text(in: Output.language))
            }
        }
    }

    struct Report: Encodable {
        let file: String
        let baseline: String
        let items: Int
        let bytes: Int64
    }
}
