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

    /// In a git hook, the first that is set of:
    /// 1. `GL_USERNAME` (GitLab), `GITOLITE_USER` (gitolite), `REMOTE_USER` (an HTTP server):
    ///    the name the server in front of the repository authenticated;
    /// 2. `CMKEEPER_USER`, for a library reached without such a server;
    /// 3. the login name of the process's user, from its uid.
    /// The server's name comes first because a client may be able to pass its own variables
    /// (`git push -o`, `SendEnv` over ssh); `USER` is never read, as anyone can set it.
    public static func hook(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for key in ["GL_USERNAME", "GITOLITE_USER", "REMOTE_USER", "CMKEEPER_USER"] {
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
