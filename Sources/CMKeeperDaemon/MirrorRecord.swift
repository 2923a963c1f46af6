import Foundation

/// What the daemon knows of one mirror after its last attempt, kept in `DIR/run/mirrors.json`.
struct MirrorRecord: Codable, Sendable, Equatable {
    /// The mirror's name, else its URL (without any password): how the settings name it.
    var name: String
    /// The URL, without any password.
    var url: String
    var lastAttempt: Date?
    var lastSuccess: Date?
    /// The `main` the last successful push left on the mirror.
    var pushedMain: String?
    /// The mirror's `main` when last seen (pushed, or listed before a failed push); nil: never reached.
    var mirrorMain: String?
    var lastError: String?
    var consecutiveFailures: Int = 0
    /// When the next attempt is due, while failing.
    var nextAttempt: Date?
}

/// `DIR/run/mirrors.json`.
struct MirrorsFile: Codable, Sendable, Equatable {
    var updated: Date
    var mirrors: [MirrorRecord]
}
