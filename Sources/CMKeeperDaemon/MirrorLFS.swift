import CMKeeperCore
import Foundation
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// Sends the library's large files (`repo.git/lfs/objects`) to a mirror, so that
/// `git lfs pull` from a clone of the mirror gets every byte back.
enum MirrorLFS {
    /// Copies each object of `source` that the repository whose git directory is
    /// `gitDirectory` lacks (or holds with another size) into its `lfs/objects/XX/YY/OID`:
    /// written to a temporary file in its `lfs/tmp/`, fsynced, renamed into place, and the
    /// folder fsynced. Returns how many objects it copied.
    static func copyMissing(from source: LFSStore, to gitDirectory: URL) throws -> Int {
        let target = LFSStore(gitDirectory: gitDirectory)
        var copied = 0
        for (oid, size) in objects(of: source) {
            var info = stat()
            if stat(target.objectPath(oid), &info) == 0 && Int64(info.st_size) == size { continue }
            try copy(source.objectPath(oid), to: target.objectPath(oid), temporaryFolder: target.root.appendingPathComponent("tmp").path)
            copied += 1
        }
        return copied
    }

    /// Every object in the store, by id, with its size; stray files are skipped.
    static func objects(of store: LFSStore) -> [(oid: String, size: Int64)] {
        let fm = FileManager.default
        let base = store.root.appendingPathComponent("objects").path
        var found: [(String, Int64)] = []
        for first in ((try? fm.contentsOfDirectory(atPath: base)) ?? []).sorted() where first.utf8.count == 2 {
            for second in ((try? fm.contentsOfDirectory(atPath: "\(base)/\(first)")) ?? []).sorted() where second.utf8.count == 2 {
                for name in ((try? fm.contentsOfDirectory(atPath: "\(base)/\(first)/\(second)")) ?? []).sorted()
                where LFSPointer.isValidOID(name) && name.hasPrefix(first + second) {
                    var info = stat()
                    guard stat("\(base)/\(first)/\(second)/\(name)", &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                    found.append((name, Int64(info.st_size)))
                }
            }
        }
        return found
    }

    /// The `git-lfs` program on `PATH`, if there is one.
    static var gitLFS: String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/git-lfs"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `git lfs push --all URL` in the library's repository: git-lfs uploads, through the
    /// mirror's LFS API, each object the refs reach that the server lacks.
    static func pushWithGitLFS(gitDirectory: URL, url: String) throws {
        let result = try GitCommand(gitDirectory: gitDirectory).run(["lfs", "push", "--all", url])
        guard result.succeeded else {
            let text = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            throw MirrorError("git lfs push --all \(url) failed (exit \(result.status)): \(text.suffix(500))")
        }
    }

    /// Copies one file durably: temporary file, fsync, rename, fsync of the folder.
    private static func copy(_ source: String, to destination: String, temporaryFolder: String) throws {
        try makeFolders(temporaryFolder)
        let folder = (destination as NSString).deletingLastPathComponent
        try makeFolders(folder)
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw MirrorError.posix("open", source) }
        defer { close(input) }
        let temporary = "\(temporaryFolder)/cmkeeper-mirror-\(UUID().uuidString)"
        let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw MirrorError.posix("create", temporary) }
        var renamed = false
        defer {
            close(output)
            if !renamed { unlink(temporary) }
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(input, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw MirrorError.posix("read", source)
            }
            if count == 0 { break }
            var written = 0
            while written < count {
                let n = write(output, buffer.baseAddress! + written, count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw MirrorError.posix("write", temporary)
                }
                written += n
            }
        }
        guard fsync(output) == 0 else { throw MirrorError.posix("fsync", temporary) }
        guard rename(temporary, destination) == 0 else { throw MirrorError.posix("move into place", destination) }
        renamed = true
        try syncFolder(folder)
    }

    private static func makeFolders(_ path: String) throws {
        var missing: [String] = []
        var current = path
        while access(current, F_OK) != 0 {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() {
            guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw MirrorError.posix("create the folder", folder) }
            try syncFolder((folder as NSString).deletingLastPathComponent)
        }
    }

    private static func syncFolder(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw MirrorError.posix("open the folder", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw MirrorError.posix("fsync the folder", path) }
    }
}

/// Why a mirror could not be brought up to date, in words for the log and the status.
struct MirrorError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    static func posix(_ operation: String, _ path: String) -> MirrorError {
        MirrorError("cannot \(operation) \(path): \(String(cString: strerror(errno)))")
    }
}
