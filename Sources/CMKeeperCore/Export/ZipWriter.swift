import Foundation

/// A zip archive of stored (uncompressed) entries with UTF-8 names, switching to zip64
/// records for entries and offsets over 4 GiB. Dates are fixed.
struct ZipWriter: ArchiveWriter {
    let output: ArchiveOutput
    let dosTime: UInt16
    let dosDate: UInt16
    private var central: [UInt8] = []
    private var count = 0

    init(output: ArchiveOutput, date: Date) {
        self.output = output
        let c = Calendar(identifier: .gregorian)
        var utc = c
        utc.timeZone = TimeZone(identifier: "UTC")!
        let d = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        dosTime = UInt16((d.hour ?? 0) << 11 | (d.minute ?? 0) << 5 | (d.second ?? 0) / 2)
        dosDate = UInt16(max(0, (d.year ?? 1980) - 1980) << 9 | (d.month ?? 1) << 5 | (d.day ?? 1))
    }

    mutating func addFile(path: String, size: Int64, content: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let name = Array(path.utf8)
        let offset = output.offset
        let big = size >= 0xFFFF_FFFF || offset >= 0xFFFF_FFFF
        // Local header; sizes and CRC follow in a data descriptor, since the CRC is known only at the end.
        var local = Bytes()
        local.u32(0x0403_4b50)
        local.u16(big ? 45 : 20)
        local.u16(0x0808)  // UTF-8 names, data descriptor
        local.u16(0)  // stored
        local.u16(dosTime)
        local.u16(dosDate)
        local.u32(0)
        local.u32(big ? 0xFFFF_FFFF : 0)
        local.u32(big ? 0xFFFF_FFFF : 0)
        local.u16(UInt16(name.count))
        local.u16(big ? 20 : 0)
        local.bytes += name
        if big {
            local.u16(0x0001); local.u16(16); local.u64(0); local.u64(0)
        }
        try output.write(local.bytes)

        var crc = CRC32()
        var written: Int64 = 0
        try content { bytes in
            crc.update(bytes)
            try output.write(bytes)
            written += Int64(bytes.count)
        }
        guard written == size else { throw CMKeeperError(.storage, .changedWhileArchived(path: path, written: Int64(written), size: Int64(size))) }
        var descriptor = Bytes()
        descriptor.u32(0x0807_4b50)
        descriptor.u32(crc.value)
        if big { descriptor.u64(UInt64(size)); descriptor.u64(UInt64(size)) } else { descriptor.u32(UInt32(size)); descriptor.u32(UInt32(size)) }
        try output.write(descriptor.bytes)

        var entry = Bytes()
        entry.u32(0x0201_4b50)
        entry.u16(0x0300 | 45)  // made by Unix, spec 4.5
        entry.u16(big ? 45 : 20)
        entry.u16(0x0808)
        entry.u16(0)
        entry.u16(dosTime)
        entry.u16(dosDate)
        entry.u32(crc.value)
        entry.u32(big ? 0xFFFF_FFFF : UInt32(size))
        entry.u32(big ? 0xFFFF_FFFF : UInt32(size))
        entry.u16(UInt16(name.count))
        entry.u16(big ? 28 : 0)
        entry.u16(0)
        entry.u16(0)
        entry.u16(0)
        entry.u32(0o100644 << 16)
        entry.u32(big ? 0xFFFF_FFFF : UInt32(offset))
        entry.bytes += name
        if big {
            entry.u16(0x0001); entry.u16(24); entry.u64(UInt64(size)); entry.u64(UInt64(size)); entry.u64(UInt64(offset))
        }
        central += entry.bytes
        count += 1
    }

    mutating func finish() throws {
        let start = output.offset
        try output.write(central)
        let end = output.offset
        let needs64 = count >= 0xFFFF || start >= 0xFFFF_FFFF || Int64(central.count) >= 0xFFFF_FFFF
        var tail = Bytes()
        if needs64 {
            tail.u32(0x0606_4b50); tail.u64(44); tail.u16(45); tail.u16(45); tail.u32(0); tail.u32(0)
            tail.u64(UInt64(count)); tail.u64(UInt64(count)); tail.u64(UInt64(central.count)); tail.u64(UInt64(start))
            tail.u32(0x0706_4b50); tail.u32(0); tail.u64(UInt64(end)); tail.u32(1)
        }
        tail.u32(0x0605_4b50)
        tail.u16(0); tail.u16(0)
        tail.u16(UInt16(min(count, 0xFFFF))); tail.u16(UInt16(min(count, 0xFFFF)))
        tail.u32(UInt32(min(Int64(central.count), 0xFFFF_FFFF)))
        tail.u32(UInt32(min(start, 0xFFFF_FFFF)))
        tail.u16(0)
        try output.write(tail.bytes)
    }
}

/// Little-endian byte building for zip records.
private struct Bytes {
    var bytes: [UInt8] = []
    mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xff), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
    mutating func u64(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
}

/// CRC-32 (IEEE), as zip needs it, by a slicing-by-8 table.
struct CRC32 {
    private(set) var value: UInt32 = 0
    private var state: UInt32 = 0xFFFF_FFFF

    static let tables: [[UInt32]] = {
        var t = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[0][i] = c
        }
        for i in 0..<256 {
            for k in 1..<8 { t[k][i] = (t[k - 1][i] >> 8) ^ t[0][Int(t[k - 1][i] & 0xff)] }
        }
        return t
    }()

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let t = Self.tables
        var c = state
        var i = 0
        let n = bytes.count
        t[0].withUnsafeBufferPointer { t0 in
        t[1].withUnsafeBufferPointer { t1 in
        t[2].withUnsafeBufferPointer { t2 in
        t[3].withUnsafeBufferPointer { t3 in
        t[4].withUnsafeBufferPointer { t4 in
        t[5].withUnsafeBufferPointer { t5 in
        t[6].withUnsafeBufferPointer { t6 in
        t[7].withUnsafeBufferPointer { t7 in
            while i + 8 <= n {
                let lo = c ^ (UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
                let hi = UInt32(bytes[i + 4]) | UInt32(bytes[i + 5]) << 8 | UInt32(bytes[i + 6]) << 16 | UInt32(bytes[i + 7]) << 24
                c = t7[Int(lo & 0xff)] ^ t6[Int((lo >> 8) & 0xff)] ^ t5[Int((lo >> 16) & 0xff)] ^ t4[Int(lo >> 24)]
                    ^ t3[Int(hi & 0xff)] ^ t2[Int((hi >> 8) & 0xff)] ^ t1[Int((hi >> 16) & 0xff)] ^ t0[Int(hi >> 24)]
                i += 8
            }
            while i < n {
                c = t0[Int((c ^ UInt32(bytes[i])) & 0xff)] ^ (c >> 8)
                i += 1
            }
        }}}}}}}}
        state = c
        value = c ^ 0xFFFF_FFFF
    }
}
