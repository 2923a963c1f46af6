import Dispatch
import Foundation
import Synchronization

/// Work cut into parts that run at once: the first on the calling thread, each other on a
/// thread of its own (which opens what it needs for itself, such as a repository handle).
enum Parts {
    /// The parts' results in their order, once every part is done; the first part's error,
    /// in that order, if any failed.
    static func run<T: Sendable>(count: Int, first: () throws -> T, other: @escaping @Sendable (Int) throws -> T) throws -> [T] {
        precondition(count > 0, "no parts to run")
        let results = Results<T>(count: count)
        let done = DispatchSemaphore(value: 0)
        for index in 1..<count {
            Thread {
                results.set(index, Result { try other(index) })
                done.signal()
            }.start()
        }
        results.set(0, Result { try first() })
        for _ in 1..<count { done.wait() }
        return try results.all.map { try $0!.get() }
    }

    /// The parts' results, as their threads hand them in.
    private final class Results<T: Sendable>: Sendable {
        private let results: Mutex<[Result<T, any Error>?]>

        init(count: Int) {
            results = Mutex(Array(repeating: nil, count: count))
        }

        func set(_ index: Int, _ result: Result<T, any Error>) {
            results.withLock { $0[index] = result }
        }

        var all: [Result<T, any Error>?] { results.withLock { $0 } }
    }
}
