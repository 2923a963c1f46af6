internal import CLibGit2
import Foundation

/// An open git repository: one libgit2 handle, for one thread (or actor) at a time.
///
/// A repository opened for writing keeps new objects in memory (libgit2's mempack backend)
/// until `flushObjects()` writes them to disk as one fsynced pack, so a commit's many
/// small objects cost one fsync rather than one each.
public final class Repository {
    let pointer: OpaquePointer
    private var mempack: UnsafeMutablePointer<git_odb_backend>?
    private var pendingCommits: [(commit: ObjectID, parents: [ObjectID])] = []
    private var pendingObjects: [ObjectID] = []

    /// The repository's git directory (for a bare repository, the repository itself).
    public let gitDirectory: URL
    /// How this handle was opened, to open another like it.
    private let origin: Origin

    fileprivate enum Origin: Sendable {
        case path(URL)
        case environment
    }

    private init(pointer: OpaquePointer, origin: Origin) {
        self.pointer = pointer
        self.origin = origin
        gitDirectory = URL(fileURLWithPath: String(cString: git_repository_path(pointer)), isDirectory: true)
    }

    deinit {
        // The odb owns the mempack backend once added; freeing the repository frees both.
        git_repository_free(pointer)
    }

    /// Opens the repository at `path` (a bare repository or a git directory), without searching upwards.
    public static func open(at path: URL) throws(GitError) -> Repository {
        Libgit2.ensureInitialized()
        var repo: OpaquePointer? = nil
        try check(
            git_repository_open_ext(&repo, path.path, UInt32(GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue), nil),
            "open the repository at \(path.path)")
        return Repository(pointer: repo!, origin: .path(path))
    }

    /// Opens the repository git names in the environment (`GIT_DIR`, `GIT_OBJECT_DIRECTORY`,
    /// `GIT_ALTERNATE_OBJECT_DIRECTORIES`), as a hook must to see a push's quarantined objects.
    public static func openFromEnvironment() throws(GitError) -> Repository {
        Libgit2.ensureInitialized()
        var repo: OpaquePointer? = nil
        try check(
            git_repository_open_ext(&repo, nil, UInt32(GIT_REPOSITORY_OPEN_FROM_ENV.rawValue), nil),
            "open the repository named by GIT_DIR")
        return Repository(pointer: repo!, origin: .environment)
    }

    /// Creates a bare repository at `path` whose HEAD names `initialBranch`.
    public static func createBare(at path: URL, initialBranch: String = "main") throws(GitError) -> Repository {
        Libgit2.ensureInitialized()
        var options = git_repository_init_options()
        try check(git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)), "prepare repository options")
        options.flags = UInt32(GIT_REPOSITORY_INIT_BARE.rawValue | GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue)
        var repo: OpaquePointer? = nil
        let result = initialBranch.withCString { branch -> Int32 in
            options.initial_head = branch
            return git_repository_init_ext(&repo, path.path, &options)
        }
        try check(result, "create a bare repository at \(path.path)")
        return Repository(pointer: repo!, origin: .path(path))
    }

    /// A way to open this repository again, as another handle for another thread; nil once
    /// this handle has kept objects in memory (`bufferObjectsInMemory()`), which another
    /// handle would not see.
    public var reopening: Reopening? {
        mempack == nil ? Reopening(origin: origin) : nil
    }

    /// Opens a repository again, the way its first handle was opened (with the same
    /// quarantined objects in a hook): a handle of its own for another thread.
    public struct Reopening: Sendable {
        fileprivate let origin: Origin

        public func open() throws(GitError) -> Repository {
            switch origin {
            case .path(let path): try Repository.open(at: path)
            case .environment: try Repository.openFromEnvironment()
            }
        }
    }

    // MARK: Object writing through one pack

    /// The in-memory store new objects go to, while buffering.
    var bufferingBackend: UnsafeMutablePointer<git_odb_backend>? { mempack }

    /// Where `flushObjects()` puts its packs.
    private var packFolder: URL { gitDirectory.appendingPathComponent("objects/pack", isDirectory: true) }

    /// Sends every object written from now on to memory, until `flushObjects()` or `discardPendingObjects()`.
    public func bufferObjectsInMemory() throws(GitError) {
        guard mempack == nil else { return }
        var odb: OpaquePointer? = nil
        try check(git_repository_odb(&odb, pointer), "open the object database")
        defer { git_odb_free(odb) }
        var backend: UnsafeMutablePointer<git_odb_backend>? = nil
        try check(git_mempack_new(&backend), "create an in-memory object store")
        // Highest priority, so that writes go to memory first.
        try check(git_odb_add_backend(odb, backend, 1000), "add the in-memory object store")
        mempack = backend
    }

    /// Writes the objects buffered in memory to disk as one pack with its index, fsynced,
    /// then forgets them from memory. Returns how many objects the pack holds.
    ///
    /// The pack holds the blobs and tags written since the last flush, and the commits with
    /// every tree and blob they reach that are still only in memory (see `PackWriter`).
    @discardableResult
    public func flushObjects() throws(GitError) -> Int {
        defer { discardPendingObjects() }
        guard let mempack else { return 0 }
        let objects = try objectsToFlush(from: mempack)
        guard !objects.isEmpty else { return 0 }
        var writer = try PackWriter(folder: packFolder, source: mempack, count: objects.count)
        do {
            for id in objects { try writer.append(id) }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
        var odb: OpaquePointer? = nil
        try check(git_repository_odb(&odb, pointer), "open the object database")
        defer { git_odb_free(odb) }
        try check(git_odb_refresh(odb), "read the new pack")
        return objects.count
    }

    /// The buffered objects a flush writes: the recorded ones, and what the recorded commits
    /// reach, each once; never an object the repository already holds on disk.
    private func objectsToFlush(from mempack: UnsafeMutablePointer<git_odb_backend>) throws(GitError) -> [ObjectID] {
        var seen: Set<ObjectID> = []
        var objects: [ObjectID] = []
        func take(_ id: ObjectID) -> Bool {
            var oid = id.raw
            guard !seen.contains(id), cmk_git_backend_exists(mempack, &oid) == 1 else { return false }
            seen.insert(id)
            objects.append(id)
            return true
        }
        // A tree's entries are asked of the buffer by their raw ids: a folder of thousands of
        // projects of which one changed copies out one id, not thousands.
        func takeTree(_ tree: ObjectID) throws(GitError) {
            guard take(tree) else { return }
            var oid = tree.raw
            var object: OpaquePointer? = nil
            try check(git_tree_lookup(&object, pointer, &oid), "read tree \(tree)")
            defer { git_tree_free(object) }
            for index in 0..<git_tree_entrycount(object) {
                guard let entry = git_tree_entry_byindex(object, index), cmk_git_backend_exists(mempack, git_tree_entry_id(entry)) == 1 else { continue }
                let id = ObjectID(git_tree_entry_id(entry).pointee)
                switch EntryKind(mode: git_tree_entry_filemode_raw(entry)) {
                case .tree: try takeTree(id)
                case .file, .executable, .symlink: _ = take(id)
                default: break
                }
            }
        }
        for (commit, _) in pendingCommits where take(commit) {
            try takeTree(try commitTree(commit))
        }
        for id in pendingObjects { _ = take(id) }
        return objects
    }

    /// Remembers an object written while buffering, so that the next flush packs it.
    func recordPending(_ id: ObjectID) {
        if mempack != nil { pendingObjects.append(id) }
    }

    /// Remembers a commit written while buffering, and the parents whose objects it need not repeat.
    func recordPending(commit: ObjectID, parents: [ObjectID]) {
        if mempack != nil { pendingCommits.append((commit, parents)) }
    }

    /// Runs `body`; when it throws, the objects it wrote are left out of the next flush and
    /// those written before it kept: for a change given up in the middle of several. (They
    /// stay in memory until the flush, and are written only if a later object needs them.)
    public func keepingObjectsOnlyOnSuccess<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let (commits, objects) = (pendingCommits.count, pendingObjects.count)
        do {
            return try body()
        } catch {
            pendingCommits.removeSubrange(min(commits, pendingCommits.count)...)
            pendingObjects.removeSubrange(min(objects, pendingObjects.count)...)
            throw error
        }
    }

    /// Forgets the objects buffered in memory without writing them.
    public func discardPendingObjects() {
        if let mempack { git_mempack_reset(mempack) }
        pendingCommits.removeAll()
        pendingObjects.removeAll()
    }

    // MARK: Blobs

    /// Writes `data` as a blob.
    ///
    /// While buffering, the blob goes straight to memory: libgit2's general path would first
    /// look for it in every pack, re-reading the pack folder for each new blob.
    public func writeBlob(_ data: some ContiguousBytes) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let result = data.withUnsafeBytes { raw in
            if let mempack {
                cmk_git_backend_write(mempack, &oid, raw.baseAddress, raw.count, GIT_OBJECT_BLOB)
            } else {
                git_blob_create_from_buffer(&oid, pointer, raw.baseAddress, raw.count)
            }
        }
        try check(result, "write a blob")
        recordPending(ObjectID(oid))
        return ObjectID(oid)
    }

    /// Writes a blob from a stream of chunks, never holding the whole content in memory.
    /// `next` fills the buffer it is given and returns how many bytes it wrote, 0 at the end.
    public func writeBlob(streaming next: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> ObjectID {
        var stream: UnsafeMutablePointer<git_writestream>? = nil
        try check(git_blob_create_from_stream(&stream, pointer, nil), "start a streamed blob")
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        do {
            while true {
                let n = try next(buffer)
                if n == 0 { break }
                try check(
                    cmk_git_writestream_write(stream, buffer.baseAddress!.assumingMemoryBound(to: CChar.self), n),
                    "write a streamed blob")
            }
        } catch {
            cmk_git_writestream_free(stream)
            throw error
        }
        var oid = git_oid()
        // Commit frees the stream.
        try check(git_blob_create_from_stream_commit(&oid, stream), "finish a streamed blob")
        recordPending(ObjectID(oid))
        return ObjectID(oid)
    }

    /// The content of a blob.
    public func blobData(_ id: ObjectID) throws(GitError) -> Data {
        var oid = id.raw
        var blob: OpaquePointer? = nil
        try check(git_blob_lookup(&blob, pointer, &oid), "read blob \(id)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return Data() }
        return Data(bytes: raw, count: size)
    }

    /// The size of an object in bytes, read from its header without loading its content.
    public func blobSize(_ id: ObjectID) throws(GitError) -> Int {
        var odb: OpaquePointer? = nil
        try check(git_repository_odb(&odb, pointer), "open the object database")
        defer { git_odb_free(odb) }
        var oid = id.raw
        var size = 0
        var type = GIT_OBJECT_INVALID
        try check(git_odb_read_header(&size, &type, odb, &oid), "read the size of \(id)")
        return size
    }

    /// Whether the object database holds the object.
    public func contains(_ id: ObjectID) -> Bool {
        var odb: OpaquePointer? = nil
        guard git_repository_odb(&odb, pointer) == 0 else { return false }
        defer { git_odb_free(odb) }
        var oid = id.raw
        return git_odb_exists(odb, &oid) == 1
    }
}

extension Repository {
    /// Sets a value in the repository's own configuration file (`config` in the git directory).
    public func setConfiguration(_ key: String, _ value: String) throws(GitError) {
        var config: OpaquePointer? = nil
        try check(git_repository_config(&config, pointer), "open the repository's configuration")
        defer { git_config_free(config) }
        var local: OpaquePointer? = nil
        try check(git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL), "open the repository's own configuration")
        defer { git_config_free(local) }
        try check(git_config_set_string(local, key, value), "set \(key)")
    }
}
