import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Samba's real smbd on 127.0.0.1 at a free port, run as root with a configuration the test
/// gives (its shares and `[global]`) plus the lines that keep it to itself: the port, the
/// loopback interface, and its private, lock, state, cache, pid and ncalrpc folders in a
/// temporary folder. Users get their Samba passwords with the real `smbpasswd`; the real
/// `smbclient` talks to it. Stopped when the value is let go.
public final class SambaServer: @unchecked Sendable {
    public let folder = TemporaryFolder("smbd")
    public private(set) var port: Int = 0
    private var pid: pid_t = 0
    /// The configuration smbd runs with.
    public var configuration: URL { folder.path("smb.conf") }

    /// Throws, saying what to install, unless the tests run as root and smbd, smbpasswd and
    /// smbclient are installed (CI installs them: `.ci/run`).
    public static func requireInstalled() throws {
        let missing = ["/usr/sbin/smbd", "/usr/bin/smbpasswd", "/usr/bin/smbclient"].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard geteuid() == 0, missing.isEmpty else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: """
                The Samba share tests start the real smbd and need root (they run as uid \(geteuid())) and Samba \
                (missing: \(missing.joined(separator: ", "))). Install it as root: \
                apt-get install -y samba smbclient — CI installs it (.ci/run).
                """])
        }
    }

    /// Starts smbd with `configuration` (an smb.conf with a `[global]` section); waits until it listens.
    public init(configuration text: String) throws {
        try Self.requireInstalled()
        for sub in ["private", "lock", "state", "cache", "run", "ncalrpc"] {
            try FileManager.default.createDirectory(at: folder.path(sub), withIntermediateDirectories: true, attributes: [.posixPermissions: sub == "private" ? 0o700 : 0o755])
        }
        let started = try LocalServer.startListening { port in
            try Data(Self.withOwnGlobals(text, port: port, folder: folder.url).utf8).write(to: configuration)
            return ("/usr/sbin/smbd -F --no-process-group --debug-stdout -s \"$1\" >>\"$2\" 2>&1", [configuration.path, folder.path("smbd.log").path])
        }
        guard let started else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "smbd did not start: \(log)"]) }
        (pid, port) = started
    }

    deinit {
        LocalServer.stop(pid)
    }

    /// What smbd wrote.
    public var log: String { (try? String(contentsOf: folder.path("smbd.log"), encoding: .utf8)) ?? "" }

    /// Gives `login` (a Unix account) the Samba password `password` (`smbpasswd -a -s -c`).
    public func addUser(_ login: String, password: String) throws {
        let result = try Shell.run("/usr/bin/smbpasswd", ["-a", "-s", "-c", configuration.path, login], input: Data("\(password)\n\(password)\n".utf8))
        guard result.succeeded else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "smbpasswd -a \(login): \(result)"]) }
    }

    /// Runs smbclient's `commands` (`cd P-2026-001; put …`) on `share`, logged in as `user`
    /// with `password`, or with no user name and password (`-N`) when `user` is nil.
    @discardableResult
    public func client(_ share: String, user: String?, password: String = "", _ commands: String) throws -> CommandResult {
        let login = user.map { ["-U", "\($0)%\(password)"] } ?? ["-N"]
        return try Shell.run(
            "/usr/bin/smbclient", ["//127.0.0.1/\(share)", "-p", "\(port)", "-s", configuration.path] + login + ["-c", commands])
    }

    /// `text` with the lines that keep this smbd to itself at the end of its `[global]` section
    /// (a setting given twice in a section takes its last value).
    static func withOwnGlobals(_ text: String, port: Int, folder: URL) throws -> String {
        var lines = text.components(separatedBy: "\n")
        guard let global = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "[global]" }) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no [global] section in:\n\(text)"])
        }
        let end = lines[(global + 1)...].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") } ?? lines.endIndex
        let own = [
            "smb ports = \(port)", "interfaces = 127.0.0.1", "bind interfaces only = yes", "disable netbios = yes",
            "private dir = \(folder.path)/private", "lock directory = \(folder.path)/lock", "state directory = \(folder.path)/state",
            "cache directory = \(folder.path)/cache", "pid directory = \(folder.path)/run", "ncalrpc dir = \(folder.path)/ncalrpc",
            "rpc start on demand helpers = no", "usershare max shares = 0", "log level = 1",
        ]
        lines.insert(contentsOf: ["   # The test's own smbd (SambaServer)."] + own.map { "   \($0)" } + [""], at: end)
        return lines.joined(separator: "\n")
    }
}
