import Dispatch
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// A command that writes files aside (the large-file store's copies, an export's package)
/// removes them when it is stopped with SIGINT (Ctrl-C) or SIGTERM, then dies of that signal.
enum StopSignals {
    /// Starts listening for SIGINT and SIGTERM, for the rest of the process.
    static func removeTemporariesOnStop() {
        _ = listening
    }

    private static let listening = Listening()

    /// The signal sources, made once and never touched again.
    private final class Listening: @unchecked Sendable {
        let sources: [any DispatchSourceSignal]

        init() {
            sources = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    TemporaryFile.removeAllInProgress()
                    // Dispatch keeps the signal blocked; unblocked on this thread, it ends the process.
                    var set = sigset_t()
                    sigemptyset(&set)
                    sigaddset(&set, number)
                    signal(number, SIG_DFL)
                    pthread_sigmask(SIG_UNBLOCK, &set, nil)
                    raise(number)
                }
                source.resume()
                return source
            }
        }
    }
}
