/// "The library changed": the inbox committed, or a push moved a ref. The services that
/// change the library call `notify()`; the mirror pusher, the one listener, wakes once for
/// any number of notices that came while it was busy.
final class LibraryChanges: Sendable {
    let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func notify() {
        continuation.yield()
    }
}
