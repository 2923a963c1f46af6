internal import CLibGit2
import Foundation

/// Who made a commit or tag, and when.
public struct Signature: Sendable, Equatable {
    public var name: String
    public var email: String
    public var date: Date
    /// Offset from UTC in minutes.
    public var timeZoneOffsetMinutes: Int

    public init(name: String, email: String, date: Date = Date(), timeZoneOffsetMinutes: Int = 0) {
        self.name = name
        self.email = email
        self.date = date
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }

    init(_ sig: UnsafePointer<git_signature>) {
        name = String(cString: sig.pointee.name)
        email = String(cString: sig.pointee.email)
        date = Date(timeIntervalSince1970: TimeInterval(sig.pointee.when.time))
        timeZoneOffsetMinutes = Int(sig.pointee.when.offset)
    }

    /// Calls `body` with a libgit2 signature that lives for the duration of the call.
    func withGitSignature<T>(_ body: (UnsafePointer<git_signature>) throws(GitError) -> T) throws(GitError) -> T {
        var sig: UnsafeMutablePointer<git_signature>? = nil
        try check(
            git_signature_new(&sig, name, email, git_time_t(date.timeIntervalSince1970.rounded(.down)), Int32(timeZoneOffsetMinutes)),
            "make a signature for \(name) <\(email)>")
        defer { git_signature_free(sig) }
        return try body(sig!)
    }
}
