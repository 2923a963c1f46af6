import CMKeeperCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The daemon's Unix datagram socket, `DIR/run/daemon.sock`, as an asynchronous sequence of
/// the messages sent to it (see `DaemonNotifier`). Any local user may send (the hooks run as
/// the pusher), so a message is only a hint that something moved: whoever acts on it reads the
/// repository itself. One thread of its own waits in `poll(2)` for datagrams.
final class NoticeSocket: AsyncSequence, @unchecked Sendable {
    typealias Element = String

    private let path: String
    private let socket: Int32
    private let wake: WakePipe
    private let stream: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation
    private let lock = NSLock()
    private var stopping = false

    /// Binds the socket of the library at `root`, replacing a stale one (the caller holds the daemon lock).
    init(libraryRoot root: URL) throws(CMKeeperError) {
        path = root.appendingPathComponent(DaemonNotifier.socketPath).path
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw CMKeeperError(.configuration, .socketPathTooLong(path), hint: .keepLibraryShorter)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw Self.failure(.create, path) }
        unlink(path)
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            let error = Self.failure(.bind, path)
            close(fd)
            throw error
        }
        chmod(path, 0o666)
        guard let wake = WakePipe() else {
            let error = Self.failure(.createPipe, path)
            close(fd)
            throw error
        }
        socket = fd
        self.wake = wake
        (stream, continuation) = AsyncStream.makeStream(of: String.self)
        continuation.onTermination = { [weak self] _ in self?.stop() }
        let thread = Thread { [self] in self.loop() }
        thread.name = "cmkeeper notices"
        thread.start()
    }

    func makeAsyncIterator() -> AsyncStream<String>.Iterator {
        stream.makeAsyncIterator()
    }

    /// Ends the sequence, closes the socket and removes its file.
    func stop() {
        lock.withLock { stopping = true }
        wake.poke()
    }

    private func loop() {
        defer {
            continuation.finish()
            lock.withLock {
                close(socket)
                unlink(path)
                wake.close()
            }
        }
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while !lock.withLock({ stopping }) {
            var fds = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0), pollfd(fd: socket, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, 2, -1) < 0 && errno != EINTR { return }
            if fds[0].revents != 0 { wake.drain() }
            if fds[1].revents != 0 {
                while true {
                    let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                    if count <= 0 { break }
                    continuation.yield(String(decoding: buffer[0..<count], as: UTF8.self))
                }
            }
        }
    }

    private static func failure(_ step: SocketStep, _ path: String) -> CMKeeperError {
        CMKeeperError(.storage, .socketFailed(step, path: path, error: String(cString: strerror(errno))), hint: .checkRunFolder)
    }
}
