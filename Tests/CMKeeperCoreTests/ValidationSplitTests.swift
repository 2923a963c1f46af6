import Foundation
import GitKit
import CMKeeperTestSupport
import Testing
@testable import CMKeeperCore

/// A large change is checked in runs of whole projects on threads of their own (`checkPaths`).
/// On random libraries full of problems, the split check must find exactly what one pass finds,
/// in the same order: for `validate` (the whole tree as new) and for pushes by each role.
struct ValidationSplitTests {
    static let ids = ["P-2026-001", "P-2026-001-a", "P-2026-0010", "P-2026-002", "P-2026-01", "P-2027-001", "p-2027-001", "X", "x", "项目一"]
    static let folders = ["preparation", "installation", "trial-run", "training", "acceptance", "change-requests",
                          "weekly-reports", "attachments", "Preparation", "releases/核心业务平台/2.1.0", "", "preparation/old"]
    static let extras = ["项目周报-2026-W01.xlsx", "需求变更申请单-CR-001.docx", "notes.txt", "~$计划.docx", "计划.docx", "A.docx", "a.docx",
                         "release-log.jsonl", "approvals.jsonl", "baselines.jsonl", ".gitattributes", "con.txt"]

    @Test(arguments: 1...4 as ClosedRange<UInt64>)
    func findsWhatOnePassFinds(seed: UInt64) throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        // A handle that keeps nothing in memory, as the hook's and `validate`'s: only such a
        // handle can be opened again for other threads.
        let repository = try Repository.open(at: s.repositoryURL)
        let process = ProcessDefinition.defaultDefinition
        var random = SeededRandom(seed: seed)
        let names = process.documentTypes.map { $0.path.fileName } + Self.extras
        let extensions = ["docx", "xlsx", "pdf", "doc", "zip"]
        let main = try #require(try library.snapshot().tree)
        var caseTwins = 0
        var pointers = 0
        let keptOnce = process.documentTypes.filter { $0.multiplicity == .one && !$0.writtenBySystem && $0.fileTypes.count > 1 }

        func file(_ text: String) throws -> ObjectID { try repository.writeBlob(Data(text.utf8)) }
        func record(_ id: String, manager: String, phase: String) -> String {
            let valid = ProjectRecord(id: id, name: "项目\(id)", customer: "客户", manager: manager, size: .small, phase: phase,
                                      createdAt: Date(timeIntervalSince1970: 1_790_000_000), createdBy: s.cm).serialized()
            switch Int.random(in: 0..<10, using: &random) {
            case 0: return valid.replacingOccurrences(of: "manager", with: "managed")
            case 1: return valid.replacingOccurrences(of: "phase = \"\(phase)\"", with: "phase = \"somewhere\"")
            case 2: return "id = [\n"
            case 3: return "version https://git-lfs.github.com/spec/v1\noid sha256:\(String(repeating: "ab", count: 32))\nsize 300\n"
            default: return valid
            }
        }
        /// Some projects with documents where they belong, and where they do not.
        func projects(_ count: Int, phase: String) throws -> [TreeUpdate] {
            var updates: [String: TreeUpdate] = [:]
            for id in Self.ids.shuffled(using: &random).prefix(count) {
                let manager = [s.manager, s.cm, "li.pm"].randomElement(using: &random)!
                updates["projects/\(id)/project.toml"] = .upsert(path: "projects/\(id)/project.toml", blob: try file(record(id, manager: manager, phase: phase)))
                for _ in 0..<Int.random(in: 2...14, using: &random) {
                    let folder = Self.folders.randomElement(using: &random)!
                    var name = names.randomElement(using: &random)!.replacingOccurrences(of: "*", with: ["", "2026-W07", "v2"].randomElement(using: &random)!)
                    if name.hasSuffix(".") { name += extensions.randomElement(using: &random)! }
                    let path = "projects/\(id)/" + (folder.isEmpty ? name : folder + "/" + name)
                    updates[path] = .upsert(path: path, blob: try file("\(path) \(Int.random(in: 0..<3, using: &random))"))
                }
            }
            // Some documents kept once, in two versions side by side.
            for id in Self.ids.shuffled(using: &random).prefix(count) {
                let type = keptOnce.randomElement(using: &random)!
                for fileType in type.fileTypes.shuffled(using: &random).prefix(2) {
                    let name = type.path.fileName.replacingOccurrences(of: "*", with: "v1")
                    let path = "projects/\(id)/" + (type.path.folder.isEmpty ? "" : type.path.folder + "/") + name + "." + fileType
                    updates[path] = .upsert(path: path, blob: try file(path))
                }
            }
            // A file may not land where a folder is: keep the first of each such pair.
            var kept: [TreeUpdate] = []
            var taken = Set<String>()
            for (path, update) in updates.sorted(by: { $0.key < $1.key }) {
                let parts = path.split(separator: "/")
                let prefixes = (1..<parts.count).map { parts[..<$0].joined(separator: "/") }
                guard !prefixes.contains(where: taken.contains), !taken.contains(where: { $0.hasPrefix(path + "/") }) else { continue }
                taken.insert(path)
                kept.append(update)
            }
            return kept
        }
        func check(_ before: Snapshot, _ after: Snapshot, user: String, roles: Bool, threads: Int) throws -> [ValidationProblem] {
            var options = ChangeValidator.Options(checkRoles: roles, commitMessage: "change")
            options.threads = threads
            options.pathsPerThread = 4
            let problems = try ChangeValidator(before: before, after: after, user: user, options: options).problems()
            // Case twins, judged folder by folder in runs and above them, are what one pass over
            // every folder finds.
            let added = try repository.diff(from: before.tree, to: after.tree).filter { $0.status == .added }
                .compactMap { try? RepositoryPath(validatingBytes: $0.pathBytes) }
            let twins = problems.filter { $0.hint == .renameOneOfCaseTwins }
            let full = try CaseCollisions(before: before, after: after).problems(among: added)
            #expect(twins == full, "\(twins.map(\.path)) against \(full.map(\.path))")
            caseTwins += twins.count
            pointers += problems.filter { $0.hint == .commitTextFileItself }.count
            // Every check got past the rules files to the paths.
            #expect(!problems.contains { $0.path.hasPrefix(".cmkeeper/") })
            return problems
        }

        var split = 0
        var found = 0
        var doubled = 0
        var approvals = 0
        for round in 0..<6 {
            let base = try repository.updateTree(main, try projects(Int.random(in: 3...8, using: &random), phase: "preparation"))
            // validate: the whole tree as new.
            let empty = Snapshot(repository: repository, commit: nil, tree: nil)
            let whole = Snapshot(repository: repository, tree: base)
            let one = try check(empty, whole, user: "", roles: false, threads: 1)
            if ChangeValidator.parts(of: try repository.diff(from: nil, to: base), threads: 3, pathsPerThread: 4).count > 1 { split += 1 }
            #expect(try check(empty, whole, user: "", roles: false, threads: 3) == one, "seed \(seed) round \(round): validate")

            // A push onto it: more projects, documents changed and removed, phases moved (to any
            // phase), approvals appended, by each role.
            let phases = process.phases.map(\.id)
            var updates = try projects(Int.random(in: 2...6, using: &random), phase: phases.randomElement(using: &random)!)
            for change in try repository.diff(from: nil, to: base) where change.path.hasSuffix("/project.toml") && Bool.random(using: &random) {
                let folder = String(change.path.dropLast("project.toml".count))
                let files = try repository.diff(from: nil, to: base).filter { $0.path.hasPrefix(folder) }.map { String($0.path.dropFirst(folder.count)) }
                let old = try whole.text(at: folder + "approvals.jsonl") ?? ""
                let type = process.documentTypes.randomElement(using: &random)!
                let approval = ApprovalRecord(
                    documentType: type.id, path: files.randomElement(using: &random)!, blob: String(repeating: "0", count: 40),
                    approvedBy: [s.cm, s.manager, "li.pm"].randomElement(using: &random)!, role: Role.allCases.randomElement(using: &random)!,
                    approvedAt: Date(timeIntervalSince1970: 1_790_000_000))
                updates.append(.upsert(path: folder + "approvals.jsonl", blob: try file(old + approval.jsonLine() + "\n")))
            }
            for change in try repository.diff(from: nil, to: base) where change.path.hasPrefix("projects/") && Int.random(in: 0..<6, using: &random) == 0 {
                updates.append(.remove(path: change.path))
            }
            guard let pushed = try? repository.updateTree(base, updates) else { continue }
            let after = Snapshot(repository: repository, tree: pushed)
            for user in [s.cm, s.manager, "li.pm"] {
                let one = try check(whole, after, user: user, roles: true, threads: 1)
                #expect(try check(whole, after, user: user, roles: true, threads: 3) == one, "seed \(seed) round \(round): push by \(user)")
                found += one.count
                approvals += one.filter { $0.path.hasSuffix("/approvals.jsonl") && $0.message.text(in: .en).contains("approv") }.count
            }
            let changes = try repository.diff(from: base, to: pushed)
            if ChangeValidator.parts(of: changes, threads: 3, pathsPerThread: 4).count > 1 { split += 1 }
            found += one.count
            doubled += one.filter { $0.message.text(in: .en).contains("second file") }.count
        }
        // The changes were split, the repository could be opened again, and there were problems to find.
        #expect(repository.reopening != nil)
        #expect(split >= 6, "\(split) of 12 changes split")
        #expect(found > 50)
        #expect(doubled > 1)
        #expect(caseTwins > 5)
        #expect(approvals > 1, "approvals judged: \(approvals)")
        #expect(pointers > 2, "text files taken by git-lfs: \(pointers)")
    }

    /// Runs end only where the paths of a project (or of another top folder) end, and every
    /// path is in exactly one run.
    @Test func runsKeepProjectsWhole() throws {
        func change(_ path: String) -> TreeChange {
            TreeChange(status: .added, pathBytes: Array(path.utf8), oldID: nil, oldKind: nil, newID: nil, newKind: .file)
        }
        /// The folder a run must keep whole, or nil for a path that may go anywhere.
        func group(_ path: String) -> [Substring]? {
            let names = path.split(separator: "/", omittingEmptySubsequences: false)
            if names.first == "projects" { return names.count > 2 ? Array(names.prefix(2)) : nil }
            return names.count > 1 ? [names[0]] : nil
        }
        let paths = [".cmkeeper/roles.toml", ".cmkeeper/process.toml", ".gitattributes", "a/b/c", "a/b/d", "a/x", "b", "projects/README"]
            + (1...9).flatMap { n in (1...n).map { "projects/P-\(n)/f\($0)" } } + (1...3).map { "projects/P-1-a/g\($0)" } + ["zz"]
        let changes = paths.map(change).sorted { $0.pathBytes.lexicographicallyPrecedes($1.pathBytes) }
        var cuts = 0
        for threads in 1...6 {
            for perThread in [1, 2, 3, 10, 100] {
                let parts = ChangeValidator.parts(of: changes, threads: threads, pathsPerThread: perThread)
                #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == changes.count)
                #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
                #expect(parts.count <= max(1, min(threads, changes.count / perThread)))
                for part in parts.dropFirst() {
                    let (before, after) = (changes[part.lowerBound - 1].path, changes[part.lowerBound].path)
                    #expect(group(before) == nil || group(before) != group(after), "\(before) | \(after)")
                    cuts += 1
                }
            }
        }
        #expect(cuts > 40)
        #expect(ChangeValidator.parts(of: changes, threads: 2, pathsPerThread: 10).count == 2)
    }
}
