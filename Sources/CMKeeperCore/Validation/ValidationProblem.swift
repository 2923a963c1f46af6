/// One thing a change does that the process does not allow: where, what is wrong, and how to fix it.
public struct ValidationProblem: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// The repository path (or reference) concerned.
    public let path: String
    public let message: String
    public let hint: String

    public init(path: String, message: String, hint: String) {
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        hint.isEmpty ? "\(path): \(message)" : "\(path): \(message)\n    fix: \(hint)"
    }
}

extension CMKeeperError {
    /// A refusal listing every problem a change has.
    static func invalid(_ problems: [ValidationProblem], what: String) -> CMKeeperError {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return .refused(
            "\(what) breaks the process (\(count)); nothing was committed:\n" + problems.map { "  - \($0)" }.joined(separator: "\n"),
            hint: "fix each problem above and try again")
    }
}
