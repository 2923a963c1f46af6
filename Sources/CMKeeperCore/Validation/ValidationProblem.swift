/// One thing a change does that the process does not allow: where, what is wrong, and how to fix it.
public struct ValidationProblem: Error, Sendable, Hashable, Encodable, CustomStringConvertible {
    /// The repository path (or reference) concerned.
    public let path: String
    /// What is wrong, in a sentence of the catalog.
    public let message: Message
    /// How to fix it; nil when there is nothing to add.
    public let hint: Message?

    public init(path: String, message: Message, hint: Message?) {
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String { text(in: .en) }

    /// The problem as a person reads it in `language`: where, what, and its fix below.
    public func text(in language: Language) -> String {
        // A configuration file's problem names the file once, with its place: `FILE:LINE:COL: …`.
        if case .configurationError(let error) = message, error.file == path {
            return Self.line(error.place + ":", error.message, hint, language)
        }
        return Self.line(path + ":", message, hint, language)
    }

    private enum CodingKeys: String, CodingKey { case path, message, hint }

    /// `path`, `message` and `hint` (empty when none), the texts in the language the
    /// encoder's `userInfo[Language.userInfoKey]` names (English when none).
    public func encode(to encoder: any Encoder) throws {
        let language = encoder.userInfo[Language.userInfoKey] as? Language ?? .en
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(message.text(in: language), forKey: .message)
        try container.encode(hint?.text(in: language) ?? "", forKey: .hint)
    }

    /// More files than this with one and the same problem are summed up in one line.
    static let listedAlike = 5

    /// Problems that differ only in their files.
    struct Group {
        let problems: [ValidationProblem]
        /// Whether the group is told in one line, by the folder holding its files.
        var isSummed: Bool { problems.count > ValidationProblem.listedAlike }
        /// The deepest folder holding every file of the group; empty for the top folder.
        var folder: String { ValidationProblem.commonFolder(of: problems.map(\.path)) }
    }

    /// Each problem once, alike ones together, in the order first found.
    static func groups(_ problems: [ValidationProblem]) -> [Group] {
        struct Kind: Hashable { let message: Message; let hint: Message? }
        var seen = Set<ValidationProblem>()
        var order: [Kind] = []
        var alike: [Kind: [ValidationProblem]] = [:]
        for problem in problems where seen.insert(problem).inserted {
            let kind = Kind(message: problem.message, hint: problem.hint)
            if alike[kind] == nil { order.append(kind) }
            alike[kind, default: []].append(problem)
        }
        return order.map { Group(problems: alike[$0]!) }
    }

    /// The problems as a person reads them, one entry each: every problem once, alike ones
    /// together, and a mistake repeated over many files (a `git rm -r` of a project) summed up
    /// as “412 files under projects/P-2026-001/: …”. Every report of problems prints these.
    public static func summary(_ problems: [ValidationProblem], in language: Language = .en) -> [String] {
        groups(problems).flatMap { group -> [String] in
            guard group.isSummed, let problem = group.problems.first else { return group.problems.map { $0.text(in: language) } }
            let subject = Message.filesUnder(count: group.problems.count, folder: group.folder).text(in: language)
            return [line(subject, problem.message, problem.hint, language)]
        }
    }

    /// “1 problem”, “412 problems”: how many different problems there are.
    public static func count(_ problems: [ValidationProblem], in language: Language = .en) -> String {
        Message.problemCount(Set(problems).count).text(in: language)
    }

    /// The summary as an indented list, one problem (or one group) a line, with its fix below it.
    public static func list(_ problems: [ValidationProblem], in language: Language = .en) -> String {
        summary(problems, in: language).map { "  - \($0)" }.joined(separator: "\n")
    }

    /// The deepest folder holding every path; empty when only the top folder does.
    static func commonFolder(of paths: [String]) -> String {
        func folders(_ path: String) -> [Substring] { Array(path.split(separator: "/", omittingEmptySubsequences: false).dropLast()) }
        var common = paths.first.map(folders) ?? []
        for path in paths.dropFirst() {
            let folders = folders(path)
            common = Array(zip(common, folders).prefix { $0 == $1 }.map(\.0))
        }
        return common.joined(separator: "/")
    }

    private static func line(_ subject: String, _ message: Message, _ hint: Message?, _ language: Language) -> String {
        let text = "\(subject) \(message.text(in: language))"
        guard let hint else { return text }
        return text + "\n    " + Message.fixLabel.text(in: language) + hint.text(in: language)
    }
}

extension CMKeeperError {
    /// A refusal listing every problem a change has.
    static func invalid(_ problems: [ValidationProblem], what: Message) -> CMKeeperError {
        .refused(.invalidChange(what: what, problems: problems), hint: .fixEachProblem)
    }
}
