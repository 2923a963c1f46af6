import ArgumentParser
import CMKeeperCore
import Foundation

struct ReleaseCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "release",
            abstract: HelpText.releaseAbstract.text,
            discussion: HelpText.releaseDiscussion.text)
    }

    @Argument(help: HelpText.projectID.help())
    var project: String

    @Argument(help: HelpText.releaseProduct.help())
    var product: String

    @Argument(help: HelpText.releaseVersion.help())
    var version: String

    @Option(help: HelpText.releaseMessage.help())
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
