import Foundation

/// An append-only log of one JSON record per line (`release-log.jsonl`, `baselines.jsonl`),
/// each line read on its own so that one bad line does not hide the others.
struct JSONLines<Record: Decodable> {
    /// The records, in the log's order.
    var records: [Record] = []
    /// Each line that is not a record, with its number.
    var problems: [ConfigurationError] = []

    /// Reads `text`; a line that does not decode is a problem naming `file`, its line and `kind`.
    init(_ text: String, file: String, kind: RecordKind) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                records.append(try ReleaseRecord.decoder.decode(Record.self, from: Data(line.utf8)))
            } catch {
                problems.append(ConfigurationError(file: file, line: index + 1, message: .configNotARecord(kind, detail: .verbatim("\(error)"))))
            }
        }
    }

    /// The records, or the first problem.
    func checked() throws(ConfigurationError) -> [Record] {
        if let first = problems.first { throw first }
        return records
    }
}
