import Foundation
import CMKeeperTestSupport
import Testing

@testable import CMKeeperCore

/// `ProcessPlaces` remembers what the process says about each path; its answers must be the
/// process's own, whatever the paths and however often they come back.
struct ProcessPlacesTests {
    @Test(arguments: 1...4 as ClosedRange<UInt64>)
    func everyAnswerIsTheProcesssOwnOnRandomPaths(seed: UInt64) {
        let process = ProcessDefinition.defaultDefinition
        var random = SeededRandom(seed: seed)
        // Paths as projects hold them: every document's pattern filled in, in the right and the
        // wrong folder and case, with other extensions, temp names, deeper and free folders.
        let folders = ["preparation", "installation", "trial-run", "training", "acceptance", "closed", "change-requests",
                       "weekly-reports", "attachments", "Preparation", "releases", "", "preparation/old", "x"]
        let names = process.documentTypes.map { $0.path.fileName } + ["项目周报-2026-W01.*", "需求变更申请单-CR-001.*", "notes.*", "~$计划.*", "计划.*"]
        let extensions = ["docx", "DOCX", "xlsx", "pdf", "doc", "txt", "zip", "", "jsonl"]
        var paths: [String] = []
        for _ in 0..<400 {
            let folder = folders.randomElement(using: &random)!
            var name = names.randomElement(using: &random)!.replacingOccurrences(of: "*", with: ["", "2026-W07", "a"].randomElement(using: &random)!)
            if name.hasSuffix(".") { name += extensions.randomElement(using: &random)! }
            paths.append(folder.isEmpty ? name : folder + "/" + name)
        }
        var places = ProcessPlaces(process)
        // Each path asked several times, in random order: the first answer is worked out, the
        // others remembered.
        for path in (paths + paths + paths).shuffled(using: &random) {
            #expect(places.documentType(matching: path)?.id == process.documentType(matching: path)?.id, "\(path)")
            for type in process.documentTypes {
                #expect(places.counts(path, as: type) == (type.path.matches(path) && type.allowsFileType(of: path)), "\(path) as \(type.id)")
            }
        }
    }
}
