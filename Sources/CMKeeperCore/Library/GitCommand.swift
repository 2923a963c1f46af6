import Foundation
import Synchronization

/// The real `git` command, run on a repository for the few jobs libgit2 cannot do: the full
/// fsck of `verify`, merging packs, `git lfs push` to a mirror.
public struct GitCommand: Sendable {
    /// What a run of git printed, and how it ended.
    public struct Result: Sendable {
        public let status: Int32
        /// Standard output and standard error, interleaved as git wrote them.
        public let output: String
        public var succeeded: Bool { status == 0 }
    }

    /// The repository git runs in (`GIT_DIR`).
    public let gitDirectory: URL

    public init(gitDirectory: URL) {
        self.gitDirectory = gitDirectory
    }

    /// Runs `git ARGUMENTS` in the repository, with no terminal to prompt on, and waits for it.
    /// Throws when git cannot be started (it is not installed).
    public func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = gitDirectory
        var environment = ProcessInfo.processInfo.environment
        // A hook's environment names a push's quarantine: this git works on the repository itself.
        for key in Self.repositoryVariables { environment[key] = nil }
        environment["GIT_DIR"] = gitDirectory.path
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let exit = try ProcessExit(starting: process)
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        exit.wait()
        let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
        return Result(status: status, output: text)
    }

    /// Starts `git ARGUMENTS` as `run(_:)` does, on a thread of its own, so that the caller works
    /// meanwhile (`verify` audits its records while git checks every object); `wait()` gives the result.
    public func start(_ arguments: [String]) -> Running {
        let running = Running()
        let command = self
        Thread.detachNewThread {
            running.finish(Swift.Result { try command.run(arguments) })
        }
        return running
    }

    /// A run of git started by `start(_:)`.
    public final class Running: Sendable {
        private let outcome = Mutex<Swift.Result<GitCommand.Result, any Error>?>(nil)
        private let done = DispatchSemaphore(value: 0)

        fileprivate func finish(_ result: Swift.Result<GitCommand.Result, any Error>) {
            outcome.withLock { $0 = result }
            done.signal()
        }

        /// Waits for git to end; throws when it could not be started.
        public func wait() throws -> GitCommand.Result {
            done.wait()
            done.signal()
            return try outcome.withLock { $0! }.get()
        }
    }

    /// The variables by which git finds a repository and its objects.
    static let repositoryVariables = [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_QUARANTINE_PATH", "GIT_NAMESPACE",
    ]
}
