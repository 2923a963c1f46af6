import CMKeeperCore
import Foundation
import Logging
import ServiceLifecycle

/// The mirror service: keeps each `[[mirror]]` of the settings up to date with the library
/// (`main`, every tag, the large files), at start and whenever the library changes. Mirrors
/// are pushed one at a time; a mirror that fails is tried again after 1 s, doubling up to
/// 5 minutes, and never holds up the inbox or the other mirrors' turns for longer than its
/// own attempt. Each attempt is logged (`mirrored` / `mirror-failed`) and recorded in
/// `DIR/run/mirrors.json`.
struct MirrorPusher: Service {
    let mirrors: [LibrarySettings.Mirror]
    let worker: MirrorWorker
    let changes: LibraryChanges
    /// `DIR/run/mirrors.json`.
    let stateURL: URL
    let logger: Logger
    /// The library's language: the last error, as `daemon status` shows it, is kept in it.
    var language = Language.en

    static let firstRetry = Duration.seconds(1)
    static let lastRetry = Duration.seconds(300)

    /// The wait before the next attempt after `failures` failures in a row.
    static func backOff(afterFailures failures: Int) -> Duration {
        min(lastRetry, firstRetry * (1 << min(max(failures - 1, 0), 16)))
    }

    func run() async throws {
        let clock = ContinuousClock()
        var records = initialRecords()
        // What each mirror last received in this run; nil: nothing yet, push at the first turn.
        var received: [MirroredRefs?] = Array(repeating: nil, count: mirrors.count)
        var retryAt: [ContinuousClock.Instant?] = Array(repeating: nil, count: mirrors.count)
        var timer: Task<Void, Never>? = nil
        defer { timer?.cancel() }
        logger.info(
            "keeping \(mirrors.count) mirror\(mirrors.count == 1 ? "" : "s"): \(mirrors.map(\.displayName).joined(separator: ", "))",
            metadata: ["event": "mirroring", "mirrors": .array(mirrors.map { "\($0.displayName)" })])
        changes.notify()
        for await _ in changes.stream.cancelOnGracefulShutdown() {
            timer?.cancel()
            timer = nil
            guard let refs = await worker.refs() else { continue }
            for index in mirrors.indices {
                if Task.isShuttingDownGracefully { break }
                guard received[index] != refs else { continue }
                if let due = retryAt[index], due > clock.now { continue }
                let outcome = await worker.push(mirrors[index], refs: refs)
                let now = Date()
                records[index].lastAttempt = now
                switch outcome {
                case .success(let pushed):
                    received[index] = pushed.refs
                    retryAt[index] = nil
                    records[index].lastSuccess = now
                    records[index].pushedMain = pushed.refs.main?.hex
                    records[index].mirrorMain = pushed.refs.main?.hex
                    records[index].lastError = nil
                    records[index].consecutiveFailures = 0
                    records[index].nextAttempt = nil
                    logSuccess(mirrors[index], pushed)
                case .failure(let failure):
                    let failures = records[index].consecutiveFailures + 1
                    let delay = Self.backOff(afterFailures: failures)
                    retryAt[index] = clock.now + delay
                    records[index].consecutiveFailures = failures
                    records[index].lastError = failure.message.text(in: language)
                    records[index].nextAttempt = now.addingTimeInterval(Self.seconds(delay))
                    if let main = failure.mirrorMain { records[index].mirrorMain = main.hex }
                    logger.error(
                        "could not mirror the library to \(mirrors[index].displayName) (failure \(failures) in a row, next try in \(Int(Self.seconds(delay))) s): \(failure.message)",
                        metadata: [
                            "event": "mirror-failed", "mirror": "\(mirrors[index].displayName)",
                            "url": "\(LibrarySettings.Mirror.redacting(mirrors[index].url))", "error": "\(failure.message)",
                            "failures": "\(failures)", "retry_in_s": "\(Int(Self.seconds(delay)))",
                        ])
                }
                writeRecords(records)
            }
            // Wake for the first retry due; a change of the library wakes it sooner.
            if let due = retryAt.compactMap({ $0 }).min() {
                timer = Task { [changes] in
                    try? await Task.sleep(until: due, clock: .continuous)
                    if !Task.isCancelled { changes.notify() }
                }
            }
        }
    }

    private func logSuccess(_ mirror: LibrarySettings.Mirror, _ pushed: MirrorWorker.Pushed) {
        let main = pushed.refs.main.map { String($0.hex.prefix(12)) } ?? "nothing"
        let message = pushed.updated == 0 && pushed.largeFiles == 0
            ? "\(mirror.displayName) is up to date (main \(main))"
            : "mirrored main \(main) to \(mirror.displayName): \(pushed.updated) ref\(pushed.updated == 1 ? "" : "s") updated, \(pushed.largeFiles) large file\(pushed.largeFiles == 1 ? "" : "s") sent"
        logger.info(
            "\(message)",
            metadata: [
                "event": "mirrored", "mirror": "\(mirror.displayName)", "url": "\(LibrarySettings.Mirror.redacting(mirror.url))",
                "main": "\(pushed.refs.main?.hex ?? "")", "refs": "\(pushed.updated)", "large_files": "\(pushed.largeFiles)",
                "pushed": .array(pushed.pushed.map { "\($0.object.hex):\($0.reference)" }),
            ])
    }

    /// A record per mirror, carrying over what the last daemon learnt (by mirror name).
    private func initialRecords() -> [MirrorRecord] {
        let previous = RunFile.read(MirrorsFile.self, from: stateURL)?.mirrors ?? []
        return mirrors.map { mirror in
            let url = LibrarySettings.Mirror.redacting(mirror.url)
            var record = previous.first { $0.name == mirror.displayName && $0.url == url } ?? MirrorRecord(name: mirror.displayName, url: url)
            record.consecutiveFailures = 0
            record.nextAttempt = nil
            record.lastError = nil
            return record
        }
    }

    private func writeRecords(_ records: [MirrorRecord]) {
        do {
            try RunFile.write(MirrorsFile(updated: Date(), mirrors: records), to: stateURL)
        } catch {
            logger.warning("cannot write \(stateURL.path): \(error.localizedDescription)", metadata: ["event": "failed"])
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
