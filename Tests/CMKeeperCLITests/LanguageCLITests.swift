import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Everything a person reads in the library's language: refusals of a real push (git's
/// `remote:` lines), of submit, status, and `--lang` and `CMKEEPER_LANG` for one command.
@Suite("The library's language: zh-CN and en through the real binary and real git")
struct LanguageCLITests {
    let doc = Data("PK\u{3}\u{4} a document".utf8)

    /// A library with one project and its hooks, in `language`, and a clone.
    func setUp(_ language: String) throws -> (Scenario, URL) {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let settings = s.libraryURL.appendingPathComponent("cmkeeper.toml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try #require(text.contains("language = \"en\""))
        try Data(text.replacingOccurrences(of: "language = \"en\"", with: "language = \"\(language)\"").utf8).write(to: settings)
        return (s, try s.clone())
    }

    /// The lines git prints from the hook: `remote: …`.
    func remoteLines(_ stderr: String) -> String {
        stderr.split(separator: "\n").filter { $0.hasPrefix("remote:") }.map { String($0.dropFirst("remote:".count)) }.joined(separator: "\n")
    }

    func expectChinese(_ text: String, _ words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(EnglishProse.runs(in: text).isEmpty, "English in: \(text)\n\(EnglishProse.runs(in: text))", sourceLocation: sourceLocation)
        for word in words { #expect(text.contains(word), "“\(word)” not in: \(text)", sourceLocation: sourceLocation) }
    }

    @Test func aPushRefusedByTheHookIsToldInChinese() throws {
        let (s, clone) = try setUp("zh-CN")
        let result = try s.commitAndPush(clone, as: s.manager, files: [
            "projects/P-2026-001/随便放的.docx": doc,
            "projects/P-2026-001/acceptance/安装验收报告.txt": doc,
            "projects/P-2026-001/acceptance/~$安装验收报告.docx": doc,
            "projects/P-2026-002/项目实施申请表.xlsx": doc,
            "projects/P-2026-001/attachments/CON.txt": doc,
        ])
        #expect(!result.succeeded)
        let remote = remoteLines(result.stderr)
        expectChinese(remote, ["cmkeeper 拒绝了这次推送", "不是流程在这里规定的文档", "安装验收报告必须是", "Office 锁文件", "如何恢复：", "这次推送的内容都没有进入配置库", "改正：", "是 Windows 设备名 CON"])
        #expect(try s.git(["log", "--format=%s", "main"]).stdout.contains("documents") == false)
    }

    @Test func theSamePushInAnEnglishLibraryIsToldInEnglish() throws {
        let (s, clone) = try setUp("en")
        let result = try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/随便放的.docx": doc])
        #expect(!result.succeeded)
        let remote = remoteLines(result.stderr)
        #expect(remote.contains("cmkeeper refused this push (1 problem):"), "\(remote)")
        #expect(remote.contains("is not a document of the process here"))
        #expect(remote.contains("To get back:"))
    }

    @Test func aRefusedSubmitIsToldInChineseAndLangChoosesEnglishForOneCommand() throws {
        let (s, _) = try setUp("zh-CN")
        let file = s.folder.path("desk/随便起的名字.docx")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try doc.write(to: file)
        let zh = try CLI.run(["submit", "P-2026-001", file.path], user: s.manager, library: s.libraryURL)
        #expect(!zh.succeeded)
        expectChinese(zh.stderr, ["cmkeeper：这次提交不符合流程", "文件名看不出是哪个文档", "提示：逐一改正上面的问题后重试"])

        let missing = try CLI.run(["submit", "P-2026-404", file.path], user: s.manager, library: s.libraryURL)
        expectChinese(missing.stderr, ["配置库中没有项目 P-2026-404", "提示："])

        let en = try CLI.run(["submit", "--lang", "en", "P-2026-001", file.path], user: s.manager, library: s.libraryURL)
        #expect(en.stderr.contains("cmkeeper: this submission breaks the process (1 problem)"), "\(en.stderr)")
        #expect(en.stderr.contains("its name does not say which document it is"))

        let variable = try Shell.run(CLI.binary, ["submit", "P-2026-001", file.path], environment: [
            "CMKEEPER_USER": s.manager, "CMKEEPER_LIBRARY": s.libraryURL.path, "CMKEEPER_LANG": "en",
        ])
        #expect(variable.stderr.contains("this submission breaks the process"), "\(variable.stderr)")

        let unknown = try CLI.run(["status", "--lang=fr"], library: s.libraryURL)
        #expect(!unknown.succeeded)
        #expect(unknown.stderr.contains("fr"), "\(unknown.stderr)")
    }

    @Test func statusReleasesAndProjectCreateAreChineseWithLocalTimesAndNames() throws {
        let (s, _) = try setUp("zh-CN")
        let settings = s.libraryURL.appendingPathComponent("cmkeeper.toml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "# timezone = \"Asia/Shanghai\"", with: "timezone = \"Asia/Shanghai\"").utf8).write(to: settings)
        #expect(try CLI.run(["roles", "grant", s.manager, "project-manager", "--name", "王强"], user: s.cm, library: s.libraryURL).succeeded)
        let release = try CLI.run(["release", "P-2026-001", "核心业务平台", "2.1.0"], user: s.cm, library: s.libraryURL)
        #expect(release.succeeded, "\(release)")
        expectChinese(release.stdout, ["已向 P-2026-001 发行 核心业务平台 2.1.0", "接收人 王强 (wang.pm)", "+08:00"])
        let detail = try CLI.run(["status", "P-2026-001"], library: s.libraryURL)
        #expect(detail.succeeded, "\(detail)")
        expectChinese(detail.stdout, ["客户 示例银行，项目经理 王强 (wang.pm)", "阶段：", "缺少", "软件发行  1 次"])
        let table = try CLI.run(["status"], library: s.libraryURL)
        expectChinese(table.stdout, ["项目", "项目经理", "王强 (wang.pm)"])
        let releases = try CLI.run(["releases"], library: s.libraryURL)
        expectChinese(releases.stdout, ["发行时间", "+08:00", "王强 (wang.pm)"])
        let approve = try CLI.run(["approve", "P-2026-001", "安装验收报告"], user: s.cm, library: s.libraryURL)
        #expect(!approve.succeeded)
        expectChinese(approve.stderr, ["项目 P-2026-001 没有可审批的安装验收报告", "提示：请项目经理先提交"])
        let list = try CLI.run(["project", "list"], library: s.libraryURL)
        expectChinese(list.stdout, ["编号", "项目经理", "王强 (wang.pm)"])
        let created = try CLI.run(["project", "create", "P-2026-002", "--name", "二期", "--manager", s.manager], user: s.cm, library: s.libraryURL)
        expectChinese(created.stdout, ["已建立项目 P-2026-002", "项目经理把文档放进"])
    }


    @Test func aPhaseMoveRefusedAtItsGateIsToldInTheLibrarysLanguage() throws {
        let (zh, _) = try setUp("zh-CN")
        let refused = try CLI.run(["phase", "P-2026-001", "installation"], user: zh.manager, library: zh.libraryURL)
        #expect(!refused.succeeded)
        expectChinese(refused.stderr, ["项目 P-2026-001 不能转入阶段 installation", "不能离开 项目准备（preparation）：缺少", "尚未发行软件", "提示：请提交并审批缺少的内容"])
        let back = try CLI.run(["phase", "P-2026-001", "preparation"], user: zh.manager, library: zh.libraryURL)
        expectChinese(back.stderr, ["项目已处于 项目准备（preparation）", "提示：无需操作"])

        // The same move pushed by the manager: the hook tells it, in Chinese too.
        let (pushed, clone) = try setUp("zh-CN")
        let record = clone.appendingPathComponent("projects/P-2026-001/project.toml")
        let text = try String(contentsOf: record, encoding: .utf8)
        try #require(text.contains("phase = \"preparation\""))
        let push = try pushed.commitAndPush(
            clone, as: pushed.manager, files: ["projects/P-2026-001/project.toml": Data(text.replacingOccurrences(of: "phase = \"preparation\"", with: "phase = \"installation\"").utf8)])
        #expect(!push.succeeded)
        expectChinese(remoteLines(push.stderr), ["cmkeeper 拒绝了这次推送", "不能离开 项目准备（preparation）：缺少", "改正：请提交并审批缺少的内容"])

        let (en, _) = try setUp("en")
        let english = try CLI.run(["phase", "P-2026-001", "installation"], user: en.manager, library: en.libraryURL)
        #expect(!english.succeeded)
        #expect(english.stderr.contains("project P-2026-001 cannot move to installation:"), "\(english.stderr)")
        #expect(english.stderr.contains("项目准备 (preparation) cannot be left: missing "), "\(english.stderr)")
        #expect(english.stderr.contains("hint: submit and approve what is missing"), "\(english.stderr)")
    }

    /// Broken rule files pushed by the CM engineer, each refused by the hook; returns the
    /// `remote:` lines of each refusal, by name. Nothing lands on main.
    func brokenRulePushes(_ language: String) throws -> [String: String] {
        let (s, clone) = try setUp(language)
        let process = try String(contentsOf: clone.appendingPathComponent(".cmkeeper/process.toml"), encoding: .utf8)
        let roles = try String(contentsOf: clone.appendingPathComponent(".cmkeeper/roles.toml"), encoding: .utf8)
        try #require(process.contains("exit_documents = [\"installation-report\"]") && process.contains("\nphase = \"installation\"\n"))
        try #require(roles.contains("\"cm-engineer\""))
        let main = try s.git(["rev-parse", "main"]).stdout
        let broken: [(String, String, String)] = [
            ("syntax", ".cmkeeper/process.toml", process.replacingOccurrences(of: "exit_documents = [\"installation-report\"]", with: "exit_documents = [\"installation-report\"")),
            ("gate", ".cmkeeper/process.toml", process.replacingOccurrences(of: "exit_documents = [\"installation-report\"]", with: "exit_documents = [\"installation-reprot\"]")),
            ("phase", ".cmkeeper/process.toml", process.replacingOccurrences(of: "\nphase = \"installation\"\n", with: "\nphase = \"instalation\"\n")),
            ("roles", ".cmkeeper/roles.toml", roles.replacingOccurrences(of: "\"cm-engineer\"", with: "\"cm-enginer\"")),
        ]
        var told: [String: String] = [:]
        for (name, path, text) in broken {
            let push = try s.commitAndPush(clone, as: s.cm, files: [path: Data(text.utf8)], message: "broken \(name)")
            #expect(!push.succeeded, "\(name)")
            told[name] = remoteLines(push.stderr)
            try Shell.git(["reset", "-q", "--hard", "HEAD~1"], in: clone)
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        return told
    }

    @Test func brokenRuleFilesPushedByTheCMEngineerAreToldInChinese() throws {
        let told = try brokenRulePushes("zh-CN")
        // TOMLKit's own words stay as the parser said them, inside the Chinese sentence.
        let syntax = try #require(told["syntax"]).replacingOccurrences(of: "（解析器原文：[^）]*）", with: "", options: .regularExpression)
        expectChinese(syntax, ["cmkeeper 拒绝了这次推送", ".cmkeeper/process.toml:", "不是有效的 TOML", "请改正语法"])
        expectChinese(try #require(told["gate"]), [
            ".cmkeeper/process.toml:86:1: 阶段“installation”的 exit_documents：“installation-reprot”不是本文件中的文档；请用某个 [[document]] 的 id；是不是“installation-report”？",
        ])
        expectChinese(try #require(told["phase"]), [".cmkeeper/process.toml:248:1: 文档“", "的 phase：“instalation”不是本文件中的阶段"])
        expectChinese(try #require(told["roles"]), [".cmkeeper/roles.toml:", "的 roles：“cm-enginer”不是角色（是不是“cm-engineer”？）；角色有"])
    }

    @Test func theSameBrokenRuleFilesInAnEnglishLibraryAreToldInEnglish() throws {
        let told = try brokenRulePushes("en")
        #expect(told["syntax"]?.contains("this is not valid TOML: ") == true, "\(told)")
        #expect(told["syntax"]?.contains("; fix the syntax (https://toml.io)") == true, "\(told)")
        #expect(
            told["gate"]?.contains(
                ".cmkeeper/process.toml:86:1: phase \"installation\": exit_documents: \"installation-reprot\" is not a document of this file; use the id of a [[document]]; did you mean \"installation-report\"?")
                == true, "\(told)")
        #expect(told["phase"]?.contains(": phase: \"instalation\" is not a phase of this file; use one of \"preparation\"") == true, "\(told)")
        #expect(told["roles"]?.contains(": roles: \"cm-enginer\" is not a role (did you mean \"cm-engineer\"?); the roles are ") == true, "\(told)")
        // Each names its file once, with the place in it.
        for (_, text) in told {
            #expect(!text.contains("process.toml: .cmkeeper/process.toml") && !text.contains("roles.toml: .cmkeeper/roles.toml"), "\(text)")
        }
        #expect(told["gate"]?.contains("- .cmkeeper/process.toml:86:1: phase") == true, "\(told)")
    }

    @Test func aBrokenSettingsFileIsToldInTheLanguageChosenForTheCommand() throws {
        // A settings file cmkeeper cannot use does not give the library's language: the
        // command's own choice (--lang, CMKEEPER_LANG, the locale) speaks.
        let (s, _) = try setUp("zh-CN")
        let settings = s.libraryURL.appendingPathComponent("cmkeeper.toml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try #require(text.contains("# timezone = \"Asia/Shanghai\""))
        try Data(text.replacingOccurrences(of: "# timezone = \"Asia/Shanghai\"", with: "timezone = \"Asia/Beijing\"").utf8).write(to: settings)
        let environment = ["CMKEEPER_USER": s.cm, "CMKEEPER_LIBRARY": s.libraryURL.path, "CMKEEPER_LANG": "zh-CN"]
        let zh = try Shell.run(CLI.binary, ["validate"], environment: environment)
        #expect(!zh.succeeded)
        expectChinese(zh.stderr, ["cmkeeper.toml: library.timezone“Asia/Beijing”不是时区"])
        let en = try Shell.run(CLI.binary, ["validate", "--lang", "en"], environment: environment)
        #expect(!en.succeeded)
        #expect(en.stderr.contains("cmkeeper.toml: library.timezone \"Asia/Beijing\" is not a time zone: write an IANA name"), "\(en.stderr)")
    }

    /// What the commands after acceptance print, in `language`: a baseline refused for a missing
    /// 项目实施总结报告, the baseline, verify (intact, then with the tag gone), validate, export,
    /// hooks install and `ssh … help` (serve as sshd runs it).
    func afterAcceptance(_ language: Language) throws -> [String: CommandResult] {
        var results: [String: CommandResult] = [:]
        let missing = Scenario()
        let withoutSummary = Scenario.smallProjectDocuments.filter { !$0.hasPrefix("项目实施总结报告") }
        _ = try missing.speaking(language, in: try missing.makeAcceptedProject(documents: withoutSummary))
        results["refused"] = try CLI.run(["baseline", "P-2026-001"], user: missing.cm, library: missing.libraryURL)

        let s = Scenario()
        _ = try s.speaking(language, in: try s.makeAcceptedProject())
        results["baseline"] = try CLI.run(["baseline", "P-2026-001"], user: s.cm, library: s.libraryURL)
        results["verify"] = try CLI.run(["verify"], library: s.libraryURL)
        results["validate"] = try CLI.run(["validate"], library: s.libraryURL)
        results["export"] = try CLI.run(["export", "P-2026-001", "--output", s.folder.path("交付.zip").path], library: s.libraryURL)
        results["hooks"] = try CLI.run(["hooks", "install"], library: s.libraryURL)
        results["help"] = try Shell.run(CLI.binary, ["serve", "--library", s.libraryURL.path, "--user", s.manager], environment: [
            "SSH_ORIGINAL_COMMAND": "help", "CMKEEPER_LANG": "", "LANG": "C", "LC_ALL": "",
        ])
        #expect(try s.git(["tag", "-d", "baseline/P-2026-001/acceptance"]).succeeded)
        results["finding"] = try CLI.run(["verify"], library: s.libraryURL)
        #expect(results["finding"]?.succeeded == false)
        for (name, result) in results where !["refused", "finding"].contains(name) {
            #expect(result.succeeded, "\(name): \(result)")
        }
        #expect(results["refused"]?.succeeded == false)
        return results
    }

    @Test func theCommandsAfterAcceptanceSpeakChineseInAChineseLibrary() throws {
        let r = try afterAcceptance(.zhCN)
        expectChinese(r["refused"]!.stderr, ["项目 P-2026-001 验收完成之前不能建立基线", "不能进入 验收完成（closed）：缺少 项目实施总结报告", "提示："])
        expectChinese(r["baseline"]!.stdout, ["已为 P-2026-001 建立基线 acceptance", "个配置项", "项目现处于 closed", "随时可以核对：cmkeeper verify baseline/P-2026-001/acceptance"])
        expectChinese(r["verify"]!.stdout, ["已核对 整个配置库：完好。", "1 个基线、1 次发行、1 个项目"])
        expectChinese(r["finding"]!.stdout, ["发现", "个问题", "标签不存在", "改正：请从镜像或备份恢复"])
        expectChinese(r["validate"]!.stdout, ["main（", "符合流程：没有问题。"])
        expectChinese(r["export"]!.stdout, ["已写入", "交付.zip", "P-2026-001 的基线 acceptance", "个配置项"])
        expectChinese(r["hooks"]!.stdout, ["已在", "安装 pre-receive, post-receive", "调用"])
        expectChinese(r["help"]!.stdout, ["本配置库通过 ssh 提供以下服务", "提交一个文档", "这个账号没有 shell"])
    }

    @Test func theCommandsAfterAcceptanceSpeakEnglishInAnEnglishLibrary() throws {
        let r = try afterAcceptance(.en)
        #expect(r["refused"]!.stderr.contains("project P-2026-001 cannot be baselined before its acceptance is complete"), "\(r["refused"]!.stderr)")
        #expect(r["refused"]!.stderr.contains("验收完成 (closed) cannot be entered: missing 项目实施总结报告"), "\(r["refused"]!.stderr)")
        #expect(r["baseline"]!.stdout.contains("Baselined P-2026-001 as acceptance: "), "\(r["baseline"]!.stdout)")
        #expect(r["baseline"]!.stdout.contains("Check it any time with: cmkeeper verify baseline/P-2026-001/acceptance"))
        #expect(r["verify"]!.stdout.contains("Verified the library: intact. Checked 1 baseline, 1 release, 1 project"), "\(r["verify"]!.stdout)")
        #expect(r["finding"]!.stdout.contains("the tag is missing"), "\(r["finding"]!.stdout)")
        #expect(r["finding"]!.stdout.contains("fix: restore it from a mirror or backup"))
        #expect(r["validate"]!.stdout.contains("keeps the process: no problems."), "\(r["validate"]!.stdout)")
        #expect(r["export"]!.stdout.contains("Wrote "), "\(r["export"]!.stdout)")
        #expect(r["export"]!.stdout.contains(": baseline acceptance of P-2026-001, "))
        #expect(r["hooks"]!.stdout.contains("Installed pre-receive, post-receive in "), "\(r["hooks"]!.stdout)")
        #expect(r["help"]!.stdout.contains("This library serves, over ssh, as the login of your key:"), "\(r["help"]!.stdout)")
        #expect(r["help"]!.stdout.contains("Nothing else runs: this account gives no shell."))
    }

    @Test func initTakesTheLanguageFromTheLocale() throws {
        let folder = TemporaryFolder("lang-init")
        for (locale, language) in [("zh_CN.UTF-8", "zh-CN"), ("en_US.UTF-8", "en"), ("C", "en")] {
            let target = folder.path(locale)
            let result = try Shell.run(CLI.binary, ["init", target.path], environment: ["LANG": locale, "LC_ALL": "", "LC_MESSAGES": "", "CMKEEPER_LANG": ""])
            #expect(result.succeeded, "\(result)")
            let settings = try String(contentsOf: target.appendingPathComponent("cmkeeper.toml"), encoding: .utf8)
            #expect(settings.contains("language = \"\(language)\""), "\(locale): \(settings)")
        }
    }

    @Test func projectCreateMakesTheProjectsInboxAndRejectedFoldersSharedLikeTheInbox() throws {
        let s = Scenario()
        try s.sampleProduct()
        let library = try s.makeLibrary()
        _ = library
        // The inbox as a share sets it up: group-writable with the setgid bit.
        #expect(chmod(s.libraryURL.appendingPathComponent("inbox").path, 0o2770) == 0)
        let result = try CLI.run(["project", "create", "P-2026-001", "--name", "示例", "--manager", s.manager], user: s.cm, library: s.libraryURL)
        #expect(result.succeeded, "\(result)")
        #expect(result.stdout.contains(s.libraryURL.appendingPathComponent("inbox/P-2026-001").path), "\(result.stdout)")
        var inbox = stat()
        #expect(stat(s.libraryURL.appendingPathComponent("inbox").path, &inbox) == 0)
        for folder in ["inbox/P-2026-001", "rejected/P-2026-001"] {
            var info = stat()
            #expect(stat(s.libraryURL.appendingPathComponent(folder).path, &info) == 0, "\(folder) missing")
            #expect(info.st_mode & S_IFMT == S_IFDIR)
            #expect(info.st_mode & 0o7777 == 0o2770, "\(folder): \(String(info.st_mode & 0o7777, radix: 8))")
            #expect(info.st_gid == inbox.st_gid)
        }
    }
}
