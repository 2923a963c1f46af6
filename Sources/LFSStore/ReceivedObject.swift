import Crypto
import Foundation
import SystemPackage

extension LFSStore {
    /// Stores the object `expected` names from bytes that arrive in pieces (a network stream):
    /// `next` fills the buffer it is given and returns how many bytes it put there, 0 at the end.
    ///
    /// The bytes go, in bounded memory, through SHA-256 into a temporary file under `lfs/tmp`
    /// (as `store(_:)` writes), which is fsynced and renamed into place only when their size and
    /// hash are the ones `expected` names. More bytes than `expected.size` stop the copy at once,
    /// fewer or others throw `.wrongContent`; then nothing lands, and the caller drains the rest
    /// of its stream. An object already stored whole is kept.
    public func receive(_ expected: LFSPointer, from next: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Stored {
        let tmpDir = root.appendingPathComponent("tmp").path
        try DurableFile.makeDirectories(tmpDir)
        removeAbandonedTemporaries()
        let temporary = try TemporaryFile(in: tmpDir)
        defer { temporary.remove() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 64)
        defer { buffer.deallocate() }
        var hasher = SHA256()
        var total: Int64 = 0
        var ended = false
        while !ended {
            // Fill the buffer from the stream's pieces, then hash and write it in one go.
            var filled = 0
            while filled < buffer.count {
                let n = try next(UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                if n == 0 { ended = true; break }
                filled += n
            }
            guard filled > 0 else { break }
            let previous = total
            total += Int64(filled)
            guard total <= expected.size else {
                throw LFSStoreError.wrongContent(oid: expected.oid, size: expected.size, actualOID: nil, actualSize: total)
            }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<filled])
            hasher.update(bufferPointer: chunk)
            do {
                _ = try temporary.descriptor.writeAll(chunk)
            } catch {
                throw LFSStoreError.io(path: temporary.path, operation: "write", errno: DurableFile.code(error))
            }
            if total / Self.writebackInterval != previous / Self.writebackInterval {
                DurableFile.startWriteback(temporary.descriptor, offset: 0, length: 0)
            }
        }
        let digest = Self.hex(hasher.finalize())
        guard total == expected.size, digest == expected.oid else {
            throw LFSStoreError.wrongContent(oid: expected.oid, size: expected.size, actualOID: digest, actualSize: total)
        }
        if contains(expected), (try? verify(expected)) != nil {
            return Stored(pointer: expected, alreadyPresent: true)
        }
        try DurableFile.sync(temporary.descriptor, path: temporary.path)
        let finalPath = objectPath(expected.oid)
        try DurableFile.makeDirectories((finalPath as NSString).deletingLastPathComponent)
        try temporary.rename(to: finalPath)
        return Stored(pointer: expected, alreadyPresent: false)
    }
}
