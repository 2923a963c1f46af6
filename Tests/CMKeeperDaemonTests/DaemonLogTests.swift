import Foundation
import Logging
import Testing

@testable import CMKeeperDaemon

@Suite("The daemon's log lines")
struct DaemonLogTests {
    @Test func jsonLinesAreValidJSONWithEveryFieldEscaped() throws {
        let fields: Logger.Metadata = [
            "event": "committed",
            "file": "inbox/P-1/安装验收报告 \"终版\".docx",
            "note": "line\nbreak\ttab\u{1}ctrl\\slash",
            "files": ["a", "b"],
            "nested": ["k": "v"],
        ]
        let line = DaemonLogHandler.line(
            time: Date(timeIntervalSince1970: 1_790_000_000), level: .info, message: "committed 1 file", fields: fields, format: .json)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "inbox/P-1/安装验收报告 \"终版\".docx")
        #expect(object["note"] as? String == "line\nbreak\ttab\u{1}ctrl\\slash")
        #expect(object["files"] as? [String] == ["a", "b"])
        #expect((object["nested"] as? [String: String])?["k"] == "v")
        #expect(object["level"] as? String == "info" && object["message"] as? String == "committed 1 file")
        #expect(object["time"] as? String == "2026-09-21T14:13:20.000Z")
        // Keys in order, so lines compare and diff well.
        #expect(line.hasPrefix("{\"event\":"))
    }

    @Test func aTextLineIsOneLineWhateverTheFileIsCalled() {
        let line = DaemonLogHandler.line(
            time: Date(timeIntervalSince1970: 1_790_000_000), level: .warning,
            message: "rejected inbox/P-1/a\nb\r\u{2028}c\u{1B}[31m.docx", fields: [:], format: .text)
        #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\u{2028}") && !line.contains("\u{1B}"))
        #expect(line.hasSuffix("rejected inbox/P-1/a\\u{A}b\\u{D}\\u{2028}c\\u{1B}[31m.docx"))
    }

    @Test func timestampsAreISO8601InUTCToTheMillisecondAsFoundationWritesThem() {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        var instants: [Double] = [0, 951_782_400, 1_790_000_000.5, 1_790_000_000.999_5, 4_102_444_799.123, 1_703_980_800.07]
        var seed: UInt64 = 7
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            instants.append(Double(seed >> 34) + Double(seed & 0xFFFF) / 65_536)
        }
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            #expect(DaemonLogHandler.timestamp(date) == style.format(date), "\(instant)")
        }
    }
}
