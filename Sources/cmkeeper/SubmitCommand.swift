import ArgumentParser
import CMKeeperCore
import Foundation

struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Commit a project's documents without git (for project managers).",
        discussion: """
            Recognises each file's document type from its name, the Chinese title as users know \
            it (安装验收报告.docx, 项目实施申请表.xlsx, 需求变更申请单-003.docx, \
            项目周报-2026-W48.xlsx), or from --type; places it where the process says \
            (acceptance/安装验收报告.docx); checks the change as a push is checked; and commits \
            all the files in one commit. Refused input commits nothing, and every problem is \
            listed with how to fix it. A baselined project takes new or changed files only from \
            a CM engineer naming an approved change request (--change-request CR-003).

            Examples:
              cmkeeper submit P-2026-001 ~/文档/安装验收报告.docx ~/文档/功能测试情况表.xlsx
              cmkeeper submit P-2026-001 scan0001.pdf --type acceptance-report --message "签字盖章版"
              cmkeeper submit P-2026-001 安装验收报告.docx --change-request CR-003   # after the baseline
            """)

    @Argument(help: "The project id.")
    var project: String

    @Argument(help: ArgumentHelp("The documents to submit.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The document type (id or Chinese title) for every file, when the names do not say.", valueName: "doctype"))
    var type: String?

    @Option(help: "A note for the commit message.")
    var message: String?

    @Option(help: ArgumentHelp("The approved change request these files follow, for a baselined project (a CM engineer).", valueName: "CR-…"))
    var changeRequest: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let urls = files.map { URL(fileURLWithPath: $0) }
            let (documents, outcome) = try lib.submit(
                Submission(project: project, files: urls, type: type, message: message, changeRequest: changeRequest, user: user.resolved))
            if output.json {
                Output.printJSON(Report(commit: outcome.commit.hex, documents: documents))
            } else {
                print("Committed \(documents.count) document\(documents.count == 1 ? "" : "s") to \(project) in \(outcome.commit.hex.prefix(12)):")
                for d in documents {
                    print("  \(d.title)  \(d.path)\(d.largeFile ? "  (large-file store)" : "")")
                }
            }
        }
    }

    struct Report: Encodable {
        let commit: String
        let documents: [SubmittedDocument]
    }
}
