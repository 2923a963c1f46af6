import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is acting, as the login name roles.toml knows them by.
public enum ActingUser {
    /// The variable `cmkeeper serve` hands the login of the ssh key to git's hooks in. serve
    /// runs git with an environment it builds itself, so nothing an ssh client sends reaches it.
    public static let authenticatedVariable = "CMKEEPER_AUTHENTICATED_USER"

    /// On the command line: `--user`, else `CMKEEPER_USER`, else the login name of the process's
    /// user. Naming someone else is refused unless the process runs as root or as the owner of
    /// the library's repository (the library's account, as `cmkeeper serve` does): anyone else
    /// would impersonate them.
    public static func commandLine(
        explicit: String?, repository: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CMKeeperError) -> String {
        let me = loginName()
        let named = [explicit, environment["CMKEEPER_USER"]].compactMap { $0 }.first { !$0.isEmpty }
        guard let named, named != me else { return me }
        var info = stat()
        let owner = stat(repository.path, &info) == 0 ? info.st_uid : nil
        if geteuid() == 0 || owner == geteuid() { return named }
        let ownerName = owner.flatMap { getpwuid($0) }.flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "its owner"
        throw CMKeeperError(.refused, .mayNotActAsOther(me: me, owner: ownerName, named: named), hint: .actAsYourself(named: named))
    }

    /// Who creates a new library (`init`, `demo`): `--user`, else `CMKEEPER_USER`, else the login
    /// name of the process's user. The library does not exist yet, so there is nobody to impersonate.
    public static func creator(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        [explicit, environment["CMKEEPER_USER"]].compactMap { $0 }.first { !$0.isEmpty } ?? loginName()
    }

    /// In a git hook, the first that is set of:
    /// 0. `CMKEEPER_AUTHENTICATED_USER`: the login of the ssh key, set by `cmkeeper serve`;
    /// 1. `GL_USERNAME` (GitLab), `GITOLITE_USER` (gitolite), `REMOTE_USER` (an HTTP server):
    ///    the name the server in front of the repository authenticated;
    /// 2. `CMKEEPER_USER`, for a library reached without such a server;
    /// 3. the login name of the process's user, from its uid.
    /// The server's name comes first because a client may be able to pass its own variables
    /// (`git push -o`, `SendEnv` over ssh); `USER` is never read, as anyone can set it. A local
    /// push (a path or `file://`) runs the hook as the pusher, who could set any of these: such a
    /// pusher can write repo.git anyway, so only the library's account should have local access.
    public static func hook(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for key in [authenticatedVariable, "GL_USERNAME", "GITOLITE_USER", "REMOTE_USER", "CMKEEPER_USER"] {
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
