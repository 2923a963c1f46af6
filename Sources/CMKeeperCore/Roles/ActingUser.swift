import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is acting, as the login name roles.toml knows them by.
public enum ActingUser {
    /// On the command line: `--user`, else `CMKEEPER_USER`, else the login name of the process's user.
    public static func commandLine(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let user = environment["CMKEEPER_USER"], !user.isEmpty { return user }
        return loginName()
    }

    /// In a git hook: the first of `CMKEEPER_USER`, `GL_USERNAME` (GitLab), `GITOLITE_USER`,
    /// `REMOTE_USER` (HTTP), `USER`, else the process's login name.
    public static func hook(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for key in ["CMKEEPER_USER", "GL_USERNAME", "GITOLITE_USER", "REMOTE_USER", "USER"] {
            if let user = environment[key], !user.isEmpty { return user }
        }
        return loginName()
    }

    /// The login name of the process's effective user.
    public static func loginName() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(geteuid())"
    }
}
