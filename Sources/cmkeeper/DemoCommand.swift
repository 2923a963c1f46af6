import ArgumentParser
import CMKeeperCore
import Foundation

struct DemoCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "demo",
            abstract: HelpText.demoAbstract.text,
            discussion: HelpText.demoDiscussion.text)
    }

    @Argument(help: HelpText.demoDirectory.help(valueName: "dir"))
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
                    throw CMKeeperError(.refused, .alreadyExists(base.path), hint: .nameNewFolderOrNone)
                }
            } else {
                base = fm.temporaryDirectory.appendingPathComponent("cmkeeper-demo-\(UUID().uuidString.prefix(8))", isDirectory: true)
            }
            let products = base.appendingPathComponent("products", isDirectory: true)
            do {
                try SampleLibrary.writeProductLibrary(at: products)
            } catch {
                throw CMKeeperError(.storage, Message.couldNotWriteSampleProducts(path: products.path, error: error.localizedDescription))
            }
            let me = user.creator
            let library = try Library.create(
                at: base.appendingPathComponent("library", isDirectory: true), productLibrary: products.path, user: me,
                hooksCalling: HookScripts.currentExecutable, language: Output.language)
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
            let language = Output.language
            let roles = try? library.roles()
            let name = { (login: String) in roles?.person(login) ?? login }
            func say(_ message: Message) { print(message.text(in: language)) }
            say(.demoIn(base.path))
            say(.demoWroteProducts(path: products.path, product: SampleLibrary.product, version: SampleLibrary.version))
            say(.demoCreatedLibrary(path: library.root.path, me: name(me)))
            say(.demoCreatedProject(id: project.id, name: project.name, customer: project.customer ?? "-", manager: name(project.manager)))
            say(.demoGaveRoles(SampleLibrary.approvers.map { .personInRole(person: name($0.login), role: $0.role.titled) }))
            print("5. ", terminator: "")
            ReleasePrinter.printReleased(outcome, library: library)
            print("")
            say(.demoReleaseRecord(file: "projects/\(project.id)/release-log.jsonl"))
            print(outcome.record.jsonLine())
            print("")
            say(.demoLookWithGit)
            print("  git -C \(library.repositoryURL.path) log --stat main")
            print("  git -C \(library.repositoryURL.path) tag -n99 -l 'release/*'")
            let clone = base.appendingPathComponent("clone").path
            print("  git lfs install --skip-repo        # " + Message.demoLFSOnce.text(in: language))
            print("  git clone \(library.repositoryURL.path) \(clone) && cd \(clone) && git lfs pull")
            say(.demoOrWithCmkeeper)
            print("  cmkeeper releases --library \(library.root.path)")
            print("  cmkeeper status \(project.id) --library \(library.root.path)")
            if let leader = SampleLibrary.approvers.first(where: { $0.role == .leadership }) {
                say(.demoLeadershipApproves)
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
