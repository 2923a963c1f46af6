import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import GitKit
import Logging
import Testing
@testable import CMKeeperDaemon
#if canImport(Glibc)
import Glibc
#endif

@Suite("When drops are taken")
struct QuietScheduleTests {
    let clock = ContinuousClock()

    func state(size: Int64, inode: UInt64 = 1) -> FileState {
        var state = FileState(stat())
        state.type = S_IFREG
        state.size = size
        state.inode = inode
        return state
    }

    @Test func aProjectIsDueAQuietPeriodAfterItsLastChangeAndItsSettledFilesAreTaken() {
        var schedule = QuietSchedule(quietPeriod: .milliseconds(200), maximumWait: .seconds(60))
        let t0 = clock.now
        schedule.observe("P-1/a.docx", state(size: 5), at: t0)
        schedule.changed(project: "P-1", at: t0)
        #expect(schedule.dueProjects(at: t0 + .milliseconds(199)).isEmpty)
        // Each change starts the quiet period again.
        schedule.changed(project: "P-1", at: t0 + .milliseconds(150))
        #expect(schedule.dueProjects(at: t0 + .milliseconds(300)).isEmpty)
        #expect(schedule.nextDeadline == t0 + .milliseconds(350))
        let now = t0 + .milliseconds(350)
        #expect(schedule.dueProjects(at: now) == ["P-1"])
        let taken = schedule.select(project: "P-1", files: ["P-1/a.docx": state(size: 5)], at: now) { _ in false }
        #expect(taken == ["P-1/a.docx"])
        #expect(schedule.nextDeadline == nil)
    }

    @Test func eachProjectsWaitingFilesAreCountedAsTheyComeAndGo() {
        var schedule = QuietSchedule(quietPeriod: .milliseconds(200), maximumWait: .seconds(60))
        let t0 = clock.now
        schedule.observe("P-1/a.docx", state(size: 5), at: t0)
        schedule.observe("P-2/b.docx", state(size: 7, inode: 2), at: t0)
        #expect(schedule.waitingFiles == ["P-1": 1, "P-2": 1])
        schedule.observe("P-1/a.docx", state(size: 50), at: t0 + .milliseconds(300))
        schedule.observe("P-1/b.docx", state(size: 3, inode: 3), at: t0 + .milliseconds(300))
        #expect(schedule.waitingFiles == ["P-1": 2, "P-2": 1])
        schedule.observe("P-1/a.docx", nil, at: t0 + .milliseconds(300))
        schedule.forget(["P-2/b.docx"])
        #expect(schedule.waitingFiles == ["P-1": 1])
    }

    @Test func aFileThatChangedOrIsOpenForWritingWaitsAndKeepsTheOthersWaiting() {
        var schedule = QuietSchedule(quietPeriod: .milliseconds(200), maximumWait: .seconds(2))
        let t0 = clock.now
        schedule.observe("P-1/a.docx", state(size: 5), at: t0)
        schedule.observe("P-1/big.iso", state(size: 100, inode: 2), at: t0)
        schedule.changed(project: "P-1", at: t0)
        // big.iso grew: nothing is taken, and the project is looked at again once it may have settled.
        var now = t0 + .milliseconds(200)
        var taken = schedule.select(project: "P-1", files: ["P-1/a.docx": state(size: 5), "P-1/big.iso": state(size: 900, inode: 2)], at: now) { _ in false }
        #expect(taken.isEmpty)
        #expect(schedule.nextDeadline == now + .milliseconds(200))
        // Unchanged but still open for writing: waits (for inotify's close) until the maximum wait.
        now = now + .milliseconds(200)
        taken = schedule.select(project: "P-1", files: ["P-1/a.docx": state(size: 5), "P-1/big.iso": state(size: 900, inode: 2)], at: now) {
            $0 == "P-1/big.iso"
        }
        #expect(taken.isEmpty)
        #expect(schedule.nextDeadline == t0 + .seconds(2))
        // At the maximum wait, the complete files go without it.
        now = t0 + .seconds(2)
        taken = schedule.select(project: "P-1", files: ["P-1/a.docx": state(size: 5), "P-1/big.iso": state(size: 900, inode: 2)], at: now) {
            $0 == "P-1/big.iso"
        }
        #expect(taken == ["P-1/a.docx"])
        // Left alone, the open file waits for a change (no timer: an idle daemon does nothing).
        #expect(schedule.nextDeadline == nil)
        #expect(schedule.isPending("P-1"))
    }

    @Test func whenPollingAnOpenFileIsLookedAtAgainEachQuietPeriod() {
        var schedule = QuietSchedule(quietPeriod: .milliseconds(200), maximumWait: .seconds(60), recheckOpenFiles: true)
        let t0 = clock.now
        schedule.observe("P-1/a.docx", state(size: 5), at: t0)
        schedule.changed(project: "P-1", at: t0)
        let now = t0 + .milliseconds(200)
        #expect(schedule.select(project: "P-1", files: ["P-1/a.docx": state(size: 5)], at: now) { _ in true }.isEmpty)
        #expect(schedule.nextDeadline == now + .milliseconds(200))
    }

    @Test func aFailureIsTriedAgainLater() {
        var schedule = QuietSchedule(quietPeriod: .milliseconds(200), maximumWait: .seconds(60))
        let t0 = clock.now
        schedule.observe("P-1/a.docx", state(size: 5), at: t0)
        schedule.changed(project: "P-1", at: t0)
        let now = t0 + .milliseconds(200)
        #expect(schedule.select(project: "P-1", files: ["P-1/a.docx": state(size: 5)], at: now) { _ in false } == ["P-1/a.docx"])
        schedule.retry(project: "P-1", at: now + .seconds(5))
        #expect(schedule.nextDeadline == now + .seconds(5))
        #expect(schedule.select(project: "P-1", files: ["P-1/a.docx": state(size: 5)], at: now + .seconds(5)) { _ in false } == ["P-1/a.docx"])
    }
}

@Suite("The daemon's parts")
struct DaemonPartsTests {
    @Test func gitBlobIdsAreGitsOwn() throws {
        let folder = TemporaryFolder("content-id")
        for (name, data) in [("empty", Data()), ("text", Data("安装验收报告\n".utf8)), ("big", Scenario.noise(3 << 20 / 2, seed: 2))] {
            let url = try folder.write(name, data)
            let git = try Shell.git(["hash-object", url.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try ContentID.gitBlob(ofFileAt: url.path) == git)
            #expect(ContentID.gitBlob(of: data) == git)
            let sha = try Shell.run("sha256sum", [url.path]).stdout.prefix(64)
            #expect(try ContentID.sha256(ofFileAt: url.path) == (String(sha), Int64(data.count)))
        }
    }

    @Test func jsonLogLinesCarryTheEventsFields() throws {
        let line = DaemonLogHandler.line(
            time: Date(timeIntervalSince1970: 0), level: .info, message: "committed inbox/P-1/a.docx",
            fields: ["event": "committed", "file": "inbox/P-1/a.docx", "files": .array(["x", "y"])], format: .json)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["event"] as? String == "committed")
        #expect(object["level"] as? String == "info")
        #expect(object["message"] as? String == "committed inbox/P-1/a.docx")
        #expect(object["time"] as? String == "1970-01-01T00:00:00.000Z")
        #expect(object["files"] as? [String] == ["x", "y"])
        let text = DaemonLogHandler.line(time: Date(timeIntervalSince1970: 0), level: .warning, message: "rejected x", fields: ["event": "rejected"], format: .text)
        #expect(text == "1970-01-01T00:00:00.000Z warning rejected x")
    }

    @Test func postReceiveLinesAreReadAndNoiseIgnored() {
        let old = String(repeating: "a", count: 40), new = String(repeating: "b", count: 40), zero = String(repeating: "0", count: 40)
        let updates = RefWatcher.updates(in: "\(old) \(new) refs/heads/main\n\(zero) \(new) refs/tags/release/P-1/x/1\nnonsense\n\n")
        #expect(updates.map(\.ref) == ["refs/heads/main", "refs/tags/release/P-1/x/1"])
        #expect(updates[0].description == "moved aaaaaaaaaaaa → bbbbbbbbbbbb")
        #expect(updates[1].description == "created at bbbbbbbbbbbb")
    }

    @Test func filesOfAProjectSkipTempFilesAndNameTheirProject() throws {
        let folder = TemporaryFolder("inbox")
        try folder.write("P-1/a.docx", "a")
        try folder.write("P-1/deep/er/b.jpg", "b")
        try folder.write("P-1/~$a.docx", "lock")
        try folder.write("P-1/.~lock.a.docx#", "lock")
        try folder.write("P-1/notes.txt~", "backup")
        try folder.write("P-1/x.swp", "swap")
        try folder.write("stray.docx", "s")
        try FileManager.default.createDirectory(at: folder.path("P-2"), withIntermediateDirectories: true)
        let inbox = InboxFolder(url: folder.url)
        #expect(inbox.projectsWithFiles() == ["", "P-1", "P-2"])
        #expect(inbox.files(of: "P-1").keys.sorted() == ["P-1/a.docx", "P-1/deep/er/b.jpg"])
        #expect(inbox.files(of: "").keys.sorted() == ["stray.docx"])
        #expect(InboxFolder.project(of: "P-1/deep/er/b.jpg") == "P-1")
        #expect(InboxFolder.project(of: "stray.docx") == "")
        #expect(!inbox.isOpenForWriting("P-1/a.docx"))
        let handle = try FileHandle(forWritingTo: folder.path("P-1/a.docx"))
        #expect(inbox.isOpenForWriting("P-1/a.docx"))
        try handle.close()
        #expect(!inbox.isOpenForWriting("P-1/a.docx"))

        // Many files are asked about on every core; the answer is the same.
        var paths: [String] = []
        for i in 0..<2_500 {
            try folder.write("P-3/f-\(i).txt", "\(i)")
            paths.append("P-3/f-\(i).txt")
        }
        // A child another test starts meanwhile may inherit a descriptor this test has open for a
        // moment (Foundation's Process does not close them) and hold the file open for writing
        // while it runs: the answer is waited for, for a few seconds, and must then be exact.
        func settled(_ expected: Set<String>) -> Set<String> {
            var found = inbox.openForWriting(paths)
            for _ in 0..<100 where found != expected {
                Thread.sleep(forTimeInterval: 0.1)
                found = inbox.openForWriting(paths)
            }
            return found
        }
        let writers = try [7, 1_234, 2_499].map { try FileHandle(forWritingTo: folder.path("P-3/f-\($0).txt")) }
        #expect(settled(["P-3/f-7.txt", "P-3/f-1234.txt", "P-3/f-2499.txt"]) == ["P-3/f-7.txt", "P-3/f-1234.txt", "P-3/f-2499.txt"])
        for writer in writers { try writer.close() }
        #expect(settled([]).isEmpty)
    }
}

@Suite("Inbox submissions")
struct InboxSubmissionTests {
    func file(_ scene: InboxScenario, _ path: String, _ text: String = "PK") throws -> InboxSubmission.File {
        .init(source: try scene.drop(path, Data(text.utf8)), inboxPath: path)
    }

    @Test func aBareNameIsPlacedByItsTitleAndAPathIsKept() throws {
        let scene = try InboxScenario()
        let files = try ["安装验收报告.docx", "acceptance/功能测试情况表.xlsx", "attachments/现场/照片.jpg", "扫描件/项目实施申请表.pdf", "扫描件/scan01.pdf", "releases/x/1/a.bin"]
            .map { try file(scene, $0) }
        let plan = try scene.library.place(InboxSubmission(project: scene.project, files: files, user: scene.dropper))
        #expect(plan.placed.map(\.path) == [
            "projects/P-2026-001/acceptance/安装验收报告.docx",
            "projects/P-2026-001/acceptance/功能测试情况表.xlsx",
            "projects/P-2026-001/attachments/现场/照片.jpg",
            // A folder of the dropper's own: placed by the name.
            "projects/P-2026-001/preparation/项目实施申请表.pdf",
        ])
        #expect(plan.placed.map(\.title) == ["安装验收报告", "功能测试情况表", nil, "项目实施申请表"])
        #expect(plan.refused.map(\.file.projectPath) == ["扫描件/scan01.pdf", "releases/x/1/a.bin"])
        #expect(plan.refused[0].problem.message.contains("is not a document of the process in its place"))
        #expect(plan.refused[0].problem.hint?.contains("attachments/") == true)

        let unknown = #expect(throws: CMKeeperError.self) {
            try scene.library.place(InboxSubmission(project: "P-9", files: files, user: scene.dropper))
        }
        #expect(unknown?.kind == .notFound)
    }

    @Test func validateChecksAsSubmitDoesAndCommitsNothing() throws {
        let scene = try InboxScenario()
        let before = try scene.commits()
        let good = try file(scene, "安装验收报告.docx")
        let wrongType = try file(scene, "项目实施申请表.exe")
        try scene.library.validate(InboxSubmission(project: scene.project, files: [good], user: scene.dropper))
        let refusal = #expect(throws: CMKeeperError.self) {
            try scene.library.validate(InboxSubmission(project: scene.project, files: [good, wrongType], user: scene.dropper))
        }
        #expect(refusal?.message.contains("项目实施申请表 must be a") == true)
        let notAllowed = #expect(throws: CMKeeperError.self) {
            try scene.library.validate(InboxSubmission(project: scene.project, files: [good], user: "someone.else"))
        }
        #expect(notAllowed?.message.contains("someone.else may not change the documents") == true)
        #expect(try scene.commits() == before)
        #expect(try scene.fsck().succeeded)
    }

    @Test func aHugeDropIsCommittedInSeveralCommitsOfBoundedSize() throws {
        let scene = try InboxScenario(largeFileThreshold: 100)
        let files = try [("attachments/a", 60), ("attachments/b", 50), ("attachments/large", 500), ("attachments/c", 30), ("attachments/d", 90)]
            .map { path, size in InboxSubmission.File(source: try scene.drop(path, Data(count: size)), inboxPath: path) }
        let placed = try scene.library.place(InboxSubmission(project: scene.project, files: files, user: scene.dropper)).placed
        let batches = InboxIntake.batches(of: placed, limit: 100)
        #expect(batches.map { $0.map { $0.file.source.lastPathComponent } } == [["a"], ["b", "large", "c"], ["d"]])
    }

    @Test func committedContentIsWhatGitHoldsAtThePath() throws {
        let scene = try InboxScenario(largeFileThreshold: 1000)
        let small = try file(scene, "安装验收报告.docx", "PK small")
        let large = try scene.drop("attachments/large.bin", Data(repeating: 1, count: 5000))
        _ = try scene.library.submit(InboxSubmission(
            project: scene.project, files: [small, .init(source: large, inboxPath: "attachments/large.bin")], user: scene.dropper))
        let blob = try scene.s.git(["rev-parse", "main:projects/P-2026-001/acceptance/安装验收报告.docx"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try scene.library.committedContent(at: "projects/P-2026-001/acceptance/安装验收报告.docx") == .blob(id: blob))
        let sha = try Shell.run("sha256sum", [large.path]).stdout.prefix(64)
        #expect(try scene.library.committedContent(at: "projects/P-2026-001/attachments/large.bin") == .largeFile(sha256: String(sha), size: 5000))
        #expect(try scene.library.committedContent(at: "projects/P-2026-001/attachments/none.bin") == nil)
    }
}

@Suite("Reading drops ahead")
struct InboxReadAheadTests {
    let folder = TemporaryFolder("read-ahead")

    func waitForContent(_ readAhead: InboxReadAhead, _ path: String, _ state: FileState) -> HashedBlob? {
        for _ in 0..<100 {
            if let blob = readAhead.content(of: path, in: state) { return blob }
            usleep(20_000)
        }
        return nil
    }

    @Test func aFileIsReadOnceSettledAndItsContentServedOnlyForTheStateItWasReadIn() throws {
        let inbox = InboxFolder(url: folder.url)
        let readAhead = InboxReadAhead(inbox: inbox, limit: 1 << 20, maximumFileBytes: 1 << 20)
        let url = try folder.write("P-1/周报.txt", Data("第一周\n".utf8))
        let state = try #require(FileState(path: url.path))
        readAhead.request("P-1/周报.txt", state)
        let blob = try #require(waitForContent(readAhead, "P-1/周报.txt", state))
        #expect(blob.data == Data("第一周\n".utf8))
        #expect(blob.id.hex + "\n" == (try Shell.git(["hash-object", url.path]).stdout))
        #expect(readAhead.bytesHeld == Int64(blob.data.count))

        // The same size and modification time, other content: a new change time.
        var original = stat()
        #expect(lstat(url.path, &original) == 0)
        usleep(20_000)
        let writer = try FileHandle(forWritingTo: url)
        writer.write(Data("第二周\n".utf8))
        try writer.close()
        var times = [original.st_atim, original.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        let now = try #require(FileState(path: url.path))
        #expect(now != state)
        #expect(readAhead.content(of: "P-1/周报.txt", in: now) == nil)

        readAhead.request("P-1/周报.txt", now)
        #expect(waitForContent(readAhead, "P-1/周报.txt", now)?.data == Data("第二周\n".utf8))
        readAhead.forget(["P-1/周报.txt"])
        #expect(readAhead.bytesHeld == 0 && readAhead.content(of: "P-1/周报.txt", in: now) == nil)
    }

    @Test func aChangeInotifyReportsHasTheFileReadAgainAndCoarseTimesWaitLonger() throws {
        let inbox = InboxFolder(url: folder.url)
        let queue = DispatchQueue(label: "test read-ahead")
        let readAhead = InboxReadAhead(inbox: inbox, limit: 1 << 20, maximumFileBytes: 1 << 20, queue: queue)
        let url = try folder.write("P-1/a.txt", Data("a\n".utf8))
        let state = try #require(FileState(path: url.path))
        readAhead.request("P-1/a.txt", state)
        #expect(waitForContent(readAhead, "P-1/a.txt", state) != nil)
        // Asked again in the same state: kept; asked again after a change inotify reported:
        // dropped until read anew, and a read asked for earlier never fills the new asking.
        readAhead.request("P-1/a.txt", state)
        #expect(readAhead.content(of: "P-1/a.txt", in: state) != nil)
        queue.suspend()
        readAhead.request("P-1/a.txt", state, again: true)
        readAhead.request("P-1/a.txt", state, again: true)
        #expect(readAhead.content(of: "P-1/a.txt", in: state) == nil && readAhead.bytesHeld == 0)
        queue.resume()
        #expect(waitForContent(readAhead, "P-1/a.txt", state)?.data == Data("a\n".utf8))
        #expect(readAhead.bytesHeld == 2)

        var coarse = state
        coarse.changed.tv_nsec = 0
        #expect(InboxReadAhead.settleTime(of: coarse) == .seconds(3))
        coarse.changed.tv_nsec = 4_000_000
        #expect(InboxReadAhead.settleTime(of: coarse) == .milliseconds(100))
    }

    @Test func itHoldsNoMoreThanItsLimitAndSkipsFilesForTheLargeFileStore() throws {
        let inbox = InboxFolder(url: folder.url)
        let readAhead = InboxReadAhead(inbox: inbox, limit: 10_000, maximumFileBytes: 6_000)
        var states: [String: FileState] = [:]
        for (name, size) in [("a", 4_000), ("b", 4_000), ("c", 4_000), ("big", 7_000)] {
            let url = try folder.write("P-1/\(name).bin", Data(repeating: 1, count: size))
            let state = try #require(FileState(path: url.path))
            states["P-1/\(name).bin"] = state
        }
        // Settled: changed more than the settle time ago.
        usleep(150_000)
        for path in states.keys.sorted() { readAhead.request(path, states[path]!) }
        #expect(waitForContent(readAhead, "P-1/b.bin", states["P-1/b.bin"]!) != nil)
        usleep(200_000)
        let read = states.keys.filter { readAhead.content(of: $0, in: states[$0]!) != nil }.sorted()
        #expect(read == ["P-1/a.bin", "P-1/b.bin"])
        #expect(readAhead.bytesHeld == 8_000)
        // Files gone from the project's folder are let go.
        readAhead.forget(project: "P-1", keeping: ["P-1/b.bin": states["P-1/b.bin"]!])
        #expect(readAhead.bytesHeld == 4_000)
    }
}

