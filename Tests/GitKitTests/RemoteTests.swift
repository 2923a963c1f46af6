import CMKeeperTestSupport
import Foundation
import GitKit
import Testing

@Suite("GitKit: pushing to a remote by URL, checked with the real git")
struct RemoteTests {
    let folder = TemporaryFolder("gitkit-remote")

    /// A repository with two commits on main and an annotated tag on the first.
    func source() throws -> (repo: Repository, first: ObjectID, second: ObjectID) {
        let repo = try Repository.createBare(at: folder.path("source.git"))
        let signature = Signature(name: "张三", email: "zhang@example.com", date: Date(timeIntervalSince1970: 1_790_000_000))
        let tree1 = try repo.updateTree(nil, [.upsert(path: "a.txt", blob: try repo.writeBlob(Data("一\n".utf8)))])
        let first = try repo.createCommit(tree: tree1, parents: [], author: signature, committer: signature, message: "one\n")
        let tree2 = try repo.updateTree(tree1, [.upsert(path: "b.txt", blob: try repo.writeBlob(Data("二\n".utf8)))])
        let second = try repo.createCommit(tree: tree2, parents: [first], author: signature, committer: signature, message: "two\n")
        try repo.updateReference("refs/heads/main", to: second, expecting: nil, message: "test")
        let tag = try repo.createTagObject(name: "release/P-1/平台/1.0", target: first, tagger: signature, message: "release\n")
        try repo.updateReference("refs/tags/release/P-1/平台/1.0", to: tag, expecting: nil, message: "test")
        return (repo, first, second)
    }

    func mirror(_ name: String) throws -> URL {
        let url = folder.path(name)
        try #require(try Shell.git(["init", "-q", "--bare", url.path]).succeeded)
        return url
    }

    @Test func pushesMainAndTagsToAPathAndAFileURLAndListsThem() throws {
        let (repo, _, second) = try source()
        for url in [try mirror("plain.git").path, "file://" + (try mirror("url.git")).path] {
            let remote = try Remote(url: url, in: repo)
            #expect(try remote.references().isEmpty)
            try remote.push(["refs/heads/main:refs/heads/main", "refs/tags/release/P-1/平台/1.0:refs/tags/release/P-1/平台/1.0"])
            let gitDir = url.hasPrefix("file://") ? String(url.dropFirst(7)) : url
            #expect(try Shell.git(["--git-dir", gitDir, "rev-parse", "main"]).stdout == second.hex + "\n")
            #expect(try Shell.git(["--git-dir", gitDir, "fsck", "--strict"]).succeeded)
            let listed = try remote.references()
            #expect(listed.map(\.name) == ["refs/heads/main", "refs/tags/release/P-1/平台/1.0"])
            #expect(listed[0].target == second)
            // Nothing new: pushing again changes nothing and succeeds.
            try remote.push(["refs/heads/main:refs/heads/main"])
        }
    }

    @Test func aMissingRepositoryFailsWithLibgit2sMessage() throws {
        let (repo, _, _) = try source()
        let remote = try Remote(url: folder.path("missing.git").path, in: repo)
        let error = #expect(throws: GitError.self) { try remote.references() }
        #expect(error?.message.isEmpty == false)
        #expect(throws: GitError.self) { try remote.push(["refs/heads/main:refs/heads/main"]) }
    }

    @Test func aPasswordInTheURLNeverShowsInErrors() throws {
        let (repo, _, _) = try source()
        // Nothing listens on port 1: the connection is refused at once.
        let remote = try Remote(url: "https://cm:s3cret@127.0.0.1:1/library.git", in: repo)
        #expect(remote.displayURL == "https://cm:***@127.0.0.1:1/library.git")
        let error = #expect(throws: GitError.self) { try remote.references() }
        #expect(error?.description.contains("s3cret") == false, "\(String(describing: error))")
        #expect(error?.description.contains("127.0.0.1") == true, "\(String(describing: error))")
    }

    @Test func aMirrorThatMovedOnIsNotOverwritten() throws {
        let (repo, _, second) = try source()
        let url = try mirror("diverged.git")
        // The mirror's main holds a commit the source does not know.
        let other = folder.path("other")
        try #require(try Shell.git(["init", "-q", other.path]).succeeded)
        try folder.write("other/x.txt", "x")
        try Shell.git(["add", "x.txt"], in: other)
        try Shell.git(["commit", "-qm", "elsewhere"], in: other)
        try #require(try Shell.git(["push", "-q", url.path, "HEAD:main"], in: other).succeeded)
        let theirs = try Shell.git(["--git-dir", url.path, "rev-parse", "main"]).stdout
        #expect(throws: GitError.self) { try Remote(url: url.path, in: repo).push(["refs/heads/main:refs/heads/main"]) }
        #expect(try Shell.git(["--git-dir", url.path, "rev-parse", "main"]).stdout == theirs)
        #expect(theirs != second.hex + "\n")
    }
}
