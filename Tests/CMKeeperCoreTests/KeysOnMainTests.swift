import Foundation
import CMKeeperTestSupport
import Testing

@testable import CMKeeperCore

/// post-receive reads keys.toml from main with `git cat-file --batch`, not through libgit2:
/// what it reads must be exactly the blob main holds, nil when main has none, and an error
/// (never an empty key list) when git cannot read it.
@Suite("post-receive's read of keys.toml")
struct KeysOnMainTests {
    @Test func readsMainsBlobByteForByteAndNilWithoutOne() throws {
        let s = Scenario()
        let library = try s.makeLibraryWithProject()
        #expect(try HookRunner.keysOnMain(s.repositoryURL) == nil)
        for (index, name) in [s.manager, s.cm].enumerated() {
            let key = try SSHKeys.make(in: s.folder, named: "key-\(index)")
            let text = try String(contentsOf: URL(fileURLWithPath: key.path + ".pub"), encoding: .utf8)
            _ = try library.addKey(try PublicKey.parse(text, source: key.path), for: name, by: s.cm, program: "/usr/bin/cmkeeper")
        }
        let blob = try s.git(["cat-file", "blob", "main:.cmkeeper/keys.toml"])
        #expect(blob.succeeded)
        let read = try #require(try HookRunner.keysOnMain(s.repositoryURL))
        #expect(read == blob.stdout)
        #expect(try KeyBook.parse(read, file: ".cmkeeper/keys.toml") == library.keys())
    }

    @Test func aRepositoryGitCannotReadIsAnErrorNotAnEmptyList() throws {
        let s = Scenario()
        let folder = s.folder.path("not-a-repository")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: CMKeeperError.self) { try HookRunner.keysOnMain(folder) }
    }
}
