import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// Files a user names (to submit, to release, to write a package to) are never followed
/// through a link, never block on a FIFO, and what a stopped copy leaves is cleaned up.
@Suite("The command line and files it did not write")
struct UntrustedFilesTests {
    let project = "P-2026-001"

    /// Runs the real cmkeeper, killed after 20 s: a command that hangs fails the test, never the run.
    func cmkeeper(_ arguments: [String], _ s: Scenario, user: String) throws -> CommandResult {
        try Shell.run("timeout", ["20", CLI.binary] + arguments, environment: ["CMKEEPER_USER": user, "CMKEEPER_LIBRARY": s.libraryURL.path])
    }

    func temporaries(_ s: Scenario) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: s.repositoryURL.appendingPathComponent("lfs/tmp").path)) ?? []
    }

    @Test func submittingALinkOrAFIFOIsRefusedAtOnce() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        let main = try s.git(["rev-parse", "main"]).stdout
        let secret = try s.folder.write("outside/secret.docx", "not the project's")
        let link = s.folder.path("desk/安装验收报告.docx")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: secret)
        let fifo = s.folder.path("desk/项目实施申请表.xlsx")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        for (file, kind) in [(link, "a symbolic link"), (fifo, "a FIFO (named pipe)")] {
            let started = Date()
            let result = try cmkeeper(["submit", project, file.path], s, user: s.manager)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("\(file.path): is \(kind), not a regular file"), "\(result)")
            #expect(Date().timeIntervalSince(started) < 15)
        }
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test func exportNeverWritesThroughALinkNorOntoAFIFO() throws {
        let s = Scenario()
        let library = try s.makeAcceptedProject()
        _ = try library.baseline(project: project, user: s.cm)
        let target = try s.folder.write("outside/authorized_keys", "ssh-ed25519 AAAA… admin\n")
        let link = s.folder.path("交付.zip")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let fifo = s.folder.path("交付.tar")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        for (output, kind) in [(link, "a symbolic link"), (fifo, "a FIFO (named pipe)")] {
            let result = try cmkeeper(["export", project, "--output", output.path], s, user: s.cm)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("\(output.path) is \(kind)"), "\(result)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "ssh-ed25519 AAAA… admin\n")
        // Nothing half-written is left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.folder.url.path).filter { $0.hasPrefix(".交付") }.isEmpty)
        // A plain new file is still written.
        let plain = try cmkeeper(["export", project, "--output", s.folder.path("交付-ok.zip").path], s, user: s.cm)
        #expect(plain.succeeded, "\(plain)")
    }

    /// Starts `cmkeeper release` of a 4 GiB (sparse) installer and returns once its copy into
    /// the large-file store has begun, with the process stopped (SIGSTOP) there, so that it
    /// writes little while the other tests run.
    func startLargeRelease(_ s: Scenario) throws -> Process {
        _ = try s.makeLibraryWithProject()
        let base = try s.product("核心业务平台", "9.0", ["说明.txt": Data("9.0\n".utf8)])
        let installer = base.appendingPathComponent("installer.bin")
        #expect(FileManager.default.createFile(atPath: installer.path, contents: nil))
        let handle = try FileHandle(forWritingTo: installer)
        try handle.truncate(atOffset: 4 << 30)
        try handle.close()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["release", project, "核心业务平台", "9.0"]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["CMKEEPER_USER": s.cm, "CMKEEPER_LIBRARY": s.libraryURL.path, "HOME": Shell.home.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let tmp = s.repositoryURL.appendingPathComponent("lfs/tmp")
            let sizes = temporaries(s).compactMap {
                (try? FileManager.default.attributesOfItem(atPath: tmp.appendingPathComponent($0).path))?[.size] as? Int
            }
            if sizes.contains(where: { $0 > 0 }) {
                kill(process.processIdentifier, SIGSTOP)
                return process
            }
            usleep(1_000)
        }
        process.terminate()
        throw CopyNeverStarted()
    }

    struct CopyNeverStarted: Error {}

    @Test func aReleaseKilledMidCopyLeavesATemporaryTheNextCommandRemoves() throws {
        let s = Scenario()
        let process = try startLargeRelease(s)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(temporaries(s).count == 1, "a killed process cannot clean up")
        let next = try cmkeeper(["releases", project], s, user: s.cm)
        #expect(next.succeeded, "\(next)")
        #expect(temporaries(s).isEmpty)
        #expect(try s.git(["tag", "-l", "release/*9.0"]).stdout == "")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aReleaseStoppedMidCopyRemovesItsTemporary(signal: Int32) throws {
        let s = Scenario()
        let process = try startLargeRelease(s)
        kill(process.processIdentifier, signal)
        kill(process.processIdentifier, SIGCONT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal, "\(process.terminationReason) \(process.terminationStatus)")
        #expect(temporaries(s).isEmpty)
        #expect(try s.git(["tag", "-l", "release/*9.0"]).stdout == "")
    }

    @Test func aFailingWriteLeavesNoTemporary() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject()
        try s.product("核心业务平台", "9.1", ["installer.bin": Scenario.noise(3 << 20, seed: 9)])
        let main = try s.git(["rev-parse", "main"]).stdout
        // Files may grow to 1 MiB only: the copy's write fails (EFBIG) part-way.
        let result = try Shell.run(
            "bash", ["-c", "ulimit -f 1024; trap '' XFSZ; exec \"$0\" release \(project) 核心业务平台 9.1", CLI.binary],
            environment: ["CMKEEPER_USER": s.cm, "CMKEEPER_LIBRARY": s.libraryURL.path])
        #expect(result.status == 4, "\(result)")
        #expect(result.stderr.contains("write failed at") && result.stderr.contains("file size limit"), "\(result)")
        #expect(temporaries(s).isEmpty)
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
    }
}
