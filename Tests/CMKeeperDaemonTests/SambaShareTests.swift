import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The inbox over a real Samba share, configured by `Config/smb.conf.example` (the file README
/// points to, its paths and group replaced by the test's): project managers log in with their
/// own Samba passwords, their files are owned by their own Unix accounts, and the real daemon
/// commits each as that person or refuses it with a note they read and delete through the share.
/// A guest gets nothing in; a share that maps guests (what README says not to do) writes their
/// files as `nobody`, and the daemon refuses them with a note that says why.
@Suite("The inbox on a Samba share", .serialized)
struct SambaShareTests {
    @Test func eachProjectManagersFileIsTheirsOnDiskAndCommittedWithThemAsTheSubmitter() throws {
        let share = try SambaShare()
        let daemon = try share.startDaemon()
        defer { daemon.stop() }
        let before = try share.scene.commits()
        let report = Data("PK\u{3}\u{4} 王强的安装验收报告".utf8), form = Data("PK\u{3}\u{4} 李娜的项目实施申请表".utf8)
        try daemon.whileStopped {
            try share.put(report, as: share.wang, into: "\(share.wangsProject)/安装验收报告.docx")
            try share.put(form, as: share.li, into: "\(share.lisProject)/项目实施申请表.xlsx")
            // On disk, each file is its project manager's, in the share's group, as the share's masks say.
            try share.expectOwned(by: share.wang, "\(share.wangsProject)/安装验收报告.docx")
            try share.expectOwned(by: share.li, "\(share.lisProject)/项目实施申请表.xlsx")
        }
        #expect(eventually(timeout: 20) { share.scene.files(in: share.scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(share.scene.files(in: share.scene.rejected).isEmpty, "\(daemon.log)")
        #expect(try share.scene.commits().count == before.count + 2)

        for (login, project, path, content) in [
            (share.wang, share.wangsProject, "acceptance/安装验收报告.docx", report), (share.li, share.lisProject, "preparation/项目实施申请表.xlsx", form),
        ] {
            let place = "projects/\(project)/\(path)"
            // The real git: the commit that brought the file is its project manager's, and holds it.
            let author = try share.scene.s.git(["log", "-1", "--format=%an <%ae>", "main", "--", place]).stdout
            #expect(author == "\(share.name(of: login)) <\(login)@example.com>\n", "\(daemon.log)")
            #expect(try share.scene.s.git(["cat-file", "blob", "main:\(place)"]).stdoutData == content)
            #expect(try share.scene.s.git(["ls-tree", "-r", "--name-only", "main", "projects/\(project)/"]).stdout.contains(place))
        }
        #expect(Set(daemon.events("committed").compactMap { $0["user"] as? String }) == [share.wang, share.li])
        #expect(try share.scene.fsck().succeeded)
    }

    @Test func aFileDroppedIntoAnotherManagersProjectIsRefusedAndItsDropperReadsAndDeletesItThroughTheShare() throws {
        let share = try SambaShare()
        let daemon = try share.startDaemon()
        defer { daemon.stop() }
        let before = try share.scene.commits()
        try share.put(Data("PK\u{3}\u{4} 放错项目".utf8), as: share.wang, into: "\(share.lisProject)/安装验收报告.docx")
        #expect(eventually(timeout: 20) { share.scene.files(in: share.scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try share.scene.commits() == before)
        #expect(share.scene.files(in: share.scene.rejected) == ["\(share.lisProject)/安装验收报告.docx", "\(share.lisProject)/安装验收报告.docx.reason.txt"])

        // Wang reads the note through the rejected share, as Notepad would open it.
        let note = try share.get(as: share.wang, "\(share.lisProject)/安装验收报告.docx.reason.txt")
        let text = RejectionNoteTests().notepadText(note)
        #expect(text.contains("王强 (\(share.wang)) 不可修改项目 \(share.lisProject) 的文档") || text.contains("\(share.wang) 不可修改项目 \(share.lisProject) 的文档"), "\(text)")
        #expect(text.contains("只有它的项目经理"), "\(text)")
        // Wang is someone the library knows: nothing about guests.
        #expect(!text.contains("角色名单里没有"), "\(text)")
        #expect(EnglishProse.runs(in: text).isEmpty, "\(text)")

        // And deletes his refused file and its note, which the daemon wrote.
        let deleted = try share.server.client(
            "cm-rejected", user: share.wang, password: share.password,
            "cd \(share.lisProject); del 安装验收报告.docx; del 安装验收报告.docx.reason.txt")
        #expect(deleted.succeeded && !deleted.stdout.contains("NT_STATUS") && !deleted.stderr.contains("NT_STATUS"), "\(deleted)\n\(share.server.log)")
        #expect(share.scene.files(in: share.scene.rejected).isEmpty)
    }

    @Test func aGuestIsNotLetIn() throws {
        let share = try SambaShare()
        let document = try share.scene.s.folder.write("guest.docx", Data("PK".utf8))
        let anonymous = try share.server.client("cm-inbox", user: nil, "cd \(share.wangsProject); put \(document.path) 安装验收报告.docx")
        #expect(!anonymous.succeeded && (anonymous.stdout + anonymous.stderr).contains("NT_STATUS_ACCESS_DENIED"), "\(anonymous)")
        let stranger = try share.server.client("cm-inbox", user: "no-such-person", password: "x", "cd \(share.wangsProject); put \(document.path) 安装验收报告.docx")
        #expect(!stranger.succeeded && (stranger.stdout + stranger.stderr).contains("NT_STATUS_LOGON_FAILURE"), "\(stranger)")
        let wrongPassword = try share.server.client("cm-inbox", user: share.wang, password: "not-\(share.password)", "cd \(share.wangsProject); put \(document.path) 安装验收报告.docx")
        #expect(!wrongPassword.succeeded && (wrongPassword.stdout + wrongPassword.stderr).contains("NT_STATUS_LOGON_FAILURE"), "\(wrongPassword)")
        #expect(share.scene.files(in: share.scene.inbox).isEmpty)
    }

    @Test func aShareThatMapsGuestsWritesTheirFilesAsNobodyAndTheDaemonRefusesThemSayingWhy() throws {
        let share = try SambaShare(allowingGuests: true)
        let daemon = try share.startDaemon()
        defer { daemon.stop() }
        let before = try share.scene.commits()
        try daemon.whileStopped {
            // A user name Samba does not know is let in as the guest account.
            try share.put(Data("PK\u{3}\u{4} 访客放入".utf8), as: "no-such-person", into: "\(share.wangsProject)/安装验收报告.docx")
            try share.expectOwned(by: "nobody", "\(share.wangsProject)/安装验收报告.docx")
        }
        #expect(eventually(timeout: 20) { share.scene.files(in: share.scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try share.scene.commits() == before)
        let note = try Data(contentsOf: share.scene.rejected.appendingPathComponent("\(share.wangsProject)/安装验收报告.docx.reason.txt"))
        let text = RejectionNoteTests().notepadText(note)
        // Why: nobody is no one the library knows; what to do: log on with one's own account.
        #expect(text.contains("nobody 不可修改项目 \(share.wangsProject) 的文档"), "\(text)")
        #expect(text.contains("该文件属于账号 nobody，配置库的角色名单里没有这个账号"), "\(text)")
        #expect(text.contains("请用您自己的用户名和密码登录共享后重新放入"), "\(text)")
        #expect(EnglishProse.runs(in: text).isEmpty, "\(text)")
    }
}

/// A zh-CN library with two projects, each managed by a Unix account made for the test (王强 and
/// 李娜 in roles.toml, project managers), `inbox/` and `rejected/` set up as README says (the
/// share's group, mode 2770), and the real smbd serving them with `Config/smb.conf.example`.
final class SambaShare {
    let accounts: UnixAccounts
    let scene: InboxScenario
    let server: SambaServer
    let wang: String, li: String
    let wangsProject = "P-2026-101", lisProject = "P-2026-102"
    let password = "Pm-\(UUID().uuidString.prefix(8))"

    /// `allowingGuests`: with the settings README says never to use (guests let in as `nobody`).
    init(allowingGuests: Bool = false) throws {
        try SambaServer.requireInstalled()
        accounts = try UnixAccounts()
        wang = try accounts.add("wang")
        li = try accounts.add("li")
        scene = try InboxScenario(language: "zh-CN")
        let library = scene.library
        for folder in [scene.inbox, scene.rejected] {
            try #require(chown(folder.path, uid_t.max, UnixAccounts.gid(of: accounts.group)!) == 0 && chmod(folder.path, 0o2770) == 0)
        }
        for (project, manager) in [(wangsProject, wang), (lisProject, li)] {
            // As `project create` does: the project, then its inbox and rejected folders.
            _ = try library.createProject(NewProject(id: project, name: "示例银行核心系统实施", manager: manager), by: scene.s.cm)
            try library.makeProjectFolders(project)
        }
        let roles = try library.snapshot().roleBook()
            .updating(.init(login: wang, name: "王强", email: "\(wang)@example.com", roles: [.projectManager]))
            .updating(.init(login: li, name: "李娜", email: "\(li)@example.com", roles: [.projectManager]))
        _ = try library.commitOnMain(author: scene.s.cm) { _ in
            PlannedCommit(updates: [.upsert(path: ".cmkeeper/roles.toml", blob: try library.writeBlob(Data(roles.serialized().utf8)))], message: "Project managers\n")
        }
        var configuration = try Self.example(library: scene.s.libraryURL, group: accounts.group)
        if allowingGuests { configuration = try Self.allowingGuests(configuration, group: accounts.group) }
        server = try SambaServer(configuration: configuration)
        for login in [wang, li] { try server.addUser(login, password: password) }
    }

    /// The real daemon on the library, once it watches the inbox.
    func startDaemon(sourceLocation: SourceLocation = #_sourceLocation) throws -> DaemonProcess {
        let daemon = try scene.startDaemon()
        #expect(daemon.waitFor("watching"), sourceLocation: sourceLocation)
        return daemon
    }

    func name(of login: String) -> String { login == wang ? "王强" : "李娜" }

    /// `Config/smb.conf.example`, for the library at `library` and the share's group `group`.
    static func example(library: URL, group: String) throws -> String {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: package.appendingPathComponent("Config/smb.conf.example"), encoding: .utf8)
        try #require(text.contains("path = /srv/cm/inbox") && text.contains("path = /srv/cm/rejected") && text.contains("valid users = @cm-drop"))
        return text.replacingOccurrences(of: "/srv/cm", with: library.path).replacingOccurrences(of: "cm-drop", with: group)
    }

    /// What README says never to do: guests let in (`map to guest = Bad User`, `guest account =
    /// nobody`) on an inbox open to all (`guest ok = yes`, `force group` so that they can write).
    static func allowingGuests(_ text: String, group: String) throws -> String {
        var text = text
        for (line, replacement) in [
            ("map to guest = Never", "map to guest = Bad User\n   guest account = nobody"),
            ("valid users = @\(group)", "force group = \(group)"),
            ("guest ok = no", "guest ok = yes"),
        ] {
            // The first of each: [global], then [cm-inbox].
            let range = try #require(text.range(of: line), "no \"\(line)\" in Config/smb.conf.example")
            text.replaceSubrange(range, with: replacement)
        }
        return text
    }

    /// Puts `data` at `path` of the inbox share, logged in as `login` with the test's password.
    func put(_ data: Data, as login: String, into path: String) throws {
        let local = try scene.s.folder.write("upload-\(UUID().uuidString)", data)
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        let result = try server.client("cm-inbox", user: login, password: password, "cd \(folder); put \(local.path) \(name)")
        try #require(result.succeeded && !(result.stdout + result.stderr).contains("NT_STATUS"), "\(result)\n\(server.log)")
    }

    /// Gets `path` from the rejected share, logged in as `login`.
    func get(as login: String, _ path: String) throws -> Data {
        let local = scene.s.folder.path("download-\(UUID().uuidString)")
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        let result = try server.client("cm-rejected", user: login, password: password, "cd \(folder); get \(name) \(local.path)")
        try #require(result.succeeded && !(result.stdout + result.stderr).contains("NT_STATUS"), "\(result)\n\(server.log)")
        return try Data(contentsOf: local)
    }

    /// Checks that the inbox's `path` is owned by `login`, has the share's group and mode 0660.
    func expectOwned(by login: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var info = stat()
        try #require(stat(scene.inbox.appendingPathComponent(path).path, &info) == 0, sourceLocation: sourceLocation)
        #expect(info.st_uid == UnixAccounts.uid(of: login), "\(path): owner \(info.st_uid)", sourceLocation: sourceLocation)
        #expect(info.st_gid == UnixAccounts.gid(of: accounts.group), "\(path): group \(info.st_gid)", sourceLocation: sourceLocation)
        #expect(info.st_mode & 0o7777 == 0o660, "\(path): mode \(String(info.st_mode & 0o7777, radix: 8))", sourceLocation: sourceLocation)
    }
}
