import ArgumentParser
import CMKeeperCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Printing for people and for scripts.
enum Output {
    /// The encoder of every `--json` output: snake_case keys, RFC 3339 times, texts for people
    /// in `language`.
    static func jsonEncoder(language: Language) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // One key style throughout, as release-log.jsonl has it: created_at, bytes_hashed.
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(Timestamp.format(date))
        }
        encoder.userInfo[Language.userInfoKey] = language
        return encoder
    }

    static func printJSON(_ value: some Encodable) {
        // Our report types hold strings, numbers and dates only.
        print(String(decoding: try! jsonEncoder(language: language).encode(value), as: UTF8.self))
    }

    /// The language of this command (see ``LanguageChoice``).
    static var language: Language { LanguageChoice.shared.current }

    /// The language of this command for a library whose language was found another way.
    static func language(library: Language?) -> Language { LanguageChoice.shared.current(library: library) }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Runs a command's body; a `CMKeeperError` is printed (as JSON with `--json`) and becomes the exit code.
    static func run(json: Bool, _ body: () async throws(CMKeeperError) -> Void) async throws {
        do {
            try await body()
        } catch {
            let language = language
            if json {
                printJSON(ErrorReport(error: .init(
                    kind: error.kind.rawValue, message: error.message.text(in: language), hint: error.hint?.text(in: language) ?? "")))
            } else {
                printError(Message.refusalPrefix.text(in: language) + error.message.text(in: language))
                if let hint = error.hint { printError(Message.hintLabel.text(in: language) + hint.text(in: language)) }
            }
            throw ExitCode(exitCode(for: error.kind))
        }
    }

    /// Exit codes: 1 refused or not found, 3 configuration, 4 storage, 5 conflict.
    static func exitCode(for kind: CMKeeperError.Kind) -> Int32 {
        switch kind {
        case .refused, .notFound: 1
        case .configuration: 3
        case .storage: 4
        case .conflict: 5
        }
    }

    struct ErrorReport: Encodable {
        struct Body: Encodable { let kind: String; let message: String; let hint: String }
        let error: Body
    }
}

/// A text table whose columns line up with Chinese text (double-width characters) in it.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { Self.width($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - Self.width(cell))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// Terminal columns a string takes: 2 for East Asian wide characters, 1 for others.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}

/// A one-line progress bar on standard error, drawn only when standard output is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(label: String, done: Int64, total: Int64) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard done >= total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            let fraction = total > 0 ? Double(done) / Double(total) : 1
            let cells = 30
            let filled = Int(fraction * Double(cells))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
            let text = "\r\(bar) \(String(format: "%3.0f%%", fraction * 100)) \(ByteCount.format(done))/\(ByteCount.format(total)) \(label)"
            FileHandle.standardError.write(Data((text + "\u{1B}[K").utf8))
            drawn = true
        }
    }

    func finish() {
        guard enabled else { return }
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
