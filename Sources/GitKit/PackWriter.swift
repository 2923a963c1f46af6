internal import CLibGit2
import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if !os(Linux)
#error("cmkeeper runs on Linux only: packs are written through Glibc (see Package.swift)")
#endif

/// Writes objects as one pack with its version-2 index, as git's own `pack-objects` does:
/// each object's place, CRC-32 and id are known as it is written, so the index is built
/// from them rather than by reading the pack again (libgit2's indexer inflates and re-hashes
/// every object, which took most of the time of a commit of many documents). Both files are
/// written under temporary names, fsynced, made read-only and renamed into `objects/pack/`
/// (the pack first; the index makes it visible), then the folder is fsynced.
///
/// Unlike libgit2's packbuilder, which deflates everything at zlib's default level, it keeps
/// content that is already compressed (office documents are zip archives, scans and photos
/// are JPEG or PDF) in stored zlib blocks: deflating it again takes time and saves nothing.
/// Trees are stored too: they are mostly object ids, which deflate shrinks by a third at best,
/// while `projects/` of a library of thousands of projects, which every commit writes again,
/// took a quarter of a commit's time to deflate (and more to inflate at each read). The bytes
/// stored whole last only until `tidyPacks` merges the packs, which makes such trees deltas of
/// one another. Other content is deflated as the packbuilder would. No deltas: a library's
/// documents seldom have a close earlier version.
struct PackWriter {
    /// Where the objects are read from: the in-memory store, which checks no hashes on reading.
    private let source: UnsafeMutablePointer<git_odb_backend>
    private let folder: String
    private let temporaryPack: String
    private var file: Int32
    private var checksum = Insecure.SHA1()
    /// Bytes of the pack written to `file` so far.
    private var written: UInt64 = 0
    /// Bytes waiting to be written, in pieces of about `flushSize`.
    private var pending: [UInt8] = []
    private static let flushSize = 1 << 20
    /// Each object written: its id, where its entry starts in the pack, the CRC-32 of the entry.
    private var entries: [(id: ObjectID, offset: UInt64, crc: UInt32)] = []

    /// Starts a pack of `count` objects, read from `source`, in `folder` (`objects/pack`).
    init(folder: URL, source: UnsafeMutablePointer<git_odb_backend>, count: Int) throws(GitError) {
        self.source = source
        self.folder = folder.path
        (file, temporaryPack) = try Self.createTemporary(in: folder.path)
        entries.reserveCapacity(count)
        pending.reserveCapacity(Self.flushSize + (64 << 10))
        // The pack header: signature, version 2, number of objects.
        pending += Array("PACK".utf8)
        Self.appendBigEndian(2, to: &pending)
        Self.appendBigEndian(UInt32(count), to: &pending)
    }

    /// Appends the object `id`, read from the source.
    mutating func append(_ id: ObjectID) throws(GitError) {
        var oid = id.raw
        var raw: UnsafeMutableRawPointer? = nil
        var size = 0
        var type = GIT_OBJECT_INVALID
        try check(cmk_git_backend_read(source, &raw, &size, &type, &oid), "read object \(id) to pack it")
        defer { git_odb_backend_data_free(source, raw) }
        let data = UnsafeRawBufferPointer(start: raw, count: size)
        let start = pending.count
        appendHeader(type: type, size: size)
        if type == GIT_OBJECT_TREE || (size >= 64 && Self.looksCompressed(data)) {
            appendStored(data)
        } else {
            try appendDeflated(data)
        }
        let crc = pending.withUnsafeBufferPointer { buffer in
            crc32(0, buffer.baseAddress! + start, uInt(buffer.count - start))
        }
        entries.append((id, written + UInt64(start), UInt32(truncatingIfNeeded: crc)))
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Ends the pack with its checksum, writes its index, and puts both in place, durably.
    mutating func finish() throws(GitError) {
        try flush()
        let packChecksum = Array(checksum.finalize())
        try write(packChecksum, to: file, "write the pack")
        let packFile = file
        file = -1
        try seal(packFile, "write the pack")

        let index = Self.index(of: entries, packChecksum: packChecksum)
        let (indexFile, temporaryIndex) = try Self.createTemporary(in: folder)
        let name = "\(folder)/pack-\(ObjectID(bytes: packChecksum).hex)"
        do throws(GitError) {
            try write(index, to: indexFile, "write the pack's index")
            try seal(indexFile, "write the pack's index")
            guard rename(temporaryPack, name + ".pack") == 0 else { throw Self.systemError("put the pack in place") }
            guard rename(temporaryIndex, name + ".idx") == 0 else { throw Self.systemError("put the pack's index in place") }
        } catch {
            unlink(temporaryIndex)
            throw error
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw Self.systemError("open \(folder) to sync it") }
        defer { close(directory) }
        guard fsync(directory) == 0 else { throw Self.systemError("sync \(folder)") }
    }

    /// Removes the unfinished pack.
    func abandon() {
        if file >= 0 { close(file) }
        unlink(temporaryPack)
    }

    // MARK: Entries

    /// An entry's header: its type in bits 4–6 of the first byte, its size in 4 then 7-bit groups.
    private mutating func appendHeader(type: git_object_t, size: Int) {
        var rest = size >> 4
        var byte = UInt8(truncatingIfNeeded: (Int(type.rawValue) << 4) | (size & 0x0F))
        while rest > 0 {
            pending.append(byte | 0x80)
            byte = UInt8(truncatingIfNeeded: rest & 0x7F)
            rest >>= 7
        }
        pending.append(byte)
    }

    /// `data` as a zlib stream of stored (uncompressed) blocks, each copied in one piece.
    private mutating func appendStored(_ data: UnsafeRawBufferPointer) {
        let bytes = data.assumingMemoryBound(to: UInt8.self)
        pending += [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(0xFFFF, data.count - offset)
            let isLast = offset + length == data.count
            pending.append(isLast ? 1 : 0)
            pending += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]))
            offset += length
        } while offset < data.count
        let sum = adler32(1, data.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(data.count))
        Self.appendBigEndian(UInt32(truncatingIfNeeded: sum), to: &pending)
    }

    /// `data` deflated at zlib's default level, as libgit2's packbuilder writes it: zlib fills
    /// a buffer left uninitialized, which is then copied in one piece (filling it byte by byte
    /// first took seconds for a file of a few MiB in a debug build).
    private mutating func appendDeflated(_ data: UnsafeRawBufferPointer) throws(GitError) {
        var length = compressBound(uLong(data.count))
        var result = Z_OK
        let deflated = [UInt8](unsafeUninitializedCapacity: Int(length)) { buffer, count in
            result = compress2(
                buffer.baseAddress!, &length, data.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(data.count),
                Z_DEFAULT_COMPRESSION)
            count = result == Z_OK ? Int(length) : 0
        }
        guard result == Z_OK else {
            throw GitError(code: .other(result), operation: "write the pack", message: "zlib could not compress an object")
        }
        pending += deflated
    }

    // MARK: The index

    /// The version-2 index of a pack: a fan-out table by first byte, the sorted ids, their
    /// CRC-32s, their offsets (31 bits, or a pointer into a table of 64-bit offsets), the
    /// pack's checksum, and the index's own.
    static func index(of entries: [(id: ObjectID, offset: UInt64, crc: UInt32)], packChecksum: [UInt8]) -> [UInt8] {
        let sorted = entries.sorted { $0.id < $1.id }
        var bytes: [UInt8] = [0xFF, 0x74, 0x4F, 0x63]
        bytes.reserveCapacity(8 + 256 * 4 + sorted.count * 28 + 40)
        appendBigEndian(2, to: &bytes)
        var fanout = [UInt32](repeating: 0, count: 256)
        for entry in sorted { fanout[Int(entry.id.bytes[0])] += 1 }
        var total: UInt32 = 0
        for count in fanout {
            total += count
            appendBigEndian(total, to: &bytes)
        }
        for entry in sorted { bytes += entry.id.bytes }
        for entry in sorted { appendBigEndian(entry.crc, to: &bytes) }
        var large: [UInt64] = []
        for entry in sorted {
            if entry.offset < 0x8000_0000 {
                appendBigEndian(UInt32(entry.offset), to: &bytes)
            } else {
                appendBigEndian(0x8000_0000 | UInt32(large.count), to: &bytes)
                large.append(entry.offset)
            }
        }
        for offset in large {
            appendBigEndian(UInt32(offset >> 32), to: &bytes)
            appendBigEndian(UInt32(offset & 0xFFFF_FFFF), to: &bytes)
        }
        bytes += packChecksum
        bytes += Insecure.SHA1.hash(data: bytes)
        return bytes
    }

    // MARK: Writing

    private mutating func flush() throws(GitError) {
        guard !pending.isEmpty else { return }
        checksum.update(data: pending)
        try write(pending, to: file, "write the pack")
        written += UInt64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: [UInt8], to file: Int32, _ operation: String) throws(GitError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { raw in Glibc.write(file, raw.baseAddress! + done, raw.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Self.systemError(operation) }
            done += n
        }
    }

    /// Makes a finished file read-only (as git's packs are), syncs it to disk and closes it.
    private func seal(_ file: Int32, _ operation: String) throws(GitError) {
        defer { close(file) }
        guard fchmod(file, 0o444) == 0, fsync(file) == 0 else { throw Self.systemError(operation) }
    }

    private static func createTemporary(in folder: String) throws(GitError) -> (Int32, String) {
        var template = Array("\(folder)/tmp_pack_XXXXXX".utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { throw systemError("create a pack in \(folder)") }
        _ = fcntl(file, F_SETFD, FD_CLOEXEC)
        return (file, String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    private static func systemError(_ operation: String) -> GitError {
        GitError.system(operation)
    }

    private static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    // MARK: Telling compressed content

    /// Whether `data` is already compressed: a sample of up to 1 KiB from its middle carries
    /// nearly 8 bits of information a byte, as compressed or encrypted bytes do (text and
    /// uncompressed formats carry 5 or fewer).
    static func looksCompressed(_ data: UnsafeRawBufferPointer) -> Bool {
        let length = min(1024, data.count)
        guard length >= 64 else { return false }
        let start = (data.count - length) / 2
        var counts = [Int](repeating: 0, count: 256)
        for byte in data[start..<(start + length)] { counts[Int(byte)] += 1 }
        // Shannon entropy, as log2(n) - Σ c·log2(c) / n.
        var sum = 0.0
        for count in counts where count > 1 { sum += countLog2Count[count] }
        let total = Double(length)
        let entropy = log2(total) - sum / total
        // The most a sample this size can show of perfectly random bytes, less a margin.
        let ceiling = min(8.0, log2(total))
        return entropy >= ceiling - (length >= 1024 ? 0.5 : 1.0)
    }

    /// c·log2(c) for each count a sample of 1 KiB can have.
    private static let countLog2Count: [Double] = (0...1024).map { $0 < 2 ? 0 : Double($0) * log2(Double($0)) }
}
