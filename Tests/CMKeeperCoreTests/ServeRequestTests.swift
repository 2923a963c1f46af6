import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// How `cmkeeper serve` reads SSH_ORIGINAL_COMMAND: git's quoting, and nothing a shell would do.
@Suite("ServeRequest: what an ssh client may ask for")
struct ServeRequestTests {
    func refusal(_ command: String?) -> String? {
        do {
            _ = try ServeRequest.parse(command)
            return nil
        } catch {
            return error.message.description
        }
    }

    @Test func gitsOwnCommandsAreTakenWhateverPathTheyName() throws {
        #expect(try ServeRequest.parse("git-upload-pack '/srv/cm/repo.git'") == .git(.uploadPack))
        #expect(try ServeRequest.parse("git-receive-pack 'repo.git'") == .git(.receivePack))
        #expect(try ServeRequest.parse("git-upload-pack '/it'\\''s/repo.git'") == .git(.uploadPack))
        #expect(refusal("git-upload-pack") == "git-upload-pack takes one repository path, not 0")
        #expect(refusal("git-upload-archive '/srv/cm/repo.git'")?.contains("is not a command this library serves") == true)
    }

    @Test func cmkeeperCommandsKeepOnlyTheirListedOptions() throws {
        #expect(try ServeRequest.parse("status \"P-2026-001\" --json") == .read(command: "status", options: ["--json"], arguments: ["P-2026-001"]))
        #expect(try ServeRequest.parse("releases") == .read(command: "releases", options: [], arguments: []))
        #expect(try ServeRequest.parse("submit P-2026-001 '安装验收报告 v2.docx' --message 'signed copy'")
            == .submit(project: "P-2026-001", fileName: "安装验收报告 v2.docx", options: ["--message=signed copy"]))
        #expect(try ServeRequest.parse("help") == .help)
        #expect(refusal("status --user zhang.cm P-2026-001") == "status takes no option --user over ssh")
        #expect(refusal("status --library=/srv/other") == "status takes no option --library over ssh")
        #expect(refusal("status P-2026-001 P-2026-002") == "status takes at most 1 argument over ssh, not 2")
        #expect(refusal("submit P-2026-001") == "submit takes a project and a file name, with the file on stdin")
        #expect(refusal("submit P-2026-001 ../../etc/passwd") == "“../../etc/passwd” is not a file name")
        #expect(refusal("submit P-2026-001 --json=1 a.docx") == "--json takes no value")
        #expect(refusal("baseline P-2026-001")?.contains("is not a command this library serves") == true)
    }

    @Test func whatOnlyAShellWouldDoIsRefused() throws {
        #expect(refusal(nil) == "this account gives no shell")
        #expect(refusal("  ") == "this account gives no shell")
        for command in ["status; id", "status | id", "status && id", "status $(id)", "status `id`", "status > /tmp/x", "status\nid", "status \"$HOME\""] {
            #expect(refusal(command) != nil, "\(command)")
        }
        #expect(refusal("status 'P-2026-001") == "a ' is not closed")
        // Quoted, they are plain characters of one argument, which status then does not know.
        #expect(try ServeRequest.parse("status 'P; id'") == .read(command: "status", options: [], arguments: ["P; id"]))
    }

    @Test func theHookTakesTheLoginServeHandsItBeforeAnythingAClientMayHaveSent() {
        let environment = [
            ActingUser.authenticatedVariable: "li.pm", "GL_USERNAME": "wang.pm", "CMKEEPER_USER": "zhang.cm",
        ]
        #expect(ActingUser.hook(environment: environment) == "li.pm")
    }
}

/// The limits of what an ssh client may send: a command's length, a submitted document's size.
@Suite("ServeRequest and ServeSession: limits")
struct ServeLimitsTests {
    @Test func anOverlongCommandIsRefusedAndLoggedByItsStartOnly() throws {
        let long = "status " + String(repeating: "P", count: ServeRequest.maximumCommandBytes)
        #expect(throws: CMKeeperError.self) { try ServeRequest.parse(long) }
        do {
            _ = try ServeRequest.parse(long)
        } catch {
            #expect(error.message.contains("more than the 4096 this library takes over ssh"), "\(error.message)")
        }
        let entry = ServeLog.Entry(user: "wang.pm", command: long, outcome: "refused", status: 1)
        #expect(entry.command.utf8.count <= ServeRequest.maximumCommandBytes + 3 && entry.command.hasSuffix("…"))
        #expect(ServeLog.Entry(user: "wang.pm", command: "status", outcome: "ok", status: 0).command == "status")
    }

    @Test func aDocumentLargerThanTheLimitIsRefusedBeforeAnythingIsSubmitted() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let main = try s.git(["rev-parse", "main"]).stdout
        let document = try s.folder.write("big.docx", Data(count: 2048))
        let input = try FileHandle(forReadingFrom: document)
        defer { try? input.close() }
        let limit = UploadLimit(maximumBytes: 1024, reserveBytes: 0, folder: library.repositoryURL)
        let session = ServeSession(library: library, login: s.manager, program: "/nonexistent/cmkeeper", input: input, uploadLimit: limit)
        do {
            _ = try session.run(.submit(project: "P-2026-001", fileName: "安装验收报告.docx", options: []), clientEnvironment: [:])
            Issue.record("a document over the limit was taken")
        } catch {
            #expect(error.kind == .refused)
            #expect(error.message.description == "安装验收报告.docx is larger than 1024 bytes, the most this library takes over ssh from anyone but a CM engineer; nothing was stored")
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        // What was read is staged in the library and goes with the refusal.
        let stages = s.libraryURL.appendingPathComponent(LibraryLayout.stageFolder).path
        #expect(try FileManager.default.contentsOfDirectory(atPath: stages) == [])
    }

    @Test func aSubmitThatWouldLeaveTheDiskBelowItsReserveIsRefused() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let main = try s.git(["rev-parse", "main"]).stdout
        let document = try s.folder.write("report.docx", Data(count: 4096))
        let input = try FileHandle(forReadingFrom: document)
        defer { try? input.close() }
        let limit = UploadLimit(maximumBytes: nil, reserveBytes: Int64.max / 2, folder: library.repositoryURL)
        let session = ServeSession(library: library, login: s.cm, program: "/nonexistent/cmkeeper", input: input, uploadLimit: limit)
        do {
            _ = try session.run(.submit(project: "P-2026-001", fileName: "安装验收报告.docx", options: []), clientEnvironment: [:])
            Issue.record("a document that fills the disk was taken")
        } catch {
            #expect(error.kind == .refused)
            #expect(error.text(in: .zhCN).contains("配置库所在磁盘的剩余空间将少于"), "\(error.text(in: .zhCN))")
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
    }

    @Test func theLimitsComeFromTheSettingsAndACMEngineerHasNoMaximum() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        #expect(UploadLimit(library: library, login: s.manager).maximumBytes == 4 << 30)
        #expect(UploadLimit(library: library, login: s.cm).maximumBytes == nil)
        #expect(UploadLimit(library: library, login: s.cm).reserveBytes == 1 << 30)
        let text = library.settings.serialized()
        #expect(text.contains("maximum_upload_mib = 4096") && text.contains("free_space_reserve_mib = 1024"))
        let parsed = try LibrarySettings.parse(text.replacingOccurrences(of: "maximum_upload_mib = 4096", with: "maximum_upload_mib = 8"))
        #expect(parsed.serve == .init(maximumUploadMiB: 8, freeSpaceReserveMiB: 1024))
        #expect(throws: ConfigurationError.self) { try LibrarySettings.parse(text.replacingOccurrences(of: "maximum_upload_mib = 4096", with: "maximum_upload_mib = 0")) }
    }
}
