import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real server (sshd, smbd) the tests start on 127.0.0.1: a free port, started by a shell and
/// left to run on its own, waited for until it listens, and stopped.
public enum LocalServer {
    /// Runs `command` (a bash command line with `$1`, `$2` … for `arguments`) in the
    /// background and returns its process id. Started by a shell and left to run on its own:
    /// Foundation's Process reaps a child with a blocking waitpid once the child closes its
    /// descriptors, and would then wait for a server for ever, reaping no other process
    /// meanwhile. The server gets none of the test process's descriptors besides /dev/null and
    /// its log (sshd closes them itself, smbd does not): the shell that started it must end,
    /// and Foundation must see it end.
    public static func start(_ command: String, _ arguments: [String]) throws -> pid_t {
        let closeInherited = #"for fd in $(ls /proc/$BASHPID/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done"#
        let started = try Shell.run("/bin/bash", ["-c", "( \(closeInherited); exec \(command) ) </dev/null & echo $!", "bash"] + arguments)
        guard started.succeeded, let pid = pid_t(started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(command) did not start: \(started)"])
        }
        return pid
    }

    /// Starts a server on a free port, trying five: `launch` writes its configuration for a port
    /// and gives its command and arguments (see `start`). Its process id and port once it
    /// listens; nil if it never did.
    public static func startListening(_ launch: (Int) throws -> (String, [String])) throws -> (pid: pid_t, port: Int)? {
        for _ in 0..<5 {
            let port = try freePort()
            let (command, arguments) = try launch(port)
            let pid = try start(command, arguments)
            if waitForPort(port, while: pid) { return (pid, port) }
            stop(pid)
        }
        return nil
    }

    /// Stops the server `pid` (SIGTERM) and waits (a while) for it to be gone.
    public static func stop(_ pid: pid_t) {
        guard pid > 0 else { return }
        kill(pid, SIGTERM)
        for _ in 0..<100 where kill(pid, 0) == 0 {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return }
            usleep(20_000)
        }
    }

    /// A port on 127.0.0.1 no one listens on just now.
    public static func freePort() throws -> Int {
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

    /// Waits (5 s at most) until something listens on `port` while `pid` runs; whether it does.
    public static func waitForPort(_ port: Int, while pid: pid_t) -> Bool {
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
