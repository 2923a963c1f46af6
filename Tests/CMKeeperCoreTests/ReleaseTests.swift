import CMKeeperTestSupport
import Foundation
import GitKit
import LFSStore
import Testing

@testable import CMKeeperCore

@Suite("Releases from the product library")
struct ReleaseTests {
    let product = "核心业务平台"
    let version = "2.1.0"

    func release(_ library: Library, _ s: Scenario, project: String = "P-2026-001", version: String = "2.1.0", by user: String? = nil) throws -> ReleaseOutcome {
        try library.release(ReleaseRequest(project: project, product: product, version: version, message: "首次安装", user: user ?? s.cm))
    }

    func sha256sum(_ url: URL) throws -> String {
        String(try Shell.run("sha256sum", [url.path]).stdout.prefix(64))
    }

    @Test func aReleaseCommitsPointersTheRecordAndTheTag() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let outcome = try release(library, s)

        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        #expect(try s.git(["rev-parse", "main"]).stdout == outcome.commit.commit.hex + "\n")
        let folder = "projects/P-2026-001/releases/核心业务平台/2.1.0"
        let files = try s.git(["ls-tree", "-r", "--name-only", "main", "--", folder]).stdout
        #expect(files == "\(folder)/安装包/core-platform-2.1.0.tar.gz\n\(folder)/文档/发行说明.txt\n\(folder)/文档/用户安装手册.md\n")

        // Every file is an LFS pointer in git, and its content is in the store, as sha256sum sees it.
        let record = outcome.record
        #expect(record.files.count == 3)
        for file in record.files {
            let pointer = try s.git(["cat-file", "-p", "main:\(file.path)"]).stdout
            let source = s.productsURL.appendingPathComponent("核心业务平台/2.1.0/" + file.path.dropFirst(folder.count + 1))
            let sum = try sha256sum(source)
            #expect(file.sha256 == sum)
            #expect(pointer == "version https://git-lfs.github.com/spec/v1\noid sha256:\(sum)\nsize \(file.size)\n")
            let stored = s.repositoryURL.appendingPathComponent("lfs/objects/\(sum.prefix(2))/\(sum.dropFirst(2).prefix(2))/\(sum)")
            #expect(try Data(contentsOf: stored) == (try Data(contentsOf: source)))
        }

        // The record: who, what, when, to whom; the same line in the log and in the tag.
        #expect(record.id == "P-2026-001-R1" && record.project == "P-2026-001" && record.product == product && record.version == version)
        #expect(record.releasedBy == s.cm && record.recipient == s.manager && record.message == "首次安装")
        let log = try s.git(["show", "main:projects/P-2026-001/release-log.jsonl"]).stdout
        #expect(log == record.jsonLine() + "\n")
        #expect(try ReleaseRecord.parse(jsonLine: String(log.dropLast())) == record)
        let tagRef = "release/P-2026-001/核心业务平台/2.1.0"
        #expect(outcome.tag == tagRef)
        #expect(try s.git(["cat-file", "-t", tagRef]).stdout == "tag\n")
        #expect(try s.git(["rev-parse", "\(tagRef)^{commit}"]).stdout == outcome.commit.commit.hex + "\n")
        let tagBody = try s.git(["tag", "-l", "--format=%(contents)", tagRef]).stdout
        #expect(tagBody.contains(record.jsonLine()))
        #expect(try s.git(["log", "-1", "--format=%s%n%an", "main"]).stdout == "Release 核心业务平台 2.1.0 to P-2026-001\n\(s.cm)\n")
        // One commit for the whole release.
        #expect(try s.git(["rev-list", "--count", "main"]).stdout == "3\n")
    }

    @Test func aCloneWithGitLFSGetsEveryByteBack() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let outcome = try release(library, s)
        let clone = try s.clone()
        let pull = try Shell.git(["lfs", "pull"], in: clone)
        #expect(pull.succeeded, "\(pull)")
        for file in outcome.record.files {
            let checkedOut = clone.appendingPathComponent(file.path)
            #expect(try sha256sum(checkedOut) == file.sha256, "\(file.path)")
        }
        let fsck = try Shell.git(["lfs", "fsck"], in: clone)
        #expect(fsck.succeeded, "\(fsck)")
        let lsFiles = try Shell.git(["lfs", "ls-files", "--name-only"], in: clone).stdout
        #expect(lsFiles.split(separator: "\n").count == 3)
        // git sees a clean work tree: the attributes and the pointers agree.
        #expect(try Shell.git(["status", "--porcelain"], in: clone).stdout == "")
    }

    @Test func theApplicationFormIsReferencedWhenTheProjectHasOne() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let process = try library.snapshot().processDefinition()
        let type = try #require(process.documentType("implementation-application"))
        // A file name the pattern matches, in the pattern's folder.
        let name = type.path.description.replacingOccurrences(of: "*", with: "docx")
        let path = "projects/P-2026-001/\(name)"
        _ = try library.commitOnMain(author: s.cm) { _ in
            PlannedCommit(updates: [.upsert(path: path, blob: try library.writeBlob(Data("申请表".utf8)))], message: "申请表\n")
        }
        let outcome = try release(library, s)
        #expect(outcome.record.applicationForm?.path == path)
        #expect(outcome.record.applicationForm?.blob == (try s.git(["rev-parse", "main:\(path)"]).stdout.trimmingCharacters(in: .newlines)))
    }

    @Test func releasesAreListedNewestFirst() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        try s.product(product, "2.2.0", ["a.txt": Data("x".utf8)])
        try s.makeProject("P-2026-002", in: library)
        _ = try release(library, s)
        _ = try release(library, s, version: "2.2.0")
        _ = try release(library, s, project: "P-2026-002")
        let all = try library.releases()
        #expect(all.count == 3)
        #expect(all.map(\.id).sorted() == ["P-2026-001-R1", "P-2026-001-R2", "P-2026-002-R1"])
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.releasedAt >= $1.releasedAt })
        #expect(try library.releases(project: "P-2026-001").map(\.version).sorted() == ["2.1.0", "2.2.0"])
        #expect(throws: CMKeeperError.self) { _ = try library.releases(project: "P-nope") }
    }

    /// Each refusal leaves main, every tag and the large-file store exactly as they were.
    func expectRefusal(_ s: Scenario, _ library: Library, contains text: String, _ body: () throws -> Void) throws {
        let main = try s.git(["rev-parse", "main"]).stdout
        let tags = try s.git(["for-each-ref", "refs/tags"]).stdout
        let lfsBefore = try? FileManager.default.subpathsOfDirectory(atPath: s.repositoryURL.appendingPathComponent("lfs/objects").path)
        let error = #expect(throws: CMKeeperError.self) { try body() }
        #expect(error?.description.contains(text) == true, "\(error?.description ?? "no error") lacks \(text)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        #expect(try s.git(["for-each-ref", "refs/tags"]).stdout == tags)
        let lfsAfter = try? FileManager.default.subpathsOfDirectory(atPath: s.repositoryURL.appendingPathComponent("lfs/objects").path)
        #expect(lfsAfter == lfsBefore)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func refusesUnknownProjectsProductsAndVersions() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        try expectRefusal(s, library, contains: "no project P-nope") { _ = try release(library, s, project: "P-nope") }
        try expectRefusal(s, library, contains: "no product “不存在”") {
            _ = try library.release(ReleaseRequest(project: "P-2026-001", product: "不存在", version: "1.0", user: s.cm))
        }
        try expectRefusal(s, library, contains: "known versions of 核心业务平台: 2.1.0") { _ = try release(library, s, version: "9.9") }
        try expectRefusal(s, library, contains: "not a valid version") { _ = try release(library, s, version: "../2.1.0") }
    }

    @Test func refusesAVersionAlreadyReleasedToTheProject() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        _ = try release(library, s)
        try expectRefusal(s, library, contains: "already released to P-2026-001") { _ = try release(library, s) }
        // Through a fresh handle too.
        let again = try s.open()
        try expectRefusal(s, again, contains: "already released") { _ = try release(again, s) }
    }

    @Test func onlyACMEngineerReleases() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        try expectRefusal(s, library, contains: "may not release software") { _ = try release(library, s, by: s.manager) }
    }

    @Test func refusesAnEmptyVersion() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        try FileManager.default.createDirectory(at: s.productsURL.appendingPathComponent("\(product)/3.0/空文件夹"), withIntermediateDirectories: true)
        try expectRefusal(s, library, contains: "is empty") { _ = try release(library, s, version: "3.0") }
    }

    @Test func refusesSymlinksFIFOsAndUnsafeNamesListingEveryProblem() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let base = try s.product(product, "3.0", ["ok.txt": Data("ok".utf8), ".GIT/config": Data("x".utf8), "bad\u{01}name.txt": Data("x".utf8)])
        try FileManager.default.createSymbolicLink(atPath: base.appendingPathComponent("link.txt").path, withDestinationPath: "/etc/passwd")
        #expect(mkfifo(base.appendingPathComponent("pipe").path, 0o644) == 0)
        try expectRefusal(s, library, contains: "cannot be released") { _ = try release(library, s, version: "3.0") }
        let error = #expect(throws: CMKeeperError.self) { _ = try release(library, s, version: "3.0") }
        let text = error?.description ?? ""
        #expect(text.contains("link.txt: is a symbolic link"))
        #expect(text.contains("pipe: is a FIFO"))
        #expect(text.contains(".GIT"))
        #expect(text.contains("\\u{01}"))
        #expect(!text.contains("\u{01}"))
    }

    @Test func refusesNamesThatDifferOnlyInCase() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        try s.product(product, "3.0", ["Readme.txt": Data("a".utf8), "README.txt": Data("b".utf8)])
        try expectRefusal(s, library, contains: "differ only in letter case") { _ = try release(library, s, version: "3.0") }
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file"))
    func refusesUnreadableFiles() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let base = try s.product(product, "3.0", ["secret.bin": Data("x".utf8)])
        chmod(base.appendingPathComponent("secret.bin").path, 0)
        try expectRefusal(s, library, contains: "cannot be read") { _ = try release(library, s, version: "3.0") }
    }

    /// Releases the sample product while `swap` replaces 文档/发行说明.txt (the second file)
    /// once the scan is over, as the first file is being copied; expects a refusal naming it,
    /// with main, the tags, git and the library as they were.
    @discardableResult
    func expectRefusalOfASwap(contains text: String, _ swap: @escaping @Sendable (URL) throws -> Void) throws -> Scenario {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let notes = s.productsURL.appendingPathComponent("\(product)/\(version)/文档/发行说明.txt")
        let main = try s.git(["rev-parse", "main"]).stdout
        let tags = try s.git(["for-each-ref", "refs/tags"]).stdout
        let swapped = ErrorList()
        let error = #expect(throws: CMKeeperError.self) {
            _ = try library.release(ReleaseRequest(project: "P-2026-001", product: product, version: version, user: s.cm)) { progress in
                guard progress.fileIndex == 1, swapped.items.isEmpty else { return }
                swapped.append("done")
                try! swap(notes)
            }
        }
        #expect(swapped.items == ["done"])
        #expect(error?.kind == .refused)
        #expect(error?.description.contains(notes.path) == true, "\(error?.description ?? "no error") names not the file")
        #expect(error?.description.contains(text) == true, "\(error?.description ?? "no error") lacks \(text)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        #expect(try s.git(["for-each-ref", "refs/tags"]).stdout == tags)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        #expect(try library.verify().passed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.repositoryURL.appendingPathComponent("lfs/tmp").path).isEmpty)
        return s
    }

    @Test func aLinkSwappedInAfterTheScanIsNotFollowed() throws {
        let outside = TemporaryFolder("outside")
        let secret = try outside.write("shadow", Data("root:$6$secret-hash:19000:0:99999:7:::\n".utf8))
        let s = try expectRefusalOfASwap(contains: "is a symbolic link") { notes in
            try FileManager.default.removeItem(at: notes)
            try FileManager.default.createSymbolicLink(at: notes, withDestinationURL: secret)
        }
        // The secret's content never reached the store.
        let oid = String(try Shell.run("sha256sum", [secret.path]).stdout.prefix(64))
        #expect(!FileManager.default.fileExists(atPath: LFSStore(gitDirectory: s.repositoryURL).objectPath(oid)))
    }

    @Test(.timeLimit(.minutes(1)))
    func aFIFOSwappedInAfterTheScanDoesNotBlock() throws {
        let started = Date()
        let fifo = ErrorList()
        // Were the release to wait on the FIFO, this would open it for writing after 10 s and let it go on.
        let watchdog = Thread {
            Thread.sleep(forTimeInterval: 10)
            for path in fifo.items {
                let fd = open(path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 { close(fd) }
            }
        }
        watchdog.start()
        try expectRefusalOfASwap(contains: "is a FIFO") { notes in
            try FileManager.default.removeItem(at: notes)
            #expect(mkfifo(notes.path, 0o644) == 0)
            fifo.append(notes.path)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func anotherFileSwappedInAfterTheScanIsRefused() throws {
        let outside = TemporaryFolder("outside")
        try expectRefusalOfASwap(contains: "was replaced after it was checked") { notes in
            // The same size, other bytes.
            try FileManager.default.moveItem(at: notes, to: outside.path("scanned.txt"))
            try Data("2.1.0 发布说明\n".utf8).write(to: notes)
        }
    }

    @Test func aLinkedProductOrVersionFolderIsRefused() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let outside = TemporaryFolder("outside")
        try outside.write("4.0/secret.txt", "outside the product library")
        // A version folder that is a link.
        try FileManager.default.createSymbolicLink(
            at: s.productsURL.appendingPathComponent("\(product)/4.0"), withDestinationURL: outside.path("4.0"))
        try expectRefusal(s, library, contains: "\(product)/4.0 is a symbolic link, not a folder") { _ = try release(library, s, version: "4.0") }
        // A product folder that is a link.
        try FileManager.default.createSymbolicLink(at: s.productsURL.appendingPathComponent("外部产品"), withDestinationURL: outside.url)
        try expectRefusal(s, library, contains: "外部产品 is a symbolic link, not a folder") {
            _ = try library.release(ReleaseRequest(project: "P-2026-001", product: "外部产品", version: "4.0", user: s.cm))
        }
        // A folder inside the version that is a link.
        let base = try s.product(product, "5.0", ["ok.txt": Data("ok".utf8)])
        try FileManager.default.createSymbolicLink(at: base.appendingPathComponent("docs"), withDestinationURL: outside.path("4.0"))
        try expectRefusal(s, library, contains: "docs: is a symbolic link") { _ = try release(library, s, version: "5.0") }
    }

    /// Releases the sample product to a second project after `damage` spoiled the installer's
    /// object in the store: the release must put the right bytes back, and a clone get them.
    func expectRepairedByTheNextRelease(_ damage: (inout Data) -> Void) throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        try s.makeProject("P-2026-002", in: library)
        let first = try release(library, s)
        let installer = first.record.files.first { $0.path.hasSuffix(".tar.gz") }!
        let object = s.repositoryURL.appendingPathComponent("lfs/objects/\(installer.sha256.prefix(2))/\(installer.sha256.dropFirst(2).prefix(2))/\(installer.sha256)")
        var bytes = try Data(contentsOf: object)
        damage(&bytes)
        try bytes.write(to: object)
        #expect(try library.verify().passed == false)

        let second = try release(library, s, project: "P-2026-002")
        #expect(second.newBytes == installer.size, "the damaged object's bytes are new again")
        #expect(try library.verify().passed)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        let clone = try s.clone()
        let pull = try Shell.git(["lfs", "pull"], in: clone)
        #expect(pull.succeeded, "\(pull)")
        let fsck = try Shell.git(["lfs", "fsck"], in: clone)
        #expect(fsck.succeeded, "\(fsck)")
        for file in first.record.files + second.record.files {
            #expect(try sha256sum(clone.appendingPathComponent(file.path)) == file.sha256, "\(file.path)")
        }
    }

    @Test func aCorruptedObjectIsRepairedByTheNextReleaseOfItsContent() throws {
        try expectRepairedByTheNextRelease { $0[1000] ^= 0x20 }
    }

    @Test func aTruncatedObjectIsRepairedByTheNextReleaseOfItsContent() throws {
        try expectRepairedByTheNextRelease { $0 = $0.prefix($0.count / 2) }
    }

    @Test func aWriterThatMovesMainMeanwhileLosesNothing() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        let rival = try s.open()
        var calls = 0
        // The first time the change is planned, someone else commits first.
        let outcome = try library.commitOnMain(author: s.cm) { snapshot in
            calls += 1
            if calls == 1 { try s.makeProject("P-RIVAL", in: rival) }
            return PlannedCommit(updates: [.upsert(path: "notes.txt", blob: try library.writeBlob(Data("n".utf8)))], message: "notes\n")
        }
        #expect(calls == 2 && outcome.retries == 1)
        let files = try s.git(["ls-tree", "-r", "--name-only", "main"]).stdout
        #expect(files.contains("projects/P-RIVAL/project.toml") && files.contains("notes.txt"))
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func concurrentWritersAndAReleaseAllLand() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        for v in ["3.0", "3.1", "3.2"] { try s.product(product, v, ["pkg.bin": Scenario.noise(300_000, seed: UInt64(v.count))]) }
        let rivalDone = DispatchSemaphore(value: 0)
        let rivalErrors = ErrorList()
        let thread = Thread {
            do {
                let rival = try s.open()
                for i in 0..<15 { try s.makeProject("P-R\(i)", in: rival) }
            } catch {
                rivalErrors.append("\(error)")
            }
            rivalDone.signal()
        }
        thread.start()
        // Meanwhile the real git pushes from a clone.
        let clone = try s.clone()
        for v in ["3.0", "3.1", "3.2"] { _ = try release(library, s, version: v) }
        try "pushed\n".write(to: clone.appendingPathComponent("pushed.txt"), atomically: true, encoding: .utf8)
        try Shell.git(["add", "pushed.txt"], in: clone)
        try Shell.git(["commit", "-qm", "push"], in: clone)
        var pushed = false
        for _ in 0..<20 where !pushed {
            pushed = try Shell.git(["push", "-q", "origin", "HEAD:main"], in: clone).succeeded
            if !pushed { try Shell.git(["pull", "-q", "--rebase", "origin", "main"], in: clone) }
        }
        rivalDone.wait()
        #expect(rivalErrors.items.isEmpty, "\(rivalErrors.items)")
        #expect(pushed)
        let projects = try library.projects().map(\.id)
        #expect(projects.count == 16)
        #expect(try library.releases(project: "P-2026-001").count == 3)
        #expect(try s.git(["cat-file", "-e", "main:pushed.txt"]).succeeded)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        // Every release tag points at a commit on main.
        for ref in try s.git(["for-each-ref", "--format=%(refname)", "refs/tags/release"]).stdout.split(separator: "\n") {
            #expect(try s.git(["merge-base", "--is-ancestor", "\(ref)^{commit}", "main"]).succeeded)
        }
    }
}

final class ErrorList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ s: String) { lock.withLock { list.append(s) } }
    var items: [String] { lock.withLock { list } }
}
