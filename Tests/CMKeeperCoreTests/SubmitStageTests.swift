import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

/// Where `submit` over ssh stages a document (`run/stage/submit-UUID/NAME`) and which stages a
/// later submit clears: those a day old that no session holds.
@Suite("SubmitStage: run/stage/ in the library")
struct SubmitStageTests {
    func age(_ folder: URL, days: Double) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-days * 86400)], ofItemAtPath: folder.path)
    }

    @Test func aStageIsTheSessionsOwnAndGoesWhenRemoved() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let stage = try SubmitStage(libraryRoot: library.root, fileName: "安装验收报告.docx")
        try stage.write(Data("PK".utf8))
        try stage.finishWriting()
        let stages = library.root.appendingPathComponent(LibraryLayout.stageFolder)
        #expect(stage.file.path.hasPrefix(stages.path + "/submit-"))
        #expect(try Data(contentsOf: stage.file) == Data("PK".utf8))
        let mode = { (path: String) in (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1 }
        #expect(try mode(stages.path) == 0o700 && mode(stage.folder.path) == 0o700 && mode(stage.file.path) == 0o600)
        // A day old, but held by its live session: not abandoned.
        try age(stage.folder, days: 2)
        SubmitStage.removeAbandoned(libraryRoot: library.root)
        #expect(FileManager.default.fileExists(atPath: stage.file.path))
        stage.remove()
        #expect(try FileManager.default.contentsOfDirectory(atPath: stages.path).isEmpty)
        // A second stage for the same name is another folder.
        let again = try SubmitStage(libraryRoot: library.root, fileName: "安装验收报告.docx")
        #expect(again.folder != stage.folder)
        again.remove()
    }

    @Test func onlyUnheldStagesADayOldAreCleared() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let stages = library.root.appendingPathComponent(LibraryLayout.stageFolder)
        try FileManager.default.createDirectory(at: stages, withIntermediateDirectories: true)
        var made: [String: URL] = [:]
        for (name, days) in [("old", 2.0), ("young", 0.5), ("other", 2.0)] {
            let folder = stages.appendingPathComponent(name == "other" ? "not-a-stage" : "submit-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data("x".utf8).write(to: folder.appendingPathComponent("安装验收报告.docx"))
            try age(folder, days: days)
            made[name] = folder
        }
        // A link named like a stage is not followed: what it points at stays.
        let outside = try s.folder.write("outside/keep.txt", "keep")
        let link = stages.appendingPathComponent("submit-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside.deletingLastPathComponent())
        try age(outside.deletingLastPathComponent(), days: 2)
        var old = [timespec(tv_sec: Int(Date().timeIntervalSince1970) - 2 * 86400, tv_nsec: 0), timespec(tv_sec: Int(Date().timeIntervalSince1970) - 2 * 86400, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, link.path, &old, AT_SYMLINK_NOFOLLOW) == 0)
        SubmitStage.removeAbandoned(libraryRoot: library.root)
        #expect(!FileManager.default.fileExists(atPath: made["old"]!.path))
        #expect(FileManager.default.fileExists(atPath: made["young"]!.path))
        #expect(FileManager.default.fileExists(atPath: made["other"]!.path), "only submit- folders are stages")
        #expect(FileManager.default.fileExists(atPath: outside.path))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) != nil)
    }

    /// `run/stage` put there as a link (to another disk, another account's folder) is refused,
    /// in the library's language, and nothing is written where it points.
    @Test func aStagesFolderThatIsALinkIsRefused() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let elsewhere = s.folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let stages = library.root.appendingPathComponent(LibraryLayout.stageFolder)
        try FileManager.default.createDirectory(at: stages.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: stages, withDestinationURL: elsewhere)
        do {
            _ = try SubmitStage(libraryRoot: library.root, fileName: "安装验收报告.docx")
            Issue.record("a linked run/stage was taken")
        } catch {
            #expect(error.message == .notOwnFolder(path: stages.path))
            #expect(error.message.text(in: .zhCN).contains("不是本账户的文件夹"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }
}
