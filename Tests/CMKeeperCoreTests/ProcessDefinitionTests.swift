import Foundation
import Testing

@testable import CMKeeperCore

@Suite struct ProcessDefinitionTests {
    // MARK: The default definition

    @Test func theDefaultParses() throws {
        let parsed = try ProcessDefinition.parse(DefaultProcess.processTOML, file: "Config/process.toml")
        #expect(parsed == ProcessDefinition.defaultDefinition)
        #expect(parsed.version == 1)
        #expect(parsed.freeFolders == ["attachments"])
        #expect(parsed.maxDocumentBytes == 100 << 20)
    }

    @Test func theDefaultHasThePhasesOfTheProcessInOrder() {
        let process = ProcessDefinition.defaultDefinition
        let phases = process.phases.map { "\($0.id) \($0.title)" }
        #expect(phases == [
            "preparation 项目准备", "installation 系统安装调试", "trial-run 试运行", "training 用户培训",
            "go-live 系统正式上线", "acceptance 项目验收", "closed 验收完成",
        ])
        #expect(process.phases.filter(\.optional).map(\.id) == ["trial-run"])
        #expect(process.phases.filter(\.requiresReleases).map(\.id) == ["preparation"])
        #expect(process.phaseIndex("training") == 3)
        #expect(process.phaseIndex("nope") == nil)
        #expect(process.phase("go-live")?.englishTitle == "Go-live")
    }

    @Test func theDefaultHasEveryDocumentOfTheProcessWithItsExactTitle() {
        let expected: [(String, String, String)] = [
            ("implementation-plan", "项目实施及验收总体计划", "preparation"),
            ("implementation-application", "项目实施申请表", "preparation"),
            ("sales-contract", "销售合同或者相关备忘录", "preparation"),
            ("customer-confirmation", "项目实施客户确认表", "preparation"),
            ("release-record", "发行记录", "preparation"),
            ("installation-report", "安装调试报告", "installation"),
            ("change-request", "需求变更申请单", "any"),
            ("trial-run-confirmation", "项目试运行确认单", "trial-run"),
            ("trial-run-analysis", "分析报告", "trial-run"),
            ("training-plan", "客户培训计划", "training"),
            ("training-notice", "培训通知单", "training"),
            ("training-sign-in", "客户培训签到表", "training"),
            ("weekly-report", "项目周报", "any"),
            ("system-acceptance-report", "系统安装验收报告", "acceptance"),
            ("technical-archive", "技术档案表", "acceptance"),
            ("acceptance-report", "安装验收报告", "acceptance"),
            ("functional-test-table", "功能测试情况表", "acceptance"),
            ("acceptance-test-report", "验收测试报告", "acceptance"),
            ("after-sales-card", "售后服务承诺卡", "acceptance"),
            ("handover-checklist", "项目验收移交客户资料清单", "acceptance"),
            ("summary-report", "项目实施总结报告", "closed"),
        ]
        let process = ProcessDefinition.defaultDefinition
        #expect(process.documentTypes.count == expected.count)
        for (id, title, phase) in expected {
            let type = process.documentType(id)
            #expect(type?.title == title, "\(id)")
            #expect(type?.phase == phase, "\(id)")
            #expect(type?.englishTitle.isEmpty == false, "\(id)")
        }
        for type in process.documentTypes {
            #expect(type.path.problem == nil, "\(type.id)")
            #expect(!type.fileTypes.isEmpty, "\(type.id)")
            // Each document is named by its Chinese title in its file name.
            if !type.writtenBySystem { #expect(type.path.fileName.hasPrefix(type.title), "\(type.id)") }
        }
    }

    @Test func theDefaultGatesAreThoseOfTheProcess() {
        let process = ProcessDefinition.defaultDefinition
        func exit(_ phase: String) -> [String] { process.phase(phase)?.exitDocuments ?? ["missing phase"] }
        #expect(exit("preparation") == ["implementation-plan", "implementation-application", "sales-contract", "customer-confirmation"])
        #expect(exit("installation") == ["installation-report"])
        #expect(exit("trial-run") == ["trial-run-confirmation"])
        #expect(exit("training") == ["training-plan", "training-notice", "training-sign-in"])
        #expect(exit("go-live") == [])
        #expect(Set(exit("acceptance")) == [
            "system-acceptance-report", "technical-archive", "acceptance-report", "functional-test-table",
            "acceptance-test-report", "after-sales-card", "handover-checklist",
        ])
        #expect(exit("closed") == ["summary-report"])

        let approvals = process.phase("acceptance")?.exitApprovals ?? []
        #expect(approvals.map(\.documentType) == ["system-acceptance-report", "acceptance-report"])
        for approval in approvals {
            #expect(approval.requiredRoles == [.cmEngineer, .customerService])
            #expect(approval.independent)
        }
        // The entry criterion: the leadership approves the overall plan before preparation ends.
        #expect(process.phase("preparation")?.exitApprovals == [ApprovalRequirement(documentType: "implementation-plan", roles: ["leadership"], independent: true)])
        #expect(process.phases.filter { !$0.exitApprovals.isEmpty }.map(\.id) == ["preparation", "acceptance"])
    }

    @Test func theDefaultRequirementsFollowProjectSizeTrialRunAndGroups() {
        let process = ProcessDefinition.defaultDefinition
        func required(_ id: String, _ size: ProjectSize, trialRun: Bool = false) -> Bool {
            process.documentType(id)?.isRequired(projectSize: size, trialRun: trialRun) ?? false
        }
        #expect(required("system-acceptance-report", .large) && !required("system-acceptance-report", .small))
        #expect(required("technical-archive", .large) && !required("technical-archive", .small))
        #expect(required("acceptance-report", .small) && !required("acceptance-report", .large))
        #expect(required("trial-run-confirmation", .small, trialRun: true) && !required("trial-run-confirmation", .small))
        #expect(!required("trial-run-analysis", .large, trialRun: true))
        #expect(required("functional-test-table", .small) && required("acceptance-test-report", .large))
        #expect(process.documentTypes(inGroup: "acceptance-test-record").map(\.id) == ["functional-test-table", "acceptance-test-report"])
        #expect(!required("weekly-report", .large) && !required("change-request", .large))

        let record = process.documentType("release-record")
        #expect(record?.writtenBySystem == true)
        #expect(record?.path.description == "release-log.jsonl")
        #expect(record?.fileTypes == ["jsonl"])
        #expect(process.documentTypes.filter(\.writtenBySystem).map(\.id) == ["release-record"])
        #expect(process.documentTypes.filter { $0.multiplicity == .many }.map(\.id) == ["change-request", "weekly-report"])
    }

    @Test func requirementsAreSpelledAsInTheFile() {
        let spellings: [(String, DocumentType.Requirement)] = [
            ("always", .always), ("large", .largeProjects), ("small", .smallProjects), ("trial-run", .ifTrialRun),
            ("optional", .never), ("one-of:x", .oneOf(group: "x")),
        ]
        for (text, requirement) in spellings {
            #expect(DocumentType.Requirement(configurationValue: text) == requirement)
            #expect(requirement.description == text)
        }
        #expect(DocumentType.Requirement(configurationValue: "sometimes") == nil)
        for size in ProjectSize.allCases {
            let type = DocumentType(id: "x", title: "x", englishTitle: "x", phase: "any", path: PathPattern("x.*"), fileTypes: ["docx"], required: .oneOf(group: "g"))
            #expect(type.isRequired(projectSize: size, trialRun: false))
        }
    }

    // MARK: Finding document types

    @Test func documentTypesAreFoundByTheirPlaceInTheProjectFolder() {
        let process = ProcessDefinition.defaultDefinition
        #expect(process.documentType(matching: "acceptance/安装验收报告.docx")?.id == "acceptance-report")
        #expect(process.documentType(matching: "acceptance/系统安装验收报告.pdf")?.id == "system-acceptance-report")
        #expect(process.documentType(matching: "change-requests/需求变更申请单-003.docx")?.id == "change-request")
        #expect(process.documentType(matching: "weekly-reports/项目周报-2026-W07.xlsx")?.id == "weekly-report")
        #expect(process.documentType(matching: "release-log.jsonl")?.id == "release-record")
        #expect(process.documentType(matching: "preparation/项目实施申请表.docx")?.id == "implementation-application")
        #expect(process.documentType(matching: "安装验收报告.docx") == nil)
        #expect(process.documentType(matching: "acceptance/sub/安装验收报告.docx") == nil)
        #expect(process.documentType(matching: "attachments/photo.jpg") == nil)
        #expect(process.documentType(matching: "project.toml") == nil)
        #expect(process.isInFreeFolder("attachments/现场/photo.jpg"))
        #expect(!process.isInFreeFolder("attachments"))
        #expect(!process.isInFreeFolder("acceptance/安装验收报告.docx"))
    }

    /// Real names people give files → the document type the recogniser finds (nil: none).
    static let recognisedNames: [(String, String)] = [
        // Named exactly, as before.
        ("安装验收报告.docx", "acceptance-report"),
        ("系统安装验收报告.pdf", "system-acceptance-report"),
        ("项目实施及验收总体计划.doc", "implementation-plan"),
        ("需求变更申请单-007.docx", "change-request"),
        ("需求变更申请单.docx", "change-request"),
        ("项目周报-2026-03-06.docx", "weekly-report"),
        ("Installation Acceptance Report.docx", "acceptance-report"),
        ("handover-checklist.xlsx", "handover-checklist"),
        ("安装验收报告", "acceptance-report"),
        ("some/folder/技术档案表.xlsx", "technical-archive"),
        ("发行记录.jsonl", "release-record"),
        // One alternative of a title joined by 或者.
        ("销售合同.pdf", "sales-contract"),
        ("相关备忘录-2026-11.docx", "sales-contract"),
        ("某银行销售合同（盖章）.pdf", "sales-contract"),
        // Prefixes (project id, customer) and suffixes (versions, 签字版, dates, copies, brackets).
        ("某银行-安装验收报告-签字版.pdf", "acceptance-report"),
        ("项目实施申请表 (2).xlsx", "implementation-application"),
        ("项目实施申请表（２）.xlsx", "implementation-application"),
        ("安装验收报告 - 副本.docx", "acceptance-report"),
        ("项目实施客户确认表（签字版）.pdf", "customer-confirmation"),
        ("P-2026-001_客户培训签到表_20261130.xlsx", "training-sign-in"),
        ("项目试运行确认单 v2.docx", "trial-run-confirmation"),
        ("某银行-需求变更申请单-003.docx", "change-request"),
        ("acceptance-report-signed.PDF", "acceptance-report"),
        // An alias from process.toml.
        ("实施计划-最终版.docx", "implementation-plan"),
        // A title inside a longer title found at the same place does not count.
        ("P-2026-001_系统安装验收报告_v2.pdf", "system-acceptance-report"),
        ("某银行系统安装验收报告（签字版）20261130.pdf", "system-acceptance-report"),
        ("system-acceptance-report-final.docx", "system-acceptance-report"),
    ]

    @Test func documentsAreRecognisedAsPeopleNameThem() {
        let process = ProcessDefinition.defaultDefinition
        for (name, id) in Self.recognisedNames {
            #expect(process.recognise(fileName: name).documentType?.id == id, "\(name) → \(process.recognise(fileName: name))")
        }
    }

    @Test func aNameFittingTwoDocumentsIsAmbiguous() {
        let process = ProcessDefinition.defaultDefinition
        let ids = { (name: String) -> [String] in
            guard case .ambiguous(let types) = process.recognise(fileName: name) else { return [] }
            return types.map(\.id)
        }
        #expect(ids("安装验收报告和验收测试报告.pdf") == ["acceptance-report", "acceptance-test-report"])
        // The shorter title stands on its own beside the longer one, not inside it.
        #expect(ids("系统安装验收报告及安装验收报告.docx") == ["system-acceptance-report", "acceptance-report"])
        #expect(ids("销售合同-客户培训计划.docx") == ["sales-contract", "training-plan"])

        let problem = process.recognise(fileName: "安装验收报告和验收测试报告.pdf")
            .problem(at: "x.pdf", fileName: "安装验收报告和验收测试报告.pdf", verb: .submit, otherwise: .orGiveType)
        #expect(problem?.message.description == "its name fits more than one document: 安装验收报告 (acceptance-report), 验收测试报告 (acceptance-test-report)")
        #expect(problem?.hint?.description == "rename it to the one it is (e.g. 安装验收报告.pdf), or give --type")
    }

    @Test func anUnknownNameNamesTheNearestDocuments() {
        let process = ProcessDefinition.defaultDefinition
        let nearest = { (name: String) -> [String]? in
            guard case .unknown(let types) = process.recognise(fileName: name) else { return nil }
            return types.map(\.id)
        }
        #expect(nearest("安装验收报吿.docx") == ["acceptance-report"])
        #expect(nearest("验收报告-签字版.pdf") == ["acceptance-report", "acceptance-test-report"])
        #expect(nearest("某银行-销售合约.pdf") == ["sales-contract"])
        #expect(nearest("随便起的名字.docx") == [])
        #expect(nearest("照片.jpg") == [])
        #expect(nearest("某项目发行记录.txt") == [], "a document cmkeeper writes is recognised only by its exact name")
        #expect(nearest(".docx") == [])
        #expect(nearest("") == [])

        let near = process.recognise(fileName: "安装验收报吿.docx").problem(at: "a", fileName: "安装验收报吿.docx", verb: .submit, otherwise: .orGiveType)
        #expect(near?.message.description == "its name does not say which document it is; did you mean 安装验收报告 (acceptance-report)?")
        #expect(near?.hint?.description == "name it by its title (e.g. 安装验收报告.docx), or give --type")
        let far = process.recognise(fileName: "随便.xlsx").problem(at: "a", fileName: "随便.xlsx", verb: .submit, otherwise: .orGiveType)
        #expect(far?.message.description == "its name does not say which document it is")
        #expect(far?.hint?.description == "name it by its Chinese title (e.g. 安装验收报告.xlsx), or give --type")
    }

    @Test func lockAndTempFilesAreNeverADocument() {
        let process = ProcessDefinition.defaultDefinition
        for name in ["~$安装验收报告.docx", ".~lock.安装验收报告.docx#", "Thumbs.db", "desktop.ini", "安装验收报告.docx~", "安装验收报告.tmp"] {
            guard case .temporary = process.recognise(fileName: name) else {
                Issue.record("\(name) → \(process.recognise(fileName: name))")
                continue
            }
            let problem = process.recognise(fileName: name).problem(at: name, fileName: name, verb: .drop, otherwise: .verbatim(""))
            #expect(problem?.hint?.description == "close the document and remove this file; drop only the document itself")
        }
    }

    @Test func tempFileNamesAreKnownInAnyLetterCaseAndOnlyAtTheirEnds() {
        let temporary: [(String, TemporaryKind)] = [
            ("THUMBS.DB", .systemFile), ("Desktop.INI", .systemFile), ("des\u{212A}top.ini", .systemFile), ("计划.SWP", .editorCopy),
            ("计划.docx.Swo", .editorCopy), ("计划.PART", .download), ("计划.docx.CRDOWNLOAD", .download), ("._计划.docx", .systemFile),
            ("~$计划.docx", .officeLock), (".~lock.计划.docx#", .libreOfficeLock),
        ]
        for (name, kind) in temporary {
            #expect(OfficeTempFiles.reason(for: name) == kind, "\(name)")
        }
        for name in ["thumbs.db.docx", "a thumbs.db", "计划.swp.docx", "tmp", "计划.tmpl", "desktop.in", "计划.docx", "项目周报-2026-W01.xlsx", ".DS_Store.docx"] {
            #expect(OfficeTempFiles.reason(for: name) == nil, "\(name)")
        }
    }

    @Test func aTitleInsideAnotherIsTheLongerOneInAnyProcess() throws {
        // The minimal process: 报告 is inside 测试报告.
        let process = try ProcessDefinition.parse(Self.minimal, file: "p.toml")
        #expect(process.recognise(fileName: "某银行测试报告-终版.docx").documentType?.id == "test-report")
        #expect(process.recognise(fileName: "某银行报告-终版.docx").documentType?.id == "report")
        guard case .ambiguous(let types) = process.recognise(fileName: "报告与测试报告.docx") else {
            Issue.record("报告与测试报告 should fit both")
            return
        }
        #expect(types.map(\.id) == ["report", "test-report"])
    }

    @Test func aliasesAreReadAndMustSayOneDocument() throws {
        let aliased = Self.breaking("title = \"计划\"", "title = \"计划\"\naliases = [\"总体安排\", \"安排\"]")
        let process = try ProcessDefinition.parse(aliased, file: "p.toml")
        #expect(process.documentType("plan")?.aliases == ["总体安排", "安排"])
        #expect(process.recognise(fileName: "项目安排v3.docx").documentType?.id == "plan")
        #expect(ProcessDefinition.defaultDefinition.documentType("implementation-plan")?.aliases == ["实施计划"])
        #expect(ProcessDefinition.defaultDefinition.documentType("sales-contract")?.names == ["销售合同或者相关备忘录", "销售合同", "相关备忘录"])

        Self.refuses(
            Self.breaking("title = \"报告\"", "title = \"报告\"\naliases = [\"计划\"]"), atLineOf: "aliases = [\"计划\"]",
            mentioning: ["\"plan\" is already called \"计划\""])
        Self.refuses(
            Self.breaking("title = \"报告\"", "title = \"报告\"\naliases = [\"周报\"]", ), atLineOf: "title = \"周报\"",
            mentioning: ["\"report\" is already called \"周报\""])
        Self.refuses(Self.breaking("title = \"计划\"", "title = \"计划\"\naliases = [\"安排\", \"安排\"]"), atLineOf: "aliases", mentioning: ["listed twice"])
        Self.refuses(Self.breaking("title = \"计划\"", "title = \"计划\"\naliases = [\"计划\"]"), atLineOf: "aliases", mentioning: ["the title itself"])
        Self.refuses(Self.breaking("title = \"计划\"", "title = \"计划\"\naliases = [\"a/b\"]"), atLineOf: "aliases", mentioning: ["slash"])
        Self.refuses(Self.breaking("title = \"计划\"", "title = \"计划\"\naliases = \"安排\""), atLineOf: "aliases", mentioning: ["list"])
    }

    @Test func fileTypesAreCheckedInAnyLetterCase() throws {
        let type = try #require(ProcessDefinition.defaultDefinition.documentType("acceptance-report"))
        #expect(type.allowsFileType(of: "安装验收报告.docx"))
        #expect(type.allowsFileType(of: "安装验收报告.PDF"))
        #expect(!type.allowsFileType(of: "安装验收报告.exe"))
        #expect(!type.allowsFileType(of: "安装验收报告"))
        #expect(!type.allowsFileType(of: ".docx"))
    }

    // MARK: Path patterns

    @Test func pathPatternsMatchWithinOneFolderPerStar() {
        let pattern = PathPattern("change-requests/需求变更申请单-*.*")
        #expect(pattern.matches("change-requests/需求变更申请单-001.docx"))
        #expect(pattern.matches("change-requests/需求变更申请单-.x"))
        #expect(!pattern.matches("change-requests/需求变更申请单-001"))
        #expect(!pattern.matches("change-requests/sub/需求变更申请单-001.docx"))
        #expect(!pattern.matches("需求变更申请单-001.docx"))
        #expect(pattern.folder == "change-requests")
        #expect(pattern.fileName == "需求变更申请单-*.*")
        #expect(pattern.fileNameHasWildcards)
        #expect(pattern.description == "change-requests/需求变更申请单-*.*")

        #expect(PathPattern("*/x.docx").matches("a/x.docx"))
        #expect(!PathPattern("*/x.docx").matches("a/b/x.docx"))
        #expect(!PathPattern("*.docx").matches("a/x.docx"))
        #expect(PathPattern("a?c.txt").matches("abc.txt"))
        #expect(PathPattern("a?c.txt").matches("a报c.txt"))
        #expect(!PathPattern("a?c.txt").matches("ac.txt"))
        #expect(!PathPattern("a?c.txt").matches("a/c.txt"))
        #expect(PathPattern("*a*b*").matches("xxaxxbxx"))
        #expect(!PathPattern("*a*b*").matches("xxbxxaxx"))
        #expect(PathPattern("release-log.jsonl").matches("release-log.jsonl"))
        #expect(!PathPattern("release-log.jsonl").matches("release-log.json"))
        // A decomposed spelling matches the composed one.
        #expect(PathPattern("caf\u{e9}/*.docx").matches("cafe\u{301}/x.docx"))
        #expect(PathPattern("caf\u{e9}-*.docx").matches("cafe\u{301}-1.docx"))
        // '?' is one character, however many code points it takes.
        #expect(PathPattern("a?c.txt").matches("ae\u{301}c.txt"))
        #expect(PathPattern("附件-*.bin").matches("附件-cafe\u{301}.bin"))
        #expect(!PathPattern("附件-?.bin").matches("附件-12.bin"))
    }

    @Test func pathPatternsKnowTheirFolderAndExtension() {
        #expect(PathPattern("acceptance/安装验收报告.*").folder == "acceptance")
        #expect(PathPattern("a/b/*/c/x.*").folder == "a/b")
        #expect(PathPattern("release-log.jsonl").folder == "")
        #expect(PathPattern("release-log.jsonl").literalExtension == "jsonl")
        #expect(PathPattern("a/x.DOCX").literalExtension == "docx")
        #expect(PathPattern("a/x.*").literalExtension == nil)
        #expect(PathPattern("a/x").literalExtension == nil)
        #expect(PathPattern("a/x.*").fileNameHasWildcards)
        #expect(!PathPattern("a/x.docx").fileNameHasWildcards)
        #expect(PathPattern("a/x-*.docx").matchesFileName("x-1.docx"))
        #expect(!PathPattern("a/x-*.docx").matchesFileName("a/x-1.docx"))
    }

    @Test func pathPatternsThatLeaveTheProjectFolderOrTouchGitAreProblems() {
        let bad = ["", "/etc/passwd", "../x.docx", "a/../x.docx", "./x.docx", "a/.git/x", ".git", "a/.GIT/x", ".gitattributes",
                   "a//x.docx", "a/", "a\\x.docx", "a/**/x.docx", "a/x:y.docx", "a/\u{7}x.docx", "cafe\u{301}/x.docx"]
        for pattern in bad {
            #expect(PathPattern(pattern).problem != nil, "\(pattern)")
        }
        for pattern in ["acceptance/安装验收报告.*", "release-log.jsonl", "a/b/x-?.docx", "x.y/z.docx"] {
            #expect(PathPattern(pattern).problem == nil, "\(pattern)")
        }
    }

    // MARK: Refusing bad files

    /// A small valid definition; tests break one thing in it.
    static let minimal = """
        version = 1
        free_folders = ["attachments"]
        max_document_bytes = 1000

        [[phase]]
        id = "preparation"
        title = "项目准备"
        english_title = "Preparation"
        exit_documents = ["plan"]
        requires_releases = true

        [[phase]]
        id = "acceptance"
        title = "项目验收"
        english_title = "Acceptance"
        exit_documents = ["report", "table", "test-report"]
        exit_approvals = [{ document = "report", roles = ["cm-engineer", "customer-service"] }]

        [[document]]
        id = "plan"
        title = "计划"
        english_title = "Plan"
        phase = "preparation"
        path = "preparation/计划.*"
        file_types = ["docx", "pdf"]
        required = "always"

        [[document]]
        id = "report"
        title = "报告"
        english_title = "Report"
        phase = "acceptance"
        path = "acceptance/报告.*"
        file_types = ["docx"]
        required = "small"

        [[document]]
        id = "table"
        title = "表"
        english_title = "Table"
        phase = "acceptance"
        path = "acceptance/表.*"
        file_types = ["xlsx"]
        required = "one-of:record"

        [[document]]
        id = "test-report"
        title = "测试报告"
        english_title = "Test report"
        phase = "acceptance"
        path = "acceptance/测试报告.*"
        file_types = ["docx"]
        required = "one-of:record"

        [[document]]
        id = "weekly"
        title = "周报"
        english_title = "Weekly report"
        phase = "any"
        path = "weekly/周报-*.*"
        file_types = ["docx"]
        multiplicity = "many"

        """

    /// The 1-based line of the `occurrence`th line of `text` that contains `needle`.
    static func line(of needle: String, in text: String, occurrence: Int = 1) -> Int? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(needle) {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return nil
    }

    /// `minimal` with the `occurrence`th `old` replaced by `new`.
    static func breaking(_ old: String, _ new: String, occurrence: Int = 1) -> String {
        var text = minimal
        var from = text.startIndex
        for n in 1...occurrence {
            guard let range = text.range(of: old, range: from..<text.endIndex) else {
                Issue.record("no \(old) in the minimal definition")
                return text
            }
            if n == occurrence { text.replaceSubrange(range, with: new) } else { from = range.upperBound }
        }
        return text
    }

    /// Parses `text`, expecting a ConfigurationError on the line holding `needle` whose message mentions every `words`.
    @discardableResult
    static func refuses(_ text: String, atLineOf needle: String?, occurrence: Int = 1, mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation) -> ConfigurationError? {
        let error = #expect(throws: ConfigurationError.self, sourceLocation: sourceLocation) {
            _ = try ProcessDefinition.parse(text, file: ".cmkeeper/process.toml")
        }
        guard let error else { return nil }
        #expect(error.file == ".cmkeeper/process.toml", sourceLocation: sourceLocation)
        if let needle {
            #expect(error.line == line(of: needle, in: text, occurrence: occurrence), "\(error)", sourceLocation: sourceLocation)
        }
        for word in words {
            #expect(error.message.description.contains(word), "\(error) should mention \(word)", sourceLocation: sourceLocation)
        }
        return error
    }

    @Test func theMinimalDefinitionParses() throws {
        let process = try ProcessDefinition.parse(Self.minimal, file: "p.toml")
        #expect(process.phases.map(\.id) == ["preparation", "acceptance"])
        #expect(process.phases[0].optional == false)
        #expect(process.phases[1].exitApprovals == [ApprovalRequirement(documentType: "report", roles: ["cm-engineer", "customer-service"])])
        #expect(process.documentType("plan")?.multiplicity == .one)
        #expect(process.documentType("weekly")?.required == .never)
        #expect(process.documentType("weekly")?.writtenBySystem == false)
        #expect(process.maxDocumentBytes == 1000)
        #expect(process.documentTypes(inPhase: "acceptance").map(\.id) == ["report", "table", "test-report"])
    }

    @Test func syntaxErrorsAreReportedAtTheirLineAndColumn() {
        let text = Self.breaking("title = \"计划\"", "title = \"计划")
        let error = Self.refuses(text, atLineOf: "title = \"计划", mentioning: ["TOML"])
        #expect(error?.column != nil)
        #expect(error?.description.hasPrefix(".cmkeeper/process.toml:\(error?.line ?? 0):") == true)
    }

    @Test func aNULByteIsRefusedRatherThanEndingTheFile() {
        Self.refuses(Self.breaking("title = \"计划\"", "title = \"计\u{0}划\""), atLineOf: "title = \"计", mentioning: ["NUL"])
    }

    @Test func duplicateIdsAreRefused() {
        Self.refuses(Self.breaking("id = \"table\"", "id = \"plan\""), atLineOf: "id = \"plan\"", occurrence: 2, mentioning: ["plan", "another document"])
        Self.refuses(Self.breaking("id = \"acceptance\"", "id = \"preparation\""), atLineOf: "id = \"preparation\"", occurrence: 2, mentioning: ["another phase"])
        Self.refuses(Self.breaking("title = \"表\"", "title = \"计划\""), atLineOf: "title = \"计划\"", occurrence: 2, mentioning: ["plan", "title"])
    }

    @Test func aDocumentOfAnUnknownPhaseIsRefused() {
        Self.refuses(Self.breaking("phase = \"acceptance\"", "phase = \"acceptence\""), atLineOf: "phase = \"acceptence\"", mentioning: ["acceptence", "\"any\""])
    }

    @Test func gatesNamingUnknownDocumentsAreRefused() {
        Self.refuses(Self.breaking("exit_documents = [\"plan\"]", "exit_documents = [\"plam\"]"), atLineOf: "exit_documents = [\"plam\"]", mentioning: ["plam", "did you mean \"plan\""])
        Self.refuses(Self.breaking("{ document = \"report\"", "{ document = \"reprot\""), atLineOf: "exit_approvals", mentioning: ["reprot"])
        Self.refuses(Self.breaking("roles = [\"cm-engineer\", \"customer-service\"]", "roles = [\"cm-engineer\", \"customer-servise\"]"), atLineOf: "exit_approvals", mentioning: ["customer-servise", "customer-service"])
        Self.refuses(Self.breaking("roles = [\"cm-engineer\", \"customer-service\"]", "roles = []"), atLineOf: "exit_approvals", mentioning: ["no roles"])
        Self.refuses(Self.breaking("{ document = \"report\",", "{ doc = \"report\","), atLineOf: "exit_approvals", mentioning: ["doc"])
        // A gate cannot wait for a document of a later phase.
        Self.refuses(Self.breaking("exit_documents = [\"plan\"]", "exit_documents = [\"plan\", \"report\"]"), atLineOf: "exit_documents = [\"plan\", \"report\"]", mentioning: ["later phase"])
    }

    @Test func unknownRequirementsAreRefused() {
        Self.refuses(Self.breaking("required = \"small\"", "required = \"sometimes\""), atLineOf: "required = \"sometimes\"", mentioning: ["sometimes", "one-of:GROUP"])
        Self.refuses(Self.breaking("required = \"one-of:record\"", "required = \"one-of:\""), atLineOf: "required = \"one-of:\"", mentioning: ["group"])
        // A group of one is a typo.
        Self.refuses(Self.breaking("required = \"one-of:record\"", "required = \"one-of:recrod\""), atLineOf: "one-of:recrod", mentioning: ["no other document"])
    }

    @Test func badPathsAreRefused() {
        for (path, word) in [("", "empty"), ("/acceptance/报告.*", "absolute"), ("../报告.*", ".."), ("acceptance/../../报告.*", ".."),
                             ("acceptance/.git/报告.*", ".git"), (".git/hooks/x", ".git"), ("attachments/报告.*", "free"),
                             ("releases/报告.*", "released software"), ("project.*", "project.toml"), ("acceptance/报告.pdf", "file_types")] {
            let text = Self.breaking("path = \"acceptance/报告.*\"", "path = \"\(path)\"")
            Self.refuses(text, atLineOf: "path = \"\(path)\"", mentioning: [word])
        }
        Self.refuses(Self.breaking("path = \"weekly/周报-*.*\"", "path = \"weekly/周报.docx\""), atLineOf: "周报.docx", mentioning: ["many"])
    }

    @Test func twoDocumentsInOnePlaceAreRefused() {
        Self.refuses(Self.breaking("path = \"acceptance/表.*\"", "path = \"acceptance/报告.*\""), atLineOf: "path = \"acceptance/报告.*\"", occurrence: 2, mentioning: ["report", "already has the path"])
        Self.refuses(Self.breaking("path = \"acceptance/测试报告.*\"", "path = \"Acceptance/报告.*\""), atLineOf: "Acceptance/", mentioning: ["letter case"])
    }

    @Test func unknownKeysAreRefusedWithTheKeyMeant() {
        Self.refuses(Self.breaking("exit_documents = [\"plan\"]", "exit_document = [\"plan\"]"), atLineOf: "exit_document =", mentioning: ["exit_document", "did you mean exit_documents"])
        Self.refuses(Self.breaking("file_types = [\"xlsx\"]", "file_types = [\"xlsx\"]\nrequried = \"always\""), atLineOf: "requried", mentioning: ["requried", "required"])
        Self.refuses(Self.breaking("max_document_bytes = 1000", "max_documents_bytes = 1000"), atLineOf: "max_documents_bytes", mentioning: ["max_document_bytes"])
        Self.refuses(Self.minimal + "\n[phases]\nx = 1\n", atLineOf: "[phases]", mentioning: ["phases"])
    }

    @Test func wrongValueTypesAreRefused() {
        Self.refuses(Self.breaking("requires_releases = true", "requires_releases = \"yes\""), atLineOf: "requires_releases", mentioning: ["true or false"])
        Self.refuses(Self.breaking("file_types = [\"xlsx\"]", "file_types = \"xlsx\""), atLineOf: "file_types = \"xlsx\"", mentioning: ["list"])
        Self.refuses(Self.breaking("file_types = [\"xlsx\"]", "file_types = [\".XLSX\"]"), atLineOf: "file_types = [\".XLSX\"]", mentioning: ["\"xlsx\""])
        Self.refuses(Self.breaking("max_document_bytes = 1000", "max_document_bytes = \"100 MiB\""), atLineOf: "max_document_bytes", mentioning: ["whole number"])
        Self.refuses(Self.breaking("max_document_bytes = 1000", "max_document_bytes = 0"), atLineOf: "max_document_bytes", mentioning: ["positive"])
        Self.refuses(Self.breaking("id = \"plan\"", "id = 7"), atLineOf: "id = 7", mentioning: ["string"])
        Self.refuses(Self.breaking("multiplicity = \"many\"", "multiplicity = \"several\""), atLineOf: "several", mentioning: ["\"one\" or \"many\""])
        Self.refuses(Self.breaking("id = \"plan\"", "id = \"Plan Document\""), atLineOf: "Plan Document", mentioning: ["lower-case"])
        Self.refuses(Self.breaking("free_folders = [\"attachments\"]", "free_folders = [\"a/b\"]"), atLineOf: "free_folders", mentioning: ["one folder"])
    }

    @Test func missingPartsAreRefused() {
        Self.refuses(Self.breaking("version = 1\n", ""), atLineOf: nil, mentioning: ["version = 1"])
        Self.refuses(Self.breaking("version = 1", "version = 2"), atLineOf: "version = 2", mentioning: ["upgrade cmkeeper"])
        Self.refuses("version = 1\n", atLineOf: nil, mentioning: ["[[phase]]"])
        Self.refuses(Self.breaking("title = \"计划\"\n", ""), atLineOf: "[[document]]", mentioning: ["title", "missing"])
        let noID = Self.breaking("id = \"acceptance\"\n", "")
        let error = Self.refuses(noID, atLineOf: "[[phase]]", occurrence: 2, mentioning: ["2nd [[phase]]", "id"])
        #expect(error?.line != nil)
    }

    @Test func errorsDescribeFileLineAndColumn() {
        #expect(ConfigurationError(file: "a.toml", line: 3, column: 7, message: .verbatim("m")).description == "a.toml:3:7: m")
        #expect(ConfigurationError(file: "a.toml", line: 3, column: nil, message: .verbatim("m")).description == "a.toml:3: m")
        #expect(ConfigurationError(file: "a.toml", line: nil, column: nil, message: .verbatim("m")).description == "a.toml: m")
    }

    @Test func errorsAreToldInTheLanguageAndInEnglishForLogs() throws {
        let bad = DefaultProcess.processTOML.replacingOccurrences(of: "exit_documents = [\"installation-report\"]", with: "exit_documents = [\"installation-reprot\"]")
        let error = try #require(#expect(throws: ConfigurationError.self) { _ = try ProcessDefinition.parse(bad, file: ".cmkeeper/process.toml") })
        let english = #"phase "installation": exit_documents: "installation-reprot" is not a document of this file; use the id of a [[document]]; did you mean "installation-report"?"#
        #expect(error.description == ".cmkeeper/process.toml:\(try #require(error.line)):1: " + english)
        #expect(error.text(in: .en) == error.description)
        #expect(error.text(in: .zhCN).hasSuffix("阶段“installation”的 exit_documents：“installation-reprot”不是本文件中的文档；请用某个 [[document]] 的 id；是不是“installation-report”？"))
        #expect(Message.configurationError(error).text(in: .zhCN) == error.text(in: .zhCN))
    }

    @Test func theLocatorFindsKeysInTablesArraysAndDottedKeys() {
        let text = """
            top = 1
            # comment = 2
            [a]
            x = 1
            b.y = 2
            s = \"\"\"
            fake = 3
            \"\"\"
            [[list]]
            k = 1
            [[list]]
              k = 2
            ["quoted key".c]
            "z" = 3
            """
        let locator = ConfigurationError.Locator(text)
        #expect(locator.key("top")?.line == 1)
        #expect(locator.key("comment") == nil)
        #expect(locator.key("x", in: ["a"])?.line == 4)
        #expect(locator.key("y", in: ["a", "b"])?.line == 5)
        #expect(locator.key("fake", in: ["a"])?.line == 3)  // not a key: falls back to the table
        #expect(locator.key("k", in: ["list"], index: 1)?.line == 12)
        #expect(locator.key("k", in: ["list"], index: 1)?.column == 3)
        #expect(locator.table(["list"], index: 0)?.line == 9)
        #expect(locator.key("z", in: ["quoted key", "c"])?.line == 14)
    }
}
