import CMKeeperTestSupport
import Foundation
import Testing

/// The story end to end, with the real binary, real git and the library's real hooks: a
/// project from preparation to closed, a change request and a second baseline, beside another
/// manager's project that none of it touches. Files are named the way people name them.
@Suite("The story: a project from preparation to closed, a change request and a second baseline")
struct ProjectStoryTests {
    let cm = "zhang.cm"            // inits the library
    let secondCM = "li.cm"          // approves what the first CM engineer changed
    let wang = "wang.pm"            // 某银行's manager: a git clone with the client hook
    let chen = "chen.pm"            // 某证券's manager: cmkeeper submit
    let service = "zhao.cs"         // customer service (客户服务部)
    let leader = "liu.lead"         // the leadership (分管领导)
    let bank = "P-2026-001"
    let broker = "P-2026-002"

    /// The scenario's folders (products, library, desks) and wang's clone.
    struct World {
        let s: Scenario
        var library: URL { s.libraryURL }
        let clone: URL
    }

    /// Runs cmkeeper as `user`, expecting it to succeed, or with `refused` to be refused (exit 1) saying so.
    @discardableResult
    func cmkeeper(_ w: World, _ arguments: [String], as user: String, refused refusal: String? = nil,
                  sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        let result = try CLI.run(arguments, user: user, library: w.library)
        if let refusal {
            #expect(result.status == 1 && result.stderr.contains(refusal), "\(arguments): \(result)", sourceLocation: sourceLocation)
        } else {
            #expect(result.succeeded, "\(arguments): \(result)", sourceLocation: sourceLocation)
        }
        return result
    }

    /// Files on `who`'s desk, named as they named them.
    func desk(_ w: World, of who: String, _ names: [String], version: String = "") throws -> [String] {
        try names.map { try w.s.folder.write("desk-\(who)/\($0)", Data("PK\u{3}\u{4} \($0) \(version)".utf8)).path }
    }

    /// wang's commit in the clone, as his git would sign it: through the client pre-commit hook,
    /// or past it (`git commit --no-verify`), leaving the library's own hook to stop it.
    func commit(_ w: World, _ files: [String: String], message: String, skippingTheHook: Bool = false) throws -> CommandResult {
        for (path, content) in files {
            let url = w.clone.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("PK\u{3}\u{4} \(content)".utf8).write(to: url)
        }
        try Shell.git(["add", "-A"], in: w.clone)
        return try Shell.git(["commit", "-q", "-m", message] + (skippingTheHook ? ["--no-verify"] : []), in: w.clone, environment: wangsGit)
    }

    var wangsGit: [String: String] {
        ["CMKEEPER_USER": wang, "GIT_AUTHOR_NAME": "王强", "GIT_AUTHOR_EMAIL": "wang@example.com"]
    }

    func push(_ w: World) throws -> CommandResult {
        try Shell.git(["push", "-q", "origin", "HEAD:main"], in: w.clone, environment: wangsGit)
    }

    /// Brings wang's clone to the library's main, dropping a commit that did not land.
    func upToDate(_ w: World) throws {
        try Shell.git(["fetch", "-q", "origin"], in: w.clone)
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: w.clone)
        try Shell.git(["clean", "-qfd"], in: w.clone)
    }

    /// wang's commit of `files` is refused by his client hook, and committed past it, by the
    /// library's pre-receive hook, both `saying` why; main stays as it was, and so does his clone.
    func expectRefusedByBothHooks(_ w: World, _ files: [String: String], saying why: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        let main = try git(w, ["rev-parse", "main"])
        let checked = try commit(w, files, message: "refused")
        #expect(!checked.succeeded && checked.stderr.contains(why), "\(checked)", sourceLocation: sourceLocation)
        #expect(try commit(w, files, message: "refused", skippingTheHook: true).succeeded, sourceLocation: sourceLocation)
        let pushed = try push(w)
        #expect(!pushed.succeeded && pushed.stderr.contains(why), "\(pushed)", sourceLocation: sourceLocation)
        #expect(try git(w, ["rev-parse", "main"]) == main, sourceLocation: sourceLocation)
        try upToDate(w)
    }

    func git(_ w: World, _ arguments: [String]) throws -> String {
        try w.s.git(["-c", "core.quotePath=false"] + arguments).stdout
    }

    /// Everything that says what 某证券's project is: its folder's tree and the commits that touched it.
    func brokersProject(_ w: World) throws -> String {
        try git(w, ["rev-parse", "main:projects/\(broker)"]) + git(w, ["log", "--format=%H", "main", "--", "projects/\(broker)"])
    }

    @Test func fromPreparationToASecondBaseline() throws {
        let s = Scenario()
        try s.sampleProduct()

        // The CM engineer inits the library and grants the roles.
        let initialised = try CLI.run(["init", s.libraryURL.path, "--product-library", s.productsURL.path], user: cm)
        #expect(initialised.succeeded, "\(initialised)")
        let w = World(s: s, clone: s.folder.path("wang-clone"))
        for (login, role, name, email) in [
            (wang, "project-manager", "王强", "wang@example.com"), (chen, "project-manager", "陈明", "chen@example.com"),
            (service, "customer-service", "赵敏", "zhao@example.com"), (leader, "leadership", "刘总", "liu@example.com"),
            // The CM engineer holds customer service too: still one person gives only one of the two approvals.
            (cm, "customer-service", "张工", "zhang@example.com"),
        ] {
            try cmkeeper(w, ["roles", "grant", login, role, "--name", name, "--email", email], as: cm)
        }
        try cmkeeper(w, ["project", "create", bank, "--name", "某银行核心系统实施", "--customer", "某银行", "--manager", wang, "--size", "small"], as: cm)
        try cmkeeper(w, ["project", "create", broker, "--name", "某证券交易系统实施", "--customer", "某证券", "--manager", chen, "--size", "small"], as: cm)

        // 某证券's manager submits his preparation documents; from here on nothing touches his project.
        try cmkeeper(w, ["submit", broker] + (try desk(w, of: chen, ["某证券-项目实施申请表.xlsx", "销售合同（盖章）.pdf", "实施计划 v3.docx"])), as: chen)
        let brokerBefore = try brokersProject(w)

        // 某银行's manager submits his preparation documents, named as they came to him.
        let preparation = try desk(w, of: wang, ["某银行-项目实施申请表(2).xlsx", "销售合同.pdf", "实施计划-最终版.docx", "项目实施客户确认表（签字版）.pdf"])
        try cmkeeper(w, ["submit", bank] + preparation, as: wang)
        #expect(try git(w, ["ls-tree", "--name-only", "main", "projects/\(bank)/preparation/"]) == """
            projects/\(bank)/preparation/销售合同或者相关备忘录.pdf
            projects/\(bank)/preparation/项目实施及验收总体计划.docx
            projects/\(bank)/preparation/项目实施客户确认表.pdf
            projects/\(bank)/preparation/项目实施申请表.xlsx

            """)

        // The entry criterion: the leadership approves the plan, and the software is released.
        try cmkeeper(w, ["phase", bank, "系统安装调试"], as: wang, refused: "missing 项目实施及验收总体计划 的 分管领导 审批")
        try cmkeeper(w, ["approve", bank, "实施计划"], as: leader)
        try cmkeeper(w, ["phase", bank, "系统安装调试"], as: wang, refused: "no software has been released (软件发行)")
        try cmkeeper(w, ["release", bank, "核心业务平台", "2.1.0", "--message", "首次安装"], as: cm)
        try cmkeeper(w, ["phase", bank, "系统安装调试"], as: wang)
        try cmkeeper(w, ["submit", bank] + (try desk(w, of: wang, ["安装调试报告 - 副本.docx"])), as: wang)
        #expect(try git(w, ["cat-file", "-t", "main:projects/\(bank)/installation/安装调试报告.docx"]) == "blob\n")

        // From here 某银行's manager works in his clone; the client hook checks each commit.
        #expect(try Shell.git(["clone", "-q", s.repositoryURL.path, w.clone.path]).succeeded)
        try cmkeeper(w, ["hooks", "install", "--client", w.clone.path], as: wang)
        let folder = "projects/\(bank)"
        #expect(try commit(w, [
            "\(folder)/training/客户培训计划.docx": "客户培训计划", "\(folder)/training/培训通知单.docx": "培训通知单",
            "\(folder)/training/客户培训签到表.xlsx": "客户培训签到表",
        ], message: "用户培训").succeeded)
        #expect(try push(w).succeeded)
        // Trial run not held; training and go-live passed on the way to acceptance.
        try cmkeeper(w, ["phase", bank, "项目验收"], as: wang)
        try upToDate(w)

        // A signed scan saved under its own name is not taken: the hook says where it belongs.
        let signed = try commit(w, ["\(folder)/acceptance/某银行-安装验收报告-签字版.pdf": "安装验收报告 签字版"], message: "安装验收报告")
        #expect(!signed.succeeded && signed.stderr.contains("this looks like 安装验收报告 (acceptance-report): keep it at acceptance/安装验收报告.*"), "\(signed)")
        try Shell.git(["mv", "\(folder)/acceptance/某银行-安装验收报告-签字版.pdf", "\(folder)/acceptance/安装验收报告.pdf"], in: w.clone)
        #expect(try commit(w, [
            "\(folder)/acceptance/功能测试情况表.xlsx": "功能测试情况表", "\(folder)/acceptance/售后服务承诺卡.docx": "售后服务承诺卡",
            "\(folder)/acceptance/项目验收移交客户资料清单.xlsx": "项目验收移交客户资料清单",
        ], message: "验收文档").succeeded)
        let pushed = try push(w)
        #expect(pushed.succeeded, "\(pushed)")

        // Into the other manager's project: refused by his client hook, and past it by the library's.
        try expectRefusedByBothHooks(w, ["projects/\(broker)/preparation/项目实施客户确认表.pdf": "不是我的项目"],
                                     saying: "\(wang) may not change the documents of project \(broker)")

        // The acceptance report: the CM engineer and customer service, two people, neither its submitter.
        try cmkeeper(w, ["approve", bank, "安装验收报告"], as: cm)
        try cmkeeper(w, ["approve", bank, "安装验收报告", "--role", "customer-service"], as: cm,
                     refused: "\(cm) already gave the CM工程师 approval of 安装验收报告")
        try cmkeeper(w, ["roles", "grant", wang, "customer-service"], as: cm)
        try cmkeeper(w, ["approve", bank, "安装验收报告"], as: wang,
                     refused: "\(wang) submitted acceptance/安装验收报告.pdf and so may not approve it")
        try cmkeeper(w, ["approve", bank, "安装验收报告"], as: service)

        // The baseline closes the project, once the summary report is in.
        try cmkeeper(w, ["baseline", bank], as: cm, refused: "missing 项目实施总结报告")
        #expect(try git(w, ["tag", "-l", "baseline/*"]) == "")
        try upToDate(w)
        #expect(try commit(w, ["\(folder)/closed/项目实施总结报告.docx": "项目实施总结报告"], message: "项目实施总结报告").succeeded)
        #expect(try push(w).succeeded)
        try cmkeeper(w, ["baseline", bank], as: cm)
        #expect(try git(w, ["show", "main:\(folder)/project.toml"]).contains("phase = \"closed\""))
        let first = try git(w, ["cat-file", "-p", "baseline/\(bank)/acceptance"])
        #expect(first.contains("acceptance/安装验收报告.pdf") && first.contains("closed/项目实施总结报告.docx"), "\(first)")

        // Frozen: the manager's push changing a baselined file is refused.
        try upToDate(w)
        try expectRefusedByBothHooks(w, ["\(folder)/acceptance/安装验收报告.pdf": "安装验收报告 改过"], saying: "baseline and cannot be changed")

        // The change request comes in by a push and is approved; the CM engineer submits the new version under it.
        #expect(try commit(w, ["\(folder)/change-requests/需求变更申请单-001.docx": "需求变更申请单-001 更换验收报告"], message: "需求变更申请单-001").succeeded)
        #expect(try push(w).succeeded)
        try cmkeeper(w, ["approve", bank, "需求变更申请单", "--file", "需求变更申请单-001.docx"], as: cm)
        let revised = try desk(w, of: cm, ["某银行-安装验收报告-签字版.pdf"], version: "第二版")
        try cmkeeper(w, ["submit", bank] + revised, as: wang, refused: "cannot be changed")
        try cmkeeper(w, ["submit", bank] + revised + ["--change-request", "CR-001"], as: cm)
        #expect(try git(w, ["log", "-1", "--format=%B", "main"]).trimmingCharacters(in: .newlines).hasSuffix("\n\nChange-Request: CR-001"))
        #expect(try git(w, ["cat-file", "blob", "main:\(folder)/acceptance/安装验收报告.pdf"]).hasSuffix("第二版"))

        // Approved again, by people other than the one who changed it; then the second baseline.
        try cmkeeper(w, ["baseline", bank, "--change-request", "CR-001"], as: cm,
                     refused: "the gate of 项目验收 (acceptance) no longer holds: missing 安装验收报告 的 CM工程师 审批")
        try cmkeeper(w, ["approve", bank, "安装验收报告"], as: cm, refused: "\(cm) submitted acceptance/安装验收报告.pdf")
        try cmkeeper(w, ["roles", "grant", secondCM, "cm-engineer", "--name", "李工"], as: cm)
        try cmkeeper(w, ["approve", bank, "安装验收报告"], as: secondCM)
        try cmkeeper(w, ["approve", bank, "安装验收报告"], as: service)
        try cmkeeper(w, ["baseline", bank, "--change-request", "CR-001"], as: cm)
        let second = try git(w, ["cat-file", "-p", "baseline/\(bank)/acceptance.2"])
        #expect(second.contains("CR-001"), "\(second)")

        // The library audits clean, holds exactly the tags of the story, and says the project is closed.
        let verified = try cmkeeper(w, ["verify"], as: cm)
        #expect(verified.status == 0, "\(verified)")
        #expect(try w.s.git(["fsck", "--full", "--strict"]).succeeded)
        #expect(try git(w, ["tag", "-l"]) == """
            baseline/\(bank)/acceptance
            baseline/\(bank)/acceptance.2
            release/\(bank)/核心业务平台/2.1.0

            """)
        #expect(try cmkeeper(w, ["status", bank], as: cm).stdout.contains("phase: 验收完成 (closed)"))
        #expect(try git(w, ["log", "--format=%an", "main", "--", "\(folder)/acceptance/安装验收报告.pdf"]).contains("王强"))

        // And 某证券's project is as its manager left it.
        #expect(try brokersProject(w) == brokerBefore)
        #expect(try git(w, ["show", "main:projects/\(broker)/project.toml"]).contains("phase = \"preparation\""))
    }
}
