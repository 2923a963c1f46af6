import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The note beside a refused drop, for someone on a Windows share with Notepad: in the
/// library's language, UTF-8 with a BOM, CRLF, no command to run; and `rejected/PROJECT/`
/// shared like the inbox, so the project manager may delete their own refused file.
@Suite("The inbox's rejected folder on a Windows share")
struct RejectionNoteTests {
    /// Drops a file no document is named like and one of the wrong type (in a folder of its
    /// own), runs the real daemon until both are refused, and returns the notes' bytes.
    func refuse(language: String) throws -> (InboxScenario, Data, Data) {
        let scene = try InboxScenario(language: language)
        // The inbox as a share for project managers sets it up: their group, group-writable, setgid.
        #expect(chmod(scene.inbox.path, 0o2770) == 0)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        try scene.drop("随便起的名字.docx", Data("PK".utf8))
        try scene.drop("现场/项目实施申请表.exe", Data("MZ".utf8))
        #expect(eventually(timeout: 20) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        let unnamed = try Data(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/随便起的名字.docx.reason.txt"))
        let wrongType = try Data(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/现场/项目实施申请表.exe.reason.txt"))
        return (scene, unnamed, wrongType)
    }

    /// The note as Notepad shows it: BOM, CRLF only; its text without the BOM.
    func notepadText(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "no byte order mark", sourceLocation: sourceLocation)
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let bare = text.replacingOccurrences(of: "\r\n", with: "")
        #expect(!bare.contains("\n") && !bare.contains("\r"), "a line end that is not CRLF", sourceLocation: sourceLocation)
        #expect(text.hasSuffix("\r\n"), sourceLocation: sourceLocation)
        return text
    }

    @Test func inAChineseLibraryTheNoteIsChineseForNotepadAndNamesNoCommand() throws {
        let (scene, unnamed, wrongType) = try refuse(language: "zh-CN")
        for data in [unnamed, wrongType] {
            let text = notepadText(data)
            #expect(EnglishProse.runs(in: text).isEmpty, "\(text)\n\(EnglishProse.runs(in: text))")
            #expect(text.contains("没有收入配置库") && text.contains("问题：") && text.contains("怎么办："), "\(text)")
            #expect(!text.contains("cmkeeper "), "a command in: \(text)")
            // The dropper manages the project: nothing about guests.
            #expect(!text.contains("角色名单里没有"), "\(text)")
            // Local time with its offset.
            #expect(text.range(of: "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [+-]\\d{2}:\\d{2}", options: .regularExpression) != nil, "\(text)")
        }
        #expect(notepadText(unnamed).contains("文件名看不出是哪个文档"))
        #expect(notepadText(wrongType).contains("项目实施申请表必须是"))

        // rejected/P-2026-001/ and the folder below it: the inbox's group, group-writable, setgid.
        var inbox = stat()
        #expect(stat(scene.inbox.path, &inbox) == 0)
        for folder in ["P-2026-001", "P-2026-001/现场"] {
            var info = stat()
            #expect(stat(scene.rejected.appendingPathComponent(folder).path, &info) == 0)
            #expect(info.st_mode & 0o7777 == 0o2770, "\(folder): \(String(info.st_mode & 0o7777, radix: 8))")
            #expect(info.st_gid == inbox.st_gid)
        }
    }

    @Test func aFileOfTheGuestAccountIsRefusedWithANoteSayingWhy() throws {
        // A share that maps guests writes their files as `nobody`, who manages no project.
        guard geteuid() == 0, let nobody = getpwnam("nobody")?.pointee else { return }
        let scene = try InboxScenario(language: "zh-CN")
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let before = try scene.commits()
        let dropped = try scene.drop("安装验收报告.docx", Data("PK\u{3}\u{4} 验收报告".utf8))
        #expect(chown(dropped.path, nobody.pw_uid, nobody.pw_gid) == 0)
        #expect(eventually(timeout: 20) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        let note = notepadText(try Data(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/安装验收报告.docx.reason.txt")))
        #expect(note.contains("nobody 不可修改项目 P-2026-001 的文档"), "\(note)")
        #expect(note.contains("只有它的项目经理"), "\(note)")
        #expect(note.contains("该文件属于账号 nobody，配置库的角色名单里没有这个账号") && note.contains("请用您自己的用户名和密码登录共享"), "\(note)")
        #expect(EnglishProse.runs(in: note).isEmpty, "\(note)")
        #expect(try scene.commits() == before)
    }

    @Test func inAnEnglishLibraryTheNoteIsEnglish() throws {
        let (_, unnamed, _) = try refuse(language: "en")
        let text = notepadText(unnamed)
        #expect(text.contains("was not taken into the library") && text.contains("What to do:"), "\(text)")
        #expect(text.contains("its name does not say which document it is"))
    }
}
