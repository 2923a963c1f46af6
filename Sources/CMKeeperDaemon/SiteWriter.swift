import CMKeeperCore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps the status site (`DIR/site/`) current: writes it at start and after every change the
/// daemon sees; only the pages of projects that changed are written again
/// (``CMKeeperCore/Library/writeSite(to:now:)``). A failure is logged and tried at the next change.
struct SiteWriter: Service {
    /// The library folder; opened again for each update, so that settings changed meanwhile count.
    let libraryRoot: URL
    let changes: AsyncStream<Void>
    let logger: Logger

    func run() async throws {
        // On a thread of its own: the first write of thousands of pages takes a while.
        await runAside(write)
        for await _ in changes.cancelOnGracefulShutdown() { await runAside(write) }
    }

    private func write() {
        let start = ContinuousClock.now
        do {
            let library = try Library.open(at: libraryRoot)
            let update = try library.writeSite(to: library.siteURL)
            logger.info(
                "status site: \(update.pagesWritten) of \(update.projects) project pages written in \(ContinuousClock.now - start)",
                metadata: ["event": "site-written", "pages": "\(update.pagesWritten)", "projects": "\(update.projects)"])
        } catch {
            logger.error("the status site was not written: \(error.message)", metadata: ["event": "site-failed", "error": "\(error.description)"])
        }
    }
}
