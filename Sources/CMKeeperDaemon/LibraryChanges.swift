/// "The library changed": the inbox committed, or a push moved a ref. The services that
/// change the library call `notify()`; each listener (the mirror pusher, the status site's
/// writer) has its own stream and wakes once for any number of notices that came while it
/// was busy.
final class LibraryChanges: Sendable {
    let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    /// The status site writer's stream.
    let siteStream: AsyncStream<Void>
    private let siteContinuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        (siteStream, siteContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func notify() {
        continuation.yield()
        siteContinuation.yield()
    }

    /// Only the status site changed (`verify` recorded a result): the mirrors have nothing new.
    func notifySite() {
        siteContinuation.yield()
    }
}
