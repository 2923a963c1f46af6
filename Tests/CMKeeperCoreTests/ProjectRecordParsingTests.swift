import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

/// `ProjectRecord.parse` reads the table directly; these tests hold it to what the Codable path
/// (kept here as the reference, as it was in the library) said about the same texts.
@Suite struct ProjectRecordParsingTests {
    /// The record as the library read it before: through `Decodable` and TOMLKit's decoder.
    struct CodableRecord: Decodable {
        let record: ProjectRecord

        enum CodingKeys: String, CodingKey {
            case id, name, customer, manager, size, phase
            case trialRun = "trial_run"
            case createdAt = "created_at"
            case createdBy = "created_by"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let id = try c.decode(String.self, forKey: .id)
            let name = try c.decode(String.self, forKey: .name)
            let customer = try c.decodeIfPresent(String.self, forKey: .customer)
            let manager = try c.decode(String.self, forKey: .manager)
            let sizeText = try c.decode(String.self, forKey: .size)
            guard let size = ProjectSize(rawValue: sizeText) else {
                throw DecodingError.dataCorruptedError(forKey: .size, in: c, debugDescription: "size must be \"large\" or \"small\", not \"\(sizeText)\"")
            }
            let phase = try c.decode(String.self, forKey: .phase)
            let trialRun = try c.decodeIfPresent(Bool.self, forKey: .trialRun) ?? false
            let created = try c.decode(String.self, forKey: .createdAt)
            guard let date = Timestamp.parse(created) else {
                throw DecodingError.dataCorruptedError(forKey: .createdAt, in: c, debugDescription: "created_at must be a UTC time like 2026-11-29T08:30:00Z")
            }
            let createdBy = try c.decode(String.self, forKey: .createdBy)
            record = ProjectRecord(
                id: id, name: name, customer: customer, manager: manager, size: size, phase: phase, trialRun: trialRun,
                createdAt: date, createdBy: createdBy)
        }
    }

    static func reference(_ text: String, file: String) -> Result<ProjectRecord, ConfigurationError> {
        Result { () throws(ConfigurationError) in try TOMLText.decode(CodableRecord.self, from: text, file: file).record }
    }

    static func parsed(_ text: String, file: String) -> Result<ProjectRecord, ConfigurationError> {
        Result { () throws(ConfigurationError) in try ProjectRecord.parse(text, file: file) }
    }

    /// What a result is, for counting that every kind was met.
    static func kind(_ result: Result<ProjectRecord, ConfigurationError>) -> String {
        switch result {
        case .success: "record"
        case .failure(let error):
            switch error.message {
            case .configKeyMissing: "missing"
            case .configWrongType: error.line == nil ? "wrong type, no line" : "wrong type"
            case .configAt(_, "size", _): "bad size"
            case .configAt(_, "created_at", _): "bad date"
            case .configNotTOML: "not TOML"
            default: "other: \(error)"
            }
        }
    }

    static let valid = """
        # The project record.
        id = "P-2026-001"
        name = "示例银行核心系统实施"
        customer = "示例银行"
        manager = "wang.pm"
        size = "large"
        phase = "preparation"
        trial_run = true
        created_at = "2026-11-29T08:30:00Z"
        created_by = "li.cm"

        """

    @Test func aWrittenRecordReadsBack() throws {
        let record = try ProjectRecord.parse(Self.valid, file: "project.toml")
        #expect(record.name == "示例银行核心系统实施" && record.customer == "示例银行" && record.size == .large && record.trialRun)
        #expect(try ProjectRecord.parse(record.serialized(), file: "project.toml") == record)
        #expect(Self.parsed(Self.valid, file: "f") == Self.reference(Self.valid, file: "f"))
    }

    /// TOMLKit's decoder is not strict: keys it is not asked about pass, and so they still do.
    @Test func unknownKeysAreLeftAloneAsBefore() throws {
        let text = Self.valid + "nmae = \"typo\"\nowner.team = \"ops\"\n[history]\nmoved = 2026-11-30T00:00:00Z\n"
        #expect(try ProjectRecord.parse(text, file: "project.toml") == ProjectRecord.parse(Self.valid, file: "project.toml"))
        #expect(Self.parsed(text, file: "f") == Self.reference(text, file: "f"))
    }

    @Test func theErrorsAreWordedAsBefore() throws {
        let cases: [(String, String)] = [
            (Self.valid.replacingOccurrences(of: "manager = \"wang.pm\"\n", with: ""), "project.toml: the key manager is missing"),
            (Self.valid.replacingOccurrences(of: "trial_run = true", with: "trial_run = \"yes\""),
             "project.toml:8:1: the key trial_run has the wrong type: it is a string, it should be true or false"),
            (Self.valid.replacingOccurrences(of: "\"large\"", with: "\"medium\""),
             "project.toml: size: size must be \"large\" or \"small\", not \"medium\""),
        ]
        for (text, expected) in cases {
            #expect(Self.reference(text, file: "project.toml").failure?.text(in: .en) == expected)
            #expect(Self.parsed(text, file: "project.toml").failure?.text(in: .en) == expected)
        }
    }

    /// Many texts made from a valid record by dropping, repeating, retyping and spoiling keys,
    /// adding unknown keys, tables, comments and other spellings: the direct reader gives the
    /// record or the error (both languages) the Codable path gives.
    @Test func readsEveryTextAsTheCodablePathDid() {
        var random = SeededRandom(seed: 15)
        var kinds: [String: Int] = [:]
        for round in 0..<4000 {
            let text = RecordTextGenerator.text(&random)
            let file = round % 2 == 0 ? "projects/P-1/project.toml" : "项目.toml"
            let expected = Self.reference(text, file: file)
            let got = Self.parsed(text, file: file)
            kinds[Self.kind(got), default: 0] += 1
            switch (expected, got) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "round \(round):\n\(text)")
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "round \(round):\n\(text)")
                for language in Language.allCases {
                    #expect(a.text(in: language) == b.text(in: language), "round \(round):\n\(text)")
                }
            default:
                Issue.record("round \(round): the reference gave \(expected), the reader \(got):\n\(text)")
            }
        }
        // Every kind of outcome was met often, so the comparison covered each.
        for kind in ["record", "missing", "wrong type", "bad size", "bad date", "not TOML"] {
            #expect(kinds[kind, default: 0] >= 100, "\(kind): \(kinds)")
        }
        #expect(kinds.keys.filter { $0.hasPrefix("other") }.isEmpty, "\(kinds)")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// project.toml texts, valid and not, from a seeded generator.
enum RecordTextGenerator {
    static let keys = ["id", "name", "customer", "manager", "size", "phase", "trial_run", "created_at", "created_by"]

    static func pick<T>(_ options: [T], _ random: inout SeededRandom) -> T {
        options[Int(random.next() % UInt64(options.count))]
    }

    static func chance(_ percent: UInt64, _ random: inout SeededRandom) -> Bool {
        random.next() % 100 < percent
    }

    /// A right value for `key` (or a spoilt one, for size and created_at), as TOML.
    static func value(_ key: String, _ random: inout SeededRandom) -> String {
        switch key {
        case "id": return pick(["\"P-2026-001\"", "'P-2026-002'", "\"P\\u002D3\""], &random)
        case "name", "customer":
            return pick(
                ["\"示例银行核心系统实施\"", "\"数据中心迁移（二期）\"", "\"Core banking\"", "\"带\\\"引号\\\"的名称\"", "\"\"", "'''多行\n名称'''",
                 "\"\"\"\n跨行\"\"\"", "\"tab\\there\"", "\"emoji 🚀\""], &random)
        case "manager", "created_by": return pick(["\"wang.pm\"", "\"li.cm\"", "\"张三\"", "\"\""], &random)
        case "size":
            return chance(70, &random)
                ? pick(["\"large\"", "\"small\"", "'small'"], &random)
                : pick(["\"Large\"", "\"medium\"", "\"\"", "\"小\"", "\"small \""], &random)
        case "phase": return pick(["\"preparation\"", "\"installation\"", "\"系统安装调试\"", "\"\""], &random)
        case "trial_run": return pick(["true", "false"], &random)
        case "created_at":
            return chance(70, &random)
                ? pick(["\"2026-11-29T08:30:00Z\"", "\"2024-02-29T23:59:59Z\"", "'2026-01-01T00:00:00Z'"], &random)
                : pick(
                    ["\"2026-11-29\"", "\"2026-13-01T00:00:00Z\"", "\"yesterday\"", "\"\"", "\"2026-11-29T08:30:00+08:00\"",
                     "\"2026-11-29 08:30:00Z\"", "\"2025-02-29T00:00:00Z\""], &random)
        default: return "\"x\""
        }
    }

    /// A value of any TOML type.
    static func anyValue(_ random: inout SeededRandom) -> String {
        pick(
            ["42", "-7", "0x1F", "3.5", "1e3", "inf", "true", "false", "\"text\"", "'literal'", "2026-11-29T08:30:00Z",
             "2026-11-29T08:30:00", "2026-11-29", "08:30:00", "[]", "[1, 2]", "[\"a\", \"b\"]", "{}", "{ a = 1, b = \"c\" }",
             "[{ x = 1 }]", "\"\"\"\nmany\nlines\"\"\""], &random)
    }

    /// A key as written: bare, quoted or literal.
    static func spelled(_ key: String, _ random: inout SeededRandom) -> String {
        switch random.next() % 10 {
        case 0: "\"\(key)\""
        case 1: "'\(key)'"
        default: key
        }
    }

    static func text(_ random: inout SeededRandom) -> String {
        var lines: [String] = []
        if chance(30, &random) { lines.append("# 项目记录 project record") }
        var order = keys
        if chance(30, &random) { order.shuffle(using: &random) }
        for key in order {
            if chance(6, &random) { continue }  // dropped
            let written = spelled(key, &random)
            let value = chance(8, &random) ? anyValue(&random) : value(key, &random)
            let comment = chance(10, &random) ? "  # 注释 \(key)" : ""
            let indent = chance(5, &random) ? "  " : ""
            lines.append("\(indent)\(written) = \(value)\(comment)")
            if chance(2, &random) { lines.append("\(key) = \(value)") }  // twice
            if chance(5, &random) { lines.append(pick(["", "# —", "nmae = \"typo\"", "extra = 1", "owner.team = \"ops\""], &random)) }
        }
        if chance(3, &random) { lines.append("\(pick(keys, &random)).part = 1") }
        if chance(10, &random) {
            lines.append(pick(["[history]\nmoved = 2026-11-30T00:00:00Z", "[[log]]\nat = 1", "[extra]", "[name]\nzh = \"名称\"", "[trial_run]"], &random))
        }
        if chance(2, &random) { lines.append("broken = ") }
        let text = lines.joined(separator: "\n") + "\n"
        return chance(5, &random) ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
    }
}
