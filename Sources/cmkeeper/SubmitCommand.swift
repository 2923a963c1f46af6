import ArgumentParser
import CMKeeperCore
import Foundation

struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Commit a project's documents without git (for project managers).",
        discussion: """
            Recognises each file's document type from its name, or from --type. A name holds \
            the Chinese title as users know it, one part of a title joined by 或者 (销售合同), \
            or an alias from process.toml (实施计划), with anything before and after it: \
            某银行-安装验收报告-签字版.pdf, 项目实施申请表 (2).xlsx, 需求变更申请单-003.docx. A \
            name that fits two documents, or none, is refused naming them (or the nearest); \
            office lock and temp files (~$…, .~lock…#, Thumbs.db) are always refused. Each file \
            is kept where the process says, by its title (acceptance/安装验收报告.pdf), and the \
            commit message keeps the name it had. The change is checked as a push is checked, and \
            all the files are committed in one commit. Refused input commits nothing, and every \
            problem is listed with how to fix it. A baselined project takes new or changed files \
            only from a CM engineer naming an approved change request (--change-request CR-003).

            Examples:
              cmkeeper submit P-2026-001 ~/文档/安装验收报告.docx ~/文档/功能测试情况表.xlsx
              cmkeeper submit P-2026-001 scan0001.pdf --type acceptance-report --message "签字盖章版"
              cmkeeper submit P-2026-001 安装验收报告.docx --change-request CR-003   # after the baseline
            """)

    @Argument(help: "The project id.")
    var project: String

    @Argument(help: ArgumentHelp("The documents to submit.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The document type (id, Chinese title or alias) for every file, when the names do not say.", valueName: "doctype"))
    var type: String?

    @Option(help: "A note for the commit message.")
    var message: String?

    @Option(help: ArgumentHelp("The approved change request these files follow, for a baselined project (a CM engineer).", valueName: "CR-…"))
    var changeRequest: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        StopSignals.removeTemporariesOnStop()
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let urls = files.map { URL(fileURLWithPath: $0) }
            let (documents, outcome) = try lib.submit(
                Submission(project: project, files: urls, type: type, message: message, changeRequest: changeRequest, user: try user.resolved(in: lib)))
            if output.json {
                Output.printJSON(Report(commit: outcome.commit.hex, documents: documents))
            } else {
                let language = Output.language
                print(Message.committedDocuments(count: documents.count, project: project, commit: String(outcome.commit.hex.prefix(12))).text(in: language))
                for d in documents {
                    print("  \(d.title)  \(d.path)" + (d.largeFile ? "  " + Message.inLargeFileStore.text(in: language) : ""))
                }
            }
        }
    }

    struct Report: Encodable {
        let commit: String
        let documents: [SubmittedDocument]
    }
}
