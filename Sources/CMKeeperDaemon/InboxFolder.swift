import CMKeeperCore
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A file's identity and state as `lstat` gives them: what must stay the same across the
/// quiet period for the file to count as complete. The change time is the kernel's own (no
/// program can set it), so a file whose state is unchanged has not been written to since.
struct FileState: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec
    /// When the file's content or attributes last changed (`st_ctim`).
    var changed: timespec
    var owner: uid_t
    /// `S_IFREG`, `S_IFDIR` …
    var type: mode_t

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = info.st_mtim
        changed = info.st_ctim
        owner = info.st_uid
        type = info.st_mode & S_IFMT
    }

    /// The state of the file at `path`, not following a symbolic link; nil when it is gone.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    static func == (a: FileState, b: FileState) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified.tv_sec == b.modified.tv_sec
            && a.modified.tv_nsec == b.modified.tv_nsec && a.changed.tv_sec == b.changed.tv_sec
            && a.changed.tv_nsec == b.changed.tv_nsec && a.owner == b.owner && a.type == b.type
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(inode)
        hasher.combine(size)
        hasher.combine(modified.tv_nsec)
    }
}

/// The inbox on disk: `DIR/inbox/PROJECT/…`, any depth. Paths are relative to the inbox, and
/// a path's first part is its project ("" for a file dropped straight into `inbox/`).
struct InboxFolder: Sendable {
    let url: URL
    /// `url`'s path, which every file's path starts with.
    private let root: String

    init(url: URL) {
        self.url = url
        root = url.path
    }

    /// The project a path relative to the inbox belongs to.
    static func project(of relativePath: String) -> String {
        guard let slash = relativePath.firstIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    func absolutePath(_ relativePath: String) -> String {
        relativePath.isEmpty ? root : root + "/" + relativePath
    }

    /// Every project folder in the inbox, and "" when files lie straight in it.
    func projectsWithFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        var projects: Set<String> = []
        for name in names where !Self.isIgnored(name) {
            guard let state = FileState(path: url.appendingPathComponent(name).path) else { continue }
            projects.insert(state.isDirectory ? name : "")
        }
        return projects.sorted()
    }

    /// The files waiting below `project`'s folder (or straight in the inbox for ""), by path
    /// relative to the inbox; temp files and symbolic links to folders are skipped.
    func files(of project: String) -> [String: FileState] {
        var twins = 0
        return files(of: project, twinsLeft: &twins)
    }

    /// The files waiting below `project`'s folder, and (in `twinsLeft`) how many were left
    /// out for a composed twin (see `walk`).
    func files(of project: String, twinsLeft: inout Int) -> [String: FileState] {
        var found: [String: FileState] = [:]
        if project.isEmpty {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where !Self.isIgnored(name) {
                if let state = FileState(path: absolutePath(name)), !state.isDirectory { found[name] = state }
            }
        } else {
            walk(project, into: &found, twinsLeft: &twinsLeft)
        }
        return found
    }

    /// The files below a folder (relative to the inbox), by path relative to the inbox.
    ///
    /// Two files whose names differ only in their Unicode spelling (`é` composed, or `e` and a
    /// combining accent, as a Mac writes it) are one key to Swift's strings: the composed one
    /// is found, and the other waits until it is alone (then it is refused, as the library
    /// takes composed names only).
    func walk(_ folder: String, into found: inout [String: FileState]) {
        var twins = 0
        walk(folder, into: &found, twinsLeft: &twins)
    }

    /// `walk`, counting in `twinsLeft` the files left out for a composed twin.
    func walk(_ folder: String, into found: inout [String: FileState], twinsLeft: inout Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolutePath(folder)) else { return }
        for name in names where !Self.isIgnored(name) {
            let path = folder.isEmpty ? name : "\(folder)/\(name)"
            guard let state = FileState(path: absolutePath(path)) else { continue }
            if state.isDirectory {
                walk(path, into: &found, twinsLeft: &twinsLeft)
            } else if let twin = found.index(forKey: path), !found.keys[twin].utf8.elementsEqual(path.utf8) {
                twinsLeft += 1
                guard RepositoryPath.isComposed(path) else { continue }
                found.remove(at: twin)
                found[path] = state
            } else {
                found[path] = state
            }
        }
    }

    /// Whether `path` is not composed (see `RepositoryPath.isComposed`) and a file spelled the
    /// composed way is beside it: then it waits, and the composed one is taken.
    func hasComposedTwin(_ path: String) -> Bool {
        guard !RepositoryPath.isComposed(path) else { return false }
        let composed = path.precomposedStringWithCanonicalMapping
        return FileState(path: absolutePath(composed)) != nil
    }

    /// Editor and office temp files (`~$…`, `.~lock…`, `*.swp`, `*.tmp`, `.DS_Store`, `…~`): left
    /// alone until they are renamed into place.
    static func isIgnored(_ name: String) -> Bool {
        InboxSubmission.isTemporary(fileName: name)
    }
}

extension FileState {
    var isDirectory: Bool { type == S_IFDIR }
    var isRegular: Bool { type == S_IFREG }
}

extension InboxFolder {
    /// Whether some process has the file open for writing. Asks the kernel for a read lease,
    /// which it refuses (`EAGAIN`) exactly then; where leases are not allowed (the daemon
    /// neither owns the file nor has `CAP_LEASE`) or not supported, says false and the
    /// quiet period alone decides.
    func isOpenForWriting(_ relativePath: String) -> Bool {
        let fd = open(absolutePath(relativePath), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if fcntl(fd, Self.setLease, Int32(F_RDLCK)) == 0 {
            _ = fcntl(fd, Self.setLease, Int32(F_UNLCK))
            return false
        }
        return errno == EAGAIN
    }

    /// Which of `paths` some process has open for writing (see `isOpenForWriting(_:)`): asked on
    /// every core at once for a large drop, since each answer takes four system calls.
    func openForWriting(_ paths: [String]) -> Set<String> {
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, paths.count / 1000)
        guard parts > 1 else { return Set(paths.filter(isOpenForWriting)) }
        let found = Mutex<Set<String>>([])
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let open = stride(from: part, to: paths.count, by: parts).map { paths[$0] }.filter(isOpenForWriting)
            found.withLock { $0.formUnion(open) }
        }
        return found.withLock { $0 }
    }

    /// `F_SETLEASE`, which Glibc's Swift module does not export.
    private static let setLease: Int32 = 1024
}
