import CMKeeperCore
import Foundation

/// What a program printed and how it ended.
public struct CommandResult: Sendable, CustomStringConvertible {
    public let status: Int32
    public let stdout: String
    public let stderr: String
    public let stdoutData: Data

    public var succeeded: Bool { status == 0 }
    public var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
}

/// Runs real programs (git, git-lfs, the cmkeeper binary) for the tests.
public enum Shell {
    /// Runs `executable` with `arguments` in `directory`, waits, and returns what it printed.
    @discardableResult
    public static func run(
        _ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        input: Data? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : try which(executable))
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        // Tests must not read the developer's git configuration.
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["HOME"] = Self.home.path
        env["GIT_AUTHOR_NAME"] = "Test Author"
        env["GIT_AUTHOR_EMAIL"] = "author@example.com"
        env["GIT_COMMITTER_NAME"] = "Test Committer"
        env["GIT_COMMITTER_EMAIL"] = "committer@example.com"
        env["GIT_TERMINAL_PROMPT"] = "0"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        let exit = try ProcessExit(starting: process)
        if let input { inp.fileHandleForWriting.write(input) }
        try inp.fileHandleForWriting.close()
        // Read both pipes while the process runs, so neither fills up.
        let errBox = DataBox()
        let errThread = Thread { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        exit.wait()
        while !errBox.done { usleep(1000) }
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self), stdoutData: outData)
    }

    /// Runs the real `git` with quoting of non-ASCII paths turned off.
    @discardableResult
    public static func git(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        try run("git", ["-c", "core.quotepath=off", "-c", "init.defaultBranch=main"] + arguments, in: directory, environment: environment)
    }

    /// A HOME for the tests' git, with git-lfs's filters installed in it.
    public static let home: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cmkeeper-tests-home-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let config = """
            [user]
            \tname = Test User
            \temail = test@example.com
            [filter "lfs"]
            \tclean = git-lfs clean -- %f
            \tsmudge = git-lfs smudge -- %f
            \tprocess = git-lfs filter-process
            \trequired = true
            [protocol "file"]
            \tallow = always

            """
        try? Data(config.utf8).write(to: url.appendingPathComponent(".gitconfig"))
        return url
    }()

    static func which(_ name: String) throws -> String {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }
}

private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _data = Data()
    private var _done = false
    var data: Data {
        get { lock.withLock { _data } }
        set { lock.withLock { _data = newValue; _done = true } }
    }
    var done: Bool { lock.withLock { _done } }
}
