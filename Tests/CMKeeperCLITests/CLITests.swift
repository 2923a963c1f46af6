import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// The real cmkeeper binary, run as a user would run it.
enum CLI {
    static let binary: String = {
        // The test runner lives in the same build folder as the executable.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("cmkeeper").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return "cmkeeper"
    }()

    @discardableResult
    static func run(_ arguments: [String], user: String? = nil, library: URL? = nil, in directory: URL? = nil) throws -> CommandResult {
        var env: [String: String] = [:]
        if let user { env["CMKEEPER_USER"] = user }
        if let library { env["CMKEEPER_LIBRARY"] = library.path }
        return try Shell.run(binary, arguments, in: directory, environment: env)
    }

    static func json(_ result: CommandResult) throws -> Any {
        try JSONSerialization.jsonObject(with: result.stdoutData)
    }
}

@Suite("The cmkeeper command line")
struct CLITests {
    @Test func demoRunsTheMainJobAndSaysWhatItDid() throws {
        let folder = TemporaryFolder("cli-demo")
        let target = folder.path("demo")
        let result = try CLI.run(["demo", target.path], user: "zhang.cm")
        #expect(result.succeeded, "\(result)")
        #expect(result.stdout.contains("Released 核心业务平台 2.1.0 to P-2026-001 as P-2026-001-R1"))
        #expect(result.stdout.contains("git lfs pull"))
        let repo = target.appendingPathComponent("library/repo.git")
        #expect(try Shell.git(["--git-dir", repo.path, "fsck", "--full", "--strict"]).succeeded)
        #expect(try Shell.git(["--git-dir", repo.path, "cat-file", "-t", "release/P-2026-001/核心业务平台/2.1.0"]).stdout == "tag\n")
        // The sample goes on: the manager submits the overall plan, the sample's leadership approves it.
        let library = target.appendingPathComponent("library")
        let plan = try folder.write("项目实施及验收总体计划.docx", Data("PK\u{3}\u{4} plan".utf8))
        #expect(try CLI.run(["submit", "P-2026-001", plan.path], user: "wang.pm", library: library).succeeded)
        let approved = try CLI.run(["approve", "P-2026-001", "项目实施及验收总体计划"], user: "liu.lead", library: library)
        #expect(approved.succeeded && approved.stdout.contains("as 分管领导 (leadership)"), "\(approved)")
        #expect(try CLI.run(["status", "P-2026-001"], library: library).stdout.contains("✔ 项目实施及验收总体计划 的 分管领导 审批  by 刘总 (liu.lead) at "))
        // A second demo into the same folder is refused, and says why.
        let again = try CLI.run(["demo", target.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func aCMEngineersDayInJSON() throws {
        let s = Scenario()
        try s.sampleProduct()
        let lib = s.libraryURL
        let initResult = try CLI.run(["init", lib.path, "--product-library", s.productsURL.path, "--json"], user: s.cm)
        #expect(initResult.succeeded, "\(initResult)")
        let initJSON = try #require(try CLI.json(initResult) as? [String: Any])
        #expect(initJSON["cm_engineer"] as? String == s.cm)

        let create = try CLI.run(
            ["project", "create", "P-2026-001", "--name", "示例银行核心系统实施", "--manager", "wang.pm", "--customer", "示例银行", "--size", "large", "--json"],
            user: s.cm, library: lib)
        #expect(create.succeeded, "\(create)")
        let project = try #require((try CLI.json(create) as? [String: Any])?["project"] as? [String: Any])
        #expect(project["phase"] as? String == "preparation" && project["size"] as? String == "large")

        let list = try CLI.run(["project", "list", "--json"], library: lib)
        let projects = try #require(try CLI.json(list) as? [[String: Any]])
        #expect(projects.map { $0["id"] as? String } == ["P-2026-001"])

        let release = try CLI.run(["release", "P-2026-001", "核心业务平台", "2.1.0", "--message", "首次安装", "--json"], user: s.cm, library: lib)
        #expect(release.succeeded, "\(release)")
        let record = try #require((try CLI.json(release) as? [String: Any])?["record"] as? [String: Any])
        #expect(record["id"] as? String == "P-2026-001-R1")
        #expect(record["recipient"] as? String == "wang.pm")
        #expect(record["released_by"] as? String == s.cm)
        let files = try #require(record["files"] as? [[String: Any]])
        #expect(files.count == 3)

        let releases = try CLI.run(["releases", "P-2026-001", "--json"], library: lib)
        let listed = try #require(try CLI.json(releases) as? [[String: Any]])
        #expect(listed.count == 1 && listed[0]["version"] as? String == "2.1.0")
        // The log in git says the same.
        let log = try s.git(["show", "main:projects/P-2026-001/release-log.jsonl"]).stdout
        #expect(log.contains("\"id\":\"P-2026-001-R1\""))
    }

    @Test func tablesForPeople() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let lib = s.libraryURL
        let release = try CLI.run(["release", "P-2026-001", "核心业务平台", "2.1.0"], user: s.cm, library: lib)
        #expect(release.succeeded, "\(release)")
        #expect(release.stdout.contains("Released 核心业务平台 2.1.0 to P-2026-001"))
        // Not a terminal: no progress bar drawn.
        #expect(!release.stderr.contains("█"))
        let table = try CLI.run(["releases"], library: lib).stdout
        let lines = table.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("RELEASED AT"))
        #expect(lines[1].contains("P-2026-001-R1") && lines[1].contains("核心业务平台"))
        let projects = try CLI.run(["project", "list"], library: lib).stdout
        #expect(projects.contains("示例银行核心系统实施"))
    }

    @Test func refusalsExitNonZeroWithAHintAndJSONErrors() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let lib = s.libraryURL
        let notCM = try CLI.run(["release", "P-2026-001", "核心业务平台", "2.1.0"], user: "wang.pm", library: lib)
        #expect(notCM.status == 1)
        #expect(notCM.stderr.contains("wang.pm may not release software"))
        #expect(notCM.stderr.contains("hint:"))

        let unknown = try CLI.run(["release", "P-2026-001", "核心业务平台", "9.9", "--json"], user: s.cm, library: lib)
        #expect(unknown.status == 1)
        let error = try #require((try CLI.json(unknown) as? [String: Any])?["error"] as? [String: Any])
        #expect(error["kind"] as? String == "not-found")
        #expect((error["hint"] as? String)?.contains("2.1.0") == true)

        let noLibrary = try CLI.run(["releases"], in: s.folder.url)
        #expect(noLibrary.status == 1)
        #expect(noLibrary.stderr.contains("cmkeeper init"))

        let badID = try CLI.run(["project", "create", "../evil", "--name", "x", "--manager", "wang"], user: s.cm, library: lib)
        #expect(badID.status == 1 && badID.stderr.contains("not a valid project id"))
    }

    @Test func theLibraryIsFoundFromTheCurrentFolder() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let result = try CLI.run(["project", "list", "--json"], in: s.libraryURL.appendingPathComponent("inbox"))
        #expect(result.succeeded, "\(result)")
    }

    @Test func helpTeaches() throws {
        let top = try CLI.run(["--help"]).stdout
        for command in ["init", "project", "release", "releases", "demo"] { #expect(top.contains(command)) }
        #expect(top.contains("CMKEEPER_LIBRARY"))
        let release = try CLI.run(["help", "release"]).stdout
        #expect(release.contains("release record"))
        #expect(release.contains("--json"))
    }
}

@Suite("cmkeeper roles")
struct RolesCLITests {
    @Test func aCMEngineerGrantsAndRevokesRoles() throws {
        let s = Scenario()
        try s.makeLibrary()
        let lib = s.libraryURL
        let grant = try CLI.run(["roles", "grant", "zhao", "customer-service", "--name", "赵敏", "--email", "zhao@example.com"], user: s.cm, library: lib)
        #expect(grant.succeeded, "\(grant)")
        let list = try CLI.run(["roles", "list", "--json"], library: lib)
        let users = try #require(try CLI.json(list) as? [[String: Any]])
        let zhao = try #require(users.first { $0["login"] as? String == "zhao" })
        #expect(zhao["roles"] as? [String] == ["customer-service"] && zhao["name"] as? String == "赵敏")
        #expect(try s.git(["show", "main:.cmkeeper/roles.toml"]).stdout.contains("赵敏"))
        // Not by someone else; never leaving the library without a CM engineer.
        let notCM = try CLI.run(["roles", "grant", "zhao", "cm-engineer"], user: "zhao", library: lib)
        #expect(notCM.status == 1 && notCM.stderr.contains("only a CM工程师 (cm-engineer) may"))
        let last = try CLI.run(["roles", "revoke", s.cm, "cm-engineer"], user: s.cm, library: lib)
        #expect(last.status == 1 && last.stderr.contains("without a CM engineer"))
        #expect(try CLI.run(["roles", "revoke", "zhao", "customer-service"], user: s.cm, library: lib).succeeded)
        let after = try #require(try CLI.json(try CLI.run(["roles", "list", "--json"], library: lib)) as? [[String: Any]])
        #expect(after.first { $0["login"] as? String == "zhao" }?["roles"] as? [String] == [])
    }

    @Test func grantingARoleSomeoneAlreadyHasSaysSoAndCommitsNothing() throws {
        let s = Scenario()
        try s.makeLibrary()
        let lib = s.libraryURL
        #expect(try CLI.run(["roles", "grant", "zhao", "customer-service", "--name", "赵敏"], user: s.cm, library: lib).succeeded)
        let before = try s.git(["rev-parse", "main"]).stdout
        let again = try CLI.run(["roles", "grant", "zhao", "customer-service"], user: s.cm, library: lib)
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.contains("zhao already has 客户服务部 (customer-service); nothing changed"), "\(again)")
        let sameName = try CLI.run(["roles", "grant", "zhao", "customer-service", "--name", "赵敏"], user: s.cm, library: lib)
        #expect(sameName.status == 0 && sameName.stdout.contains("already has"), "\(sameName)")
        #expect(try s.git(["rev-parse", "main"]).stdout == before, "nothing was committed")
        // Still only a CM engineer may, even when nothing would change.
        let notCM = try CLI.run(["roles", "grant", "zhao", "customer-service"], user: "zhao", library: lib)
        #expect(notCM.status == 1 && notCM.stderr.contains("only a CM工程师 (cm-engineer) may"), "\(notCM)")
        // A new name for someone who has the role is a change, and is committed.
        let renamed = try CLI.run(["roles", "grant", "zhao", "customer-service", "--name", "赵敏敏"], user: s.cm, library: lib)
        #expect(renamed.succeeded && !renamed.stdout.contains("already has"), "\(renamed)")
        #expect(try s.git(["show", "main:.cmkeeper/roles.toml"]).stdout.contains("赵敏敏"))
    }
}

@Suite("cmkeeper project create and --version")
struct SmallCLITests {
    @Test func aManagerWithNoRoleIsWarnedAbout() throws {
        let s = Scenario()
        try s.makeLibrary()
        let lib = s.libraryURL
        let unknown = try CLI.run(["project", "create", "P-2026-001", "--name", "某银行核心系统实施", "--manager", "wnag.pm"], user: s.cm, library: lib)
        #expect(unknown.succeeded, "\(unknown)")
        #expect(unknown.stderr.contains("warning: wnag.pm holds no role in .cmkeeper/roles.toml"), "\(unknown)")
        #expect(unknown.stderr.contains("cmkeeper roles grant wnag.pm project-manager"))
        #expect(try s.git(["cat-file", "-t", "main:projects/P-2026-001/project.toml"]).stdout == "blob\n")

        #expect(try CLI.run(["roles", "grant", "wang.pm", "project-manager"], user: s.cm, library: lib).succeeded)
        let known = try CLI.run(["project", "create", "P-2026-002", "--name", "某银行二期", "--manager", "wang.pm", "--json"], user: s.cm, library: lib)
        #expect(known.succeeded, "\(known)")
        #expect(!known.stderr.contains("warning"), "\(known)")
        #expect(try CLI.json(known) is [String: Any])
    }

    @Test func versionPrintsTheOneVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == CMKeeperVersion.current + "\n")
        #expect(CMKeeperVersion.current.split(separator: ".").count == 3)
    }
}

@Suite("cmkeeper hooks install")
struct HooksInstallCLITests {
    @Test func reinstallingHooksBringsAnOlderLibraryUpToDate() throws {
        let s = Scenario()
        try s.makeLibrary()
        // As a library made before cmkeeper set its pack configuration, without hooks.
        #expect(try s.git(["config", "--unset", "pack.deltaCacheSize"]).succeeded)
        let install = try CLI.run(["hooks", "install"], library: s.libraryURL)
        #expect(install.succeeded, "\(install)")
        #expect(try s.git(["config", "pack.deltaCacheSize"]).stdout == "1\n")
        for hook in ["pre-receive", "post-receive"] {
            let text = try String(contentsOf: s.repositoryURL.appendingPathComponent("hooks/\(hook)"), encoding: .utf8)
            #expect(text.contains("exec \"\(CLI.binary)\" hook \(hook)"))
        }
    }
}
