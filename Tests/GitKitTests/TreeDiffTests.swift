import CMKeeperTestSupport
import Foundation
import Testing
@testable import GitKit

/// `diff(from:to:)` skips subtrees that are the same on both sides; on random pairs of trees
/// (files, executables, links and submodules, with files becoming folders and back) it finds
/// exactly what libgit2's own tree diff, which reads every subtree, finds.
struct TreeDiffTests {
    let folder = TemporaryFolder("gitkit-diff")

    @Test func findsWhatLibgit2Finds() throws {
        let repository = try Repository.createBare(at: folder.path("repo.git"))
        var random = SeededRandom(seed: 2026)
        // Names that sort between a file "a" and a folder "a" ("a/"), so that the walk over both
        // trees meets a name turning from file to folder with other entries in between.
        let names = ["a", "a-b", "a.txt", "a0", "b", "B", "c.txt", "项目", "z"]
        let kinds: [EntryKind] = [.file, .file, .file, .executable, .symlink, .submodule]
        func tree(_ count: Int) throws -> ObjectID? {
            var updates: [String: TreeUpdate] = [:]
            for _ in 0..<count {
                let depth = Int.random(in: 1...3, using: &random)
                let path = (0..<depth).map { _ in names.randomElement(using: &random)! }.joined(separator: "/")
                let kind = kinds.randomElement(using: &random)!
                let blob = kind == .submodule ? ObjectID(hex: String(repeating: "ab", count: 20))! : try repository.writeBlob(Data("\(Int.random(in: 0...2, using: &random))".utf8))
                updates[path] = .upsert(path: path, blob: blob, kind: kind)
            }
            return try? repository.updateTree(nil, updates.keys.sorted().map { updates[$0]! })
        }
        var compared = 0
        var changes = 0
        for _ in 0..<400 {
            guard let old = try tree(Int.random(in: 0...10, using: &random)) else { continue }
            // Either a tree of its own or the same tree with a few paths changed.
            var new = try tree(Int.random(in: 0...10, using: &random))
            if Bool.random(using: &random), let edited = try? repository.updateTree(old, [.upsert(path: "a/b", blob: try repository.writeBlob(Data("x".utf8)))]) { new = edited }
            guard let new else { continue }
            for (from, to) in [(old, new), (new, old), (nil, new), (old, nil)] as [(ObjectID?, ObjectID?)] {
                let found = try repository.diff(from: from, to: to)
                #expect(found == (try repository.libgit2Diff(from: from, to: to)))
                changes += found.count
                compared += 1
            }
        }
        #expect(compared > 400 && changes > 1500, "\(compared) comparisons, \(changes) changes")
    }

    /// Trees out of git's order (hand-made) are paired by name in tables: what changed is found
    /// exactly, where libgit2's lookup by name (a halving search, as its own diff does) would
    /// report unchanged entries as deleted and added.
    @Test func treesOutOfOrderArePairedByName() throws {
        let gitDir = folder.path("unsorted.git")
        _ = try Repository.createBare(at: gitDir)
        let repository = try Repository.open(at: gitDir)
        func blob(_ text: String) throws -> String { try HandMadeTree.blob(text, gitDir: gitDir) }
        func tree(_ entries: [(String, String)]) throws -> ObjectID {
            var bytes = Data()
            for (name, id) in entries {
                bytes += Data("100644 \(name)".utf8) + Data([0]) + Data(ObjectID(hex: id)!.bytes)
            }
            let written = try Shell.run("git", ["--git-dir", gitDir.path, "hash-object", "--literally", "-t", "tree", "-w", "--stdin"], input: bytes)
            return try #require(ObjectID(hex: written.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(written)")
        }
        let (one, two, three) = (try blob("1"), try blob("2"), try blob("3"))
        let old = try tree([("z", one), ("b", one), ("a", one)])
        let new = try tree([("a", one), ("c", three), ("z", one), ("b", two)])
        for (from, to) in [(old, new), (new, old)] {
            let found = try repository.diff(from: from, to: to)
            #expect(found.map(\.path) == ["b", "c"])
            #expect(found.map(\.status) == [.modified, from == old ? .added : .deleted])
        }
    }
}
