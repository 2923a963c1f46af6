import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Library to library: a `[[mirror]]` whose URL is another cmkeeper library's ssh front (the
/// real sshd and `cmkeeper serve`) receives main, the tags, and the large files through
/// git-lfs-transfer, judged by that library's own pre-receive hook.
@Suite("cmkeeper daemon: a mirror that is another library over ssh", .serialized)
struct MirrorOverSSHTests {
    @Test func anotherLibrarysSSHFrontReceivesMainTheTagsAndTheLargeFiles() throws {
        let scene = try InboxScenario(largeFileThreshold: 10_000, hooks: DaemonProcess.binary)
        let s = scene.s
        // The CM engineer's key, in the library before the standby site is copied from it.
        let key = try SSHKeys.make(in: s.folder, named: "zhang.key")
        let added = try Shell.run(DaemonProcess.binary, ["keys", "add", s.cm, key.path + ".pub", "--library", s.libraryURL.path], environment: ["CMKEEPER_USER": s.cm])
        #expect(added.succeeded, "\(added)")
        // The second site: a copy of the library, serving its own folder over ssh.
        let standby = s.folder.path("standby")
        #expect(try Shell.run("/bin/cp", ["-a", s.libraryURL.path, standby.path]).succeeded)
        let synced = try Shell.run(DaemonProcess.binary, ["keys", "sync", "--library", standby.path], environment: ["CMKEEPER_USER": s.cm])
        #expect(synced.succeeded, "\(synced)")
        let sshd = try SSHServer(authorizedKeys: standby.appendingPathComponent("ssh/authorized_keys"))
        let agent = try SSHAgent(in: s.folder, keys: [key])

        try s.sampleProduct(installerBytes: 300_000)
        _ = try scene.library.release(ReleaseRequest(project: scene.project, product: "核心业务平台", version: "2.1.0", user: s.cm))
        try scene.addMirrors([("standby site", sshd.repositoryURL)])
        // libgit2 checks the standby's host key against the daemon's ~/.ssh/known_hosts, as ssh does.
        let home = s.folder.path("daemon-home")
        let hostKey = try String(contentsOf: sshd.folder.path("host_ed25519.pub"), encoding: .utf8)
        try s.folder.write("daemon-home/.ssh/known_hosts", "[127.0.0.1]:\(sshd.port) \(hostKey)")
        try FileManager.default.copyItem(at: Shell.home.appendingPathComponent(".gitconfig"), to: home.appendingPathComponent(".gitconfig"))
        let environment = sshd.gitEnvironment(key: key).merging(["SSH_AUTH_SOCK": agent.socket, "HOME": home.path]) { $1 }
        let daemon = try scene.startDaemon(environment: environment)
        defer { daemon.stop() }
        #expect(daemon.waitFor("mirrored", timeout: 60), "\(daemon.log)\n\(sshd.log)")

        let theirs = standby.appendingPathComponent("repo.git")
        #expect(try scene.main(of: theirs) == scene.main())
        let tags = ["for-each-ref", "--format=%(refname) %(objectname)", "refs/tags"]
        #expect(try Shell.git(["--git-dir", theirs.path] + tags).stdout == s.git(tags).stdout)
        #expect(try Shell.git(["--git-dir", theirs.path, "fsck", "--full", "--strict"]).succeeded)
        // Every large file, byte for byte, in the standby's own store.
        let objects = s.repositoryURL.appendingPathComponent("lfs/objects")
        let stored = try FileManager.default.subpathsOfDirectory(atPath: objects.path).filter { $0.split(separator: "/").count == 3 }
        #expect(!stored.isEmpty)
        for object in stored {
            #expect(FileManager.default.contentsEqual(
                atPath: objects.appendingPathComponent(object).path, andPath: theirs.appendingPathComponent("lfs/objects/\(object)").path), "\(object)")
        }
        let log = ServeLog.entries(root: standby)
        #expect(log.contains { $0.user == s.cm && $0.command.hasPrefix("git-lfs-transfer") && $0.outcome == "ok" }, "\(log)")
        #expect(log.contains { $0.user == s.cm && $0.command.hasPrefix("git-receive-pack") && $0.outcome == "ok" }, "\(log)")
    }
}

/// OpenSSH's ssh-agent holding test keys, for libgit2 (which takes ssh keys from an agent only);
/// stopped when the value is let go.
final class SSHAgent {
    let socket: String
    private var pid: pid_t = 0

    init(in folder: TemporaryFolder, keys: [URL]) throws {
        socket = folder.path("agent-\(UUID().uuidString.prefix(8)).sock").path
        // Spawned directly (no Foundation Process) in a session of its own (setsid -f), so that
        // it is no child of this process: with it among this process's children, Foundation's
        // Process was seen to miss its own children's exits and wait for ever.
        let output = folder.path("agent-\(UUID().uuidString.prefix(8)).out").path
        var child: pid_t = 0
        let arguments = ["/usr/bin/setsid", "-f", "/usr/bin/ssh-agent", "-D", "-a", socket]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // With no signal blocked: a thread of this process may block SIGTERM, which a child inherits.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        guard posix_spawn(&child, arguments[0], &actions, &attributes, &argv, environ) == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "ssh-agent did not start"])
        }
        var status: Int32 = 0
        _ = waitpid(child, &status, 0)
        // -D prints "echo Agent pid N;" once it listens.
        for _ in 0..<200 where pid == 0 {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: "Agent pid ") {
                pid = pid_t(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
            } else {
                usleep(25_000)
            }
        }
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: socket) { usleep(25_000) }
        for key in keys {
            let add = try Shell.run("/usr/bin/ssh-add", ["-q", key.path], environment: ["SSH_AUTH_SOCK": socket])
            guard add.succeeded else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "ssh-add: \(add)"]) }
        }
    }

    deinit {
        guard pid > 0 else { return }
        kill(pid, SIGTERM)
    }
}
