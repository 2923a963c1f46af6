import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// The message catalog: every key in both languages (the compiler checks the switches; this
/// checks every key has a sample that renders), and no English prose in the Chinese.
struct CatalogTests {
    /// The keys `Message.swift` declares, read from its source.
    private func declaredKeys() throws -> Set<String> {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/CMKeeperCore/Language/Message.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        let body = try #require(text.components(separatedBy: "public indirect enum Message").last?.components(separatedBy: "\n}\n").first)
        let regex = try NSRegularExpression(pattern: "^    case (\\w+)", options: .anchorsMatchLines)
        return Set(regex.matches(in: body, range: NSRange(body.startIndex..., in: body)).compactMap {
            Range($0.range(at: 1), in: body).map { String(body[$0]) }
        })
    }

    @Test func everyKeyHasASampleThatRendersInBothLanguages() throws {
        let keys = try declaredKeys()
        #expect(keys.count > 100)
        let sampled = Set(CatalogSamples.all.map(CatalogSamples.key))
        #expect(keys.subtracting(sampled).isEmpty, "keys without a sample: \(keys.subtracting(sampled).sorted())")
        for message in CatalogSamples.all {
            for language in Language.allCases {
                #expect(!message.text(in: language).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(message) in \(language)")
            }
            // Those that hold only what they name: the same in every language.
            if !["verbatim", "joined", "documentPresent", "daemonMain"].contains(CatalogSamples.key(message)) {
                #expect(message.text(in: .zhCN) != message.text(in: .en), "\(CatalogSamples.key(message)) is the same in both languages")
            }
        }
    }

    @Test func theChineseHasNoEnglishProse() {
        for message in CatalogSamples.all where !["verbatim"].contains(CatalogSamples.key(message)) {
            let text = message.text(in: .zhCN)
            #expect(EnglishProse.runs(in: text).isEmpty, "\(CatalogSamples.key(message)): \(text) — \(EnglishProse.runs(in: text))")
        }
    }

    @Test func theProseFinderFindsProseAndPassesCommands() {
        #expect(!EnglishProse.runs(in: "项目 fix each problem above").isEmpty)
        #expect(EnglishProse.runs(in: "先 git pull --rebase origin main，再重新推送").isEmpty)
        #expect(EnglishProse.runs(in: "`cmkeeper project list` 列出所有项目").isEmpty)
        #expect(EnglishProse.runs(in: "Windows 和 macOS 的客户端").isEmpty)
    }

    @Test func languageComesFromTheOptionThenTheVariableThenTheLibraryThenTheLocale() {
        #expect(Language.resolve(option: "en", environment: ["CMKEEPER_LANG": "zh-CN"], library: .zhCN) == .en)
        #expect(Language.resolve(option: nil, environment: ["CMKEEPER_LANG": "zh_CN.UTF-8"], library: .en) == .zhCN)
        #expect(Language.resolve(option: nil, environment: ["LANG": "en_US.UTF-8"], library: .zhCN) == .zhCN)
        #expect(Language.resolve(option: nil, environment: ["LANG": "zh_TW.UTF-8"], library: nil) == .zhCN)
        #expect(Language.resolve(option: nil, environment: [:], library: nil) == .en)
    }

    @Test func aProblemListIsToldInTheLanguage() {
        let problems = (1...7).map { ValidationProblem(path: "projects/P-2026-001/x\($0).lnk", message: .isSymbolicLink, hint: .commitFileNotLink) }
        let zh = ValidationProblem.list(problems, in: .zhCN)
        #expect(zh.contains("projects/P-2026-001/ 下的 7 个文件： 是符号链接"), "\(zh)")
        #expect(zh.contains("改正：请提交文件本身"))
        let en = ValidationProblem.list(problems, in: .en)
        #expect(en.contains("7 files under projects/P-2026-001/: is a symbolic link"), "\(en)")
        #expect(en.contains("fix: commit the file itself"))
    }
}
