import CLibGit2
import Crypto
import Foundation

/// Writes objects as one pack through libgit2's pack writer: its indexer checks every object
/// as it arrives, writes the index beside the pack, and fsyncs both before they take their
/// place in `objects/pack/`.
///
/// Unlike libgit2's packbuilder, which deflates everything at zlib's default level, it keeps
/// content that is already compressed (office documents are zip archives, scans and photos
/// are JPEG or PDF) in stored zlib blocks: deflating it again takes most of the time of a
/// commit of many documents and saves nothing. Other content is deflated as the packbuilder
/// would. No deltas: a library's documents seldom have a close earlier version.
struct PackWriter {
    /// Where the objects are read from: the in-memory store, which checks no hashes on reading.
    private let source: UnsafeMutablePointer<git_odb_backend>
    private let writepack: UnsafeMutablePointer<git_odb_writepack>
    private var progress = git_indexer_progress()
    private var checksum = Insecure.SHA1()
    /// Bytes waiting to be handed to the indexer, in pieces of about `flushSize`.
    private var pending: [UInt8] = []
    private static let flushSize = 1 << 20

    /// Starts a pack of `count` objects, read from `source`, in the object database `odb`.
    init(odb: OpaquePointer, source: UnsafeMutablePointer<git_odb_backend>, count: Int) throws(GitError) {
        var writer: UnsafeMutablePointer<git_odb_writepack>? = nil
        try check(git_odb_write_pack(&writer, odb, nil, nil), "start a pack")
        self.source = source
        writepack = writer!
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
        appendHeader(type: type, size: size)
        if size >= 64, Self.looksCompressed(data) {
            appendStored(data)
        } else {
            try appendDeflated(data)
        }
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Ends the pack with its checksum and lets the indexer put it in place; frees the writer.
    mutating func finish() throws(GitError) {
        try flush()
        let digest = Array(checksum.finalize())
        try write(digest, hashed: false)
        try check(cmk_git_writepack_commit(writepack, &progress), "write the pack")
        cmk_git_writepack_free(writepack)
    }

    /// Frees the writer without putting anything in place.
    func abandon() {
        cmk_git_writepack_free(writepack)
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

    /// `data` as a zlib stream of stored (uncompressed) blocks.
    private mutating func appendStored(_ data: UnsafeRawBufferPointer) {
        pending += [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(0xFFFF, data.count - offset)
            let isLast = offset + length == data.count
            pending.append(isLast ? 1 : 0)
            pending += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            pending += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        let sum = adler32(1, data.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(data.count))
        Self.appendBigEndian(UInt32(truncatingIfNeeded: sum), to: &pending)
    }

    /// `data` deflated at zlib's default level, as libgit2's packbuilder writes it.
    private mutating func appendDeflated(_ data: UnsafeRawBufferPointer) throws(GitError) {
        var bound = compressBound(uLong(data.count))
        let start = pending.count
        pending += repeatElement(0, count: Int(bound))
        let result = pending.withUnsafeMutableBufferPointer { buffer in
            compress2(
                buffer.baseAddress! + start, &bound, data.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(data.count),
                Z_DEFAULT_COMPRESSION)
        }
        guard result == Z_OK else {
            throw GitError(code: .other(result), operation: "write the pack", message: "zlib could not compress an object")
        }
        pending.removeLast(pending.count - start - Int(bound))
    }

    // MARK: Writing

    private mutating func flush() throws(GitError) {
        guard !pending.isEmpty else { return }
        try write(pending, hashed: true)
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func write(_ bytes: [UInt8], hashed: Bool) throws(GitError) {
        if hashed { checksum.update(data: bytes) }
        let result = bytes.withUnsafeBytes { raw in
            cmk_git_writepack_append(writepack, raw.baseAddress, raw.count, &progress)
        }
        try check(result, "write the pack")
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
