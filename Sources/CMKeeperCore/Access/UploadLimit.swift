import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one upload over ssh may bring into the library: a file no larger than
/// `serve.maximum_upload_mib` (a CM engineer, who mirrors releases between libraries, is not held
/// to it), and never so much that the library's disk is left with less than
/// `serve.free_space_reserve_mib` free. A key holder can then not fill the disk the repository,
/// the daemon and everyone else's work depend on.
public struct UploadLimit: Sendable {
    /// The largest file, in bytes; nil for a CM engineer.
    public let maximumBytes: Int64?
    /// The free space every upload leaves on the library's disk, in bytes.
    public let reserveBytes: Int64
    /// A folder on the library's disk, where free space is counted.
    let folder: URL

    public init(maximumBytes: Int64?, reserveBytes: Int64, folder: URL) {
        self.maximumBytes = maximumBytes
        self.reserveBytes = reserveBytes
        self.folder = folder
    }

    /// The limit for `login` in `library`: its settings, and whether `login` is a CM engineer on `main`.
    public init(library: Library, login: String) {
        let settings = library.settings.serve
        let isCMEngineer = (try? library.snapshot().roleBook())?.has(.cmEngineer, login) == true
        self.init(
            maximumBytes: isCMEngineer ? nil : Int64(settings.maximumUploadMiB) << 20,
            reserveBytes: Int64(settings.freeSpaceReserveMiB) << 20,
            folder: library.repositoryURL)
    }

    /// Refuses `bytes` more of `file` when they are over the maximum or would leave less than the
    /// reserve free; `refusal` says so in the library's words.
    public func check(_ bytes: Int64, file: String) throws(CMKeeperError) {
        if let maximumBytes, bytes > maximumBytes {
            let most = maximumBytes >= 1 << 20 ? "\(maximumBytes >> 20) MiB" : "\(maximumBytes) bytes"
            throw CMKeeperError(.refused, .uploadTooLarge(file: file, most: most), hint: .storeLargeOrSplit)
        }
        guard let free = freeBytes(), bytes > free - reserveBytes else { return }
        throw CMKeeperError(
            .refused,
            .uploadWouldFillDisk(file: file, size: ByteCount.format(bytes), free: ByteCount.format(free), reserve: ByteCount.format(reserveBytes)),
            hint: .freeDiskSpace)
    }

    /// The bytes an unprivileged writer may still use on the library's disk; nil when the
    /// file system does not say.
    func freeBytes() -> Int64? {
        var info = statvfs()
        guard statvfs(folder.path, &info) == 0 else { return nil }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }
}
