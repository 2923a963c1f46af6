import Foundation

/// Runs `body` on a thread of its own and waits for it: long work (a site of thousands of
/// pages, a verify that re-hashes every baseline) must not hold one of the few threads the
/// inbox and the mirrors run on.
func runAside(_ body: @escaping @Sendable () -> Void) async {
    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
        DispatchQueue.global(qos: .utility).async {
            body()
            done.resume()
        }
    }
}
