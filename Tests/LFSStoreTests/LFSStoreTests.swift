import CMKeeperTestSupport
import Foundation
import LFSStore
import Testing

@Suite("LFSStore: the git-lfs compatible object store")
struct LFSStoreTests {
    let folder = TemporaryFolder("lfs")

    var store: LFSStore { LFSStore(gitDirectory: folder.path("repo.git")) }

    func sha256sum(_ url: URL) throws -> String {
        String(try Shell.run("sha256sum", [url.path]).stdout.prefix(64))
    }

    @Test func storesAFileWhereGitLFSKeepsIt() throws {
        let source = try folder.write("产品/安装包.tar.gz", Scenario.noise(9 << 20 + 3, seed: 2))
        let stored = try store.store(contentsOf: source.path)
        #expect(!stored.alreadyPresent)
        #expect(stored.pointer.oid == (try sha256sum(source)))
        #expect(stored.pointer.size == 9 << 20 + 3)
        let oid = stored.pointer.oid
        let path = folder.path("repo.git/lfs/objects/\(oid.prefix(2))/\(oid.dropFirst(2).prefix(2))/\(oid)")
        #expect(store.objectPath(oid) == path.path)
        #expect(try Data(contentsOf: path) == (try Data(contentsOf: source)))
        #expect(store.contains(stored.pointer))
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("repo.git/lfs/tmp").path).isEmpty)
        try store.verify(stored.pointer)
    }

    @Test func storingTheSameContentAgainKeepsOneObject() throws {
        let a = try folder.write("a.bin", Scenario.noise(100_000, seed: 3))
        let b = try folder.write("b.bin", Scenario.noise(100_000, seed: 3))
        let first = try store.store(contentsOf: a.path)
        let second = try store.store(contentsOf: b.path)
        #expect(second.alreadyPresent && second.pointer == first.pointer)
    }

    @Test func emptyAndSmallFiles() throws {
        for (name, data) in [("empty", Data()), ("one", Data([7])), ("chunk", Scenario.noise(4 << 20, seed: 4))] {
            let source = try folder.write(name, data)
            let stored = try store.store(contentsOf: source.path)
            #expect(stored.pointer.oid == (try sha256sum(source)), "\(name)")
            #expect(stored.pointer.size == Int64(data.count))
        }
    }

    @Test func pointersAreByteForByteWhatGitLFSWrites() throws {
        let source = try folder.write("手册.pdf", Scenario.noise(12345, seed: 5))
        let stored = try store.store(contentsOf: source.path)
        let lfs = try Shell.run("git", ["lfs", "pointer", "--file=\(source.path)"], in: folder.url)
        #expect(lfs.succeeded, "\(lfs)")
        #expect(lfs.stdout == stored.pointer.text)
        #expect(LFSPointer(parsing: stored.pointer.data) == stored.pointer)
        #expect(LFSPointer(parsing: Data("not a pointer".utf8)) == nil)
        #expect(LFSPointer(parsing: Data(stored.pointer.text.replacingOccurrences(of: "sha256:", with: "sha1:").utf8)) == nil)
    }

    @Test func verifyFindsACorruptedObjectAndAMissingOne() throws {
        let source = try folder.write("x.bin", Scenario.noise(50_000, seed: 6))
        let stored = try store.store(contentsOf: source.path)
        let path = store.objectPath(stored.pointer.oid)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[100] ^= 0xff
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect {
            try store.verify(stored.pointer)
        } throws: { error in
            if case .corrupt = error as? LFSStoreError { return true }
            return false
        }
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: LFSStoreError.missing(oid: stored.pointer.oid)) { try store.verify(stored.pointer) }
    }

    @Test func aMissingSourceIsAClearError() throws {
        let error = #expect(throws: LFSStoreError.self) { _ = try store.store(contentsOf: folder.path("nope.bin").path) }
        #expect(error?.description.contains("nope.bin") == true)
        #expect(error?.description.contains("No such file") == true)
    }

    @Test func hashFileMatchesSha256sum() throws {
        let source = try folder.write("h.bin", Scenario.noise(5 << 20 + 1, seed: 7))
        let (oid, size) = try LFSStore.hashFile(at: source.path)
        #expect(oid == (try sha256sum(source)))
        #expect(size == 5 << 20 + 1)
    }
}

@Suite("LFSStore: what a killed copy leaves")
struct LFSStoreLeftoverTests {
    @Test func aTemporaryNoLiveProcessHoldsIsRemovedAndAHeldOneKept() throws {
        let folder = TemporaryFolder("lfs-tmp")
        let store = LFSStore(gitDirectory: folder.path("repo.git"))
        let left = try folder.write("repo.git/lfs/tmp/cmkeeper-LEFT", Data("x".utf8))
        let held = try folder.write("repo.git/lfs/tmp/cmkeeper-HELD", Data("y".utf8))
        // A writer holds its file locked (here this test, as another process would).
        let fd = open(held.path, O_RDONLY)
        #expect(flock(fd, LOCK_EX) == 0)
        defer { close(fd) }
        store.removeAbandonedTemporaries()
        #expect(!FileManager.default.fileExists(atPath: left.path))
        #expect(FileManager.default.fileExists(atPath: held.path))
        _ = try store.store(contentsOf: try folder.write("a.bin", Data("a".utf8)).path)
        #expect(FileManager.default.fileExists(atPath: held.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("repo.git/lfs/tmp").path) == ["cmkeeper-HELD"])
    }
}

@Suite("LFSStore: an object already held is checked, not trusted")
struct LFSStoreRepairTests {
    let folder = TemporaryFolder("lfs-repair")

    var store: LFSStore { LFSStore(gitDirectory: folder.path("repo.git")) }

    /// Stores a file, damages its object with `damage`, stores the same content again: the
    /// second store must put the right bytes back and say they were new.
    func repairs(_ damage: (inout Data) -> Void) throws {
        let content = Scenario.noise(6 << 20 + 5, seed: 11)
        let source = try folder.write("安装包.bin", content)
        let first = try store.store(contentsOf: source.path)
        let object = URL(fileURLWithPath: store.objectPath(first.pointer.oid))
        var bytes = try Data(contentsOf: object)
        damage(&bytes)
        try bytes.write(to: object)
        #expect(throws: LFSStoreError.self) { try store.verify(first.pointer) }

        let second = try store.store(contentsOf: source.path)
        #expect(second.pointer == first.pointer)
        #expect(!second.alreadyPresent, "a damaged object is not content the store already held")
        try store.verify(first.pointer)
        #expect(try Data(contentsOf: object) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("repo.git/lfs/tmp").path).isEmpty)
    }

    @Test func aCorruptedObjectIsReplaced() throws {
        try repairs { $0[4 << 20] ^= 0x01 }
    }

    @Test func aTruncatedObjectIsReplaced() throws {
        try repairs { $0 = $0.prefix(1000) }
    }
}

@Suite("LFSStore: files are opened as they were checked")
struct OpenedFileTests {
    let folder = TemporaryFolder("opened-file")

    @Test func aLinkAFIFOAndAFolderAreRefusedWithoutBlocking() throws {
        let secret = try folder.write("secret.txt", "root only")
        let link = folder.path("link.bin")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: secret)
        let fifo = folder.path("fifo.bin")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        for (path, kind) in [(link, "a symbolic link"), (fifo, "a FIFO (named pipe)"), (folder.url, "a folder")] {
            #expect(throws: LFSStoreError.notRegularFile(path: path.path, kind: kind)) { _ = try OpenedFile.open(path.path) }
        }
        let store = LFSStore(gitDirectory: folder.path("repo.git"))
        #expect(throws: LFSStoreError.notRegularFile(path: fifo.path, kind: "a FIFO (named pipe)")) { _ = try store.store(contentsOf: fifo.path) }
    }

    @Test func anotherFileInItsPlaceIsRefused() throws {
        let file = try folder.write("a.bin", "first")
        let identity = try OpenedFile.open(file.path).identity
        // Kept aside, so that its inode is not reused for the new file.
        try FileManager.default.moveItem(at: file, to: folder.path("a.old"))
        try folder.write("a.bin", "other")
        #expect(throws: LFSStoreError.replaced(path: file.path)) { _ = try OpenedFile.open(file.path, expecting: identity) }
        let store = LFSStore(gitDirectory: folder.path("repo.git"))
        #expect(throws: LFSStoreError.replaced(path: file.path)) { _ = try store.store(contentsOf: file.path, expecting: identity) }
    }
}
