import Foundation

/// The end of a child process, waited for as soon as it comes. Foundation's `waitUntilExit`
/// (on Linux, off the main thread, which is where cmkeeper's commands and hooks run) polls a
/// run loop every 50 ms: every git a hook or an ssh session starts would cost up to 50 ms more.
/// This waits on the process's termination handler instead, set before it starts.
public final class ProcessExit: Sendable {
    private let ended = DispatchSemaphore(value: 0)

    /// Starts `process` (as `run()` does, and throws as it does).
    public init(starting process: Process) throws {
        process.terminationHandler = { [ended] _ in ended.signal() }
        try process.run()
    }

    /// Returns once the process has ended; its termination status and reason are then set.
    public func wait() {
        ended.wait()
        ended.signal()
    }
}
