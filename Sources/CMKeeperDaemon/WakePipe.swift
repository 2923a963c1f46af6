import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pipe that wakes a thread waiting in `poll(2)`: another thread writes a byte, the waiting
/// thread polls `readEnd` with its other descriptors and drains it. Once closed, pokes are ignored.
final class WakePipe: @unchecked Sendable {
    let readEnd: Int32
    private let writeEnd: Int32
    private let lock = NSLock()
    private var closed = false

    /// Nil when no pipe could be made (`errno` says why).
    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for fd in ends {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, O_NONBLOCK)
        }
        (readEnd, writeEnd) = (ends[0], ends[1])
    }

    /// Wakes the waiting thread.
    func poke() {
        lock.withLock {
            guard !closed else { return }
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }
    }

    /// Reads away the pokes so far.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &bytes, bytes.count) > 0 {}
    }

    /// Closes both ends; later pokes do nothing.
    func close() {
        lock.withLock {
            guard !closed else { return }
            closed = true
            Glibc.close(readEnd)
            Glibc.close(writeEnd)
        }
    }
}
