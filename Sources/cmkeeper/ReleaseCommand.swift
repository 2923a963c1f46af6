import ArgumentParser
import CMKeeperCore
import Foundation

struct ReleaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Release a product version from the product library to a project (a CM engineer's command).",
        discussion: """
            Copies every file of PRODUCT/VERSION/ in the product library into \
            projects/PROJECT/releases/PRODUCT/VERSION/ in one commit on main: the content goes to \
            the large-file store (git-lfs compatible), the commit holds the LFS pointers. The same \
            commit appends the release record (发行记录) to projects/PROJECT/release-log.jsonl: \
            what, which version, to whom (the project's manager), by whom, when, and every file \
            with its size and SHA-256. The annotated tag release/PROJECT/PRODUCT/VERSION marks it.

            A version is released to a project once; a released version never changes.

            Example:
              cmkeeper release P-2026-001 核心业务平台 2.1.0 --message "首次安装"
            """)

    @Argument(help: "The project id.")
    var project: String

    @Argument(help: "The product: a folder of the product library.")
    var product: String

    @Argument(help: "The version: a folder of the product.")
    var version: String

    @Option(help: "A note kept in the release record and the commit message.")
    var message: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        StopSignals.removeTemporariesOnStop()
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let bar = ProgressBar(enabled: Output.stdoutIsTerminal && !output.json)
            let outcome = try lib.release(
                ReleaseRequest(project: project, product: product, version: version, message: message, user: try user.resolved(in: lib))
            ) { progress in
                bar.update(label: "\(progress.fileIndex)/\(progress.fileCount) \(progress.file)", done: progress.bytesDone, total: progress.bytesTotal)
            }
            bar.finish()
            if output.json {
                Output.printJSON(ReleaseReport(record: outcome.record, commit: outcome.commit.commit.hex, tag: outcome.tag))
            } else {
                ReleasePrinter.printReleased(outcome, library: lib)
            }
        }
    }

    struct ReleaseReport: Encodable {
        let record: ReleaseRecord
        let commit: String
        let tag: String
    }
}

enum ReleasePrinter {
    static func printReleased(_ outcome: ReleaseOutcome, library: Library) {
        let r = outcome.record
        let language = Output.language
        let roles = try? library.roles()
        let name = { (login: String) in roles?.person(login) ?? login }
        print(Message.released(product: r.product, version: r.version, project: r.project, id: r.id).text(in: language))
        print(Message.releasedToBy(
            recipient: name(r.recipient), by: name(r.releasedBy), at: LocalTime.format(r.releasedAt, in: library.settings.timeZone)).text(in: language))
        print(Message.commitAndTag(commit: String(outcome.commit.commit.hex.prefix(12)), tag: outcome.tag).text(in: language))
        if let form = r.applicationForm { print(Message.answersForm(form.path).text(in: language)) }
        var table = TextTable(header: Message.releaseFileColumns.text(in: language).components(separatedBy: "\t"))
        for f in r.files {
            table.rows.append([ByteCount.format(f.size), String(f.sha256.prefix(16)) + "…", f.path])
        }
        print(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        print(Message.releaseTotals(files: r.files.count, size: ByteCount.format(r.totalSize), new: ByteCount.format(outcome.newBytes)).text(in: language))
    }
}
