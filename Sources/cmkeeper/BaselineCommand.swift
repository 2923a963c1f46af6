import ArgumentParser
import CMKeeperCore
import Foundation

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Baseline a project after acceptance (a CM engineer's command).",
        discussion: """
            Refuses, listing what is missing by Chinese title, until the project's acceptance \
            gate is met (every required document present, the acceptance report approved by the \
            CM engineer and customer service) and the implementation summary report \
            (项目实施总结报告) is in. Then moves the project to closed (验收完成) — the only way \
            there — and creates the annotated tag baseline/PROJECT/NAME whose message is the \
            manifest: every document and released file with its path, type, size, SHA-256, git \
            blob, and who submitted it when.

            From then on the project is frozen: a file is changed, deleted or added only in a \
            commit by a CM engineer whose message names an approved change request \
            (Change-Request: CR-003, which submit --change-request writes); only new change \
            requests and approvals come in freely. The next baseline is NAME.2, NAME.3 …: it \
            names the change request, which a commit since the last baseline must name, and is \
            refused when nothing has changed. Earlier baselines stay as they were.

            Examples:
              cmkeeper baseline P-2026-001
              cmkeeper baseline P-2026-001 --change-request CR-003      # acceptance.2
            """)

    @Argument(help: "The project id.")
    var project: String

    @Argument(help: "The baseline's name (default: acceptance, then acceptance.2 …).")
    var name: String?

    @Option(help: ArgumentHelp("The approved change request this baseline follows (every baseline after the first).", valueName: "CR-…"))
    var changeRequest: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let outcome = try lib.baseline(project: project, name: name, changeRequest: changeRequest, user: try user.resolved(in: lib))
            if output.json {
                Output.printJSON(Report(tag: outcome.tag, commit: outcome.commit.commit.hex, manifest: outcome.manifest))
            } else {
                let m = outcome.manifest
                print("Baselined \(m.project) as \(m.name): \(m.items.count) configuration items, \(ByteCount.format(m.totalSize))")
                print("  tag \(outcome.tag) on commit \(outcome.commit.commit.hex.prefix(12)); the project is now \(m.phase)")
                print("Check it any time with: cmkeeper verify \(outcome.tag)")
            }
        }
    }

    struct Report: Encodable {
        let tag: String
        let commit: String
        let manifest: BaselineManifest
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Audit the library, a project or a tag: prove the baselines and releases intact.",
        discussion: """
            Physical audit: every item of each baseline's manifest is in the tagged tree with the \
            same blob and content; every large file is in the store and hashes to its id; every \
            release tag holds its record from the release log; no baseline or release tag has \
            moved. Functional audit: each closed project has every document its process requires. \
            Then git fsck. Prints each finding with what to do, how much it checked, and exits 1 \
            when anything is wrong.

            Examples:
              cmkeeper verify
              cmkeeper verify P-2026-001
              cmkeeper verify baseline/P-2026-001/acceptance
            """)

    @Argument(help: ArgumentHelp("A project id or a release/ or baseline/ tag (default: the whole library).", valueName: "project|tag"))
    var scope: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        var passed = true
        try Output.run(json: output.json) { () throws(CMKeeperError) in
            let report = try library.open().verify(scope)
            passed = report.passed
            if output.json {
                Output.printJSON(report)
                return
            }
            let checked = "\(report.baselines) baseline\(report.baselines == 1 ? "" : "s"), \(report.releases) release\(report.releases == 1 ? "" : "s"), \(report.projects) project\(report.projects == 1 ? "" : "s"), \(report.items) items, \(ByteCount.format(report.bytesHashed)) re-hashed"
            if report.passed {
                print("Verified \(report.scope): intact. Checked \(checked).")
            } else {
                print("Verified \(report.scope): \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s"). Checked \(checked).")
                for finding in report.findings { print("  - \(finding)") }
            }
        }
        if !passed { throw ExitCode(1) }
    }
}
