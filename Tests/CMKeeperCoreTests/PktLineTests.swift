import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// git's pkt-line framing as git-lfs's ssh protocol uses it, byte for byte, and the requests
/// read from it.
@Suite("PktLine: framing and requests of git-lfs-transfer")
struct PktLineTests {
    let folder = TemporaryFolder("pktline")

    /// What `body` writes through a `PktLineWriter`, as bytes.
    func written(_ body: (PktLineWriter) throws -> Void) throws -> Data {
        let file = folder.path("out-\(UUID().uuidString)")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        let writer = PktLineWriter(descriptor: handle.fileDescriptor, bufferSize: 1 << 16)
        try body(writer)
        try writer.send()
        try handle.close()
        return try Data(contentsOf: file)
    }

    /// A reader over `bytes` (kept open by the handle it returns).
    func reader(_ bytes: Data) throws -> (PktLineReader, FileHandle) {
        let file = try folder.write("in-\(UUID().uuidString)", bytes)
        let handle = try FileHandle(forReadingFrom: file)
        return (PktLineReader(descriptor: handle.fileDescriptor, bufferSize: 4096), handle)
    }

    func message(_ body: () throws(CMKeeperError) -> Void) -> String? {
        do { try body(); return nil } catch { return error.message.description }
    }

    @Test func writesGitsFramingExactly() throws {
        let bytes = try written { w in
            try w.text("version=1")
            try w.delimiter()
            try w.text("状态")
            try w.flush()
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "000eversion=1\n0001000b状态\n0000")
        // Data longer than a packet is cut at 65516 bytes.
        let big = Data((0..<70_000).map { UInt8($0 % 251) })
        let framed = try written { w in try big.withUnsafeBytes { try w.data($0) }; try w.flush() }
        #expect(framed.prefix(4) == Data("fff0".utf8))
        #expect(framed[65520..<65524] == Data(String(format: "%04x", 70_000 - 65516 + 4).utf8))
        #expect(framed.count == 70_000 + 4 + 4 + 4)
    }

    @Test func readsPacketsBackAndStreamsDataAcrossPackets() throws {
        let big = Data((0..<200_000).map { UInt8($0 % 253) })
        let bytes = try written { w in
            try w.text("put-object abc")
            try w.text("size=200000")
            try w.delimiter()
            try big.withUnsafeBytes { try w.data($0) }
            try w.flush()
            try w.text("quit")
            try w.flush()
        }
        let (r, handle) = try reader(bytes)
        defer { try? handle.close() }
        let request = try #require(try LFSTransferRequest.read(from: r))
        #expect(request.command == "put-object" && request.operand == "abc" && request.arguments == ["size": "200000"] && request.dataFollows)
        #expect(r.inData)
        var got = Data()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 10_000, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let n = try r.readData(into: buffer)
            if n == 0 { break }
            got.append(contentsOf: buffer[0..<n])
        }
        #expect(got == big)
        #expect(!r.inData)
        let quit = try #require(try LFSTransferRequest.read(from: r))
        #expect(quit.command == "quit" && quit.operand == nil && !quit.dataFollows)
        #expect(try r.next() == nil)
    }

    @Test func aRefusedUploadsDataIsSkippedToItsFlush() throws {
        let bytes = try written { w in
            try w.text("put-object x")
            try w.delimiter()
            try Data(count: 100_000).withUnsafeBytes { try w.data($0) }
            try w.flush()
            try w.text("batch")
            try w.text("hash-algo=sha256")
            try w.delimiter()
            try w.text("\(String(repeating: "a", count: 64)) 5")
            try w.flush()
        }
        let (r, handle) = try reader(bytes)
        defer { try? handle.close() }
        _ = try LFSTransferRequest.read(from: r)
        try r.skipData()
        let batch = try #require(try LFSTransferRequest.read(from: r))
        #expect(batch.command == "batch" && batch.arguments["hash-algo"] == "sha256" && batch.lines == ["\(String(repeating: "a", count: 64)) 5"])
    }

    @Test func malformedStreamsAreRefusedClearly() throws {
        for (bytes, says) in [
            ("zzzz", "not hexadecimal"),
            ("0002", "length 2"),
            ("000ahel", "the stream ended inside a packet"),
            ("00", "inside a packet's length"),
            ("0000", "must start with a command line"),
            ("0009quit\n", "the stream ended inside a request"),
            ("0009lock\n00010001", "two delimiters"),
        ] {
            let (r, handle) = try reader(Data(bytes.utf8))
            defer { try? handle.close() }
            let said = message { () throws(CMKeeperError) in _ = try LFSTransferRequest.read(from: r) }
            #expect(said?.contains(says) == true, "\(bytes): \(said ?? "accepted")")
        }
        let (r, handle) = try reader(Data("fff5".utf8))
        defer { try? handle.close() }
        #expect(message { () throws(CMKeeperError) in _ = try r.next() }?.contains("longer than 65520") == true)
    }

    @Test func responsesCarryStatusArgumentsAndLines() throws {
        let bytes = try written { w in
            try LFSTransferResponse.error(404, "object x is not in the library").write(to: w)
            try LFSTransferResponse(status: 201, arguments: ["id=1"]).write(to: w)
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "000fstatus 404\n00010023object x is not in the library\n0000000fstatus 201\n0009id=1\n0000")
    }
}
