import Foundation

/// A POSIX (pax) tar archive: ustar headers, with a pax record for every path (UTF-8, any
/// length) and for sizes over 8 GiB. Times, owners and modes are fixed.
struct TarWriter: ArchiveWriter {
    let output: ArchiveOutput
    /// Seconds since 1970 for every entry.
    let modificationTime: Int64

    mutating func addFile(path: String, size: Int64, content: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        // A pax extended header carries the exact UTF-8 path (and a large size) for every entry.
        var records = Self.paxRecord("path", path)
        if size >= 0o77777777777 { records += Self.paxRecord("size", String(size)) }
        let paxName = "PaxHeaders/" + String(path.utf8.count)
        try writeHeader(name: paxName, size: Int64(records.count), type: UInt8(ascii: "x"))
        try output.write(records)
        try pad(Int64(records.count))

        try writeHeader(name: Self.asciiFallback(path), size: size >= 0o77777777777 ? 0 : size, type: UInt8(ascii: "0"))
        var written: Int64 = 0
        try content { bytes in
            try output.write(bytes)
            written += Int64(bytes.count)
        }
        guard written == size else { throw CMKeeperError(.storage, .changedWhileArchived(path: path, written: Int64(written), size: Int64(size))) }
        try pad(size)
    }

    mutating func finish() throws {
        try output.write([UInt8](repeating: 0, count: 1024))
    }

    private func writeHeader(name: String, size: Int64, type: UInt8) throws {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (i, b) in text.utf8.prefix(width).enumerated() { header[offset + i] = b }
        }
        func octal(_ value: Int64, at offset: Int, width: Int) {
            put(String(repeating: "0", count: max(0, width - 1 - String(value, radix: 8).count)) + String(value, radix: 8), at: offset, width: width - 1)
        }
        put(name, at: 0, width: 100)
        octal(0o644, at: 100, width: 8)
        octal(0, at: 108, width: 8)
        octal(0, at: 116, width: 8)
        octal(size, at: 124, width: 12)
        octal(modificationTime, at: 136, width: 12)
        header[156] = type
        put("ustar", at: 257, width: 6)
        put("00", at: 263, width: 2)
        put("root", at: 265, width: 32)
        put("root", at: 297, width: 32)
        for i in 148..<156 { header[i] = UInt8(ascii: " ") }
        let sum = header.reduce(0) { $0 + Int64($1) }
        octal(sum, at: 148, width: 7)
        header[155] = UInt8(ascii: " ")
        try output.write(header)
    }

    private func pad(_ size: Int64) throws {
        let rest = Int((512 - size % 512) % 512)
        if rest > 0 { try output.write([UInt8](repeating: 0, count: rest)) }
    }

    /// A pax record: "LENGTH key=value\n", LENGTH counting itself.
    static func paxRecord(_ key: String, _ value: String) -> [UInt8] {
        let body = " \(key)=\(value)\n"
        var length = body.utf8.count + 1
        while String(length).utf8.count + body.utf8.count != length { length += 1 }
        return Array((String(length) + body).utf8)
    }

    /// The ustar name field for readers without pax: the path's ASCII-safe tail.
    static func asciiFallback(_ path: String) -> String {
        let ascii = String(path.unicodeScalars.map { $0.isASCII ? Character($0) : "_" })
        return ascii.utf8.count <= 99 ? ascii : String(ascii.suffix(99))
    }
}
