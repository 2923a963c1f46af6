import Crypto
import Dispatch
import Foundation
import SystemPackage
#if canImport(Glibc)
import Glibc
#endif

/// The git-lfs compatible object store of a bare repository: `<git dir>/lfs/objects/XX/YY/OID`,
/// where `git lfs` itself keeps objects, so that clones fetch them with `git lfs pull`.
///
/// Storing a file streams it once through SHA-256 and into a temporary file, in bounded memory
/// (a few 4 MiB buffers whatever the file's size), with hashing and writing on two threads.
/// An object is in the store only once its content and its folder entry are fsynced.
public struct LFSStore: Sendable {
    /// `<git dir>/lfs`.
    public let root: URL

    static let chunkSize = 4 << 20
    static let bufferCount = 4
    static let writebackInterval: Int64 = 64 << 20

    public init(gitDirectory: URL) {
        root = gitDirectory.appendingPathComponent("lfs", isDirectory: true)
    }

    /// Where the object with this id lives (whether or not it is there).
    public func objectPath(_ oid: String) -> String {
        let o = Array(oid)
        return root.appendingPathComponent("objects/\(String(o[0..<2]))/\(String(o[2..<4]))/\(oid)").path
    }

    /// Whether the store holds an object of this id and size (its content is not re-hashed).
    public func contains(_ pointer: LFSPointer) -> Bool {
        var info = stat()
        return stat(objectPath(pointer.oid), &info) == 0 && Int64(info.st_size) == pointer.size
    }

    /// The result of storing a file.
    public struct Stored: Sendable, Equatable {
        public let pointer: LFSPointer
        /// True when the store already held this content.
        public let alreadyPresent: Bool
    }

    /// Copies the regular file at `sourcePath` into the store and returns its pointer; when
    /// `expected` is given, only if the file opened is that one (see `OpenedFile`).
    /// `progress` is called with the number of bytes copied so far.
    public func store(
        contentsOf sourcePath: String, expecting expected: FileIdentity? = nil, progress: (@Sendable (Int64) -> Void)? = nil
    ) throws(LFSStoreError) -> Stored {
        try store(OpenedFile.open(sourcePath, expecting: expected), progress: progress)
    }

    /// Copies an opened file into the store and returns its pointer.
    ///
    /// The copy goes to a temporary file under `lfs/tmp`, locked while it is written and removed
    /// when the copy fails (or, on SIGTERM/SIGINT, by `TemporaryFiles.removeAll()`); it is
    /// fsynced and renamed into place. An object already there is kept only when its size and
    /// hash are right: a corrupt or truncated one is replaced by the new copy.
    public func store(_ source: OpenedFile, progress: (@Sendable (Int64) -> Void)? = nil) throws(LFSStoreError) -> Stored {
        let tmpDir = root.appendingPathComponent("tmp").path
        try DurableFile.makeDirectories(tmpDir)
        removeAbandonedTemporaries()
        let temporary = try TemporaryFile(in: tmpDir)
        defer { temporary.remove() }

        let (digest, size) = try Self.copyAndHash(
            from: source.descriptor, sourcePath: source.path, to: temporary.descriptor, targetPath: temporary.path, progress: progress)
        guard size == source.identity.size else { throw .sourceChanged(path: source.path) }
        try DurableFile.sync(temporary.descriptor, path: temporary.path)

        let pointer = LFSPointer(oid: digest, size: size)
        let finalPath = objectPath(digest)
        if contains(pointer), (try? verify(pointer)) != nil {
            return Stored(pointer: pointer, alreadyPresent: true)
        }
        // Missing, or corrupt: the new copy takes its place.
        let folder = (finalPath as NSString).deletingLastPathComponent
        try DurableFile.makeDirectories(folder)
        try temporary.rename(to: finalPath)
        return Stored(pointer: pointer, alreadyPresent: false)
    }

    /// Removes the temporary files under `lfs/tmp` that no live process is writing (each
    /// writer holds a lock on its file): what a killed or crashed copy left.
    public func removeAbandonedTemporaries() {
        TemporaryFile.removeAbandoned(in: root.appendingPathComponent("tmp").path)
    }

    /// Re-hashes a stored object and checks it against its pointer.
    public func verify(_ pointer: LFSPointer) throws(LFSStoreError) {
        let path = objectPath(pointer.oid)
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(oid: pointer.oid) }
        let (digest, size) = try Self.hashFile(at: path)
        guard digest == pointer.oid, size == pointer.size else {
            throw .corrupt(oid: pointer.oid, actualOID: digest, path: path)
        }
    }

    /// SHA-256 (lowercase hex) and size of a file, read once in bounded memory.
    public static func hashFile(at path: String) throws(LFSStoreError) -> (oid: String, size: Int64) {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(path), .readOnly)
        } catch {
            throw .io(path: path, operation: "open", errno: DurableFile.code(error))
        }
        defer { try? fd.close() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 64)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        var total: Int64 = 0
        while true {
            let n: Int
            do { n = try fd.read(into: buffer) } catch { throw .io(path: path, operation: "read", errno: DurableFile.code(error)) }
            if n == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            total += Int64(n)
        }
        return (hex(hasher.finalize()), total)
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// Reads `source` once: this thread reads each chunk and writes it out while a second
    /// thread hashes it, so hashing (the slowest part) overlaps all the I/O.
    private static func copyAndHash(
        from source: FileDescriptor, sourcePath: String, to target: FileDescriptor, targetPath: String,
        progress: (@Sendable (Int64) -> Void)?
    ) throws(LFSStoreError) -> (String, Int64) {
        let buffers = (0..<bufferCount).map { _ in
            SendableBuffer(UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 64))
        }
        let hashedSlots = DispatchSemaphore(value: bufferCount)
        let hashing = DispatchQueue(label: "cmkeeper.lfs.hash")
        let hasher = HasherBox()
        defer {
            // The hashing thread may still be reading a buffer: wait for it before freeing them.
            hashing.sync {}
            buffers.forEach { $0.buffer.deallocate() }
        }

        var total: Int64 = 0
        var slot = 0
        while true {
            hashedSlots.wait()
            let chunk = buffers[slot]
            let n: Int
            do {
                n = try source.read(into: chunk.buffer)
            } catch {
                hashedSlots.signal()
                throw .io(path: sourcePath, operation: "read", errno: DurableFile.code(error))
            }
            if n == 0 { hashedSlots.signal(); break }
            hashing.async {
                hasher.update(UnsafeRawBufferPointer(rebasing: chunk.buffer[0..<n]))
                hashedSlots.signal()
            }
            do {
                _ = try target.writeAll(UnsafeRawBufferPointer(rebasing: chunk.buffer[0..<n]))
            } catch {
                throw .io(path: targetPath, operation: "write", errno: DurableFile.code(error))
            }
            let offset = total
            total += Int64(n)
            if total / writebackInterval != offset / writebackInterval {
                DurableFile.startWriteback(target, offset: 0, length: 0)
            }
            progress?(total)
            slot = (slot + 1) % bufferCount
        }
        let digest = hashing.sync { hasher.finalize() }
        return (digest, total)
    }
}

/// The SHA-256 state, touched only on the hashing queue.
private final class HasherBox: @unchecked Sendable {
    private var hasher = SHA256()
    func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }
    func finalize() -> String { LFSStore.hex(hasher.finalize()) }
}

/// A buffer shared by the I/O thread and the hashing thread; a semaphore keeps a buffer from being refilled before it is hashed.
private struct SendableBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableRawBufferPointer
    init(_ buffer: UnsafeMutableRawBufferPointer) { self.buffer = buffer }
}

extension LFSStore {
    /// SHA-256 (lowercase hex) of bytes in memory.
    public static func sha256(of data: Data) -> String {
        hex(SHA256.hash(data: data))
    }
}

extension LFSStore {
    /// Streams a stored object's content to `body` in chunks, in bounded memory, checking as it
    /// goes that it is the content its pointer names; throws `.corrupt` or `.missing` otherwise
    /// (after the last chunk: callers must discard what they wrote on error).
    public func read(_ pointer: LFSPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = objectPath(pointer.oid)
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(path), .readOnly)
        } catch {
            throw LFSStoreError.missing(oid: pointer.oid)
        }
        defer { try? fd.close() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 64)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        var total: Int64 = 0
        while true {
            let n: Int
            do { n = try fd.read(into: buffer) } catch { throw LFSStoreError.io(path: path, operation: "read", errno: DurableFile.code(error)) }
            if n == 0 { break }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
            hasher.update(bufferPointer: chunk)
            try body(chunk)
            total += Int64(n)
        }
        let digest = Self.hex(hasher.finalize())
        guard digest == pointer.oid, total == pointer.size else {
            throw LFSStoreError.corrupt(oid: pointer.oid, actualOID: digest, path: path)
        }
    }
}
