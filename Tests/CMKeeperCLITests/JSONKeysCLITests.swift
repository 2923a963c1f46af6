import CMKeeperTestSupport
import Foundation
import Testing

/// Every `--json` output keeps one key style: snake_case, as release-log.jsonl has it.
@Suite("JSON output: snake_case keys throughout")
struct JSONKeysCLITests {
    /// Every key in a JSON value, at any depth.
    func keys(_ value: Any) -> [String] {
        if let object = value as? [String: Any] { return object.keys.sorted() + object.values.flatMap(keys) }
        if let array = value as? [Any] { return array.flatMap(keys) }
        return []
    }

    @Test func theMainCommandsPrintOnlySnakeCaseKeys() throws {
        let folder = TemporaryFolder("json-keys")
        let target = folder.path("demo")
        let demo = try CLI.run(["demo", target.path, "--json"], user: "zhang.cm")
        #expect(demo.succeeded, "\(demo)")
        let library = target.appendingPathComponent("library")
        let commands: [([String], String?)] = [
            (["project", "list", "--json"], nil),
            (["status", "--json"], nil),
            (["status", "P-2026-001", "--json"], nil),
            (["releases", "P-2026-001", "--json"], nil),
            (["roles", "list", "--json"], nil),
            (["validate", "--json"], nil),
            (["verify", "--json"], nil),
            (["baseline", "P-2026-001", "--json"], "zhang.cm"),
            (["daemon", "status", "--json"], nil),
            (["submit", "P-2026-404", "x.docx", "--json"], "wang.pm"),
        ]
        var all: [String] = keys(try CLI.json(demo))
        for (arguments, user) in commands {
            let result = try CLI.run(arguments, user: user, library: library)
            guard let json = try? CLI.json(result) else {
                Issue.record("\(arguments.joined(separator: " ")) printed no JSON: \(result)")
                continue
            }
            let found = keys(json)
            #expect(!found.isEmpty, "\(arguments.joined(separator: " "))")
            all += found
            let wrong = Set(found.filter { $0.range(of: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", options: .regularExpression) == nil })
            #expect(wrong.isEmpty, "\(arguments.joined(separator: " ")): \(wrong.sorted())")
        }
        #expect(all.contains("created_at"))
    }
}
