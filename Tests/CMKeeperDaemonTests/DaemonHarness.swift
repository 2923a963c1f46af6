import CMKeeperCore
import CMKeeperTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `cmkeeper daemon`, started as systemd would start it, its log (JSON lines) in a file.
/// Killed when the test lets go of it, whatever happened in the test.
final class DaemonProcess {
    static let binary: String = {
        // The test runner lives in the same build folder as the executable.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("cmkeeper").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return "cmkeeper"
    }()

    let process = Process()
    let logURL: URL
    var pid: Int32 { process.processIdentifier }

    /// Starts the daemon with the tests' environment and `environment` besides.
    init(library: URL, logTo logURL: URL, environment: [String: String] = [:]) throws {
        self.logURL = logURL
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        log.seekToEndOfFile()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["daemon", "--library", library.path, "--log-format", "json"]
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        stop()
    }

    /// Kills the daemon at once (SIGKILL) if it still runs, and reaps it.
    func stop() {
        if process.isRunning { kill(pid, SIGKILL) }
        process.waitUntilExit()
    }

    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Runs `body` with the daemon stopped (SIGSTOP, then SIGCONT): whatever `body` does happens
    /// between two steps of the daemon, however long it takes on a loaded machine. Its clock
    /// runs on meanwhile, so a deadline that passed falls due as soon as it continues.
    func whileStopped<T>(_ body: () throws -> T) rethrows -> T {
        kill(pid, SIGSTOP)
        defer { kill(pid, SIGCONT) }
        return try body()
    }

    /// Waits for the daemon to exit; its exit status, or nil if it still runs after `timeout` seconds.
    func waitForExit(timeout: Double) -> Int32? {
        guard eventually(timeout: timeout, { !self.process.isRunning }) else { return nil }
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }

    /// The log so far, as text.
    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// The log so far, one dictionary per JSON line.
    var events: [[String: Any]] {
        log.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
    }

    /// The events named `event` (committed, rejected, already-committed, watching …).
    func events(_ name: String) -> [[String: Any]] {
        events.filter { $0["event"] as? String == name }
    }

    /// When an event was logged, by the daemon's clock (its `time`, to the millisecond).
    static func time(of event: [String: Any]) -> Date? {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return (event["time"] as? String).flatMap(format.date(from:))
    }

    /// Waits until the daemon has logged `count` events named `name`.
    @discardableResult
    func waitFor(_ name: String, count: Int = 1, timeout: Double = 15) -> Bool {
        eventually(timeout: timeout) { self.events(name).count >= count }
    }
}

/// Checks `condition` every 20 ms until it holds or `timeout` seconds have passed.
func eventually(timeout: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let end = Date().addingTimeInterval(timeout)
    while true {
        if try condition() { return true }
        if Date() > end { return false }
        usleep(20_000)
    }
}

/// A library with one project managed by whoever runs the tests (files they drop are theirs),
/// a short quiet period, and helpers to drop files and read what `main` holds with the real git.
struct InboxScenario {
    let s = Scenario()
    let library: Library
    let project = "P-2026-001"
    /// The login of the user running the tests: the owner of every file they drop.
    let dropper: String
    var inbox: URL { library.inboxURL }
    var rejected: URL { library.rejectedURL }

    init(quietPeriodMilliseconds: Int = 200, pollIntervalMilliseconds: Int = 0, largeFileThreshold: Int? = nil, hooks: String? = nil, language: String = "en") throws {
        let created = try s.makeLibrary(hooks: hooks)
        dropper = ActingUser.loginName()
        _ = try created.createProject(
            NewProject(id: project, name: "示例银行核心系统实施", customer: "示例银行", manager: dropper, size: .small), by: s.cm)
        let settingsURL = created.settingsURL
        var text = try String(contentsOf: settingsURL, encoding: .utf8)
            .replacingOccurrences(of: "quiet_period_ms = 2000", with: "quiet_period_ms = \(quietPeriodMilliseconds)")
            .replacingOccurrences(of: "poll_interval_ms = 0", with: "poll_interval_ms = \(pollIntervalMilliseconds)")
            .replacingOccurrences(of: "language = \"en\"", with: "language = \"\(language)\"")
        if let largeFileThreshold {
            text = text.replacingOccurrences(
                of: "large_file_threshold = \(created.settings.largeFileThreshold)", with: "large_file_threshold = \(largeFileThreshold)")
        }
        try Data(text.utf8).write(to: settingsURL)
        library = try s.open()
    }

    /// Starts the real daemon on the library.
    func startDaemon(_ name: String = "daemon", environment: [String: String] = [:]) throws -> DaemonProcess {
        try DaemonProcess(library: s.libraryURL, logTo: s.folder.path("\(name).log"), environment: environment)
    }

    /// Writes a file into `inbox/PROJECT/relative`, making its folders, and returns it.
    @discardableResult
    func drop(_ relative: String, _ data: Data, project: String? = nil) throws -> URL {
        let url = inbox.appendingPathComponent("\(project ?? self.project)/\(relative)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    /// Every regular file left below `folder`, by path relative to it.
    func files(in folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// The content `main` holds at a path of the project folder (the real git reads it).
    func committed(_ relative: String) throws -> Data? {
        let result = try s.git(["cat-file", "blob", "main:projects/\(project)/\(relative)"])
        return result.succeeded ? result.stdoutData : nil
    }

    /// The commits on main, newest first.
    func commits() throws -> [String] {
        try s.git(["rev-list", "main"]).stdout.split(separator: "\n").map(String.init)
    }

    /// The full message of a commit.
    func message(_ commit: String) throws -> String {
        try s.git(["log", "-1", "--format=%B", commit]).stdout
    }

    /// The paths a commit changed.
    func changedPaths(_ commit: String) throws -> [String] {
        try s.git(["diff-tree", "--no-commit-id", "--name-only", "-r", commit]).stdout.split(separator: "\n").map(String.init).sorted()
    }

    /// Whether `git fsck --full --strict` finds the repository sound.
    func fsck() throws -> CommandResult {
        try s.git(["fsck", "--full", "--strict"])
    }
}
