import ArgumentParser
import CMKeeperCore
import Foundation

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run cmkeeper's main job on an embedded sample, and show what it did.",
        discussion: """
            Writes a sample product library (产品库) with the product 核心业务平台 2.1.0, creates a \
            library beside it, creates the project P-2026-001, gives the approving roles (customer \
            service zhao.cs, leadership liu.lead) and releases the product to the project, then prints \
            the release record and how to look at the result with git and git-lfs.
            """)

    @Argument(help: ArgumentHelp("Where to put the sample (default: a new temporary folder). Must not exist yet.", valueName: "dir"))
    var directory: String?

    @OptionGroup var user: UserOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let fm = FileManager.default
            let base: URL
            if let directory {
                base = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
                guard !fm.fileExists(atPath: base.path) else {
                    throw CMKeeperError(.refused, "\(base.path) already exists", hint: "name a folder that does not exist yet, or leave it out for a temporary one")
                }
            } else {
                base = fm.temporaryDirectory.appendingPathComponent("cmkeeper-demo-\(UUID().uuidString.prefix(8))", isDirectory: true)
            }
            let products = base.appendingPathComponent("products", isDirectory: true)
            do {
                try SampleLibrary.writeProductLibrary(at: products)
            } catch {
                throw CMKeeperError(.storage, "could not write the sample product library in \(products.path): \(error.localizedDescription)")
            }
            let me = user.creator
            let library = try Library.create(
                at: base.appendingPathComponent("library", isDirectory: true), productLibrary: products.path, user: me,
                hooksCalling: HookScripts.currentExecutable)
            let (project, _) = try library.createProject(
                NewProject(
                    id: SampleLibrary.projectID, name: SampleLibrary.projectName, customer: SampleLibrary.customer,
                    manager: SampleLibrary.manager, size: .small),
                by: me)
            for approver in SampleLibrary.approvers {
                _ = try library.grant(approver.role, to: approver.login, name: approver.name, by: me)
            }
            let outcome = try library.release(
                ReleaseRequest(
                    project: project.id, product: SampleLibrary.product, version: SampleLibrary.version,
                    message: "首次安装 (cmkeeper demo)", user: me))
            if output.json {
                Output.printJSON(DemoReport(
                    productLibrary: products.path, library: library.root.path, project: project, release: outcome.record,
                    commit: outcome.commit.commit.hex, tag: outcome.tag))
                return
            }
            print("cmkeeper demo, in \(base.path)")
            print("1. Wrote a sample product library: \(products.path)")
            print("   \(SampleLibrary.product)/\(SampleLibrary.version)/ with an install package, a user installation manual and release notes")
            print("2. Created the library: \(library.root.path) (you, \(me), are its first CM engineer)")
            print("3. Created project \(project.id) “\(project.name)” for \(project.customer ?? "-"), manager \(project.manager)")
            print("4. Gave the approving roles: " + SampleLibrary.approvers.map { "\($0.login) \($0.role.rawValue) (\($0.role.title))" }.joined(separator: ", "))
            print("5. ", terminator: "")
            ReleasePrinter.printReleased(outcome)
            print("")
            print("The release record (projects/\(project.id)/release-log.jsonl):")
            print(outcome.record.jsonLine())
            print("")
            print("Look at it with git and git-lfs:")
            print("  git -C \(library.repositoryURL.path) log --stat main")
            print("  git -C \(library.repositoryURL.path) tag -n99 -l 'release/*'")
            let clone = base.appendingPathComponent("clone").path
            print("  git lfs install --skip-repo        # once per user, so that clones check out large files")
            print("  git clone \(library.repositoryURL.path) \(clone) && cd \(clone) && git lfs pull")
            print("Or with cmkeeper:")
            print("  cmkeeper releases --library \(library.root.path)")
            print("  cmkeeper status \(project.id) --library \(library.root.path)")
            if let leader = SampleLibrary.approvers.first(where: { $0.role == .leadership }) {
                print("Once its manager has submitted the overall plan, the leadership approves it (the entry criterion):")
                print("  cmkeeper approve \(project.id) 项目实施及验收总体计划 --user \(leader.login) --library \(library.root.path)")
            }
        }
    }

    struct DemoReport: Encodable {
        let productLibrary: String
        let library: String
        let project: ProjectRecord
        let release: ReleaseRecord
        let commit: String
        let tag: String
    }
}
