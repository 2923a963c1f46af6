import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
@testable import cmkeeper
#if canImport(Glibc)
import Glibc
#endif

/// `--help` and `cmkeeper help` in the library's language, through the real binary: decided
/// before any library is opened by `--lang`, `CMKEEPER_LANG`, the language in the settings of
/// the library the command line names (or the default one), else `LANG`; English as before.
@Suite("Help in the library's language: zh-CN and en through the real binary")
struct HelpLanguageCLITests {
    /// No language or library from the machine running the tests: each test says its own.
    static let neutral = ["CMKEEPER_LANG": "", "CMKEEPER_LIBRARY": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"]

    /// A library whose `cmkeeper.toml` says `language`.
    func library(_ language: String) throws -> Scenario {
        let s = Scenario()
        _ = try s.makeLibrary()
        try setLanguage(language, of: s)
        return s
    }

    func setLanguage(_ language: String, of s: Scenario) throws {
        let settings = s.libraryURL.appendingPathComponent(LibrarySettings.fileName)
        let text = try String(contentsOf: settings, encoding: .utf8)
        try #require(text.contains("language = \"en\""))
        try Data(text.replacingOccurrences(of: "language = \"en\"", with: "language = \"\(language)\"").utf8).write(to: settings)
    }

    /// The help the real binary prints, run in `directory` (default: a new empty folder).
    func help(_ arguments: [String], _ environment: [String: String] = [:], in directory: URL? = nil) throws -> String {
        let empty = TemporaryFolder()
        let result = try Shell.run(CLI.binary, arguments, in: directory ?? empty.url, environment: Self.neutral.merging(environment) { $1 })
        #expect(result.succeeded, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    /// The help without argument-parser's own words, which stay English: its headings, the usage
    /// line, its `--help`, `--version` and `help`, and the defaults and values it lists.
    static func ownWords(removedFrom help: String) -> String {
        var text = help
        for words in [
            "Show help information.", "Show the version.", "Show subcommand help information.",
            "See 'cmkeeper help <subcommand>' for detailed help.", "OVERVIEW:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:",
        ] {
            text = text.replacingOccurrences(of: words, with: " ")
        }
        for pattern in ["USAGE:(.|\\n)*?\\n\\n", "\\((default|values): [^)]*\\)", "\\(default\\)"] {
            text = text.replacingOccurrences(of: pattern, with: "\n", options: .regularExpression)
        }
        return text
    }

    func expectChinese(_ help: String, _ words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let prose = EnglishProse.runs(in: Self.ownWords(removedFrom: help))
        #expect(prose.isEmpty, "English in: \(help)\n\(prose)", sourceLocation: sourceLocation)
        for word in words { #expect(help.contains(word), "“\(word)” not in: \(help)", sourceLocation: sourceLocation) }
    }

    // MARK: Chinese

    @Test func langChoosesChineseForTheOverviewWithoutALibrary() throws {
        let folder = TemporaryFolder()
        let text = try help(["--lang", "zh-CN", "--help"], in: folder.url)
        expectChinese(text, [
            "管理公司的配置库", "从这里开始（先是 CM工程师，然后是项目经理，最后又是 CM工程师）：",
            "cmkeeper release P-2026-001 核心业务平台 2.1.0", "记录你对项目某个文档的审批。", "项目验收后建立基线",
            "USAGE: cmkeeper <subcommand>", "SUBCOMMANDS:",
        ])
        #expect(try help(["--help"], ["CMKEEPER_LANG": "zh-CN"], in: folder.url) == text)
        #expect(try help(["--help", "--lang=zh-CN"], in: folder.url) == text)
    }

    @Test func helpOfACommandInAChineseLibraryNamedByLibraryOrTheDefault() throws {
        let s = try library("zh-CN")
        let named = try help(["status", "--help", "--library", s.libraryURL.path])
        expectChinese(named, [
            "OVERVIEW: 显示一个项目或所有项目的进展。", "不指定时：配置状态报告", "项目编号。", "只看此项目经理的项目。",
            "配置库文件夹（默认：$CMKEEPER_LIBRARY", "输出供脚本使用的 JSON", "--manager <login>",
        ])
        #expect(try help(["status", "--library=\(s.libraryURL.path)", "--help"]) == named)
        // argument-parser's `help` takes no options: there --library only chooses the language.
        #expect(try help(["help", "status", "--library", s.libraryURL.path]) == named)
        // `cmkeeper help status`: the default library, from CMKEEPER_LIBRARY or the folder it runs in.
        #expect(try help(["help", "status"], ["CMKEEPER_LIBRARY": s.libraryURL.path]) == named)
        let inside = s.libraryURL.appendingPathComponent("inbox")
        #expect(try help(["help", "status"], in: inside) == named)
        // The subcommands of a subcommand, and an option of its own.
        expectChinese(try help(["help", "daemon"], in: inside), ["在后台维护配置库", "在前台运行守护进程", "显示是否有守护进程在维护配置库"])
        expectChinese(try help(["roles", "grant", "--help"], in: inside), ["授予用户一个角色", "用户的姓名，显示在提交中。", "角色。"])
    }

    @Test func theLocaleChoosesChineseWhenNothingElseDoes() throws {
        let text = try help(["status", "--help"], ["LANG": "zh_CN.UTF-8"])
        expectChinese(text, ["显示一个项目或所有项目的进展。", "只看处于此阶段的项目（例如 acceptance）。"])
        // An English library wins over the locale; --lang wins over both.
        let s = try library("en")
        #expect(try help(["status", "--help", "--library", s.libraryURL.path], ["LANG": "zh_CN.UTF-8"]).contains("Show where a project stands"))
        #expect(try help(["status", "--help", "--lang", "zh-CN", "--library", s.libraryURL.path]) == text)
    }

    @Test func aBrokenOrMissingLibraryNeverFailsHelp() throws {
        let s = try library("zh-CN")
        let settings = s.libraryURL.appendingPathComponent(LibrarySettings.fileName)
        // Only the language is read: a setting the library would refuse does not matter here.
        let text = try String(contentsOf: settings, encoding: .utf8)
        try Data((text + "\n[bogus\n").utf8).write(to: settings)
        #expect(try help(["status", "--help", "--library", s.libraryURL.path]).contains("Show where a project stands"))
        try Data(text.replacingOccurrences(of: "[library]", with: "[library]\ntimezone = \"Mars/Olympus\"").utf8).write(to: settings)
        let refused = try Shell.run(CLI.binary, ["status", "--library", s.libraryURL.path], environment: Self.neutral)
        #expect(!refused.succeeded && refused.stderr.contains("Mars/Olympus"), "\(refused.stderr)")
        #expect(try help(["status", "--help", "--library", s.libraryURL.path]).contains("显示一个项目或所有项目的进展。"))
        try FileManager.default.removeItem(at: settings)
        try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: false)
        #expect(try help(["status", "--help", "--library", s.libraryURL.path], ["LANG": "zh_CN.UTF-8"]).contains("显示一个项目或所有项目的进展。"))
        // A FIFO in its place holds no reader: help follows the locale at once.
        try FileManager.default.removeItem(at: settings)
        #expect(mkfifo(settings.path, 0o600) == 0)
        #expect(try help(["status", "--help", "--library", s.libraryURL.path]).contains("Show where a project stands"))
        #expect(try help(["status", "--help", "--library", "/nonexistent/library"]).contains("Show where a project stands"))
        #expect(try help(["status", "--help", "--library", "/nonexistent/library"], ["LANG": "zh_CN.UTF-8"]).contains("显示一个项目或所有项目的进展。"))
    }

    // MARK: English

    /// `text` with every run of white space one space, as it reads before argument-parser wraps it.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func englishStaysAsItWas() throws {
        let s = try library("zh-CN")
        let root = try help(["--help", "--lang", "en", "--library", s.libraryURL.path])
        #expect(Self.words(root).contains("OVERVIEW: Keep a company's configuration library: projects, their documents and the software released to them."), "\(root)")
        #expect(Self.words(root).contains("Start here (a CM engineer, then a project manager, then the CM engineer again):"))
        #expect(Self.words(root).contains("Record your approval (审批) of a project's document."))
        let status = try help(["help", "status"], ["CMKEEPER_LANG": "en", "CMKEEPER_LIBRARY": s.libraryURL.path])
        #expect(Self.words(status).contains("OVERVIEW: Show where a project stands, or every project."), "\(status)")
        #expect(Self.words(status).contains("Only projects of this manager."))
        #expect(Self.words(status).contains("The library folder (default: $CMKEEPER_LIBRARY, else the current folder or one above it)."))
        #expect(!status.contains("项目编号"))
        #expect(!EnglishProse.runs(in: Self.ownWords(removedFrom: status)).isEmpty, "the prose finder finds the English it should")
        #expect(try help(["status", "--help"]) == status)
    }

    // MARK: The catalog

    @Test func everyHelpKeyHasBothLanguagesAndTheChineseHasNoEnglishProse() {
        #expect(HelpText.allCases.count > 100)
        for key in HelpText.allCases {
            let en = key.text(in: .en), zh = key.text(in: .zhCN)
            #expect(!en.isEmpty && !zh.isEmpty, "\(key)")
            #expect(en != zh, "\(key) is the same in both languages")
            #expect(EnglishProse.runs(in: zh).isEmpty, "\(key): \(zh) — \(EnglishProse.runs(in: zh))")
        }
    }

    /// argument-parser wraps at spaces, counting a Chinese character as one column: the
    /// Chinese discussions are broken into lines of at most 80 columns themselves.
    @Test func chineseDiscussionsFitATerminal() {
        for key in HelpText.allCases where key.text(in: .zhCN).contains("\n") {
            for line in key.text(in: .zhCN).split(separator: "\n") where !line.hasPrefix("  ") {
                let columns = line.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || ("\u{3000}"..."\u{30FF}").contains($1) || ("\u{FF00}"..."\u{FFEF}").contains($1) ? 2 : 1) }
                #expect(columns <= 80, "\(key): \(line) is \(columns) columns wide")
            }
        }
    }
}
