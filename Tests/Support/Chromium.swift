import Foundation

/// The real headless Chromium (Debian's `chromium`, with `fonts-noto-cjk`), rendering pages the
/// way people's browsers do: the DOM after parsing, and a screenshot. Each run has its own
/// profile folder, so tests running side by side do not share one.
public enum Chromium {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "chromium is not installed: apt-get install -y chromium fonts-noto-cjk" }
    }

    /// The rendered DOM of a page file, as `--dump-dom` prints it.
    public static func dumpDOM(_ page: URL) throws -> String {
        let result = try run(["--dump-dom", page.absoluteString])
        guard result.succeeded, !result.stdout.isEmpty else { throw Failure(result: result) }
        return result.stdout
    }

    /// Takes a screenshot of a page file, `width` × `height` pixels, as a PNG at `png`.
    public static func screenshot(_ page: URL, to png: URL, width: Int = 1280, height: Int = 2000) throws {
        let result = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", page.absoluteString])
        guard result.succeeded, FileManager.default.fileExists(atPath: png.path) else { throw Failure(result: result) }
    }

    /// The width and height a PNG's header gives, or nil when it is not a PNG.
    public static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    public struct Failure: Error, CustomStringConvertible {
        let result: CommandResult
        public var description: String { "chromium failed: \(result)" }
    }

    private static func run(_ arguments: [String]) throws -> CommandResult {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing()
        }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("cmkeeper-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        // `timeout` ends a browser that hangs instead of the test run.
        return try Shell.run("/usr/bin/timeout", [
            "120", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
        ] + arguments)
    }
}
