import Foundation
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// Where `submit` over ssh keeps the document it reads from the client's stdin until
/// `cmkeeper submit` has taken it: `DIR/run/stage/submit-UUID/NAME` (``LibraryLayout/stageFolder``).
/// On the library's own disk, so a large document fills no RAM-backed `/tmp` and the upload
/// limit's free-space check counts it; readable by the library's account only (0700 folders,
/// a 0600 file). The session holds a lock on its folder and removes it whatever happens; what a
/// killed session left, nobody holds, and the next submit removes it once it is a day old.
/// Nothing reads this folder as documents: only the session that made a stage hands its file on.
final class SubmitStage {
    /// The staged document, named as the client named it.
    let file: URL
    /// `DIR/run/stage/submit-UUID`, this session's own folder.
    let folder: URL
    private let lock: FileHandle
    private var output: FileHandle?
    private var removed = false

    /// How the folder of a stage starts.
    static let prefix = "submit-"
    /// How old an unheld stage is before the next submit takes it for abandoned.
    static let abandonedAfter: TimeInterval = 24 * 60 * 60

    /// Makes a new stage for `fileName` (one plain name, as ``ServeRequest`` checked it) in the
    /// library at `root`, its file created empty, never through a link.
    init(libraryRoot root: URL, fileName: String) throws(CMKeeperError) {
        let stages = try Self.stagesFolder(libraryRoot: root)
        folder = stages.appendingPathComponent(Self.prefix + UUID().uuidString, isDirectory: true)
        file = folder.appendingPathComponent(fileName, isDirectory: false)
        guard mkdir(folder.path, 0o700) == 0 else { throw Self.failure(creating: folder.path) }
        let folderFD = open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folderFD >= 0 else {
            let error = Self.failure(creating: folder.path)
            rmdir(folder.path)
            throw error
        }
        // Held for the life of the session: a sweep never takes a stage in use.
        while flock(folderFD, LOCK_EX) != 0 && errno == EINTR {}
        lock = FileHandle(fileDescriptor: folderFD, closeOnDealloc: true)
        let fileFD = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fileFD >= 0 else {
            let error = Self.failure(creating: file.path)
            remove()
            throw error
        }
        output = FileHandle(fileDescriptor: fileFD, closeOnDealloc: true)
    }

    deinit { remove() }

    /// Appends `data` to the staged document.
    func write(_ data: Data) throws {
        try output?.write(contentsOf: data)
    }

    /// Closes the staged document once all of it is written, before another process reads it.
    func finishWriting() throws {
        try output?.close()
        output = nil
    }

    /// Removes the stage, its document with it.
    func remove() {
        guard !removed else { return }
        removed = true
        try? output?.close()
        output = nil
        try? FileManager.default.removeItem(at: folder)
        try? lock.close()
    }

    /// Removes the stages in the library at `root` that no session holds and that are older
    /// than ``abandonedAfter`` at `now`: what a killed `serve` left.
    static func removeAbandoned(libraryRoot root: URL, now: Date = Date()) {
        let stages = root.appendingPathComponent(LibraryLayout.stageFolder, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: stages.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let path = stages.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
                Double(info.st_mtim.tv_sec) < now.timeIntervalSince1970 - abandonedAfter
            else { continue }
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { try? FileManager.default.removeItem(atPath: path) }
            close(fd)
        }
    }

    /// `DIR/run/stage`, made 0700 when missing; refused when it is not a folder of this account.
    private static func stagesFolder(libraryRoot root: URL) throws(CMKeeperError) -> URL {
        let run = root.appendingPathComponent(LibraryLayout.runFolder, isDirectory: true)
        let stages = root.appendingPathComponent(LibraryLayout.stageFolder, isDirectory: true)
        do throws(LFSStoreError) {
            try DurableFile.makeDirectories(run.path)
        } catch {
            throw .lfs(error)
        }
        if mkdir(stages.path, 0o700) != 0 {
            guard errno == EEXIST else { throw failure(creating: stages.path) }
            var info = stat()
            guard lstat(stages.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else {
                throw CMKeeperError(.storage, .notOwnFolder(path: stages.path), hint: .checkRunFolder)
            }
            if info.st_mode & 0o077 != 0, chmod(stages.path, 0o700) != 0 { throw failure(creating: stages.path) }
        }
        return stages
    }

    private static func failure(creating path: String) -> CMKeeperError {
        CMKeeperError(.storage, .cannotCreate(path: path, error: String(cString: strerror(errno))), hint: .checkRunFolder)
    }
}
