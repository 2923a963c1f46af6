import CMKeeperTestSupport
import Foundation
import GitKit
import Testing

@Suite("GitKit: repositories, objects and references, checked with the real git")
struct RepositoryTests {
    let folder = TemporaryFolder("gitkit")

    func bare() throws -> (Repository, URL) {
        let url = folder.path("repo.git")
        return (try Repository.createBare(at: url), url)
    }

    func signature() -> Signature {
        Signature(name: "张三", email: "zhang@example.com", date: Date(timeIntervalSince1970: 1_790_000_000), timeZoneOffsetMinutes: 480)
    }

    @Test func aNameGitRefusesInATreeIsInvalidInputNotAStorageFailure() throws {
        let (repo, _) = try bare()
        let blob = try repo.writeBlob(Data("x".utf8))
        for path in ["a/.git/x", "a/../b", ".git"] {
            let error = #expect(throws: GitError.self) { _ = try repo.updateTree(nil, [.upsert(path: path, blob: blob, kind: .file)]) }
            #expect(error?.isInvalidInput == true, "\(path): \(String(describing: error))")
        }
        #expect(try repo.updateTree(nil, [.upsert(path: "a/.gitignore", blob: blob, kind: .file)]) != repo.emptyTree())
    }

    @Test func createsABareRepositoryOnMain() throws {
        let (_, url) = try bare()
        #expect(try Shell.git(["--git-dir", url.path, "rev-parse", "--is-bare-repository"]).stdout == "true\n")
        #expect(try Shell.git(["--git-dir", url.path, "symbolic-ref", "HEAD"]).stdout == "refs/heads/main\n")
    }

    @Test func refusesToCreateOverAnExistingRepository() throws {
        let (_, url) = try bare()
        #expect(throws: GitError.self) { _ = try Repository.createBare(at: url) }
    }

    @Test func openingAMissingRepositoryCarriesLibgit2sMessage() throws {
        let missing = folder.path("nothing-here.git")
        let error = #expect(throws: GitError.self) { _ = try Repository.open(at: missing) }
        #expect(error?.code == .notFound)
        #expect(error?.operation.contains(missing.path) == true)
        #expect(error?.message.isEmpty == false)
    }

    @Test func writesACommitGitAccepts() throws {
        let (repo, url) = try bare()
        let blob = try repo.writeBlob(Data("安装验收报告\n".utf8))
        let tree = try repo.updateTree(nil, [
            .upsert(path: "projects/P-1/acceptance/安装验收报告.docx", blob: blob),
            .upsert(path: "README.txt", blob: try repo.writeBlob(Data("hello\n".utf8))),
        ])
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "第一次提交\n")
        try repo.flushObjects()
        try repo.updateReference("refs/heads/main", to: commit, expecting: nil, message: "test")

        #expect(try Shell.git(["--git-dir", url.path, "fsck", "--full", "--strict"]).succeeded)
        #expect(try Shell.git(["--git-dir", url.path, "rev-parse", "main"]).stdout == commit.hex + "\n")
        let files = try Shell.git(["--git-dir", url.path, "ls-tree", "-r", "--name-only", "main"]).stdout
        #expect(files == "README.txt\nprojects/P-1/acceptance/安装验收报告.docx\n")
        let content = try Shell.git(["--git-dir", url.path, "cat-file", "-p", "main:projects/P-1/acceptance/安装验收报告.docx"]).stdout
        #expect(content == "安装验收报告\n")
        let log = try Shell.git(["--git-dir", url.path, "log", "--format=%an <%ae> %ad%n%s", "--date=iso", "main"]).stdout
        #expect(log == "张三 <zhang@example.com> 2026-09-21 22:13:20 +0800\n第一次提交\n")

        // Read back through GitKit.
        let info = try repo.commit(commit)
        #expect(info.tree == tree && info.parents.isEmpty && info.author.name == "张三")
        #expect(try repo.entry(at: "projects/P-1/acceptance/安装验收报告.docx", inTree: tree)?.id == blob)
        #expect(try repo.entry(at: "projects/none", inTree: tree) == nil)
        let walked = try repo.walk(tree: tree).filter { $0.kind == .file }.map(\.path).sorted()
        #expect(walked == ["README.txt", "projects/P-1/acceptance/安装验收报告.docx"])
    }

    @Test func aCommitsObjectsLandAsOnePackNotLooseObjects() throws {
        let (repo, url) = try bare()
        try repo.bufferObjectsInMemory()
        var updates: [TreeUpdate] = []
        for i in 0..<200 {
            updates.append(.upsert(path: "docs/周报-\(i).txt", blob: try repo.writeBlob(Data("week \(i)\n".utf8))))
        }
        let tree = try repo.updateTree(nil, updates)
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "many\n")
        // Nothing is on disk until the flush.
        #expect(try Shell.git(["--git-dir", url.path, "cat-file", "-e", commit.hex]).status != 0)
        let written = try repo.flushObjects()
        #expect(written == 200 + 2 + 1)
        try repo.updateReference("refs/heads/main", to: commit, expecting: nil, message: "test")

        let counts = try Shell.git(["--git-dir", url.path, "count-objects", "-v"]).stdout
        #expect(counts.contains("\ncount: 0\n") || counts.hasPrefix("count: 0\n"))
        #expect(counts.contains("packs: 1\n"))
        #expect(try Shell.git(["--git-dir", url.path, "fsck", "--full", "--strict"]).succeeded)
        #expect(try Shell.git(["--git-dir", url.path, "ls-tree", "-r", "--name-only", "main"]).stdout.split(separator: "\n").count == 200)
        // A flush with nothing new writes no pack.
        #expect(try repo.flushObjects() == 0)
        #expect(try Shell.git(["--git-dir", url.path, "count-objects", "-v"]).stdout.contains("packs: 1\n"))
    }

    @Test func compressedContentIsPackedAsItIsAndTextIsDeflated() throws {
        let (repo, url) = try bare()
        try repo.bufferObjectsInMemory()
        // A zip-like document (random bytes) and a text with much repetition, 200 KB each.
        let noise = Scenario.noise(200_000, seed: 3)
        let text = Data(String(repeating: "项目周报：本周完成安装调试。\n", count: 5_000).utf8)
        let noiseBlob = try repo.writeBlob(noise)
        let textBlob = try repo.writeBlob(text)
        let empty = try repo.writeBlob(Data())
        let tree = try repo.updateTree(nil, [
            .upsert(path: "scan.pdf", blob: noiseBlob), .upsert(path: "周报.txt", blob: textBlob), .upsert(path: "empty", blob: empty),
        ])
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "mixed\n")
        #expect(try repo.flushObjects() == 5)
        try repo.updateReference("refs/heads/main", to: commit, expecting: nil, message: "test")

        // git reads every object back whole, and the pack's own checksum and index hold.
        #expect(try Shell.git(["--git-dir", url.path, "fsck", "--full", "--strict"]).succeeded)
        #expect(try Shell.git(["--git-dir", url.path, "cat-file", "blob", noiseBlob.hex]).stdoutData == noise)
        #expect(try Shell.git(["--git-dir", url.path, "cat-file", "blob", textBlob.hex]).stdoutData == text)
        let pack = try #require(try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent("objects/pack").path).first { $0.hasSuffix(".pack") })
        let listing = try Shell.git(["verify-pack", "-v", url.appendingPathComponent("objects/pack/\(pack)").path])
        #expect(listing.succeeded, "\(listing.stderr)")
        // verify-pack -v: "id type size size-in-pack offset".
        func packedSize(_ id: ObjectID) -> Int? {
            listing.stdout.split(separator: "\n").first { $0.hasPrefix(id.hex) }.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[3]) }
        }
        let noisePacked = try #require(packedSize(noiseBlob))
        let textPacked = try #require(packedSize(textBlob))
        // Stored: the content plus a few bytes of framing per 64 KiB block; deflated: a fraction.
        #expect(noisePacked > noise.count && noisePacked < noise.count + 64)
        #expect(textPacked < text.count / 20)
    }

    /// Trees are stored as they are, not deflated: a folder of many similar names (which deflate
    /// would shrink to a fraction) takes its own size in the pack plus the framing, and git reads
    /// it back whole.
    @Test func treesArePackedAsTheyAre() throws {
        let (repo, url) = try bare()
        try repo.bufferObjectsInMemory()
        let blob = try repo.writeBlob(Data("周报".utf8))
        let tree = try repo.updateTree(nil, (1...300).map { .upsert(path: "项目周报-2026-W\($0).xlsx", blob: blob) })
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "reports\n")
        #expect(try repo.flushObjects() == 3)
        try repo.updateReference("refs/heads/main", to: commit, expecting: nil, message: "test")
        #expect(try Shell.git(["--git-dir", url.path, "fsck", "--full", "--strict"]).succeeded)
        let treeSize = try Shell.git(["--git-dir", url.path, "cat-file", "tree", tree.hex]).stdoutData.count
        let pack = try #require(try FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent("objects/pack").path).first { $0.hasSuffix(".pack") })
        let listing = try Shell.git(["verify-pack", "-v", url.appendingPathComponent("objects/pack/\(pack)").path])
        let line = try #require(listing.stdout.split(separator: "\n").first { $0.hasPrefix(tree.hex) })
        let packed = try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[3]))
        // The object's header (3 bytes for this size), the zlib header, one stored block's 5 bytes,
        // the content and its Adler-32.
        #expect(packed == treeSize + 3 + 2 + 5 + 4, "\(packed) for \(treeSize)")
    }

    @Test func thePacksIndexIsByteForByteTheOneGitWouldWrite() throws {
        let (repo, url) = try bare()
        try repo.bufferObjectsInMemory()
        var updates: [TreeUpdate] = []
        for i in 0..<300 {
            let content = i % 3 == 0 ? Scenario.noise(5_000 + i, seed: UInt64(i)) : Data("第\(i)周 周报\n".utf8)
            updates.append(.upsert(path: "docs/\(i % 7)/周报-\(i).bin", blob: try repo.writeBlob(content)))
        }
        let tree = try repo.updateTree(nil, updates)
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "index\n")
        try repo.flushObjects()
        // Readable through libgit2 at once, from the pack alone.
        #expect(try repo.commit(commit).tree == tree)
        try repo.updateReference("refs/heads/main", to: commit, expecting: nil, message: "test")

        let packs = url.appendingPathComponent("objects/pack")
        let names = try FileManager.default.contentsOfDirectory(atPath: packs.path).sorted()
        #expect(names.count == 2 && names.allSatisfy { $0.hasPrefix("pack-") }, "\(names)")
        let pack = try #require(names.first { $0.hasSuffix(".pack") })
        // Named by the pack's checksum, read-only, as git leaves its packs.
        let trailer = try Data(contentsOf: packs.appendingPathComponent(pack)).suffix(20)
        #expect(pack == "pack-" + trailer.map { String(format: "%02x", $0) }.joined() + ".pack")
        let mode = try FileManager.default.attributesOfItem(atPath: packs.appendingPathComponent(pack).path)[.posixPermissions] as? Int
        #expect(mode == 0o444)
        let rebuilt = folder.path("rebuilt.idx")
        let indexed = try Shell.git(["index-pack", "-o", rebuilt.path, packs.appendingPathComponent(pack).path])
        #expect(indexed.succeeded, "\(indexed.stderr)")
        let ours = try Data(contentsOf: packs.appendingPathComponent(pack.replacingOccurrences(of: ".pack", with: ".idx")))
        #expect(ours == (try Data(contentsOf: rebuilt)))
        #expect(try Shell.git(["--git-dir", url.path, "fsck", "--full", "--strict"]).succeeded)
    }

    @Test func blobsHashedAwayFromTheRepositoryAreWrittenAsGitWouldHashThem() async throws {
        let (repo, url) = try bare()
        try repo.bufferObjectsInMemory()
        let contents = (0..<8).map { Scenario.noise(10_000 + $0, seed: UInt64($0)) }
        // Hashed on other threads, as the daemon does while files wait.
        let hashed = try await withThrowingTaskGroup(of: HashedBlob.self) { group in
            for content in contents { group.addTask { try HashedBlob(content) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        var updates: [TreeUpdate] = []
        for blob in hashed {
            let file = try folder.write("h-\(blob.id.hex).bin", blob.data)
            #expect(blob.id.hex + "\n" == (try Shell.git(["hash-object", file.path]).stdout))
            #expect(try repo.writeBlob(blob) == blob.id)
            updates.append(.upsert(path: "docs/\(blob.id.hex).bin", blob: blob.id))
        }
        let tree = try repo.updateTree(nil, updates)
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "hashed\n")
        #expect(try repo.flushObjects() == 8 + 2 + 1)
        try repo.updateReference("refs/heads/main", to: commit, expecting: nil, message: "test")
        #expect(try Shell.git(["--git-dir", url.path, "fsck", "--full", "--strict"]).succeeded)
        for blob in hashed {
            #expect(try Shell.git(["--git-dir", url.path, "cat-file", "blob", blob.id.hex]).stdoutData == blob.data)
        }
    }

    @Test func discardedObjectsNeverReachTheDisk() throws {
        let (repo, url) = try bare()
        try repo.bufferObjectsInMemory()
        let blob = try repo.writeBlob(Data("draft".utf8))
        repo.discardPendingObjects()
        #expect(try Shell.git(["--git-dir", url.path, "cat-file", "-e", blob.hex]).status != 0)
        #expect(try repo.flushObjects() == 0)
    }

    @Test func referenceUpdatesAreCompareAndSwap() throws {
        let (repo, url) = try bare()
        let tree = try repo.updateTree(nil, [.upsert(path: "a", blob: try repo.writeBlob(Data("a".utf8)))])
        let first = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "1\n")
        let second = try repo.createCommit(tree: tree, parents: [first], author: signature(), committer: signature(), message: "2\n")
        let rival = try repo.createCommit(tree: tree, parents: [first], author: signature(), committer: signature(), message: "rival\n")
        try repo.updateReference("refs/heads/main", to: first, expecting: nil, message: "1")

        // Creating what exists is refused.
        let exists = #expect(throws: GitError.self) { try repo.updateReference("refs/heads/main", to: second, expecting: nil, message: "x") }
        #expect(exists?.code == .exists)
        try repo.updateReference("refs/heads/main", to: second, expecting: first, message: "2")
        // Expecting a stale value is refused, and main stays where it was.
        let stale = #expect(throws: GitError.self) { try repo.updateReference("refs/heads/main", to: rival, expecting: first, message: "r") }
        #expect(stale?.code == .modified)
        #expect(try Shell.git(["--git-dir", url.path, "rev-parse", "main"]).stdout == second.hex + "\n")
        #expect(try repo.isAncestor(first, of: second))
        #expect(try !repo.isAncestor(rival, of: second))
    }

    @Test func aHeldLockIsReportedAsLocked() throws {
        let (repo, url) = try bare()
        let tree = try repo.emptyTree()
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "1\n")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("refs/heads"), withIntermediateDirectories: true)
        try Data().write(to: url.appendingPathComponent("refs/heads/main.lock"))
        let error = #expect(throws: GitError.self) { try repo.updateReference("refs/heads/main", to: commit, expecting: nil, message: "x") }
        #expect(error?.code == .locked)
    }

    @Test func annotatedTagsAreRealTagObjects() throws {
        let (repo, url) = try bare()
        let tree = try repo.emptyTree()
        let commit = try repo.createCommit(tree: tree, parents: [], author: signature(), committer: signature(), message: "1\n")
        let tag = try repo.createTagObject(name: "release/P-1/核心平台/2.1.0", target: commit, tagger: signature(), message: "发行记录\n")
        try repo.flushObjects()
        try repo.updateReference("refs/tags/release/P-1/核心平台/2.1.0", to: tag, expecting: nil, message: "tag")
        #expect(try Shell.git(["--git-dir", url.path, "cat-file", "-t", "release/P-1/核心平台/2.1.0"]).stdout == "tag\n")
        #expect(try Shell.git(["--git-dir", url.path, "rev-parse", "release/P-1/核心平台/2.1.0^{commit}"]).stdout == commit.hex + "\n")
        let info = try #require(try repo.tag(tag))
        #expect(info.name == "release/P-1/核心平台/2.1.0" && info.target == commit && info.message == "发行记录\n")
        #expect(try repo.references(matching: "refs/tags/release/*").map(\.name) == ["refs/tags/release/P-1/核心平台/2.1.0"])
        #expect(try repo.tag(commit) == nil)
    }

    @Test func streamedBlobsMatchGitHashObject() throws {
        let (repo, _) = try bare()
        let content = Scenario.noise(3 << 20 + 17, seed: 9)
        let file = try folder.write("big.bin", content)
        var offset = 0
        let id = try repo.writeBlob { buffer in
            let n = min(buffer.count, content.count - offset)
            content.withUnsafeBytes { src in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + n)]))
            }
            offset += n
            return n
        }
        let expected = try Shell.git(["hash-object", file.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.hex == expected)
        #expect(try repo.blobSize(id) == content.count)
        #expect(try repo.blobData(id) == content)
    }

    @Test func objectIDsRoundTripThroughHex() {
        let hex = "0123456789abcdef0123456789abcdef01234567"
        #expect(ObjectID(hex: hex)?.hex == hex)
        #expect(ObjectID(hex: hex.uppercased())?.hex == hex)
        #expect(ObjectID(hex: "xyz") == nil)
        #expect(ObjectID(hex: String(hex.dropLast())) == nil)
    }

    @Test func referenceNamesAreCheckedAsGitChecksThem() {
        #expect(Repository.isValidReferenceName("refs/tags/release/P-1/核心平台/2.1.0"))
        #expect(!Repository.isValidReferenceName("refs/tags/release/P-1/核心 平台/2.1.0"))
        #expect(!Repository.isValidReferenceName("refs/tags/a..b"))
    }

    @Test func aClonesUpstreamAndWhereItMeetsHEADAreWhatGitSays() throws {
        let (_, url) = try bare()
        let clone = folder.path("clone")
        func git(_ arguments: [String]) throws -> String {
            let result = try Shell.git(arguments, in: clone)
            guard result.succeeded else { throw CocoaError(.fileReadUnknown, userInfo: [NSDebugDescriptionErrorKey: "\(result)"]) }
            return result.stdout.trimmingCharacters(in: .newlines)
        }
        try Shell.git(["clone", "-q", url.path, clone.path])
        _ = try git(["commit", "-q", "--allow-empty", "-m", "one"])
        _ = try git(["push", "-q", "origin", "HEAD:main"])
        _ = try git(["fetch", "-q"])
        _ = try git(["branch", "-q", "--set-upstream-to=origin/main"])
        _ = try git(["commit", "-q", "--allow-empty", "-m", "two"])
        let repository = try Repository.open(at: clone.appendingPathComponent(".git"))
        #expect(try repository.upstreamOfHead() == "refs/remotes/origin/main")
        let head = try #require(try repository.resolveReference("HEAD"))
        let upstream = try #require(try repository.resolveReference("refs/remotes/origin/main"))
        #expect(try repository.mergeBase(head, upstream)?.hex == (try git(["merge-base", "HEAD", "origin/main"])))
        // A branch that follows nothing, and a detached HEAD, have no upstream.
        _ = try git(["checkout", "-q", "-b", "alone"])
        #expect(try repository.upstreamOfHead() == nil)
        _ = try git(["checkout", "-q", "--detach"])
        #expect(try repository.upstreamOfHead() == nil)
        // Two histories that never meet have no common ancestor.
        _ = try git(["checkout", "-q", "--orphan", "other"])
        _ = try git(["commit", "-q", "--allow-empty", "-m", "other"])
        let other = try #require(try repository.resolveReference("HEAD"))
        #expect(try repository.mergeBase(other, upstream) == nil)
    }
}
