import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// The library served over ssh by OpenSSH's real sshd, keys added with `cmkeeper keys add`, and
/// real git and ssh clients: each key is its login's identity, whatever the client sends.
@Suite("SSH: keys, cmkeeper serve, and identity over ssh", .serialized)
struct SSHServeTests {
    let doc = Data("PK\u{3}\u{4} a document".utf8)
    static let otherManager = "li.pm"

    /// A library whose hooks call the real cmkeeper, with wang.pm's P-2026-001 and li.pm's
    /// P-2026-002, the keys of both managers added, and sshd taking them.
    struct World {
        let s: Scenario
        let library: Library
        let sshd: SSHServer
        let wang: URL
        let li: URL

        var authorizedKeys: URL { s.libraryURL.appendingPathComponent("ssh/authorized_keys") }
    }

    func world() throws -> World {
        let s = Scenario()
        let library = try s.makeLibraryWithProject(hooks: CLI.binary)
        _ = try library.createProject(
            NewProject(id: "P-2026-002", name: "另一个项目", customer: "另一家银行", manager: Self.otherManager), by: s.cm)
        let wang = try SSHKeys.make(in: s.folder, named: "wang.key")
        let li = try SSHKeys.make(in: s.folder, named: "li.key")
        for (login, key) in [(s.manager, wang), (Self.otherManager, li)] {
            let added = try CLI.run(["keys", "add", login, key.path + ".pub"], user: s.cm, library: s.libraryURL)
            #expect(added.succeeded, "\(added)")
        }
        let sshd = try SSHServer(authorizedKeys: s.libraryURL.appendingPathComponent("ssh/authorized_keys"))
        return World(s: s, library: library, sshd: sshd, wang: wang, li: li)
    }

    func cloneOverSSH(_ w: World, key: URL, name: String) throws -> URL {
        let target = w.s.folder.path(name)
        let result = try w.sshd.git(["clone", "-q", w.sshd.repositoryURL, target.path], key: key)
        #expect(result.succeeded, "\(result)\n\(w.sshd.log)")
        return target
    }

    /// Commits `files` in `clone` and pushes over ssh with `key` (and `options` for ssh).
    func commitAndPush(_ w: World, _ clone: URL, key: URL, files: [String: Data], options: [String] = []) throws -> CommandResult {
        for (path, data) in files {
            let url = clone.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try Shell.git(["add", "-A"], in: clone)
        // Committed under the key's login: the hook takes a project's commits only from their author.
        let login = key == w.wang ? w.s.manager : Self.otherManager
        let author = try w.s.identity(login).filter { $0.key.hasPrefix("GIT_AUTHOR_") }
        #expect(try Shell.git(["commit", "-q", "--no-verify", "-m", "documents"], in: clone, environment: author).succeeded)
        return try w.sshd.git(["push", "origin", "HEAD:main"], key: key, in: clone, sshOptions: options)
    }

    @Test func aKeyClonesAndPushesAsItsLogin() throws {
        let w = try world()
        let clone = try cloneOverSSH(w, key: w.wang, name: "wang")
        #expect(FileManager.default.fileExists(atPath: clone.appendingPathComponent("projects/P-2026-001/project.toml").path))
        let pushed = try commitAndPush(w, clone, key: w.wang, files: ["projects/P-2026-001/preparation/项目实施申请表.xlsx": doc])
        #expect(pushed.succeeded, "\(pushed)")
        #expect(try w.s.git(["cat-file", "-e", "main:projects/P-2026-001/preparation/项目实施申请表.xlsx"]).succeeded)
        #expect(try w.s.git(["fsck", "--full", "--strict"]).succeeded)
        let log = ServeLog.entries(root: w.s.libraryURL)
        #expect(log.contains { $0.user == w.s.manager && $0.command.hasPrefix("git-receive-pack") && $0.outcome == "ok" }, "\(log)")
    }

    @Test func aManagersKeyCannotPushIntoAnotherManagersProjectWhateverTheClientSends() throws {
        let w = try world()
        let clone = try cloneOverSSH(w, key: w.li, name: "li")
        let main = try w.s.git(["rev-parse", "main"]).stdout
        // sshd of this test accepts these variables from the client: serve must not hand them on.
        let claims = ["CMKEEPER_USER", "CMKEEPER_AUTHENTICATED_USER", "GL_USERNAME"].flatMap { ["-o", "SetEnv=\($0)=\(w.s.manager)"] }
        let pushed = try commitAndPush(w, clone, key: w.li, files: ["projects/P-2026-001/preparation/项目实施申请表.xlsx": doc], options: claims)
        #expect(!pushed.succeeded, "the push landed")
        #expect(pushed.stderr.contains("\(Self.otherManager) may not change the documents of project P-2026-001"), "\(pushed)")
        #expect(try w.s.git(["rev-parse", "main"]).stdout == main)
        // The same key pushes into its own project.
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        let own = try commitAndPush(w, clone, key: w.li, files: ["projects/P-2026-002/preparation/项目实施申请表.xlsx": doc], options: claims)
        #expect(own.succeeded, "\(own)")
        #expect(try w.s.git(["log", "-1", "--format=%s", "main"]).stdout.contains("documents"))
    }

    @Test func aRemovedKeyIsRefused() throws {
        let w = try world()
        #expect(try w.sshd.ssh(key: w.li, "status P-2026-002").succeeded)
        let fingerprint = try #require(try w.library.keys().records(of: Self.otherManager).first?.fingerprint)
        let removed = try CLI.run(["keys", "remove", Self.otherManager, fingerprint], user: w.s.cm, library: w.s.libraryURL)
        #expect(removed.succeeded, "\(removed)")
        let refused = try w.sshd.ssh(key: w.li, "status P-2026-002")
        #expect(!refused.succeeded)
        #expect(refused.stderr.contains("Permission denied"), "\(refused)")
        let clone = try w.sshd.git(["clone", "-q", w.sshd.repositoryURL, w.s.folder.path("li").path], key: w.li)
        #expect(!clone.succeeded)
        // The record says so in the repository, and the other key still works.
        let keys = try w.s.git(["show", "main:.cmkeeper/keys.toml"]).stdout
        #expect(!keys.contains(Self.otherManager) && keys.contains(w.s.manager))
        #expect(try w.s.git(["log", "-1", "--format=%an %s", "main"]).stdout.contains("Remove ssh key \(fingerprint) of \(Self.otherManager)"))
        #expect(try w.sshd.ssh(key: w.wang, "status P-2026-001").succeeded)
    }

    @Test func aKeyRemovedByACMEngineersPushIsRefusedAfterThePush() throws {
        let w = try world()
        let cm = try SSHKeys.make(in: w.s.folder, named: "zhang.key")
        #expect(try CLI.run(["keys", "add", w.s.cm, cm.path + ".pub"], user: w.s.cm, library: w.s.libraryURL).succeeded)
        let clone = try cloneOverSSH(w, key: cm, name: "cm")
        let book = try w.library.keys()
        let kept = KeyBook(records: book.records.filter { $0.login != Self.otherManager })
        let pushed = try commitAndPush(w, clone, key: cm, files: [".cmkeeper/keys.toml": Data(kept.serialized().utf8)])
        #expect(pushed.succeeded, "\(pushed)")
        #expect(try !String(contentsOf: w.authorizedKeys, encoding: .utf8).contains("'\(Self.otherManager)'"))
        #expect(!(try w.sshd.ssh(key: w.li, "status P-2026-002").succeeded))
        #expect(try w.sshd.ssh(key: w.wang, "status P-2026-001").succeeded)
    }

    @Test func commandsThatAreNotServedAreRefusedAndLogged() throws {
        let w = try world()
        for (command, says) in [
            ("sh -c id", "“sh” is not a command this library serves over ssh"),
            ("status P-2026-001; id", "“;” is for a shell"),
            ("status --library /etc P-2026-001", "status takes no option --library over ssh"),
            ("status --html /tmp/x.html", "status takes no option --html over ssh"),
            ("git-upload-pack", "git-upload-pack takes one repository path"),
        ] {
            let result = try w.sshd.ssh(key: w.wang, command)
            #expect(!result.succeeded, "\(command) ran")
            #expect(result.stderr.contains(says), "\(command): \(result)")
            #expect(!result.stdout.contains("uid="))
        }
        // No command: the client asked for a shell.
        let shell = try w.sshd.ssh(key: w.wang, "", options: ["-T"])
        #expect(!shell.succeeded && shell.stderr.contains("this account gives no shell"), "\(shell)")
        let log = ServeLog.entries(root: w.s.libraryURL)
        #expect(log.contains { $0.user == w.s.manager && $0.command == "sh -c id" && $0.outcome == "refused" && $0.status == 1 }, "\(log)")
        #expect(log.filter { $0.outcome == "refused" }.count == 6, "\(log)")
        let attributes = try FileManager.default.attributesOfItem(atPath: w.s.libraryURL.appendingPathComponent(ServeLog.relativePath).path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func statusReleasesVerifyAndHelpOverSSH() throws {
        let w = try world()
        let status = try w.sshd.ssh(key: w.wang, "status 'P-2026-001'")
        #expect(status.succeeded, "\(status)")
        #expect(status.stdout.contains("P-2026-001"))
        let json = try w.sshd.ssh(key: w.wang, "releases --json")
        #expect(json.succeeded, "\(json)")
        #expect((try? JSONSerialization.jsonObject(with: json.stdoutData)) != nil, "\(json)")
        #expect(try w.sshd.ssh(key: w.wang, "verify").succeeded)
        #expect(try w.sshd.ssh(key: w.wang, "help").stdout.contains("submit PROJECT NAME"))
    }

    @Test func submitOverSSHTakesTheDocumentFromStdinAsTheKeysLogin() throws {
        let w = try world()
        let bytes = Data("PK\u{3}\u{4} 安装调试报告 over ssh".utf8)
        let result = try w.sshd.ssh(key: w.wang, "submit P-2026-001 安装调试报告.docx", options: ["-o", "SetEnv=CMKEEPER_USER=\(w.s.cm)"], input: bytes)
        #expect(result.succeeded, "\(result)")
        let path = try #require(result.stdout.split(whereSeparator: \.isWhitespace).map(String.init).first { $0.hasSuffix("安装调试报告.docx") }, "\(result)")
        #expect(try w.s.git(["cat-file", "blob", "main:\(path)"]).stdoutData == bytes)
        #expect(try w.s.git(["log", "-1", "--format=%an", "main"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == w.s.manager)
        // Another manager's key may not submit into the project.
        let main = try w.s.git(["rev-parse", "main"]).stdout
        let refused = try w.sshd.ssh(key: w.li, "submit P-2026-001 项目实施申请表.xlsx", input: doc)
        #expect(!refused.succeeded)
        #expect(refused.stderr.contains(Self.otherManager), "\(refused)")
        #expect(try w.s.git(["rev-parse", "main"]).stdout == main)
        let badName = try w.sshd.ssh(key: w.wang, "submit P-2026-001 ../x.docx", input: doc)
        #expect(!badName.succeeded && badName.stderr.contains("is not a file name"), "\(badName)")
    }

    /// `submit`'s document is staged in the library's own `run/stage/` (on its disk, 0700), not
    /// in the system's temporary folder, and nothing is left there after a submit, a refusal
    /// of the session or one of `submit`; a stage a killed session left goes once a day old.
    @Test func submitOverSSHStagesInsideTheLibraryAndLeavesNothing() throws {
        let w = try world()
        let stages = w.s.libraryURL.appendingPathComponent(LibraryLayout.stageFolder)
        func left() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: stages.path).sorted() }
        // What killed sessions left: one two days ago, one an hour ago (that session may still be writing).
        try FileManager.default.createDirectory(at: stages, withIntermediateDirectories: true)
        var abandoned: [String: TimeInterval] = ["submit-\(UUID().uuidString)": 2 * 86400, "submit-\(UUID().uuidString)": 3600]
        for (name, age) in abandoned {
            let folder = stages.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try doc.write(to: folder.appendingPathComponent("安装调试报告.docx"))
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: folder.path)
        }
        let young = try #require(abandoned.first { $0.value == 3600 }?.key)
        abandoned.removeValue(forKey: young)

        let submitted = try w.sshd.ssh(key: w.wang, "submit P-2026-001 安装调试报告.docx", input: doc)
        #expect(submitted.succeeded, "\(submitted)")
        #expect(try left() == [young], "the submit's own stage or the day-old one is left")
        try FileManager.default.removeItem(at: stages.appendingPathComponent(young))

        // Refused by submit: the problem names the file as it was sent, not the server's folders.
        let unplaced = try w.sshd.ssh(key: w.wang, "submit P-2026-001 随便一个文件.docx", input: doc)
        #expect(!unplaced.succeeded)
        #expect(unplaced.stderr.contains("随便一个文件.docx"), "\(unplaced)")
        #expect(!unplaced.stderr.contains(w.s.libraryURL.path) && !unplaced.stderr.contains("submit-"), "\(unplaced)")
        #expect(!unplaced.stderr.contains(FileManager.default.temporaryDirectory.path + "/cmkeeper-serve"), "\(unplaced)")
        #expect(try left().isEmpty)
        let notHis = try w.sshd.ssh(key: w.li, "submit P-2026-001 项目实施申请表.xlsx", input: doc)
        #expect(!notHis.succeeded && notHis.stderr.contains(Self.otherManager), "\(notHis)")
        #expect(try left().isEmpty)
        // Refused by the session itself, mid-upload: over the manager's limit.
        var settings = try #require(try LibrarySettings.read(in: w.s.libraryURL))
        settings.serve = .init(maximumUploadMiB: 1, freeSpaceReserveMiB: 0)
        try settings.serialized().write(to: w.s.libraryURL.appendingPathComponent(LibrarySettings.fileName), atomically: true, encoding: .utf8)
        let large = try w.sshd.ssh(key: w.wang, "submit P-2026-001 安装验收报告.docx", input: Scenario.noise(3 << 20, seed: 5))
        #expect(!large.succeeded && large.stderr.contains("is larger than 1 MiB"), "\(large)")
        #expect(try left().isEmpty)
        #expect(try w.s.git(["ls-tree", "-r", "--name-only", "main"]).stdout.contains("安装验收报告") == false)

        // The staging folder (made 0755 above, as a careless hand might) is the library's
        // account's only, and on the library's disk.
        var folderInfo = stat(), libraryInfo = stat()
        #expect(lstat(stages.path, &folderInfo) == 0 && stat(w.s.libraryURL.path, &libraryInfo) == 0)
        #expect(folderInfo.st_mode & 0o777 == 0o700, "mode \(String(folderInfo.st_mode & 0o777, radix: 8))")
        #expect(folderInfo.st_dev == libraryInfo.st_dev)
        #expect(try w.s.git(["fsck", "--full", "--strict"]).succeeded)
    }
}
