/// One thing a change does that the process does not allow: where, what is wrong, and how to fix it.
public struct ValidationProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
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
        Self.line(path + ":", message, hint)
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
        struct Kind: Hashable { let message: String; let hint: String }
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
    public static func summary(_ problems: [ValidationProblem]) -> [String] {
        groups(problems).flatMap { group -> [String] in
            guard group.isSummed, let problem = group.problems.first else { return group.problems.map(\.description) }
            let folder = group.folder
            return [line("\(group.problems.count) files\(folder.isEmpty ? "" : " under \(folder)/"):", problem.message, problem.hint)]
        }
    }

    /// “1 problem”, “412 problems”: how many different problems there are.
    public static func count(_ problems: [ValidationProblem]) -> String {
        let count = Set(problems).count
        return count == 1 ? "1 problem" : "\(count) problems"
    }

    /// The summary as an indented list, one problem (or one group) a line, with its fix below it.
    public static func list(_ problems: [ValidationProblem]) -> String {
        summary(problems).map { "  - \($0)" }.joined(separator: "\n")
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

    private static func line(_ subject: String, _ message: String, _ hint: String) -> String {
        hint.isEmpty ? "\(subject) \(message)" : "\(subject) \(message)\n    fix: \(hint)"
    }
}

extension CMKeeperError {
    /// A refusal listing every problem a change has.
    static func invalid(_ problems: [ValidationProblem], what: String) -> CMKeeperError {
        .refused(
            "\(what) breaks the process (\(ValidationProblem.count(problems))); nothing was committed:\n" + ValidationProblem.list(problems),
            hint: "fix each problem above and try again")
    }
}
