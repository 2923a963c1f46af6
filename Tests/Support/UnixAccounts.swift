import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Unix accounts a test makes with the real `useradd`, under names no one else has, in a group
/// of their own (the share's group, `cm-drop` in README); all removed with `userdel` and
/// `groupdel` when the test lets go of the value, whether it passed or not. Needs root.
public final class UnixAccounts: @unchecked Sendable {
    /// The group every account made here belongs to (besides its own).
    public let group: String
    /// The accounts made so far, in order.
    public private(set) var logins: [String] = []
    private let tag = UUID().uuidString.prefix(6).lowercased()

    /// Makes the group `cmk-GROUP-xxxxxx`.
    public init(group label: String = "drop") throws {
        group = "cmk-\(label)-\(tag)"
        try Self.check(Shell.run("/usr/sbin/groupadd", [group]), "groupadd \(group)")
    }

    deinit {
        for login in logins { _ = try? Shell.run("/usr/sbin/userdel", [login]) }
        _ = try? Shell.run("/usr/sbin/groupdel", [group])
    }

    /// Makes the account `cmk-LABEL-xxxxxx`, without a home or a shell, in `group`; returns its login.
    public func add(_ label: String) throws -> String {
        let login = "cmk-\(label)-\(tag)"
        try Self.check(Shell.run("/usr/sbin/useradd", ["-M", "-s", "/usr/sbin/nologin", "-G", group, login]), "useradd \(login)")
        logins.append(login)
        return login
    }

    /// The user id of `login`.
    public static func uid(of login: String) -> uid_t? {
        getpwnam(login).map { $0.pointee.pw_uid }
    }

    /// The group id of `name`.
    public static func gid(of name: String) -> gid_t? {
        getgrnam(name).map { $0.pointee.gr_gid }
    }

    private static func check(_ result: CommandResult, _ what: String) throws {
        guard result.succeeded else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what): \(result)"]) }
    }
}
