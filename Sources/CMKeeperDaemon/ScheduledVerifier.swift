import CMKeeperCore
import Foundation
import Logging
import ServiceLifecycle

/// Verifies the whole library every `[verify] every` (nightly with `"24h"`): at once when no
/// whole-library verify is recorded or the last is older than the period, else a period after
/// it, whoever ran it. Each result is recorded as the command records it (`run/verify.json`),
/// which brings the status site up to date; what it found is logged.
struct ScheduledVerifier: Service {
    let libraryRoot: URL
    /// Seconds between two verifies.
    let every: Int
    let logger: Logger

    /// When the next verify is due: `every` seconds after the later of the last recorded
    /// whole-library verify and the last this service ran (a record that could not be written
    /// must not make it run without pause), or `now` when there was none.
    static func next(recorded: Date?, ran: Date?, every: Int, now: Date) -> Date {
        guard let last = [recorded, ran].compactMap({ $0 }).max() else { return now }
        return max(now, last.addingTimeInterval(Double(every)))
    }

    func run() async throws {
        var ran: Date? = nil
        while !Task.isShuttingDownGracefully {
            let recorded = VerifyRecordFile.read(libraryRoot: libraryRoot).library?.checkedAt
            let wait = Self.next(recorded: recorded, ran: ran, every: every, now: Date()).timeIntervalSinceNow
            if wait > 0 {
                do {
                    try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(wait)) }
                } catch {
                    return
                }
            }
            ran = Date()
            // On a thread of its own: re-hashing every baseline takes a while.
            await runAside(verify)
        }
    }

    private func verify() {
        let start = ContinuousClock.now
        do {
            let library = try Library.open(at: libraryRoot)
            let report = try library.verify()
            try library.record(report, scope: nil)
            let metadata: Logger.Metadata = ["event": "verified", "findings": "\(report.findings.count)", "baselines": "\(report.baselines)"]
            if report.passed {
                logger.info("verify: the library is intact (\(report.baselines) baselines, \(report.releases) releases) in \(ContinuousClock.now - start)", metadata: metadata)
            } else {
                let first = report.findings.prefix(3).map(\.description).joined(separator: "; ")
                logger.error("verify: \(report.findings.count) findings: \(first)", metadata: metadata)
            }
        } catch {
            logger.error("verify did not run: \(error.message)", metadata: ["event": "verify-failed", "error": "\(error.description)"])
        }
    }
}
