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
        for _ in 0..<5 {
            port = try Self.freePort()
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
            // Started by a shell and left to run on its own: Foundation's Process reaps a child
            // with a blocking waitpid once the child closes its descriptors, which sshd does at
            // start, and would then wait for sshd for ever, reaping no other process meanwhile.
            let started = try Shell.run("/bin/sh", ["-c", "/usr/sbin/sshd -D -e -f \"$1\" </dev/null >/dev/null 2>>\"$2\" & echo $!", "sh", config.path, folder.path("sshd.log").path])
            guard started.succeeded, let pid = pid_t(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "sshd did not start: \(started)"])
            }
            if Self.waitForPort(port, while: pid) {
                self.pid = pid
                return
            }
            Self.stop(pid)
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "sshd did not start: \(log)"])
    }

    deinit {
        Self.stop(pid)
    }

    /// Stops sshd and the sessions it still has, and waits (a while) for it to be gone.
    private static func stop(_ pid: pid_t) {
        guard pid > 0 else { return }
        kill(pid, SIGTERM)
        for _ in 0..<100 where kill(pid, 0) == 0 {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return }
            usleep(20_000)
        }
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
        try process.run()
        process.waitUntilExit()
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

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no free port on 127.0.0.1"]) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func waitForPort(_ port: Int, while pid: pid_t) -> Bool {
        for _ in 0..<200 {
            guard kill(pid, 0) == 0 else { return false }
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            close(fd)
            if connected { return true }
            usleep(25_000)
        }
        return false
    }
}

