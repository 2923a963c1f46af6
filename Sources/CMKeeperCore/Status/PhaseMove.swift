/// A change of a project's phase as the command line, `baseline` and the validator ask for it:
/// where to, and who asks how. Judged by ``GateEvaluator/problemsMoving(process:status:move:)``.
public struct PhaseMove: Sendable, Equatable {
    /// The phase id to move to.
    public var target: String
    /// Asked as a move back (`cmkeeper phase … --back`; a pushed move to an earlier phase).
    public var back: Bool
    /// A CM engineer asks: only they move a project back.
    public var byCMEngineer: Bool
    /// The same commit records a new baseline: the only way into the final phase (验收完成).
    public var recordsBaseline: Bool

    public init(target: String, back: Bool = false, byCMEngineer: Bool = false, recordsBaseline: Bool = false) {
        self.target = target
        self.back = back
        self.byCMEngineer = byCMEngineer
        self.recordsBaseline = recordsBaseline
    }

    /// The trailer a move back carries in its commit message: `Reason: …`.
    public static let reasonTrailer = "Reason"

    /// The reason a commit message gives for a move back (its last `Reason:` line), if any.
    public static func reason(in message: String) -> String? {
        CommitTrailers.values(reasonTrailer, in: message).last
    }
}

/// One reason a phase move is refused, and what to do about it.
public struct PhaseProblem: Sendable, Equatable, CustomStringConvertible {
    public let message: Message
    public let hint: Message

    public init(_ message: Message, hint: Message) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message.text(in: .en) }
}

/// How a phase's gate stops a move: the phase cannot be left, skipped or entered, or a gate
/// passed no longer holds.
public enum GateStop: Sendable, Hashable, CaseIterable {
    case left, skipped, entered, noLongerHolds
}

extension CMKeeperError {
    /// A refused phase move: every problem on its own line, and each different hint once.
    static func refused(_ summary: Message, _ problems: [PhaseProblem]) -> CMKeeperError {
        var hints: [Message] = []
        for problem in problems where !hints.contains(problem.hint) { hints.append(problem.hint) }
        return .refused(.moveRefused(summary, problems: problems.map(\.message)), hint: .hints(hints))
    }
}
