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
        let names = ["a", "b", "B", "c.txt", "项目", "z"]
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
}
