import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// git's pkt-line framing, as git-lfs's ssh transfer protocol uses it: each packet is four
/// hexadecimal digits giving its length (the four included), then that many bytes less four;
/// `0000` is a flush packet (the end of a message), `0001` a delimiter (between a message's
/// arguments and its lines or data). A packet carries at most 65516 bytes.
public enum PktLine {
    /// The most bytes one packet carries.
    public static let maximumPayload = 65516

    /// One packet read.
    public enum Packet: Equatable, Sendable {
        case flush
        case delimiter
        case data(Data)

        /// The packet's text without its final line feed (nil for flush and delimiter).
        public var text: String? {
            guard case .data(let bytes) = self else { return nil }
            let body = bytes.last == 0x0A ? bytes.dropLast() : bytes[...]
            return String(decoding: body, as: UTF8.self)
        }
    }

    /// Why a stream is not pkt-lines.
    static func malformed(_ what: String) -> CMKeeperError {
        CMKeeperError(.refused, .lfsMalformed(what), hint: .useGitLFS3)
    }
}

/// Reads pkt-lines from a file descriptor (the ssh session's stdin) through a buffer.
public final class PktLineReader {
    private let descriptor: Int32
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0, end = 0
    /// Bytes of the current data packet not yet handed out by `readData(into:)`.
    private var remainingInPacket = 0

    public init(descriptor: Int32, bufferSize: Int = 1 << 20) {
        self.descriptor = descriptor
        buffer = .allocate(byteCount: max(bufferSize, 4), alignment: 64)
    }

    deinit { buffer.deallocate() }

    /// The next packet; nil when the stream ends cleanly between packets.
    public func next() throws(CMKeeperError) -> PktLine.Packet? {
        guard let length = try header() else { return nil }
        switch length {
        case 0: return .flush
        case 1: return .delimiter
        default:
            var data = Data(count: length)
            var failure: CMKeeperError? = nil
            data.withUnsafeMutableBytes { bytes in
                do throws(CMKeeperError) { try readExactly(into: bytes) } catch { failure = error }
            }
            if let failure { throw failure }
            return .data(data)
        }
    }

    /// Reads the bytes of data packets into `target` up to the flush packet that ends them;
    /// returns how many bytes it put there, 0 once the flush packet is read.
    public func readData(into target: UnsafeMutableRawBufferPointer) throws(CMKeeperError) -> Int {
        while remainingInPacket == 0 {
            guard let length = try header() else { throw PktLine.malformed("the stream ended inside an object's data") }
            if length == 0 { inData = false; return 0 }
            guard length > 1 else { throw PktLine.malformed("a delimiter packet inside an object's data") }
            remainingInPacket = length
        }
        let wanted = min(target.count, remainingInPacket)
        var copied = 0
        if end > start {
            copied = min(wanted, end - start)
            target.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: copied)
            start += copied
        } else if wanted >= buffer.count / 2 {
            // A large read goes straight into the target, without passing through the buffer.
            copied = try readSome(into: UnsafeMutableRawBufferPointer(rebasing: target[0..<wanted]))
        } else {
            try fill(atLeast: 1)
            copied = min(wanted, end - start)
            target.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: copied)
            start += copied
        }
        remainingInPacket -= copied
        return copied
    }

    /// Whether a request's data is being read: its delimiter was read, its flush not yet.
    public private(set) var inData = false

    /// Marks the start of a request's data (the delimiter before it was just read).
    func beginData() { inData = true }

    /// Reads and drops what is left of a request's data, up to its flush packet (a refused upload).
    public func skipData() throws(CMKeeperError) {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { scratch.deallocate() }
        while inData { _ = try readData(into: scratch) }
    }

    /// The payload length of the next packet (0 flush, 1 delimiter); nil at a clean end of stream.
    private func header() throws(CMKeeperError) -> Int? {
        if end - start < 4 {
            try fill(atLeast: 4, endOK: true)
            if end == start { return nil }
            guard end - start >= 4 else { throw PktLine.malformed("the stream ended inside a packet's length") }
        }
        var value = 0
        for offset in 0..<4 {
            let byte = buffer[start + offset]
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte) - 0x30
            case 0x61...0x66: digit = Int(byte) - 0x61 + 10
            case 0x41...0x46: digit = Int(byte) - 0x41 + 10
            default: throw PktLine.malformed("a packet length that is not hexadecimal")
            }
            value = value * 16 + digit
        }
        start += 4
        switch value {
        case 0, 1: return value
        case 2, 3: throw PktLine.malformed("a packet of length \(value), which the protocol does not use")
        default:
            guard value - 4 <= PktLine.maximumPayload else { throw PktLine.malformed("a packet longer than 65520 bytes") }
            return value - 4
        }
    }

    private func readExactly(into target: UnsafeMutableRawBufferPointer) throws(CMKeeperError) {
        var copied = 0
        while copied < target.count {
            if end == start { try fill(atLeast: 1) }
            let n = min(target.count - copied, end - start)
            (target.baseAddress! + copied).copyMemory(from: buffer.baseAddress! + start, byteCount: n)
            start += n
            copied += n
        }
    }

    /// Reads until the buffer holds at least `count` bytes (or, when `endOK`, the stream ends).
    private func fill(atLeast count: Int, endOK: Bool = false) throws(CMKeeperError) {
        if start > 0 {
            let held = end - start
            if held > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: held) }
            start = 0
            end = held
        }
        while end < count {
            let n = try readSome(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
            if n == 0 {
                if endOK { return }
                throw PktLine.malformed("the stream ended inside a packet")
            }
            end += n
        }
    }

    private func readSome(into target: UnsafeMutableRawBufferPointer) throws(CMKeeperError) -> Int {
        while true {
            let n = read(descriptor, target.baseAddress, target.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw CMKeeperError(.storage, .lfsCannotReadClient(String(cString: strerror(errno))))
        }
    }
}

/// Writes pkt-lines to a file descriptor (the ssh session's stdout) through a buffer, sent
/// out at each flush packet and whenever it fills.
public final class PktLineWriter {
    private let descriptor: Int32
    private var buffer: UnsafeMutableRawBufferPointer
    private var count = 0

    public init(descriptor: Int32, bufferSize: Int = 1 << 20) {
        self.descriptor = descriptor
        buffer = .allocate(byteCount: max(bufferSize, PktLine.maximumPayload + 4), alignment: 64)
    }

    deinit { buffer.deallocate() }

    /// One text packet: `line` and a line feed.
    public func text(_ line: String) throws(CMKeeperError) {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        guard bytes.count <= PktLine.maximumPayload else { throw CMKeeperError(.storage, .lfsLineTooLong(bytes.count)) }
        var failure: CMKeeperError? = nil
        bytes.withUnsafeBytes { raw in
            do throws(CMKeeperError) { try packet(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Data packets carrying `bytes`, cut at the largest packet size.
    public func data(_ bytes: UnsafeRawBufferPointer) throws(CMKeeperError) {
        var offset = 0
        while offset < bytes.count {
            let n = min(PktLine.maximumPayload, bytes.count - offset)
            try packet(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)]))
            offset += n
        }
    }

    /// A delimiter packet.
    public func delimiter() throws(CMKeeperError) { try header(1) }

    /// A flush packet, then everything written so far is sent.
    public func flush() throws(CMKeeperError) {
        try header(0)
        try send()
    }

    private func packet(_ payload: UnsafeRawBufferPointer) throws(CMKeeperError) {
        guard !payload.isEmpty else { return }
        try header(payload.count + 4)
        if buffer.count - count < payload.count { try send() }
        (buffer.baseAddress! + count).copyMemory(from: payload.baseAddress!, byteCount: payload.count)
        count += payload.count
    }

    private func header(_ length: Int) throws(CMKeeperError) {
        if buffer.count - count < 4 { try send() }
        let digits = Array("0123456789abcdef".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            buffer[count] = digits[(length >> shift) & 0xF]
            count += 1
        }
    }

    /// Sends what the buffer holds.
    public func send() throws(CMKeeperError) {
        var sent = 0
        while sent < count {
            let n = write(descriptor, buffer.baseAddress! + sent, count - sent)
            if n < 0 {
                if errno == EINTR { continue }
                throw CMKeeperError(.storage, .lfsCannotWriteClient(String(cString: strerror(errno))))
            }
            sent += n
        }
        count = 0
    }
}
