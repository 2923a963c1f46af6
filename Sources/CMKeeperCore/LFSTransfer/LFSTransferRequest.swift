import Foundation

/// One request of git-lfs's ssh transfer protocol: a command line (`batch`, `get-object OID`,
/// `lock`, …), its `key=value` arguments, then after a delimiter either text lines (`batch`)
/// or an object's bytes (`put-object`, left in the stream for the caller to read), then a flush.
public struct LFSTransferRequest: Equatable, Sendable {
    /// The command's first word.
    public let command: String
    /// What follows the first word on the command line (an object or lock id), if anything.
    public let operand: String?
    /// The arguments, by key; a key given twice keeps its first value.
    public let arguments: [String: String]
    /// The lines after the delimiter (empty for a request with data).
    public let lines: [String]
    /// Whether the request's data follows in the stream (a delimiter was read, the flush not yet).
    public let dataFollows: Bool

    /// The commands whose delimiter is followed by binary data rather than lines.
    static let dataCommands: Set<String> = ["put-object"]

    /// The most arguments and lines a request may carry (a batch of many objects is cut by
    /// git-lfs into batches of 100).
    static let maximumLines = 10_000

    /// Reads the next request; nil when the client closed the stream between requests.
    public static func read(from reader: PktLineReader) throws(CMKeeperError) -> LFSTransferRequest? {
        guard let first = try reader.next() else { return nil }
        guard let line = first.text, !line.isEmpty else { throw PktLine.malformed("a request must start with a command line") }
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        let command = String(parts[0])
        let operand = parts.count > 1 ? String(parts[1]) : nil
        var arguments: [String: String] = [:]
        var lines: [String] = []
        var afterDelimiter = false
        var count = 0
        while true {
            guard let packet = try reader.next() else { throw PktLine.malformed("the stream ended inside a request") }
            count += 1
            guard count <= maximumLines else { throw PktLine.malformed("a request of more than \(maximumLines) lines") }
            switch packet {
            case .flush:
                return LFSTransferRequest(command: command, operand: operand, arguments: arguments, lines: lines, dataFollows: false)
            case .delimiter:
                guard !afterDelimiter else { throw PktLine.malformed("two delimiters in one request") }
                afterDelimiter = true
                if dataCommands.contains(command) {
                    reader.beginData()
                    return LFSTransferRequest(command: command, operand: operand, arguments: arguments, lines: [], dataFollows: true)
                }
            case .data:
                let text = packet.text ?? ""
                if afterDelimiter {
                    lines.append(text)
                } else {
                    let pair = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    let key = String(pair[0])
                    if arguments[key] == nil { arguments[key] = pair.count > 1 ? String(pair[1]) : "" }
                }
            }
        }
    }
}

/// What the server answers one request: a status (an HTTP status code), arguments, and after a
/// delimiter lines of text (an error's message, a batch's objects, a list of locks).
public struct LFSTransferResponse: Equatable, Sendable {
    public var status: Int
    public var arguments: [String] = []
    /// Lines after a delimiter; nil: no delimiter.
    public var lines: [String]? = nil

    public init(status: Int, arguments: [String] = [], lines: [String]? = nil) {
        self.status = status
        self.arguments = arguments
        self.lines = lines
    }

    /// An error: its status and one line saying what went wrong and what to do.
    public static func error(_ status: Int, _ message: String) -> LFSTransferResponse {
        LFSTransferResponse(status: status, lines: [message.replacingOccurrences(of: "\n", with: " ")])
    }

    /// Writes the response, flush included.
    public func write(to writer: PktLineWriter) throws(CMKeeperError) {
        try writer.text("status \(status)")
        for argument in arguments { try writer.text(argument) }
        if let lines {
            try writer.delimiter()
            for line in lines { try writer.text(line) }
        }
        try writer.flush()
    }
}
