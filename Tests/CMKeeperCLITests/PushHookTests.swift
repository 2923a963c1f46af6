import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// Real pushes from real clones into a library whose pre-receive hook is the real cmkeeper.
@Suite("Git hooks: pushes the process refuses, and pushes it takes")
struct PushHookTests {
    let doc = Data("PK\u{3}\u{4} a document".utf8)

    func setUp() throws -> (Scenario, URL) {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        return (s, try s.clone())
    }

    /// The push is refused, naming `text`, and main and every tag are as they were.
    func expectRefused(_ s: Scenario, _ result: CommandResult, _ text: String, main: String, tags: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!result.succeeded, "the push landed", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try s.git(["rev-parse", "main"]).stdout == main, sourceLocation: sourceLocation)
        #expect(try s.git(["for-each-ref", "refs/tags"]).stdout == tags, sourceLocation: sourceLocation)
    }

    func state(_ s: Scenario) throws -> (String, String) {
        (try s.git(["rev-parse", "main"]).stdout, try s.git(["for-each-ref", "refs/tags"]).stdout)
    }

    @Test func aProjectManagersDocumentsLand() throws {
        let (s, clone) = try setUp()
        let result = try s.commitAndPush(clone, as: s.manager, files: [
            "projects/P-2026-001/preparation/项目实施申请表.xlsx": doc,
            "projects/P-2026-001/preparation/项目实施及验收总体计划.docx": doc,
            "projects/P-2026-001/change-requests/需求变更申请单-001.docx": doc,
            "projects/P-2026-001/attachments/现场照片/机房.jpg": doc,
        ])
        #expect(result.succeeded, "\(result)")
        #expect(try s.git(["cat-file", "-e", "main:projects/P-2026-001/preparation/项目实施申请表.xlsx"]).succeeded)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func documentsOutOfPlaceOfTheWrongTypeOrTempFilesAreRefusedAllAtOnce() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        let result = try s.commitAndPush(clone, as: s.manager, files: [
            "projects/P-2026-001/随便放的.docx": doc,
            "projects/P-2026-001/acceptance/安装验收报告.txt": doc,
            "projects/P-2026-001/acceptance/~$安装验收报告.docx": doc,
        ])
        try expectRefused(s, result, "3 problems", main: main, tags: tags)
        #expect(result.stderr.contains("随便放的.docx: is not a document of the process here"))
        #expect(result.stderr.contains("安装验收报告 must be a"))
        #expect(result.stderr.contains("Office lock file"))
    }

    /// A push of thousands of files is judged in parts at once, each part reading the pushed
    /// objects (still in git's quarantine) through a repository handle of its own: the problems
    /// of the first, a middle and the last project are all refused, in path order, and the same
    /// push without them lands.
    @Test func aLargePushIsJudgedInPartsAndEveryPartsProblemsAreRefused() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        var files: [String: Data] = [:]
        let created = Date(timeIntervalSince1970: 1_790_000_000)
        for number in 1...300 {
            let id = "P-2030-\(1000 + number)"
            let record = ProjectRecord(id: id, name: "项目\(number)", customer: "客户", manager: s.manager, size: .small, phase: "preparation", createdAt: created, createdBy: s.cm)
            files["projects/\(id)/project.toml"] = Data(record.serialized().utf8)
            for name in ["项目实施及验收总体计划.docx", "项目实施申请表.xlsx", "销售合同或者相关备忘录.pdf", "项目实施客户确认表.docx"] {
                files["projects/\(id)/preparation/\(name)"] = Data("\(id) \(name)".utf8)
            }
            for week in 1...3 { files["projects/\(id)/weekly-reports/项目周报-2030-W0\(week).xlsx"] = Data("\(id) \(week)".utf8) }
        }
        let refused = ["projects/P-2030-1001/preparation/~$项目实施申请表.xlsx", "projects/P-2030-1150/随便放的.docx", "projects/P-2030-1300/acceptance/安装验收报告.txt"]
        for path in refused { files[path] = doc }
        let result = try s.commitAndPush(clone, as: s.cm, files: files, message: "300 projects")
        try expectRefused(s, result, "3 problems", main: main, tags: tags)
        let places = refused.map { result.stderr.range(of: $0 + ":")?.lowerBound }
        #expect(places.allSatisfy { $0 != nil } && places == places.sorted { $0! < $1! }, "\(result.stderr)")
        // As the refusal says: the commits made one again, without the three files.
        try Shell.git(["reset", "-q", "--soft", "origin/main"], in: clone)
        for path in refused { try FileManager.default.removeItem(at: clone.appendingPathComponent(path)) }
        let landed = try s.commitAndPush(clone, as: s.cm, message: "300 projects")
        #expect(landed.succeeded, "\(landed)")
        #expect(try s.git(["ls-tree", "-r", "--name-only", "main", "projects"]).stdout.split(separator: "\n").filter { $0.hasPrefix("projects/P-2030-") }.count == 2400)
    }

    @Test func aDocumentOutOfPlaceIsNamedAsSubmitWouldRecogniseIt() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        let result = try s.commitAndPush(clone, as: s.manager, files: [
            "projects/P-2026-001/某银行-安装验收报告-签字版.pdf": doc,
            "projects/P-2026-001/安装验收报告和验收测试报告.pdf": doc,
            "projects/P-2026-001/安装验收报吿.docx": doc,
        ])
        try expectRefused(s, result, "3 problems", main: main, tags: tags)
        #expect(result.stderr.contains("this looks like 安装验收报告 (acceptance-report): keep it at acceptance/安装验收报告.* in the project folder"), "\(result.stderr)")
        #expect(result.stderr.contains(
            "its name fits more than one document; keep it as the one it is: 安装验收报告 (acceptance-report) at acceptance/安装验收报告.* or 验收测试报告 (acceptance-test-report) at acceptance/验收测试报告.*"))
        #expect(result.stderr.contains("did you mean 安装验收报告 (acceptance-report) at acceptance/安装验收报告.*?"))
    }

    @Test func aManagerMayNotTouchAnotherProjectNorTheRules() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        try expectRefused(s, try s.commitAndPush(clone, as: "li.pm", files: ["projects/P-2026-001/preparation/销售合同或者相关备忘录.pdf": doc]),
                          "li.pm may not change the documents of project P-2026-001", main: main, tags: tags)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        let roles = try String(contentsOf: clone.appendingPathComponent(".cmkeeper/roles.toml"), encoding: .utf8)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: [".cmkeeper/roles.toml": Data((roles + "\n[users.\"wang.pm\"]\nroles = [\"cm-engineer\"]\n").utf8)]),
                          "only a CM engineer", main: main, tags: tags)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-002/project.toml": Data("id = \"x\"".utf8)]),
                          "only a CM engineer (CM工程师) may create a project", main: main, tags: tags)
    }

    @Test func aManagerMayChangeOnlyThePhaseOfTheProjectRecord() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        let path = clone.appendingPathComponent("projects/P-2026-001/project.toml")
        let text = try String(contentsOf: path, encoding: .utf8)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/project.toml": Data(text.replacingOccurrences(of: "示例银行核心系统实施", with: "改名").utf8)]),
                          "may change only phase", main: main, tags: tags)
    }

    @Test func thePhaseMovesOnlyThroughAMetGate() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        let path = "projects/P-2026-001/project.toml"
        let text = try String(contentsOf: clone.appendingPathComponent(path), encoding: .utf8)
        let moved = Data(text.replacingOccurrences(of: "phase = \"preparation\"", with: "phase = \"installation\"").utf8)
        let refused = try s.commitAndPush(clone, as: s.manager, files: [path: moved])
        try expectRefused(s, refused, "项目实施申请表", main: main, tags: tags)
        #expect(refused.stderr.contains("销售合同或者相关备忘录"))

        // With every preparation document and a release, the same change lands.
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        let library = try s.open()
        _ = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: s.cm))
        try Shell.git(["pull", "-q", "origin", "main"], in: clone)
        let documents = try s.commitAndPush(clone, as: s.manager, files: [
            "projects/P-2026-001/preparation/项目实施及验收总体计划.docx": doc,
            "projects/P-2026-001/preparation/项目实施申请表.xlsx": doc,
            "projects/P-2026-001/preparation/销售合同或者相关备忘录.pdf": doc,
            "projects/P-2026-001/preparation/项目实施客户确认表.docx": doc,
        ])
        #expect(documents.succeeded, "\(documents)")
        // The entry criterion: not before the leadership has approved the overall plan.
        let (main1, tags1) = try state(s)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: [path: moved]), "项目实施及验收总体计划 的 分管领导 审批", main: main1, tags: tags1)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        try s.addApprovers(to: library)
        let approved = try CLI.run(["approve", "P-2026-001", "项目实施及验收总体计划"], user: s.leader, library: s.libraryURL)
        #expect(approved.succeeded && approved.stdout.contains("as 分管领导 (leadership)"), "\(approved)")
        try Shell.git(["pull", "-q", "origin", "main"], in: clone)
        let phase = try s.commitAndPush(clone, as: s.manager, files: [path: moved])
        #expect(phase.succeeded, "\(phase)")
        // And never backwards.
        let (main2, tags2) = try state(s)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: [path: Data(text.utf8)]), "installation", main: main2, tags: tags2)
    }

    @Test func theReleaseLogIsTheCMEngineersAndAppendOnly() throws {
        let (s, clone) = try setUp()
        let library = try s.open()
        _ = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: s.cm))
        try Shell.git(["pull", "-q", "origin", "main"], in: clone)
        let (main, tags) = try state(s)
        let log = "projects/P-2026-001/release-log.jsonl"
        let text = try String(contentsOf: clone.appendingPathComponent(log), encoding: .utf8)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: [log: Data((text + text).utf8)]), "only a CM engineer", main: main, tags: tags)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        try expectRefused(s, try s.commitAndPush(clone, as: s.cm, files: [log: Data(text.replacingOccurrences(of: "wang.pm", with: "someone").utf8)]), "append-only", main: main, tags: tags)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, remove: ["projects/P-2026-001/releases/核心业务平台/2.1.0/文档/发行说明.txt"]), "change released software", main: main, tags: tags)

        // A broken line appended beside a phase move: the gates cannot be read, so the move is
        // refused too, naming the line, and the report is the usual one (it was an error whose
        // hint spoke of .cmkeeper/).
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        let record = "projects/P-2026-001/project.toml"
        let recordText = try String(contentsOf: clone.appendingPathComponent(record), encoding: .utf8)
        let both = try s.commitAndPush(clone, as: s.cm, files: [
            log: Data((text + "{not a record\n").utf8),
            record: Data(recordText.replacingOccurrences(of: "phase = \"preparation\"", with: "phase = \"installation\"").utf8),
        ])
        try expectRefused(s, both, "release-log.jsonl:2", main: main, tags: tags)
        #expect(both.stderr.contains("project.toml") && !both.stderr.contains(".cmkeeper/"), "\(both.stderr)")
    }

    @Test func historyAndTagsAreProtected() throws {
        let (s, clone) = try setUp()
        let library = try s.open()
        _ = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: s.cm))
        try Shell.git(["fetch", "-q", "origin", "--tags"], in: clone)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        let (main, tags) = try state(s)
        // Rewriting main.
        try Shell.git(["commit", "-q", "--amend", "-m", "rewritten"], in: clone)
        try expectRefused(s, try s.push(clone, as: s.cm, ["--force", "origin", "HEAD:main"]), "not a fast-forward", main: main, tags: tags)
        // Deleting main.
        try expectRefused(s, try s.push(clone, as: s.cm, ["origin", ":main"]), "main cannot be deleted", main: main, tags: tags)
        // Moving or deleting a release tag, or making a lightweight one.
        let tag = "release/P-2026-001/核心业务平台/2.1.0"
        try Shell.git(["tag", "-f", "-a", "-m", "moved", tag, "HEAD"], in: clone)
        try expectRefused(s, try s.push(clone, as: s.cm, ["--force", "origin", "refs/tags/\(tag)"]), "never moved", main: main, tags: tags)
        try expectRefused(s, try s.push(clone, as: s.cm, ["origin", ":refs/tags/\(tag)"]), "never deleted", main: main, tags: tags)
        // Not by a project manager either, and the message says what they tried.
        let deleted = try s.push(clone, as: s.manager, ["origin", ":refs/tags/\(tag)"])
        try expectRefused(s, deleted, "\(s.manager) may not delete a release tag", main: main, tags: tags)
        #expect(!deleted.stderr.contains("create"), "\(deleted.stderr)")
        let moved = try s.push(clone, as: s.manager, ["--force", "origin", "refs/tags/\(tag)"])
        try expectRefused(s, moved, "\(s.manager) may not move a release tag", main: main, tags: tags)
        #expect(!moved.stderr.contains("create"), "\(moved.stderr)")
        try Shell.git(["tag", "release/P-2026-001/other/1.0", "origin/main"], in: clone)
        try expectRefused(s, try s.push(clone, as: s.cm, ["origin", "refs/tags/release/P-2026-001/other/1.0"]), "lightweight", main: main, tags: tags)
        // Other branches and tags.
        try expectRefused(s, try s.push(clone, as: s.cm, ["origin", "origin/main:refs/heads/feature"]), "only main", main: main, tags: tags)
    }

    @Test func theNameTheServerAuthenticatedWinsOverOnesAClientCanSet() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        let file = clone.appendingPathComponent("projects/P-2026-001/preparation/销售合同或者相关备忘录.pdf")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try doc.write(to: file)
        try Shell.git(["add", "-A"], in: clone)
        try Shell.git(["commit", "-q", "--no-verify", "-m", "documents"], in: clone, environment: try s.identity(s.manager))
        // The server says li.pm; the client claims to be the project's manager.
        try expectRefused(s, try Shell.git(["push", "origin", "HEAD:main"], in: clone, environment: ["GL_USERNAME": "li.pm", "CMKEEPER_USER": s.manager]),
                          "li.pm may not change the documents of project P-2026-001", main: main, tags: tags)
        try expectRefused(s, try Shell.git(["push", "origin", "HEAD:main"], in: clone, environment: ["REMOTE_USER": "li.pm", "CMKEEPER_USER": s.manager]),
                          "li.pm may not change the documents of project P-2026-001", main: main, tags: tags)
        // $USER is the client's to set: the hook goes by the uid's login name instead.
        let login = try Shell.run("id", ["-un"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try expectRefused(s, try Shell.git(["push", "origin", "HEAD:main"], in: clone, environment: ["USER": s.manager]),
                          "\(login) may not change the documents of project P-2026-001", main: main, tags: tags)
        #expect(try Shell.git(["push", "origin", "HEAD:main"], in: clone, environment: ["CMKEEPER_USER": s.manager]).succeeded)
    }

    @Test func unsafeNamesAndCaseVariantsAreRefused() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: [
            "projects/P-2026-001/attachments/Photo.jpg": doc,
            "projects/P-2026-001/attachments/photo.jpg": doc,
        ]), "only in letter case", main: main, tags: tags)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/attachments/a\u{1}b.jpg": doc]),
                          "control character", main: main, tags: tags)
    }

    @Test func largeFilesMustUseTheLargeFileStore() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject(hooks: CLI.binary)
        // A small threshold, so the test stays small.
        let settingsURL = library.settingsURL
        let settings = try String(contentsOf: settingsURL, encoding: .utf8)
        try settings.replacingOccurrences(of: "large_file_threshold = 10485760", with: "large_file_threshold = 1000")
            .write(to: settingsURL, atomically: true, encoding: .utf8)
        let clone = try s.clone()
        let (main, tags) = try state(s)
        let big = Scenario.noise(5000, seed: 11)
        try expectRefused(s, try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/attachments/扫描件.pdf": big]),
                          "belong in the large-file store", main: main, tags: tags)
        // Tracked with git-lfs, the same file lands, its content in the library's store.
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        try Shell.git(["lfs", "track", "projects/**/*.pdf"], in: clone)
        let lfs = try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/attachments/扫描件.pdf": big])
        #expect(lfs.succeeded, "\(lfs)")
        let sum = String(try Shell.run("sha256sum", [clone.appendingPathComponent("projects/P-2026-001/attachments/扫描件.pdf").path]).stdout.prefix(64))
        #expect(FileManager.default.fileExists(atPath: s.repositoryURL.appendingPathComponent("lfs/objects/\(sum.prefix(2))/\(sum.dropFirst(2).prefix(2))/\(sum)").path))
    }

    @Test func aMalformedProcessDefinitionIsRefusedWithItsLine() throws {
        let (s, clone) = try setUp()
        let (main, tags) = try state(s)
        let path = ".cmkeeper/process.toml"
        let text = try String(contentsOf: clone.appendingPathComponent(path), encoding: .utf8)
        let result = try s.commitAndPush(clone, as: s.cm, files: [path: Data((text + "\n[[phase]]\nid = \n").utf8)])
        try expectRefused(s, result, ".cmkeeper/process.toml:", main: main, tags: tags)
    }

    @Test func theClientPreCommitHookShowsProblemsBeforeThePush() throws {
        let (s, clone) = try setUp()
        let install = try CLI.run(["hooks", "install", "--client", clone.path])
        #expect(install.succeeded, "\(install)")
        try doc.write(to: clone.appendingPathComponent("projects/P-2026-001/乱放.docx"))
        try Shell.git(["add", "-A"], in: clone)
        let refused = try Shell.git(["commit", "-q", "-m", "x"], in: clone, environment: ["CMKEEPER_USER": s.manager])
        #expect(!refused.succeeded)
        #expect(refused.stderr.contains("乱放.docx: is not a document of the process here"))
        try Shell.git(["rm", "-q", "--cached", "projects/P-2026-001/乱放.docx"], in: clone)
        try FileManager.default.removeItem(at: clone.appendingPathComponent("projects/P-2026-001/乱放.docx"))
        try FileManager.default.createDirectory(at: clone.appendingPathComponent("projects/P-2026-001/installation"), withIntermediateDirectories: true)
        try doc.write(to: clone.appendingPathComponent("projects/P-2026-001/installation/安装调试报告.docx"))
        try Shell.git(["add", "-A"], in: clone)
        let accepted = try Shell.git(["commit", "-q", "-m", "安装调试报告"], in: clone, environment: ["CMKEEPER_USER": s.manager])
        #expect(accepted.succeeded, "\(accepted)")
    }
}

@Suite("Git hooks: post-receive")
struct PostReceiveTests {
    @Test func aLandedPushIsToldToTheDaemonWhenOneListens() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let clone = try s.clone()
        // Without a daemon, the push lands all the same.
        #expect(try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/attachments/a.txt": Data("a".utf8)]).succeeded)

        // A listener where the daemon listens.
        let run = s.libraryURL.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        let listener = try DatagramListener(path: run.appendingPathComponent("daemon.sock").path)
        let result = try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/attachments/b.txt": Data("b".utf8)])
        #expect(result.succeeded, "\(result)")
        let message = try #require(listener.receive(timeoutMilliseconds: 5000))
        let head = try s.git(["rev-parse", "main"]).stdout.trimmingCharacters(in: .newlines)
        #expect(message.hasSuffix("\(head) refs/heads/main\n"))
    }
}

/// A Unix datagram socket, standing in for the daemon.
final class DatagramListener {
    let fd: Int32

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard fd >= 0, bound == 0 else { throw POSIXError(.EADDRINUSE) }
    }

    deinit { close(fd) }

    func receive(timeoutMilliseconds: Int32) -> String? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeoutMilliseconds) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = recv(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : nil
    }
}

@Suite("Git hooks: a frozen project")
struct FrozenProjectPushTests {
    @Test func everyWayOfChangingABaselineIsRefused() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject(hooks: CLI.binary)
        let outcome = try library.baseline(project: "P-2026-001", user: s.cm)
        let clone = try s.clone()
        try Shell.git(["fetch", "-q", "origin", "--tags"], in: clone)
        let main = try s.git(["rev-parse", "main"]).stdout
        let tags = try s.git(["for-each-ref", "refs/tags"]).stdout
        func refused(_ result: CommandResult, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            #expect(!result.succeeded, sourceLocation: sourceLocation)
            #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(try s.git(["rev-parse", "main"]).stdout == main, sourceLocation: sourceLocation)
            #expect(try s.git(["for-each-ref", "refs/tags"]).stdout == tags, sourceLocation: sourceLocation)
            try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        }
        let report = "projects/P-2026-001/acceptance/安装验收报告.docx"
        // A change, by the manager and by the CM engineer without a change request.
        try refused(try s.commitAndPush(clone, as: s.manager, files: [report: Data("changed".utf8)]), "baseline and cannot be changed")
        try refused(try s.commitAndPush(clone, as: s.cm, files: [report: Data("changed".utf8)]), "without a change request")
        // A deletion.
        try refused(try s.commitAndPush(clone, as: s.cm, remove: [report]), "cannot be deleted")
        // A case variant beside the baselined file.
        try refused(try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/acceptance/安装验收报告.DOCX": Data("x".utf8)]), "only in letter case")
        // Moving, deleting, shadowing the tag.
        try Shell.git(["tag", "-f", "-a", "-m", "moved", outcome.tag, "origin/main~1"], in: clone)
        try refused(try s.push(clone, as: s.cm, ["--force", "origin", "refs/tags/\(outcome.tag)"]), "never moved")
        try refused(try s.push(clone, as: s.cm, ["origin", ":refs/tags/\(outcome.tag)"]), "never deleted")
        try Shell.git(["tag", "-a", "-m", "twin", "baseline/P-2026-001/ACCEPTANCE", "origin/main"], in: clone)
        try refused(try s.push(clone, as: s.cm, ["origin", "refs/tags/baseline/P-2026-001/ACCEPTANCE"]), "only in letter case")
        try Shell.git(["tag", "baseline/P-2026-001/acceptance.9", "origin/main"], in: clone)
        try refused(try s.push(clone, as: s.cm, ["origin", "refs/tags/baseline/P-2026-001/acceptance.9"]), "lightweight")
        #expect(try library.verify().passed)
    }

    @Test func aChangeRequestPathWorksEndToEnd() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject(hooks: CLI.binary)
        _ = try library.baseline(project: "P-2026-001", user: s.cm)
        let clone = try s.clone()
        // The manager pushes the change request; the CM engineer approves it.
        let request = "projects/P-2026-001/change-requests/需求变更申请单-007.docx"
        #expect(try s.commitAndPush(clone, as: s.manager, files: [request: Data("CR 7: 更换安装验收报告".utf8)]).succeeded)
        let approve = try CLI.run(["approve", "P-2026-001", "需求变更申请单", "--file", "需求变更申请单-007.docx"], user: s.cm, library: s.libraryURL)
        #expect(approve.succeeded, "\(approve)")
        try Shell.git(["pull", "-q", "origin", "main"], in: clone)
        // The CM engineer pushes the change naming it.
        let report = "projects/P-2026-001/acceptance/安装验收报告.docx"
        let pushed = try s.commitAndPush(clone, as: s.cm, files: [report: Data("revised".utf8)], message: "更换安装验收报告\n\nChange-Request: CR-007")
        #expect(pushed.succeeded, "\(pushed)")
        // A change request that is not approved opens nothing.
        let other = try s.commitAndPush(clone, as: s.cm, files: [report: Data("again".utf8)], message: "again\n\nChange-Request: CR-008")
        #expect(!other.succeeded)
        #expect(other.stderr.contains("no change request CR-008"))
    }
}
