import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

@Suite("A project's documents: submit, approve, phase, status, validate")
struct DocumentWorkflowTests {
    let doc = Data("PK\u{3}\u{4} 文档".utf8)

    func files(_ s: Scenario, _ names: [String]) throws -> [URL] {
        try names.map { try s.folder.write("desk/\($0)", doc) }
    }

    @Test func submitPlacesDocumentsByTheirChineseTitles() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let (documents, outcome) = try library.submit(Submission(
            project: "P-2026-001",
            files: try files(s, ["项目实施申请表.xlsx", "项目实施及验收总体计划.docx", "需求变更申请单-001.docx", "项目周报-2026-W48.xlsx"]),
            user: s.manager))
        #expect(documents.map(\.path) == [
            "projects/P-2026-001/preparation/项目实施申请表.xlsx",
            "projects/P-2026-001/preparation/项目实施及验收总体计划.docx",
            "projects/P-2026-001/change-requests/需求变更申请单-001.docx",
            "projects/P-2026-001/weekly-reports/项目周报-2026-W48.xlsx",
        ])
        #expect(documents.map(\.documentType) == ["implementation-application", "implementation-plan", "change-request", "weekly-report"])
        #expect(try s.git(["rev-parse", "main"]).stdout == outcome.commit.hex + "\n")
        #expect(try s.git(["log", "-1", "--format=%an", "main"]).stdout == "\(s.manager)\n")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        // A scan with any name, given its type.
        let scan = try s.folder.write("desk/scan0001.PDF", doc)
        let (typed, _) = try library.submit(Submission(project: "P-2026-001", files: [scan], type: "销售合同或者相关备忘录", user: s.manager))
        #expect(typed[0].path == "projects/P-2026-001/preparation/销售合同或者相关备忘录.pdf")
    }

    @Test func aFileSomeoneElseHoldsALockOnIsRefusedToSubmitAsToAPush() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let before = try s.git(["rev-parse", "main"]).stdout
        let path = try RepositoryPath(validating: "projects/P-2026-001/preparation/项目实施申请表.xlsx")
        guard case .created(let lock) = try library.locks.take(path, owner: "li.pm") else {
            Issue.record("the lock was not taken")
            return
        }
        let refused = #expect(throws: CMKeeperError.self) {
            _ = try library.submit(Submission(project: "P-2026-001", files: try files(s, ["项目实施申请表.xlsx"]), user: s.manager))
        }
        #expect(refused?.description.contains("is locked by li.pm since \(lock.lockedAt)") == true, "\(String(describing: refused))")
        #expect(refused?.text(in: .zhCN).contains("已被 li.pm 锁定") == true)
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
        // Once the lock is released, the same file lands.
        try library.locks.release(lock)
        _ = try library.submit(Submission(project: "P-2026-001", files: try files(s, ["项目实施申请表.xlsx"]), user: s.manager))
        #expect(try s.git(["rev-parse", "main"]).stdout != before)
    }

    @Test func submitRefusesEverythingWhenAnythingIsWrong() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let before = try s.git(["rev-parse", "main"]).stdout
        let error = #expect(throws: CMKeeperError.self) {
            _ = try library.submit(Submission(
                project: "P-2026-001", files: try files(s, ["项目实施申请表.xlsx", "随便.docx", "需求变更申请单.docx", "安装验收报告.txt"]), user: s.manager))
        }
        let text = error?.description ?? ""
        #expect(text.contains("随便.docx: its name does not say which document it is"))
        #expect(text.contains("需求变更申请单 must be named like 需求变更申请单-*.*"))
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
        // The validator's rules hold for submit too: a wrong file type, another manager.
        let wrongType = #expect(throws: CMKeeperError.self) {
            _ = try library.submit(Submission(project: "P-2026-001", files: try files(s, ["安装验收报告.txt"]), user: s.manager))
        }
        #expect(wrongType?.description.contains("安装验收报告 must be a") == true)
        let otherManager = #expect(throws: CMKeeperError.self) {
            _ = try library.submit(Submission(project: "P-2026-001", files: try files(s, ["项目实施申请表.xlsx"]), user: "li.pm"))
        }
        #expect(otherManager?.description.contains("li.pm may not change the documents") == true)
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
    }

    @Test func submittingTheSameContentAgainIsNothingToCommit() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let file = try files(s, ["项目实施申请表.xlsx"])
        _ = try library.submit(Submission(project: "P-2026-001", files: file, user: s.manager))
        let error = #expect(throws: CMKeeperError.self) { _ = try library.submit(Submission(project: "P-2026-001", files: file, user: s.manager)) }
        #expect(error?.message.contains("nothing to commit") == true)
    }

    @Test func largeSubmissionsGoToTheLargeFileStoreAndGitLFSReadsThem() throws {
        let s = Scenario()
        try s.sampleProduct()
        try s.makeLibrary()
        // A small threshold keeps the test small.
        let url = s.libraryURL.appendingPathComponent("cmkeeper.toml")
        try (try String(contentsOf: url, encoding: .utf8)).replacingOccurrences(of: "large_file_threshold = 10485760", with: "large_file_threshold = 1000")
            .write(to: url, atomically: true, encoding: .utf8)
        let library = try s.open()
        try s.makeProject(in: library)
        let big = try s.folder.write("desk/安装调试报告 签字版.pdf", Scenario.noise(50_000, seed: 12))
        let (documents, _) = try library.submit(Submission(project: "P-2026-001", files: [big], type: "installation-report", user: s.manager))
        #expect(documents[0].largeFile)
        let clone = try s.clone()
        #expect(try Shell.git(["lfs", "pull"], in: clone).succeeded)
        let checkedOut = try Data(contentsOf: clone.appendingPathComponent("projects/P-2026-001/installation/安装调试报告.pdf"))
        #expect(checkedOut == (try Data(contentsOf: big)))
        #expect(try Shell.git(["status", "--porcelain"], in: clone).stdout == "")
        #expect(try Shell.git(["lfs", "fsck"], in: clone).succeeded)
    }

    @Test func approvalsCountOnlyWhileTheDocumentIsUnchanged() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        // A customer-service user, added by the CM engineer.
        var roles = try library.snapshot().roleBook()
        roles = roles.updating(.init(login: "zhao.cs", name: "赵客服", roles: [.customerService]))
        _ = try library.commitOnMain(author: s.cm) { _ in
            PlannedCommit(updates: [.upsert(path: LibraryLayout.rolesFile, blob: try library.writeBlob(Data(roles.serialized().utf8)))], message: "roles\n")
        }
        _ = try library.submit(Submission(project: "P-2026-001", files: try files(s, ["安装验收报告.docx"]), user: s.manager))
        let (cm, _) = try library.approve(project: "P-2026-001", documentType: "安装验收报告", user: s.cm)
        #expect(cm.role == .cmEngineer && cm.path == "acceptance/安装验收报告.docx")
        let (cs, _) = try library.approve(project: "P-2026-001", documentType: "acceptance-report", user: "zhao.cs")
        #expect(cs.role == .customerService)
        var acceptance = try #require(try library.status(of: "P-2026-001").phase("acceptance"))
        #expect(acceptance.approvals.allSatisfy { $0.satisfied })

        // Not twice, not by someone without the role.
        #expect(throws: CMKeeperError.self) { _ = try library.approve(project: "P-2026-001", documentType: "安装验收报告", user: s.cm) }
        let pm = #expect(throws: CMKeeperError.self) { _ = try library.approve(project: "P-2026-001", documentType: "安装验收报告", user: s.manager) }
        #expect(pm?.message.contains("cm-engineer") == true)

        // A changed document loses its approvals.
        try Data("changed".utf8).write(to: s.folder.path("desk/安装验收报告.docx"))
        _ = try library.submit(Submission(project: "P-2026-001", files: [s.folder.path("desk/安装验收报告.docx")], user: s.manager))
        acceptance = try #require(try library.status(of: "P-2026-001").phase("acceptance"))
        #expect(acceptance.approvals.allSatisfy { !$0.satisfied })
        #expect(acceptance.missing.contains(
            "安装验收报告 的 CM工程师 审批 (安装验收报告: the approved file acceptance/安装验收报告.docx has changed since \(s.cm) approved it; approve it again)"))
        let log = try s.git(["show", "main:projects/P-2026-001/approvals.jsonl"]).stdout
        #expect(log.split(separator: "\n").count == 2)
    }

    @Test func thePhaseMovesForwardThroughMetGatesOnly() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let early = #expect(throws: CMKeeperError.self) { _ = try library.movePhase(project: "P-2026-001", to: "installation", user: s.manager) }
        #expect(early?.message.contains("项目实施申请表") == true)
        #expect(early?.message.contains("软件发行") == true)

        _ = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: s.cm))
        _ = try library.submit(Submission(
            project: "P-2026-001",
            files: try files(s, ["项目实施及验收总体计划.docx", "项目实施申请表.xlsx", "销售合同或者相关备忘录.pdf", "项目实施客户确认表.docx"]),
            user: s.manager))
        // The entry criterion: the leadership approves the overall plan before the project goes on.
        let unapproved = #expect(throws: CMKeeperError.self) { _ = try library.movePhase(project: "P-2026-001", to: "installation", user: s.manager) }
        #expect(unapproved?.message.contains("missing 项目实施及验收总体计划 的 分管领导 审批") == true)
        try s.addApprovers(to: library)
        let (plan, _) = try library.approve(project: "P-2026-001", documentType: "项目实施及验收总体计划", user: s.leader)
        #expect(plan.role == .leadership && plan.path == "preparation/项目实施及验收总体计划.docx")
        let moved = try library.movePhase(project: "P-2026-001", to: "installation", user: s.manager).project
        #expect(moved.phase == "installation")
        #expect(try library.status(of: "P-2026-001").current?.phase.id == "installation")
        #expect(try s.git(["show", "main:projects/P-2026-001/project.toml"]).stdout.contains("phase = \"installation\""))
        // Not back, not past an unmet gate, not by another manager.
        #expect(throws: CMKeeperError.self) { _ = try library.movePhase(project: "P-2026-001", to: "preparation", user: s.manager) }
        let skip = #expect(throws: CMKeeperError.self) { _ = try library.movePhase(project: "P-2026-001", to: "training", user: s.manager) }
        #expect(skip?.message.contains("安装调试报告") == true)
        let other = #expect(throws: CMKeeperError.self) { _ = try library.movePhase(project: "P-2026-001", to: "installation", user: "li.pm") }
        #expect(other != nil)
    }

    @Test func validateFindsProblemsInAWholeTree() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        #expect(try library.validate().problems.isEmpty)
        // Someone with direct access to the bare repository commits behind the hooks' back.
        let clone = try s.clone()
        try doc.write(to: clone.appendingPathComponent("projects/P-2026-001/乱放.docx"))
        try Shell.git(["add", "-A"], in: clone)
        try Shell.git(["commit", "-qm", "behind the hooks"], in: clone)
        try Shell.git(["push", "-q", "origin", "HEAD:main"], in: clone)
        let (_, problems) = try library.validate()
        #expect(problems.map(\.path) == ["projects/P-2026-001/乱放.docx"])
        #expect(try library.validate(revision: "main~1").problems.isEmpty)
    }
}

@Suite("Drops committed together")
struct InboxDropChainTests {
    @Test func eachDropIsItsOwnCommitAndARefusedOneIsLeftOutWhileTheOthersLand() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        _ = try s.makeProject("P-2026-002", in: library)
        let before = try s.git(["rev-parse", "main"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        func drop(_ project: String, _ name: String, user: String) throws -> InboxDrop {
            let file = try s.folder.write("inbox/\(project)/\(name)", Data("\(project) \(name)".utf8))
            let plan = try library.place(InboxSubmission(project: project, files: [.init(source: file, projectPath: nil)], user: user))
            return InboxDrop(project: project, user: user, placed: plan.placed)
        }
        let drops = [
            try drop("P-2026-001", "安装验收报告.docx", user: s.manager),
            // Not a project manager of P-2026-002: refused by the validator.
            try drop("P-2026-002", "安装验收报告.docx", user: "someone.else"),
            try drop("P-2026-002", "项目实施申请表.xlsx", user: s.manager),
        ]
        let results = try library.commit(drops)
        #expect(results.count == 3)
        let first = try results[0].get()
        let third = try results[2].get()
        let refused = #expect(throws: CMKeeperError.self) { try results[1].get() }
        #expect(refused?.message.contains("someone.else") == true)
        // Two commits on the old tip, one after the other, each with its project's file only.
        #expect(first.parent?.hex == before && third.parent == first.commit)
        #expect(try s.git(["rev-parse", "main"]).stdout == third.commit.hex + "\n")
        #expect(try s.git(["rev-list", "--count", "\(before)..main"]).stdout == "2\n")
        #expect(try s.git(["diff-tree", "--no-commit-id", "--name-only", "-r", first.commit.hex]).stdout == "projects/P-2026-001/acceptance/安装验收报告.docx\n")
        #expect(try s.git(["diff-tree", "--no-commit-id", "--name-only", "-r", third.commit.hex]).stdout.hasPrefix("projects/P-2026-002/"))
        #expect(try s.git(["log", "-1", "--format=%an", third.commit.hex]).stdout != "someone.else\n")
        // Nothing of the refused drop was written; the two commits' objects are whole.
        #expect(try s.git(["fsck", "--full", "--strict", "--no-dangling"]).stdout == "")
        #expect(try s.git(["cat-file", "-e", "\(third.commit.hex):projects/P-2026-002/acceptance/安装验收报告.docx"]).succeeded == false)
    }

    /// A dropped file placed, then swapped for a link to a file outside or a FIFO before it is
    /// committed: the drop is refused, naming it, at once; nothing is committed.
    @Test(.timeLimit(.minutes(1)), arguments: ["link", "fifo"])
    func aDropSwappedAfterItWasPlacedIsRefused(swap: String) throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let before = try s.git(["rev-parse", "main"]).stdout
        let file = try s.folder.write("inbox/P-2026-001/安装验收报告.docx", Data("PK 报告".utf8))
        let plan = try library.place(InboxSubmission(project: "P-2026-001", files: [.init(source: file, projectPath: nil)], user: s.manager))
        #expect(plan.placed.count == 1)
        try FileManager.default.removeItem(at: file)
        if swap == "link" {
            let secret = try s.folder.write("outside/id_rsa", Data("-----BEGIN PRIVATE KEY-----".utf8))
            try FileManager.default.createSymbolicLink(at: file, withDestinationURL: secret)
        } else {
            #expect(mkfifo(file.path, 0o644) == 0)
            // Were the commit to wait on the FIFO, this lets it go on after 10 s.
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: 10)
                let fd = open(file.path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 { close(fd) }
            }
        }
        let started = Date()
        let results = try library.commit([InboxDrop(project: "P-2026-001", user: s.manager, placed: plan.placed)])
        let error = #expect(throws: CMKeeperError.self) { try results[0].get() }
        #expect(error?.description.contains("\(file.path) is a \(swap == "link" ? "symbolic link" : "FIFO")") == true, "\(error?.description ?? "no error")")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func withMergingOnACommitThatLeavesTooManyPacksMergesThemKeepingEveryObject() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        library.mergesPacksAfterCommits = true
        var commits: [String] = []
        for i in 0..<(Library.packLimit + 5) {
            let file = try s.folder.write("inbox/P-2026-001/attachments/记录-\(i).txt", Data("记录 \(i)\n".utf8))
            let plan = try library.place(InboxSubmission(project: "P-2026-001", files: [.init(source: file, inboxPath: "attachments/记录-\(i).txt")], user: s.manager))
            commits.append(try library.commit([InboxDrop(project: "P-2026-001", user: s.manager, placed: plan.placed)])[0].get().commit.hex)
            #expect(library.packCount() <= Library.packLimit)
        }
        #expect(library.packCount() < 10)
        for commit in commits { #expect(try s.git(["cat-file", "-e", commit]).succeeded) }
        #expect(try s.git(["cat-file", "blob", "main:projects/P-2026-001/attachments/记录-7.txt"]).stdout == "记录 7\n")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }
}

