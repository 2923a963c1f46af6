import Foundation
import Testing

@testable import CMKeeperCore

@Suite("Approval records and the approvals log")
struct ApprovalRecordTests {
    let blob = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad"

    func record(_ role: Role = .cmEngineer, by login: String = "li.cm", at time: String = "2026-12-01T08:30:00Z") -> ApprovalRecord {
        ApprovalRecord(
            documentType: "acceptance-report", path: "acceptance/安装验收报告.pdf", blob: blob, approvedBy: login, role: role,
            approvedAt: Timestamp.parse(time)!)
    }

    @Test func aRecordIsOneJSONLineWithSortedSnakeCaseKeys() throws {
        let line = record().jsonLine()
        #expect(line == #"{"approved_at":"2026-12-01T08:30:00Z","approved_by":"li.cm","blob":"3b18e512dba79e4c8300dd08aeb37f8e728b8dad","document_type":"acceptance-report","path":"acceptance/安装验收报告.pdf","role":"cm-engineer"}"#)
        #expect(try ApprovalRecord.parse(jsonLine: line) == record())
        #expect(try ApprovalRecord.parse(jsonLine: record(.customerService, by: "zhao.cs").jsonLine()) == record(.customerService, by: "zhao.cs"))
    }

    @Test func theLogRoundTrips() throws {
        let log = ApprovalLog(records: [record(), record(.customerService, by: "zhao.cs", at: "2026-12-02T01:00:00Z")])
        let text = log.serialized()
        #expect(text == log.records.map { $0.jsonLine() + "\n" }.joined())
        #expect(text.split(separator: "\n").count == 2 && text.hasSuffix("\n"))
        #expect(try ApprovalLog.parse(text, file: "approvals.jsonl") == log)
        #expect(log.records(forDocumentType: "acceptance-report").count == 2)
        #expect(log.records(forDocumentType: "system-acceptance-report").isEmpty)

        // Empty, blank lines and Windows line ends are all fine.
        #expect(ApprovalLog().serialized() == "")
        #expect(try ApprovalLog.parse("", file: "approvals.jsonl") == ApprovalLog())
        let loose = "\n" + log.records[0].jsonLine() + "\r\n\n  \n" + log.records[1].jsonLine()
        #expect(try ApprovalLog.parse(loose, file: "approvals.jsonl") == log)
    }

    @Test func aMalformedLineIsReportedWithItsNumber() throws {
        let good = record().jsonLine()
        let noBlob = good.replacingOccurrences(of: #""blob":"\#(blob)","#, with: "")
        let error = #expect(throws: ConfigurationError.self) {
            try ApprovalLog.parse(good + "\n" + good + "\n" + noBlob + "\n", file: "projects/P-2026-001/approvals.jsonl")
        }
        #expect(error?.file == "projects/P-2026-001/approvals.jsonl")
        #expect(error?.line == 3)
        #expect(error?.message.description == "not an approval record: blob: the key is missing")

        let notJSON = #expect(throws: ConfigurationError.self) {
            try ApprovalLog.parse(good + "\n{approved_by: li.cm}\n", file: "approvals.jsonl")
        }
        #expect(notJSON?.line == 2)
        #expect(notJSON?.message.description == "not an approval record: not valid JSON")
        #expect(notJSON?.description.hasPrefix("approvals.jsonl:2: ") == true)
    }

    @Test(arguments: [
        (#""role":"cm-engineer""#, #""role":"boss""#, "role: must be one of project-manager, cm-engineer, customer-service, marketing, implementation-team, leadership, not \"boss\""),
        (#""approved_at":"2026-12-01T08:30:00Z""#, #""approved_at":"yesterday""#, "approved_at: must be a UTC time like 2026-11-29T08:30:00Z, not \"yesterday\""),
        (#""blob":"3b18e512dba79e4c8300dd08aeb37f8e728b8dad""#, #""blob":"not-hex""#, "blob: must be a git blob id in hex, not \"not-hex\""),
        (#""approved_by":"li.cm""#, #""approved_by":"""#, "approved_by: must not be empty"),
        (#""path":"acceptance/安装验收报告.pdf""#, #""path":7"#, "path: must be a string"),
    ])
    func badValuesAreNamed(original: String, replacement: String, message: String) throws {
        let line = record().jsonLine()
        #expect(line.contains(original))
        let error = #expect(throws: ConfigurationError.self) {
            try ApprovalLog.parse(line.replacingOccurrences(of: original, with: replacement), file: "approvals.jsonl")
        }
        #expect(error?.line == 1)
        #expect(error?.message.description == "not an approval record: " + message)
    }
}
