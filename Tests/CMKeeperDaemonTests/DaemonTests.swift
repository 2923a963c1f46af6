import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
@testable import CMKeeperDaemon
#if canImport(Glibc)
import Glibc
#endif

/// The real daemon, started as a process on a real library; what it did is read back with the real git.
@Suite("cmkeeper daemon", .serialized)
struct DaemonTests {
    @Test func dropsOfAProjectAreCommittedInOneCommitThatListsThemAndLeaveTheInbox() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let before = try scene.commits()

        // A plain name is placed by its title; a path in the project folder is kept, at any depth.
        let files = [
            "项目实施申请表.xlsx": Data("PK\u{3}\u{4} 申请表".utf8),
            "acceptance/安装验收报告.docx": Data("PK\u{3}\u{4} 验收报告".utf8),
            "attachments/现场/照片 1.jpg": Scenario.noise(50_000, seed: 7),
        ]
        try scene.dropTogether(files)
        // An office lock file beside them waits until renamed; it is never committed.
        try scene.drop("acceptance/~$安装验收报告.docx", Data("lock".utf8))

        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox) == ["\(scene.project)/acceptance/~$安装验收报告.docx"] })
        let after = try scene.commits()
        try #require(after.count == before.count + 1, "\(daemon.log)")
        let commit = after[0]
        #expect(try scene.changedPaths(commit) == [
            "projects/P-2026-001/acceptance/安装验收报告.docx",
            "projects/P-2026-001/attachments/现场/照片 1.jpg",
            "projects/P-2026-001/preparation/项目实施申请表.xlsx",
        ].sorted())
        let message = try scene.message(commit)
        #expect(message.hasPrefix("Submit 3 files to P-2026-001 from the inbox"))
        for line in ["acceptance/安装验收报告.docx (安装验收报告)", "attachments/现场/照片 1.jpg", "项目实施申请表.xlsx (项目实施申请表)"] {
            #expect(message.contains(line), "\(message)")
        }
        #expect(try scene.committed("acceptance/安装验收报告.docx") == files["acceptance/安装验收报告.docx"])
        #expect(try scene.committed("attachments/现场/照片 1.jpg") == files["attachments/现场/照片 1.jpg"])
        #expect(try scene.s.git(["log", "-1", "--format=%an", commit]).stdout == "\(scene.dropper)\n")
        #expect(try scene.fsck().succeeded)

        // One line per file in the log, naming the file, its place and the commit.
        let committed = daemon.events("committed")
        #expect(committed.count == 3)
        #expect(Set(committed.compactMap { $0["commit"] as? String }) == [commit])
        #expect(committed.contains { $0["file"] as? String == "inbox/P-2026-001/acceptance/安装验收报告.docx" && $0["path"] as? String == "projects/P-2026-001/acceptance/安装验收报告.docx" })

        // The lock file is still left alone a while later.
        usleep(600_000)
        #expect(scene.files(in: scene.inbox) == ["\(scene.project)/acceptance/~$安装验收报告.docx"])
        #expect(scene.files(in: scene.rejected).isEmpty)
        #expect(try scene.commits().count == after.count)
    }

    @Test func aFileUnderAGitFolderIsRejectedAndTheOthersOfItsProjectAreCommitted() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        // libgit2 refuses a tree holding .git: before, the daemon took that for a storage
        // failure and tried every file of the project again for ever.
        try scene.dropTogether([
            "attachments/.git/x": Data("[core]".utf8),
            "attachments/照片.jpg": Data("JPEG".utf8),
            "安装验收报告.docx": Data("PK\u{3}\u{4} 验收报告".utf8),
        ])
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.changedPaths("main") == ["projects/P-2026-001/acceptance/安装验收报告.docx", "projects/P-2026-001/attachments/照片.jpg"])
        #expect(scene.files(in: scene.rejected) == ["P-2026-001/attachments/.git/x", "P-2026-001/attachments/.git/x.reason.txt"])
        let reason = try String(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/attachments/.git/x.reason.txt"), encoding: .utf8)
        #expect(reason.contains("git's own folder"), "\(reason)")
        #expect(daemon.events("failed").isEmpty, "\(daemon.log)")
        #expect(try scene.fsck().succeeded)
    }

    @Test func aDropNamedAsPeopleNameItLandsAtItsCanonicalPlaceAndTheMessageKeepsItsName() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let before = try scene.commits()
        let content = Data("%PDF-1.4 签字版".utf8)
        try scene.drop("某银行-安装验收报告-签字版.pdf", content)

        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty })
        let after = try scene.commits()
        try #require(after.count == before.count + 1, "\(daemon.log)")
        #expect(try scene.changedPaths(after[0]) == ["projects/P-2026-001/acceptance/安装验收报告.pdf"])
        #expect(try scene.s.git(["-c", "core.quotePath=false", "ls-tree", "--name-only", "main", "projects/P-2026-001/acceptance/"]).stdout
            == "projects/P-2026-001/acceptance/安装验收报告.pdf\n")
        #expect(try scene.committed("acceptance/安装验收报告.pdf") == content)
        let message = try scene.message(after[0])
        #expect(message.contains("acceptance/安装验收报告.pdf (安装验收报告, from 某银行-安装验收报告-签字版.pdf)"), "\(message)")
        #expect(try scene.fsck().succeeded)
    }

    @Test func refusedFilesGoToRejectedWithTheirReasonAndTheOthersAreCommitted() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let before = try scene.commits()
        try scene.dropTogether([
            "安装验收报告.docx": Data("PK\u{3}\u{4} 验收报告".utf8),
            // Placed by its title, refused by the validator: submit refuses the batch, the daemon splits it.
            "项目实施申请表.exe": Data("MZ".utf8),
            // No document has this name.
            "随便起的名字.docx": Data("PK".utf8),
        ])
        // No such project; no project at all.
        try scene.drop("安装验收报告.docx", Data("PK".utf8), project: "P-2026-999")
        try Data("stray".utf8).write(to: scene.inbox.appendingPathComponent("安装验收报告.docx"))
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty })

        let after = try scene.commits()
        try #require(after.count == before.count + 1, "\(daemon.log)")
        #expect(try scene.changedPaths(after[0]) == ["projects/P-2026-001/acceptance/安装验收报告.docx"])
        #expect(scene.files(in: scene.rejected) == [
            "P-2026-001/随便起的名字.docx", "P-2026-001/随便起的名字.docx.reason.txt",
            "P-2026-001/项目实施申请表.exe", "P-2026-001/项目实施申请表.exe.reason.txt",
            "P-2026-999/安装验收报告.docx", "P-2026-999/安装验收报告.docx.reason.txt",
            "安装验收报告.docx", "安装验收报告.docx.reason.txt",
        ])
        let noProject = try String(contentsOf: scene.rejected.appendingPathComponent("P-2026-999/安装验收报告.docx.reason.txt"), encoding: .utf8)
        #expect(noProject.contains("no project P-2026-999 in the library"), "\(noProject)")
        let stray = try String(contentsOf: scene.rejected.appendingPathComponent("安装验收报告.docx.reason.txt"), encoding: .utf8)
        #expect(stray.contains("drop it into inbox/PROJECT-ID/"), "\(stray)")
        let wrongType = try String(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/项目实施申请表.exe.reason.txt"), encoding: .utf8)
        #expect(wrongType.contains("项目实施申请表 must be a"), "\(wrongType)")
        #expect(wrongType.contains("What to do:"))
        let unnamed = try String(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/随便起的名字.docx.reason.txt"), encoding: .utf8)
        #expect(unnamed.contains("its name does not say which document it is"), "\(unnamed)")
        #expect(unnamed.contains("name it by its Chinese title"))
        #expect(try Data(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/项目实施申请表.exe")) == Data("MZ".utf8))
        #expect(daemon.events("rejected").count == 4)
        #expect(try scene.fsck().succeeded)

        // Refused again under the same name: the earlier refusal is kept.
        try scene.drop("随便起的名字.docx", Data("PK again".utf8))
        #expect(daemon.waitFor("rejected", count: 5))
        #expect(try Data(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/随便起的名字 (2).docx")) == Data("PK again".utf8))
        #expect(FileManager.default.fileExists(atPath: scene.rejected.appendingPathComponent("P-2026-001/随便起的名字 (2).docx.reason.txt").path))
        #expect(try Data(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/随便起的名字.docx")) == Data("PK".utf8))
    }

    @Test func aBaselinedProjectTakesNoNewFileFromTheInbox() throws {
        let scene = try InboxScenario()
        try scene.s.accept(scene.project, in: scene.library, manager: scene.dropper)
        _ = try scene.library.baseline(project: scene.project, user: scene.s.cm)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let before = try scene.commits()
        // The manager's weekly report, a file the baseline does not hold: refused as a push would be.
        try scene.drop("项目周报-2026-W49.docx", Data("PK\u{3}\u{4} late".utf8))
        #expect(daemon.waitFor("rejected"), "\(daemon.log)")
        let reason = try String(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/项目周报-2026-W49.docx.reason.txt"), encoding: .utf8)
        #expect(reason.contains("is not in project P-2026-001's baseline acceptance and cannot be added"), "\(reason)")
        #expect(try scene.commits() == before)
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give a file to another user"))
    func theOwnerOfADroppedFileIsTheActingUserAndTheirRightsAreChecked() throws {
        let scene = try InboxScenario()
        let before = try scene.commits()
        let theirs = try scene.drop("项目实施申请表.xlsx", Data("PK".utf8))
        #expect(chown(theirs.path, 65534, 65534) == 0)  // nobody: not the manager, not a CM engineer
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty })
        #expect(try scene.commits() == before)
        let reason = try String(contentsOf: scene.rejected.appendingPathComponent("P-2026-001/项目实施申请表.xlsx.reason.txt"), encoding: .utf8)
        #expect(reason.contains("may not change the documents of project P-2026-001"), "\(reason)")
        #expect(reason.contains("only its manager (\(scene.dropper)) or a CM engineer may"))
        #expect(reason.contains("The file belongs to the account nobody, who is no one in the library's roles"), "\(reason)")
    }

    @Test func aFileStillBeingWrittenIsNotTakenUntilItIsComplete() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let before = try scene.commits()
        let content = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let url = try scene.drop("attachments/大文件.bin", Data())
        let writer = try FileHandle(forWritingTo: url)
        // Growing, then open and still for several quiet periods: not taken.
        for part in 0..<3 {
            writer.write(content[(part * 50_000)..<((part + 1) * 50_000)])
            usleep(100_000)
        }
        usleep(1_000_000)
        #expect(FileManager.default.fileExists(atPath: url.path))
        #expect(daemon.events("committing").isEmpty, "\(daemon.log)")
        writer.write(content[150_000...])
        try writer.close()

        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty })
        #expect(try scene.commits().count == before.count + 1)
        #expect(try scene.committed("attachments/大文件.bin") == content)
    }

    @Test func aFileRewrittenAfterItWasReadAheadIsCommittedAsItIsAtTheEnd() throws {
        let scene = try InboxScenario(quietPeriodMilliseconds: 1_000)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let first = Data(repeating: UInt8(ascii: "A"), count: 40_000)
        let last = Data(repeating: UInt8(ascii: "B"), count: 40_000)
        let url = try scene.drop("attachments/周报.txt", first)
        var original = stat()
        #expect(lstat(url.path, &original) == 0)
        // Long enough to be read ahead, well within the quiet period.
        usleep(400_000)
        // Rewritten in place to the same size, its modification time put back: only the
        // change time, which no program can set, tells.
        let writer = try FileHandle(forWritingTo: url)
        writer.write(last)
        try writer.close()
        var times = [original.st_atim, original.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)

        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.committed("attachments/周报.txt") == last)
    }

    @Test func twoFilesWhoseNamesDifferOnlyInUnicodeSpellingAreNeverMixedUp() throws {
        let scene = try InboxScenario()
        // café.txt composed (as Windows writes it) and decomposed (as a Mac does): two files.
        try scene.drop("attachments/caf\u{E9}.txt", Data("composed\n".utf8))
        try scene.drop("attachments/cafe\u{301}.txt", Data("decomposed\n".utf8))
        #expect(scene.files(in: scene.inbox).count == 2)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }

        #expect(eventually(timeout: 20) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.committed("attachments/caf\u{E9}.txt") == Data("composed\n".utf8))
        // The decomposed one is refused with its reason, its content its own.
        let rejected = scene.rejected.appendingPathComponent("P-2026-001/attachments/cafe\u{301}.txt")
        #expect(try Data(contentsOf: rejected) == Data("decomposed\n".utf8))
        let reason = try String(contentsOf: URL(fileURLWithPath: rejected.path + ".reason.txt"), encoding: .utf8)
        #expect(reason.contains("NFC"), "\(reason)")
        #expect(try scene.fsck().succeeded)
    }

    @Test func filesDroppedWhileTheDaemonWasDownAreTakenWhenItStarts() throws {
        let scene = try InboxScenario()
        let before = try scene.commits()
        try scene.drop("安装验收报告.docx", Data("PK 1".utf8))
        try scene.drop("attachments/a.txt", Data("a".utf8))
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        let after = try scene.commits()
        #expect(after.count == before.count + 1)
        #expect(try scene.committed("acceptance/安装验收报告.docx") == Data("PK 1".utf8))
        #expect(try scene.committed("attachments/a.txt") == Data("a".utf8))
    }

    @Test func projectsDueTogetherGetACommitEachWrittenAsOnePack() throws {
        let scene = try InboxScenario()
        for id in ["P-2026-002", "P-2026-003"] {
            _ = try scene.library.createProject(
                NewProject(id: id, name: "项目 \(id)", customer: "客户", manager: scene.dropper, size: .small), by: scene.s.cm)
        }
        let packs = { try FileManager.default.contentsOfDirectory(atPath: scene.library.repositoryURL.appendingPathComponent("objects/pack").path).filter { $0.hasSuffix(".pack") } }
        let packsBefore = try packs()
        let before = try scene.commits()
        for id in ["P-2026-001", "P-2026-002", "P-2026-003"] {
            try scene.drop("安装验收报告.docx", Data("PK \(id)".utf8), project: id)
        }
        // Dropped while no daemon runs: all three are due at its first look.
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        let after = try scene.commits()
        try #require(after.count == before.count + 3, "\(daemon.log)")
        // One commit per project, each by the dropper and touching its own project only.
        let touched = try after.prefix(3).map { try scene.changedPaths($0) }
        #expect(Set(touched) == Set(["P-2026-001", "P-2026-002", "P-2026-003"].map { ["projects/\($0)/acceptance/安装验收报告.docx"] }))
        // Written together: one new pack for the three.
        #expect(try packs().count == packsBefore.count + 1)
        #expect(Set(daemon.events("committed").compactMap { $0["commit"] as? String }) == Set(after.prefix(3)))
        #expect(try scene.fsck().succeeded)
    }

    @Test func itMergesTheManySmallPacksCommitsLeaveAndLosesNoObject() throws {
        let scene = try InboxScenario()
        // Each commit cmkeeper makes is one pack: enough of them to pass the limit.
        for number in 0...Library.packLimit {
            _ = try scene.library.commitOnMain(author: scene.dropper) { _ in
                PlannedCommit(
                    updates: [.upsert(path: "projects/\(scene.project)/attachments/note-\(number).txt", blob: try scene.library.writeBlob(Data("note \(number)".utf8)))],
                    message: "note \(number)\n")
            }
        }
        try #require(scene.library.packCount() > Library.packLimit)
        let history = try scene.commits()
        let objects = try scene.s.git(["cat-file", "--batch-all-objects", "--batch-check"]).stdout

        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("tidied"), "\(daemon.log)")
        #expect(scene.library.packCount() < 5)
        #expect(try scene.commits() == history)
        #expect(try scene.s.git(["cat-file", "--batch-all-objects", "--batch-check"]).stdout == objects)
        #expect(try scene.fsck().succeeded)

        // The daemon works on after it, on the merged packs.
        try scene.drop("attachments/after.txt", Data("after".utf8))
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.committed("attachments/after.txt") == Data("after".utf8))
        #expect(try scene.commits().count == history.count + 1)
        #expect(daemon.events("failed").isEmpty, "\(daemon.log)")
    }

    @Test func whenInotifysQueueOverflowsItLooksAtTheWholeInboxAndMissesNothing() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        // The project's folder, watched from now on.
        try FileManager.default.createDirectory(at: scene.inbox.appendingPathComponent(scene.project), withIntermediateDirectories: true)
        usleep(300_000)
        let before = try scene.commits()
        // Stopped, the daemon reads no events: an editor's lock file coming and going floods the
        // kernel's queue (16,384 events by default) while two documents arrive.
        daemon.signal(SIGSTOP)
        let limit = Int((try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 16_384
        let lock = scene.inbox.appendingPathComponent("\(scene.project)/~$安装验收报告.docx").path
        try scene.drop("安装验收报告.docx", Data("PK 验收".utf8))
        for _ in 0..<limit {  // two events each: created, closed
            let fd = open(lock, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = write(fd, "x", 1)
            close(fd)
            unlink(lock)
        }
        try scene.drop("attachments/现场照片.jpg", Scenario.noise(4_000, seed: 11))
        daemon.signal(SIGCONT)

        #expect(daemon.waitFor("rescanning"), "\(daemon.log)")
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.commits().count == before.count + 1)
        #expect(try scene.committed("acceptance/安装验收报告.docx") == Data("PK 验收".utf8))
        #expect(try scene.committed("attachments/现场照片.jpg") == Scenario.noise(4_000, seed: 11))
    }

    @Test func withPollIntervalSetTheInboxIsPolledInstead() throws {
        let scene = try InboxScenario(pollIntervalMilliseconds: 100)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        #expect((daemon.events("watching").first?["message"] as? String)?.contains("polling every 100 ms") == true)
        let url = try scene.drop("attachments/polled.txt", Data())
        let writer = try FileHandle(forWritingTo: url)
        writer.write(Data("half".utf8))
        usleep(800_000)
        #expect(daemon.events("committing").isEmpty)
        writer.write(Data(" and the rest".utf8))
        try writer.close()
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.committed("attachments/polled.txt") == Data("half and the rest".utf8))
    }

    @Test func sigtermStopsTheDaemonPromptlyWithStatusZeroFinishingTheCommitInHand() throws {
        let scene = try InboxScenario()
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let content = Data(repeating: 5, count: 8 << 20)
        try scene.drop("attachments/b.bin", content)
        #expect(daemon.waitFor("committing"))
        daemon.signal(SIGTERM)
        // The commit in hand takes what the machine gives it (fsyncs, a loaded CI runner): the
        // wait allows for that; promptly means nothing is waited for once it is done.
        #expect(daemon.waitForExit(timeout: 60) == 0, "\(daemon.log)")
        // The commit in hand was finished.
        #expect(try scene.committed("attachments/b.bin") == content)
        #expect(daemon.events("exited").count == 1)
        let committed = try #require(daemon.events("committed").last.flatMap(DaemonProcess.time), "\(daemon.log)")
        let exited = try #require(daemon.events("exited").last.flatMap(DaemonProcess.time), "\(daemon.log)")
        #expect(exited.timeIntervalSince(committed) < 1, "\(daemon.log)")

        // Idle, it stops just as promptly.
        let again = try scene.startDaemon("again")
        defer { again.stop() }
        #expect(again.waitFor("watching"))
        again.signal(SIGINT)
        #expect(again.waitForExit(timeout: 5) == 0, "\(again.log)")
    }

    @Test func aSecondDaemonOnTheSameLibrarySaysWhichPidHoldsItAndExitsNonZero() throws {
        let scene = try InboxScenario()
        let first = try scene.startDaemon()
        defer { first.stop() }
        #expect(first.waitFor("started"))
        let second = try Shell.run(DaemonProcess.binary, ["daemon", "--library", scene.s.libraryURL.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("another cmkeeper daemon (pid \(first.pid)) already keeps the library"), "\(second)")
        #expect(first.process.isRunning)
        let lock = try String(contentsOf: scene.s.libraryURL.appendingPathComponent("run/daemon.lock"), encoding: .utf8)
        #expect(lock == "\(first.pid)\n")
    }

    @Test func killedDuringABatchAndRestartedItLosesAndDuplicatesNothing() throws {
        let scene = try InboxScenario()
        let before = try scene.commits()
        var files: [String: Data] = [:]
        for n in 0..<40 { files["attachments/scan-\(n).bin"] = Data("scan \(n)\n".utf8) + Data(repeating: UInt8(n), count: 256 << 10) }
        let first = try scene.startDaemon()
        defer { first.stop() }
        #expect(first.waitFor("watching"))
        try scene.dropTogether(files)
        #expect(first.waitFor("committing"))
        first.signal(SIGKILL)
        _ = first.waitForExit(timeout: 5)

        let second = try scene.startDaemon("restarted")
        defer { second.stop() }
        #expect(eventually(timeout: 20) { scene.files(in: scene.inbox).isEmpty }, "\(second.log)")
        second.signal(SIGTERM)
        #expect(second.waitForExit(timeout: 5) == 0)

        for (path, data) in files {
            #expect(try scene.committed(path) == data, "\(path)")
        }
        // Each file was added by exactly one commit.
        let added = try scene.s.git(["log", "--format=", "--name-only", "main", "--", "projects/P-2026-001/attachments"]).stdout
            .split(separator: "\n").map(String.init)
        #expect(added.count == files.count)
        #expect(Set(added).count == files.count)
        #expect(try scene.commits().count <= before.count + 2)
        #expect(scene.files(in: scene.rejected).isEmpty)
        #expect(try scene.fsck().succeeded)
    }

    @Test func aFileCommittedJustBeforeACrashIsRemovedNotCommittedAgain() throws {
        // The state a crash between commit and removal leaves: main holds the files, the inbox too.
        let scene = try InboxScenario(largeFileThreshold: 100_000)
        let report = try scene.drop("安装验收报告.docx", Data("PK report".utf8))
        let scan = try scene.drop("attachments/scan.pdf", Data(repeating: 9, count: 300_000))
        _ = try scene.library.submit(InboxSubmission(
            project: scene.project,
            files: [.init(source: report, inboxPath: "安装验收报告.docx"), .init(source: scan, inboxPath: "attachments/scan.pdf")],
            user: scene.dropper))
        #expect(try scene.s.git(["cat-file", "-p", "main:projects/P-2026-001/attachments/scan.pdf"]).stdout.hasPrefix("version https://git-lfs"))
        let before = try scene.commits()

        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(eventually(timeout: 15) { scene.files(in: scene.inbox).isEmpty }, "\(daemon.log)")
        #expect(try scene.commits() == before)
        #expect(daemon.events("already-committed").count == 2)
        #expect(daemon.events("committing").isEmpty)

        // A new version of the same document is a new commit.
        try scene.drop("安装验收报告.docx", Data("PK report v2".utf8))
        #expect(daemon.waitFor("committed"))
        #expect(try scene.committed("acceptance/安装验收报告.docx") == Data("PK report v2".utf8))
        #expect(try scene.commits().count == before.count + 1)
    }

    @Test func aPushIsHeardThroughThePostReceiveSocket() throws {
        let scene = try InboxScenario(hooks: DaemonProcess.binary)
        let daemon = try scene.startDaemon()
        defer { daemon.stop() }
        #expect(daemon.waitFor("watching"))
        let clone = try scene.s.clone()
        let push = try scene.s.commitAndPush(
            clone, as: scene.dropper, files: ["projects/P-2026-001/acceptance/安装验收报告.docx": Data("PK pushed".utf8)])
        #expect(push.succeeded, "\(push)")
        let tip = try scene.commits()[0]
        #expect(daemon.waitFor("ref-moved"), "\(daemon.log)")
        let moved = daemon.events("ref-moved")
        #expect(moved.first?["ref"] as? String == "refs/heads/main")
        #expect(moved.first?["new"] as? String == tip)
    }
}

extension InboxScenario {
    /// Drops several files at once: writes them outside the inbox, then moves them in, as a
    /// person moving a folder's files in does.
    func dropTogether(_ files: [String: Data], project: String? = nil) throws {
        let desk = s.folder.path("desk-\(UUID().uuidString.prefix(6))")
        for (path, data) in files {
            let url = desk.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        for path in files.keys.sorted() {
            let target = inbox.appendingPathComponent("\(project ?? self.project)/\(path)")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: desk.appendingPathComponent(path), to: target)
        }
    }
}
