import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the post-receive hook tells a running daemon that refs moved: one datagram, holding
/// git's ref-update lines, to the Unix socket `DIR/run/daemon.sock` of the library; and how
/// `verify` tells it that it recorded a result (``verifyRecorded``).
/// When no daemon listens, the hook does nothing: the daemon rescans when it starts.
public enum DaemonNotifier {
    /// The daemon's socket, relative to the library folder.
    public static let socketPath = "run/daemon.sock"
    /// The line `verify` sends once it has recorded a result, for the daemon to write the status site again.
    public static let verifyRecorded = "verify-recorded"

    /// Sends `message` to the daemon of the library at `root`; returns whether one was listening.
    @discardableResult
    public static func notify(libraryRoot root: URL, message: String) -> Bool {
        let path = root.appendingPathComponent(socketPath).path
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let payload = Array(message.utf8.prefix(60_000))
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                sendto(fd, payload, payload.count, Int32(MSG_DONTWAIT), sa, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return sent == payload.count
    }
}
