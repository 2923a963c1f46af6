import Foundation
import GitKit
import CMKeeperTestSupport
import Testing
@testable import CMKeeperCore

/// The case-collision check compares only the names a change brings into a folder (and reads no
/// folder the change creates): on random changes to random collision-free trees, it finds
/// exactly what comparing every name of every folder the change adds to finds.
struct CaseCollisionsTests {
    /// Folder names and file names, with twins in case (ASCII; `ı` and `I`) and names without case.
    static let folders = ["d", "D", "docs", "Docs", "DOCS", "项目", "ı", "I"]
    static let files = ["x.txt", "X.TXT", "k", "K", "i", "ı", "I", "说明.docx", "d"]
    /// What a collision-free tree is built from: no two valid names fold alike. The Kelvin sign
    /// folds as `k` but is not NFC, so it is never a valid name and never collides.
    static let plainFolders = ["d", "docs", "项目"]
    static let plainFiles = ["x.txt", "k", "\u{212A}", "i", "说明.docx"]

    @Test func findsWhatTheFullCheckFinds() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let repository = library.repository
        var random = SeededRandom(seed: 2026)
        var collisions = 0
        var rounds = 0
        for round in 0..<300 {
            func path(_ folders: [String], _ files: [String]) -> String {
                let depth = Int.random(in: 0...3, using: &random)
                return ((0..<depth).map { _ in folders.randomElement(using: &random)! } + [files.randomElement(using: &random)!]).joined(separator: "/")
            }
            func upserts(_ paths: [String]) throws -> [TreeUpdate] {
                try Set(paths).sorted().map { .upsert(path: $0, blob: try repository.writeBlob(Data($0.utf8))) }
            }
            // A collision-free tree (or none, as `validate` starts from), then files added to it;
            // a file may not land on a folder or go below a file: such rounds are skipped.
            let planted = (0..<Int.random(in: 1...12, using: &random)).map { _ in path(Self.plainFolders, Self.plainFiles) }
            let added = (0..<Int.random(in: 1...4, using: &random)).map { _ in path(Self.folders, Self.files) }
            var base: ObjectID? = nil
            if round % 10 != 0 {
                guard let planted = try? repository.updateTree(nil, upserts(planted)) else { continue }
                base = planted
            }
            guard let tree = try? repository.updateTree(base, upserts(added)) else { continue }
            let before = try base.map { Snapshot(repository: repository, tree: $0) } ?? library.snapshot(at: nil)
            let after = Snapshot(repository: repository, tree: tree)
            let paths = try repository.diff(from: base, to: tree).filter { $0.status == .added }.compactMap { try? RepositoryPath(validating: $0.path) }

            let found = try CaseCollisions(before: before, after: after).problems(among: paths)
            let expected = try Self.fullCheck(among: paths, in: after)
            #expect(found == expected, "round \(round): \(added) onto \(base.map { try! repository.walk(tree: $0).map(\.path) } ?? [])")
            collisions += expected.count
            rounds += 1
        }
        // Most rounds ran, and they did meet collisions.
        #expect(rounds > 150)
        #expect(collisions > 50)
    }

    /// Every pair of valid names in every folder an added path is in or below, as the check
    /// compared them before it learnt to compare only new names.
    static func fullCheck(among added: [RepositoryPath], in after: Snapshot) throws -> [ValidationProblem] {
        var folders = Set<String>()
        for path in added {
            var parent = path.parent
            folders.insert(parent?.string ?? "")
            while let p = parent {
                parent = p.parent
                folders.insert(parent?.string ?? "")
            }
        }
        var problems: [ValidationProblem] = []
        for folder in folders.sorted() {
            let entries = folder.isEmpty ? try after.tree.map { try after.repository.entries(ofTree: $0) } ?? [] : try after.children(of: folder)
            let names = entries.compactMap { try? RepositoryPath(validating: $0.path) }
            for (a, b) in RepositoryPath.caseCollisions(in: names) {
                let prefix = folder.isEmpty ? "" : folder + "/"
                problems.append(ValidationProblem(
                    path: prefix + b.string, message: .differsOnlyInCase(prefix + a.string), hint: .renameOneOfCaseTwins))
            }
        }
        return problems
    }
}
