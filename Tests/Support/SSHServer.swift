import CMKeeperCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// OpenSSH's real sshd on 127.0.0.1 at a free port, with its own host key and config in a
/// temporary folder, taking the keys of one `authorized_keys` file for the account the tests
/// run as (root, with forced commands only: exactly what a library's account is). Stopped when
/// the value is let go.
public final class SSHServer: @unchecked Sendable {
    public let folder = TemporaryFolder("sshd")
    public private(set) var port: Int = 0
    private var pid: pid_t = 0
    /// The account the clients log in as.
    public let account = ActingUser.loginName()

    /// Starts sshd taking the keys in `authorizedKeys`; waits until it listens.
    public init(authorizedKeys: URL) throws {
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let hostKey = folder.path("host_ed25519")
        try Self.check(Shell.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", hostKey.path]), "ssh-keygen")
        let started = try LocalServer.startListening { port in
            let config = try folder.write("sshd_config", """
                Port \(port)
                ListenAddress 127.0.0.1
                HostKey \(hostKey.path)
                PidFile \(folder.path("sshd.pid").path)
                AuthorizedKeysFile \(authorizedKeys.path)
                StrictModes no
                UsePAM no
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PermitRootLogin forced-commands-only
                AllowUsers \(account)
                AcceptEnv CMKEEPER_USER CMKEEPER_AUTHENTICATED_USER GL_USERNAME
                LogLevel VERBOSE

                """)
            return ("/usr/sbin/sshd -D -e -f \"$1\" >/dev/null 2>>\"$2\"", [config.path, folder.path("sshd.log").path])
        }
        guard let started else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "sshd did not start: \(log)"]) }
        (pid, port) = started
    }

    deinit {
        LocalServer.stop(pid)
    }

    /// What sshd wrote (its log, with -e).
    public var log: String { (try? String(contentsOf: folder.path("sshd.log"), encoding: .utf8)) ?? "" }

    /// `ssh` with `key` and nothing of the user's own configuration, as `GIT_SSH_COMMAND` takes it.
    public func sshCommand(key: URL, options: [String] = []) -> [String] {
        ["/usr/bin/ssh", "-F", "/dev/null", "-i", key.path, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-p", "\(port)"] + options
    }

    /// Runs `ssh account@127.0.0.1 COMMAND` with `key`.
    @discardableResult
    public func ssh(key: URL, _ command: String, options: [String] = [], input: Data? = nil) throws -> CommandResult {
        let ssh = sshCommand(key: key, options: options)
        return try run(ssh[0], Array(ssh.dropFirst()) + ["\(account)@127.0.0.1", command], input: input)
    }

    /// Runs a client (ssh, git) with its output in files, waiting for it to exit rather than for
    /// its pipes to close: sshd's session processes may hold on to inherited descriptors.
    @discardableResult
    public func run(_ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], input: Data? = nil) throws -> CommandResult {
        let id = UUID().uuidString
        let stdin = try folder.write("in-\(id)", input ?? Data())
        let stdout = try folder.write("out-\(id)", Data()), stderr = try folder.write("err-\(id)", Data())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/\(executable)")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = Shell.home.path
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_TERMINAL_PROMPT"] = "0"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: stdin)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try ProcessExit(starting: process).wait()
        let out = try Data(contentsOf: stdout), err = try Data(contentsOf: stderr)
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self), stdoutData: out)
    }

    /// The real git, through this server, with `key`.
    @discardableResult
    public func git(_ arguments: [String], key: URL, in directory: URL? = nil, sshOptions: [String] = []) throws -> CommandResult {
        try run("/usr/bin/git", ["-c", "core.quotepath=off"] + arguments, in: directory, environment: gitEnvironment(key: key, options: sshOptions))
    }

    /// The library's repository as git's ssh clients name it.
    public var repositoryURL: String { "ssh://\(account)@127.0.0.1:\(port)/repo.git" }

    /// The environment for git to go through ssh with `key`.
    public func gitEnvironment(key: URL, options: [String] = []) -> [String: String] {
        ["GIT_SSH_COMMAND": sshCommand(key: key, options: options).map { "'\($0)'" }.joined(separator: " ")]
    }

    private static func check(_ result: CommandResult, _ what: String) throws {
        guard result.succeeded else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what): \(result)"]) }
    }
}
