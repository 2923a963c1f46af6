import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

/// `.gitattributes` patterns matched as the real git matches them.
struct AttributesLineTests {
    static let paths = [
        ".cmkeeper/process.toml", ".cmkeeper/roles.toml", ".gitattributes",
        "projects/P-2026-001/project.toml", "projects/P-2026-001/release-log.jsonl", "projects/P-2026-001/approvals.jsonl",
        "projects/P-2026-001/baselines.jsonl", "projects/P-2026-001/releases/核心业务平台/2.1.0/安装包/a.tar.gz",
        "projects/P-2026-001/attachments/扫描件.pdf", "projects/px/Project.TOML", "a/x/y/b", "a/b",
    ]

    static let patterns = [
        "*", "**", "*.toml", "*.TOML", "**/*.toml", "projects/**", "projects/*/project.toml", "/projects/*/project.toml",
        "projects/*", "projects/**/project.toml", "project.toml", ".cmkeeper/*", ".cmkeeper/", ".cmkeeper/**", ".cmkeeper",
        "*.jsonl", "**/approvals.jsonl", "projects/**/*.pdf", "projects/*/releases/**", "*.pdf", "[.]gitattributes", ".git*",
        "*attributes", "p*/*/p*.toml", "projects/P-[0-9]*/project.toml", "projects/P-[!0-9]*/project.toml",
        "projects/P-[^0-9]*/project.toml", "projects/P-2026-00?/*.jsonl", "**/.cmkeeper/**", "a/**/b", "proj*/**",
        "\"projects/*/project.toml\"", "\"projects/P-2026-001/\\160roject.toml\"", "projects/\\*/project.toml",
        "[[:alpha:]]*.toml", "[[:upper:]]*.toml", "P*/**", "*/*.toml", "*/process.toml", "**.jsonl", "projects/***/project.toml",
        "!*.toml", "#*.toml", "projects/*/*.{toml,jsonl}", "[a-c]/b", "[]a]/b", "projects/P-2026-001/releases/**/*.gz",
        "projects/**/releases/**",
    ]

    /// What the real git (with core.ignorecase, as on Windows and macOS clients) says each path's
    /// filter is, with `line` as the repository's only attributes.
    func gitSays(_ line: String, folder: TemporaryFolder, in subfolder: String = "") throws -> Set<String> {
        let repository = folder.path("repo-\(UUID().uuidString)")
        try Shell.git(["init", "-q", repository.path])
        try folder.write("\(repository.lastPathComponent)/\(subfolder)\(LibraryLayout.attributesFile)", Data((line + "\n").utf8))
        let result = try Shell.git(["-c", "core.ignorecase=true", "check-attr", "filter", "--"] + Self.paths, in: repository)
        #expect(result.succeeded, "\(result)")
        return Set(result.stdout.split(separator: "\n").compactMap { output in
            output.hasSuffix(": filter: lfs") ? String(output.dropLast(": filter: lfs".count)) : nil
        })
    }

    @Test func patternsMatchTheFilesTheRealGitGivesTheirAttributes() throws {
        let folder = TemporaryFolder("attributes")
        for pattern in Self.patterns {
            let line = "\(pattern) filter=lfs diff=lfs merge=lfs -text"
            let parsed = AttributesLine.parse(line)
            let ours = Set(Self.paths.filter { path in parsed.contains { $0.sets("filter", to: "lfs", macros: []) && $0.matches(path) } })
            #expect(ours == (try gitSays(line, folder: folder)), "pattern \(pattern)")
        }
    }

    @Test func aNestedFilesPatternsAreRelativeToItsFolder() throws {
        let folder = TemporaryFolder("attributes")
        for pattern in ["*/project.toml", "/P-2026-001/*.jsonl", "**", "project.toml", "projects/*/project.toml"] {
            let line = "\(pattern) filter=lfs"
            let parsed = AttributesLine.parse(line)
            let ours = Set(Self.paths.filter { $0.hasPrefix("projects/") && parsed[0].matches(String($0.dropFirst("projects/".count))) })
            #expect(ours == (try gitSays(line, folder: folder, in: "projects/")), "pattern \(pattern)")
        }
    }

    @Test func macrosThatSetTheFilterCount() throws {
        let text = "[attr]big filter=lfs diff=lfs merge=lfs -text\n[attr]bigger big\n*.toml bigger\n*.jsonl -big\n*.pdf filter=other\n"
        let lines = AttributesLine.parse(text)
        let macros = lines.filter { $0.macro != nil }
        #expect(lines.map { $0.sets("filter", to: "lfs", macros: macros) } == [true, true, true, false, false])
        #expect(lines[2].number == 3 && lines[2].matches(".cmkeeper/process.toml"))
        let folder = TemporaryFolder("attributes")
        #expect(try gitSays(text, folder: folder).contains(".cmkeeper/process.toml"))
    }
}
