import Crypto
import Foundation
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// The ids a file's content has in the library, computed by streaming it in bounded memory: its
/// git blob id (SHA-1 of `blob SIZE\0` and the content) and its SHA-256 (the large-file store's id).
enum ContentID {
    /// The git blob id of the file at `path`, 40 lowercase hexadecimal digits.
    static func gitBlob(ofFileAt path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { throw POSIXError.current }
        var hash = Insecure.SHA1()
        hash.update(data: Data("blob \(info.st_size)\0".utf8))
        let read = try stream(path) { hash.update(bufferPointer: $0) }
        guard read == Int64(info.st_size) else { throw POSIXError(.EAGAIN) }
        return hex(hash.finalize())
    }

    /// The git blob id of `data`.
    static func gitBlob(of data: Data) -> String {
        var hash = Insecure.SHA1()
        hash.update(data: Data("blob \(data.count)\0".utf8))
        hash.update(data: data)
        return hex(hash.finalize())
    }

    /// The SHA-256 and size of the file at `path`.
    static func sha256(ofFileAt path: String) throws -> (sha256: String, size: Int64) {
        var hash = SHA256()
        let size = try stream(path) { hash.update(bufferPointer: $0) }
        return (hex(hash.finalize()), size)
    }

    /// Feeds the file to `consume` in 1 MiB pieces; returns how many bytes it read.
    private static func stream(_ path: String, _ consume: (UnsafeRawBufferPointer) -> Void) throws -> Int64 {
        let file = try OpenedFile.open(path)
        let fd = file.descriptor.rawValue
        defer { withExtendedLifetime(file) {} }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError.current
            }
            if count == 0 { return total }
            consume(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            total += Int64(count)
        }
    }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}

extension POSIXError {
    /// The error `errno` names now.
    static var current: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
