import Foundation

/// Writes an archive entry by entry, streaming each file's content, deterministically: the
/// same entries give the same bytes (fixed times, owners and modes).
protocol ArchiveWriter {
    /// Adds a file of `size` bytes whose content `content` feeds, in order, through `write`.
    mutating func addFile(path: String, size: Int64, content: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws
    /// Writes what closes the archive.
    mutating func finish() throws
}

/// The output side of an archive: a file written sequentially, counting bytes.
final class ArchiveOutput {
    let handle: FileHandle
    private(set) var offset: Int64 = 0

    init(handle: FileHandle) {
        self.handle = handle
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        try handle.write(contentsOf: Data(bytes))
        offset += Int64(bytes.count)
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}
