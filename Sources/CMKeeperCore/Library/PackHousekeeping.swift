import Foundation

/// Every cmkeeper commit writes one pack, so a busy library gathers many small ones, and each
/// lookup of an object asks every pack. `tidyPacks` merges them, as `git gc --auto` would.
extension Library {
    /// More packs than this and `tidyPacks()` merges them (git's `gc.autoPackLimit`).
    public static let packLimit = 50

    /// The packs in the repository.
    public func packCount() -> Int {
        let folder = repositoryURL.appendingPathComponent("objects/pack").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".pack") }.count
    }

    /// When the repository holds more than `limit` packs, merges the small ones with
    /// `git repack -d --geometric=2`: packs are combined until each is at least twice the size
    /// of all the smaller ones together, so the work stays in proportion to what is new.
    /// Every object of a merged pack goes into the new pack, reachable or not, and the old
    /// packs are deleted only once it is written (git's own care), so a push landing meanwhile
    /// loses nothing.
    ///
    /// Returns the number of packs before and after, or nil when there were few enough. This
    /// handle keeps the packs it knew open; reopen the library to let the deleted ones go.
    public func tidyPacks(limit: Int = packLimit) throws(CMKeeperError) -> (before: Int, after: Int)? {
        let before = packCount()
        guard before > limit else { return nil }
        let result: GitCommand.Result
        do {
            result = try GitCommand(gitDirectory: repositoryURL).run(["repack", "-d", "--geometric=2", "--quiet"])
        } catch {
            throw CMKeeperError(.storage, .repackCouldNotRun("\(error)"), hint: .installGit)
        }
        guard result.succeeded else {
            throw CMKeeperError(
                .storage, .repackFailed(status: Int(result.status), output: String(result.output.trimmingCharacters(in: .whitespacesAndNewlines).suffix(500))),
                hint: .nothingLostRunRepack(repositoryURL.path))
        }
        return (before, packCount())
    }
}
