import CMKeeperTestSupport
import Foundation
import GitKit
import Testing

@testable import CMKeeperCore

/// A release tag people can read (`git tag -n99`), which `verify` still proves is its record.
@Suite("Release records people can read")
struct ReleaseTagTextTests {
    func releasedLibrary(_ s: Scenario, language: Language) throws -> (Library, ReleaseOutcome) {
        let library = try s.speaking(language, in: try s.makeLibraryWithProject())
        let outcome = try library.release(.init(project: "P-2026-001", product: "核心业务平台", version: "2.1.0", message: "首次安装", user: s.cm))
        return (library, outcome)
    }

    @Test func theTagReadsInChineseAndHoldsTheRecord() throws {
        let s = Scenario()
        let (library, outcome) = try releasedLibrary(s, language: .zhCN)
        let listed = try s.git(["tag", "-n99", "-l", outcome.tag])
        #expect(listed.succeeded, "\(listed)")
        for line in [
            "发行 核心业务平台 2.1.0 给 P-2026-001 (P-2026-001-R1)", "发行编号: P-2026-001-R1", "产品: 核心业务平台", "版本: 2.1.0",
            "接收人: 王强 (wang.pm) · P-2026-001 示例银行核心系统实施 / 示例银行", "发行人: 张工 (zhang.cm)", "说明: 首次安装",
            "文件 (3 个, 共 1.0 MiB):",
        ] {
            #expect(listed.stdout.contains(line), "\(line) in \(listed.stdout)")
        }
        #expect(listed.stdout.contains(LocalTime.format(outcome.record.releasedAt, in: TimeZone(identifier: "Asia/Shanghai")!)))
        #expect(listed.stdout.contains("+08:00"))
        for file in outcome.record.files {
            #expect(listed.stdout.contains("\(file.sha256)  \(ByteCount.format(file.size))  \(outcome.record.shownPath(file))"))
        }
        let object = try s.git(["cat-file", "tag", outcome.tag]).stdout
        #expect(object.contains("\ncmkeeper-release-record: \(outcome.record.jsonLine())\n"))
        #expect(try library.verify().passed)
        #expect(try s.git(["fsck", "--full", "--strict", "--no-dangling"]).succeeded)

        // `releases` shows the readable part, without the machine lines.
        let message = try #require(try library.tagMessage(of: outcome.record))
        let readable = ReleaseRecord.readablePart(ofTagMessage: message)
        #expect(readable.hasPrefix("发行 核心业务平台 2.1.0") && readable.contains("发行人: 张工 (zhang.cm)"))
        #expect(!readable.contains("cmkeeper-release") && !readable.contains("{") && !readable.contains("机读记录"))
    }

    @Test func anEnglishLibraryWritesTheRecordInEnglish() throws {
        let s = Scenario()
        let (library, outcome) = try releasedLibrary(s, language: .en)
        let listed = try s.git(["tag", "-n99", "-l", outcome.tag]).stdout
        #expect(listed.contains("Release 核心业务平台 2.1.0 to P-2026-001 (P-2026-001-R1)") && listed.contains("Released by: 张工 (zhang.cm)"))
        #expect(!listed.contains("发行人"))
        #expect(try library.verify().passed)
    }

    /// Replaces the library's tag with an annotated tag on the same commit holding `message`.
    func retag(_ s: Scenario, _ name: String, message: String) throws {
        let target = try s.git(["rev-parse", "\(name)^{commit}"]).stdout.trimmingCharacters(in: .newlines)
        let file = s.folder.path("TAG_MESSAGE")
        try Data(message.utf8).write(to: file)
        let made = try s.git(["tag", "-f", "-a", "--cleanup=verbatim", "-F", file.path, name, target])
        #expect(made.succeeded, "\(made)")
    }

    @Test func aTagOfAnOlderLibraryStillVerifiesAndAnAlteredReadableRecordDoesNot() throws {
        let s = Scenario()
        let (library, outcome) = try releasedLibrary(s, language: .zhCN)
        let message = try #require(try library.tagMessage(of: outcome.record))
        // As libraries made before readable records wrote it: subject and JSON line.
        try retag(s, outcome.tag, message: outcome.record.tagMessage())
        #expect(try library.verify().passed)

        // The readable part says another released it; the JSON line is untouched.
        try retag(s, outcome.tag, message: message.replacingOccurrences(of: "发行人: 张工 (zhang.cm)", with: "发行人: 李四 (zhang.cm)"))
        let report = try library.verify()
        #expect(!report.passed)
        #expect(report.findings.contains { $0.subject.contains(outcome.tag) || $0.message.text(in: .en).contains("release record") }, "\(report.findings)")

        // The context line names another time zone: the times no longer match what it says.
        let shifted = message.replacingOccurrences(of: "\"time_zone\":\"Asia/Shanghai\"", with: "\"time_zone\":\"Europe/Berlin\"")
        #expect(shifted != message)
        try retag(s, outcome.tag, message: shifted)
        #expect(try !library.verify().passed)
    }
}
