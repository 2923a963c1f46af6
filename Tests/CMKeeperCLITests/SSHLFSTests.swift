import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import LFSStore
import Testing

/// git-lfs over ssh with the real sshd and the real git and git-lfs clients: `cmkeeper serve`
/// answers git-lfs-transfer, so a clone gets the released software and a project manager pushes
/// a large document with nothing but their key; file locks keep others' pushes off a file.
@Suite("SSH: git-lfs-transfer, large files and locks over ssh", .serialized)
struct SSHLFSTests {
    let base = SSHServeTests()
    let document = "projects/P-2026-001/preparation/项目实施申请表.xlsx"

    /// The real git with `key`, and `environment` besides.
    func git(_ w: SSHServeTests.World, _ arguments: [String], key: URL, in directory: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        try w.sshd.run("/usr/bin/git", ["-c", "core.quotepath=off"] + arguments, in: directory, environment: w.sshd.gitEnvironment(key: key).merging(environment) { $1 })
    }

    @Test func aReleaseClonedOverSSHPullsByteForByte() throws {
        let w = try base.world()
        _ = try w.library.release(ReleaseRequest(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", user: w.s.cm))
        let clone = w.s.folder.path("clone")
        let cloned = try git(w, ["clone", "-q", w.sshd.repositoryURL, clone.path], key: w.li, environment: ["GIT_LFS_SKIP_SMUDGE": "1"])
        #expect(cloned.succeeded, "\(cloned)")
        let installer = "projects/P-2026-001/releases/核心业务平台/2.1.0/安装包/core-platform-2.1.0.tar.gz"
        #expect(try Data(contentsOf: clone.appendingPathComponent(installer)).count < 1024, "the clone holds the pointer only")
        let pulled = try git(w, ["lfs", "pull"], key: w.li, in: clone)
        #expect(pulled.succeeded, "\(pulled)\n\(w.sshd.log)")
        let original = w.s.productsURL.appendingPathComponent("核心业务平台/2.1.0/安装包/core-platform-2.1.0.tar.gz")
        #expect(try Shell.run("/usr/bin/cmp", [original.path, clone.appendingPathComponent(installer).path]).succeeded)
        let log = ServeLog.entries(root: w.s.libraryURL)
        #expect(log.contains { $0.user == SSHServeTests.otherManager && $0.command.hasPrefix("git-lfs-transfer") && $0.command.hasSuffix("download") && $0.outcome == "ok" }, "\(log)")
    }

    @Test func aManagerPushesALargeDocumentThroughGitLFSOverSSH() throws {
        let w = try base.world()
        let clone = try base.cloneOverSSH(w, key: w.wang, name: "wang")
        #expect(try Shell.git(["lfs", "track", "*.xlsx"], in: clone).succeeded)
        let bytes = Scenario.noise(12 << 20, seed: 7)
        let pushed = try base.commitAndPush(w, clone, key: w.wang, files: [document: bytes])
        #expect(pushed.succeeded, "\(pushed)\n\(w.sshd.log)")
        // Stored in the library's own store, and main names it.
        let oid = LFSStore.sha256(of: bytes)
        let stored = w.s.repositoryURL.appendingPathComponent("lfs/objects/\(oid.prefix(2))/\(oid.dropFirst(2).prefix(2))/\(oid)")
        #expect(try Data(contentsOf: stored) == bytes)
        #expect(try w.s.git(["cat-file", "blob", "main:\(document)"]).stdout.contains("oid sha256:\(oid)"))
        #expect(try w.s.git(["fsck", "--full", "--strict"]).succeeded)
        #expect(ServeLog.entries(root: w.s.libraryURL).contains { $0.command.hasPrefix("git-lfs-transfer") && $0.command.hasSuffix("upload") && $0.user == w.s.manager && $0.outcome == "ok" })
        // A fresh clone over ssh gets it back, and git lfs fsck finds nothing wrong.
        let fresh = w.s.folder.path("fresh")
        let cloned = try git(w, ["clone", "-q", w.sshd.repositoryURL, fresh.path], key: w.li)
        #expect(cloned.succeeded, "\(cloned)")
        #expect(try Data(contentsOf: fresh.appendingPathComponent(document)) == bytes)
        let fsck = try git(w, ["lfs", "fsck"], key: w.li, in: fresh)
        #expect(fsck.succeeded && fsck.stdout.contains("Git LFS fsck OK"), "\(fsck)")
    }

    /// The pkt-lines of a session that puts `bytes` as the object `oid` of `size` bytes, then verifies it.
    func putSession(oid: String, size: Int, bytes: Data) -> Data {
        var out = Data()
        func packet(_ payload: Data) { out.append(Data(String(format: "%04x", payload.count + 4).utf8)); out.append(payload) }
        func line(_ text: String) { packet(Data((text + "\n").utf8)) }
        line("version 1"); out.append(Data("0000".utf8))
        line("put-object \(oid)"); line("size=\(size)"); out.append(Data("0001".utf8))
        var offset = 0
        while offset < bytes.count {
            packet(bytes[offset..<min(offset + 65516, bytes.count)])
            offset += 65516
        }
        out.append(Data("0000".utf8))
        line("verify-object \(oid)"); line("size=\(size)"); out.append(Data("0000".utf8))
        line("quit"); out.append(Data("0000".utf8))
        return out
    }

    @Test func anUploadOfTheWrongBytesIsRefusedAndNothingLands() throws {
        let w = try base.world()
        let right = Scenario.noise(300_000, seed: 3), wrong = Scenario.noise(300_000, seed: 4)
        let oid = LFSStore.sha256(of: right)
        let objects = w.s.repositoryURL.appendingPathComponent("lfs/objects")
        for (bytes, size, says) in [
            (wrong, right.count, "hash to \(LFSStore.sha256(of: wrong))"),
            (right.prefix(1000), right.count, "are 1000 bytes, not the 300000"),
            (right + Data([1]), right.count, "or more bytes, not the 300000"),
        ] {
            let session = try w.sshd.ssh(key: w.wang, "git-lfs-transfer '/repo.git' upload", input: putSession(oid: oid, size: size, bytes: Data(bytes)))
            #expect(session.succeeded, "\(session)")
            #expect(session.stdout.contains("status 400"), "\(session.stdout)")
            #expect(session.stdout.contains(says), "\(session.stdout)")
            #expect(session.stdout.contains("object \(oid) of 300000 bytes is not in the library"), "verify-object: \(session.stdout)")
            let stored = (try? FileManager.default.subpathsOfDirectory(atPath: objects.path)) ?? []
            #expect(!stored.contains { $0.hasSuffix(oid) })
        }
        // Nothing half-written is left in the store's temporary folder either.
        let tmp = w.s.repositoryURL.appendingPathComponent("lfs/tmp")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []).isEmpty)
        // The right bytes land, and verify.
        let good = try w.sshd.ssh(key: w.wang, "git-lfs-transfer '/repo.git' upload", input: putSession(oid: oid, size: right.count, bytes: right))
        #expect(good.succeeded && !good.stdout.contains("status 4"), "\(good.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: w.library.lfs.objectPath(oid))) == right)
        // A download session takes no uploads.
        let download = try w.sshd.ssh(key: w.wang, "git-lfs-transfer '/repo.git' download", input: putSession(oid: oid, size: right.count, bytes: right))
        #expect(download.stdout.contains("put-object is not open in a session started for download"), "\(download.stdout)")
    }

    /// `[serve]` limits: a project manager's object over `maximum_upload_mib` is refused before a
    /// byte is stored, a CM engineer's (a release mirrored from another library) is not; and no
    /// upload may leave less than `free_space_reserve_mib` free on the library's disk.
    @Test func uploadsOverTheLimitOrTheDiskReserveAreRefusedWithNothingStored() throws {
        let w = try base.world()
        let cmKey = try SSHKeys.make(in: w.s.folder, named: "cm.key")
        #expect(try CLI.run(["keys", "add", w.s.cm, cmKey.path + ".pub"], user: w.s.cm, library: w.s.libraryURL).succeeded)
        func setLimits(maximumMiB: Int, reserveMiB: Int) throws {
            var settings = try #require(try LibrarySettings.read(in: w.s.libraryURL))
            settings.serve = .init(maximumUploadMiB: maximumMiB, freeSpaceReserveMiB: reserveMiB)
            try settings.serialized().write(to: w.s.libraryURL.appendingPathComponent(LibrarySettings.fileName), atomically: true, encoding: .utf8)
        }
        func stored(_ oid: String) -> Bool { FileManager.default.fileExists(atPath: w.library.lfs.objectPath(oid)) }
        try setLimits(maximumMiB: 1, reserveMiB: 0)
        let bytes = Scenario.noise(1 << 20 + 1, seed: 11)
        let oid = LFSStore.sha256(of: bytes)
        let refused = try w.sshd.ssh(key: w.wang, "git-lfs-transfer '/repo.git' upload", input: putSession(oid: oid, size: bytes.count, bytes: bytes))
        #expect(refused.succeeded, "\(refused)")
        #expect(refused.stdout.contains("status 413"), "\(refused.stdout)")
        #expect(refused.stdout.contains("is larger than 1 MiB, the most this library takes over ssh from anyone but a CM engineer"), "\(refused.stdout)")
        #expect(!stored(oid))
        let byCM = try w.sshd.ssh(key: cmKey, "git-lfs-transfer '/repo.git' upload", input: putSession(oid: oid, size: bytes.count, bytes: bytes))
        #expect(byCM.succeeded && !byCM.stdout.contains("status 4") && !byCM.stdout.contains("status 5"), "\(byCM.stdout)")
        #expect(stored(oid))
        // A reserve larger than the disk: nothing more comes in, whoever sends it.
        try setLimits(maximumMiB: 4096, reserveMiB: 1 << 40)
        let more = Scenario.noise(10_000, seed: 12)
        let moreOID = LFSStore.sha256(of: more)
        for key in [w.wang, cmKey] {
            let full = try w.sshd.ssh(key: key, "git-lfs-transfer '/repo.git' upload", input: putSession(oid: moreOID, size: more.count, bytes: more))
            #expect(full.stdout.contains("status 507"), "\(full.stdout)")
            #expect(full.stdout.contains("would leave less than") && full.stdout.contains("free on the library's disk"), "\(full.stdout)")
            #expect(!stored(moreOID))
        }
        let tmp = w.s.repositoryURL.appendingPathComponent("lfs/tmp")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []).isEmpty)
    }

    @Test func aLockByOneManagerBlocksTheOthersPushOfThatFile() throws {
        let w = try base.world()
        let wang = try base.cloneOverSSH(w, key: w.wang, name: "wang")
        let li = try base.cloneOverSSH(w, key: w.li, name: "li")
        // li.pm locks the file wang.pm is about to change.
        let locked = try git(w, ["lfs", "lock", document], key: w.li, in: li)
        #expect(locked.succeeded, "\(locked)\n\(w.sshd.log)")
        let locks = try git(w, ["lfs", "locks"], key: w.wang, in: wang)
        #expect(locks.succeeded && locks.stdout.contains(document) && locks.stdout.contains(SSHServeTests.otherManager), "\(locks)")
        let lock = try #require(try LFSLocks(gitDirectory: w.s.repositoryURL).lock(on: document))
        #expect(lock.owner == SSHServeTests.otherManager)
        // A second lock on the path is refused, naming the holder.
        let again = try git(w, ["lfs", "lock", document], key: w.wang, in: wang)
        #expect(!again.succeeded, "\(again)")

        // wang.pm's push of the file is refused by the library (the client's own check skipped).
        let main = try w.s.git(["rev-parse", "main"]).stdout
        let file = wang.appendingPathComponent(document)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("PK\u{3}\u{4} v2".utf8).write(to: file)
        try Shell.git(["add", "-A"], in: wang)
        let author = try w.s.identity(w.s.manager).filter { $0.key.hasPrefix("GIT_AUTHOR_") }
        #expect(try Shell.git(["commit", "-q", "--no-verify", "-m", "v2"], in: wang, environment: author).succeeded)
        let forced = try w.sshd.git(["push", "--no-verify", "origin", "HEAD:main"], key: w.wang, in: wang)
        #expect(!forced.succeeded)
        #expect(forced.stderr.contains("is locked by \(SSHServeTests.otherManager) since \(lock.lockedAt)"), "\(forced)")
        #expect(forced.stderr.contains("git lfs unlock"), "\(forced)")
        #expect(try w.s.git(["rev-parse", "main"]).stdout == main)

        // wang.pm may not unlock it, even with --force; li.pm may.
        let unlock = try git(w, ["lfs", "unlock", document], key: w.wang, in: wang)
        #expect(!unlock.succeeded && unlock.stderr.contains("only a CM engineer opens a lock another holds"), "\(unlock)")
        let force = try git(w, ["lfs", "unlock", "--force", document], key: w.wang, in: wang)
        #expect(!force.succeeded && force.stderr.contains("only a CM engineer"), "\(force)")
        let unlocked = try git(w, ["lfs", "unlock", document], key: w.li, in: li)
        #expect(unlocked.succeeded, "\(unlocked)")
        #expect(try LFSLocks(gitDirectory: w.s.repositoryURL).all().isEmpty)
        let now = try w.sshd.git(["push", "origin", "HEAD:main"], key: w.wang, in: wang)
        #expect(now.succeeded, "\(now)")
    }

    @Test func aCMEngineerForcesALockOpen() throws {
        let w = try base.world()
        let cmKey = try SSHKeys.make(in: w.s.folder, named: "zhang.key")
        #expect(try CLI.run(["keys", "add", w.s.cm, cmKey.path + ".pub"], user: w.s.cm, library: w.s.libraryURL).succeeded)
        let wang = try base.cloneOverSSH(w, key: w.wang, name: "wang")
        let cm = try base.cloneOverSSH(w, key: cmKey, name: "cm")
        #expect(try git(w, ["lfs", "lock", document], key: w.wang, in: wang).succeeded)
        let force = try git(w, ["lfs", "unlock", "--force", document], key: cmKey, in: cm)
        #expect(force.succeeded, "\(force)")
        #expect(try LFSLocks(gitDirectory: w.s.repositoryURL).all().isEmpty)
        // A path that is no repository path is never locked.
        let bad = try git(w, ["lfs", "lock", "projects/../../etc/passwd"], key: w.wang, in: wang)
        #expect(!bad.succeeded)
        #expect(try LFSLocks(gitDirectory: w.s.repositoryURL).all().isEmpty)
    }
}

