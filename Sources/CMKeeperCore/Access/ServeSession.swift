import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One ssh session of `cmkeeper serve`: runs the request as the key's login and returns the
/// exit status for the client. Every program it starts gets an environment built here — a
/// PATH, the account's HOME, and the login in `CMKEEPER_AUTHENTICATED_USER` — never the one sshd
/// passed, so a variable the client sent (`SetEnv`, `SendEnv`) reaches nothing.
public struct ServeSession {
    public let library: Library
    /// The key's login.
    public let login: String
    /// The cmkeeper executable, for the cmkeeper commands.
    public let program: String
    /// Where `submit` reads the document (the client's stdin).
    let input: FileHandle
    /// What one upload (`submit`'s document, a git-lfs object) may bring in, when given; else
    /// the library's `[serve]` settings, read only by a session that uploads.
    let givenUploadLimit: UploadLimit?

    public init(library: Library, login: String, program: String, input: FileHandle = .standardInput, uploadLimit: UploadLimit? = nil) {
        self.library = library
        self.login = login
        self.program = program
        self.input = input
        givenUploadLimit = uploadLimit
    }

    /// Runs `request`, with the client's stdin, stdout and stderr.
    public func run(_ request: ServeRequest, clientEnvironment: [String: String]) throws(CMKeeperError) -> Int32 {
        let root = library.root.path
        switch request {
        case .help:
            FileHandle.standardOutput.write(Data(ServeRequest.helpText(in: library.settings.language).utf8))
            return 0
        case .git(let service):
            let git = service == .uploadPack ? "upload-pack" : "receive-pack"
            var environment = baseEnvironment
            // git's protocol version, the one variable git's client sends that the server must see.
            if let version = clientEnvironment["GIT_PROTOCOL"], version.allSatisfy({ $0.isLetter || $0.isNumber || "=:".contains($0) }) {
                environment["GIT_PROTOCOL"] = version
            }
            return try launch("/usr/bin/git", [git, library.repositoryURL.path], environment: environment)
        case .lfsTransfer(let operation):
            return try LFSTransferSession(library: library, login: login, operation: operation, uploadLimit: givenUploadLimit).run(input: 0, output: 1)
        case .read(let command, let options, let arguments):
            // The read commands act as nobody in particular: they take no --user.
            return try launch(program, [command] + options + ["--library", root, "--"] + arguments, environment: baseEnvironment)
        case .submit(let project, let fileName, let options):
            // Staged on the library's disk (`run/stage/`), removed whatever happens.
            SubmitStage.removeAbandoned(libraryRoot: library.root)
            let stage = try SubmitStage(libraryRoot: library.root, fileName: fileName)
            defer { stage.remove() }
            do {
                let uploadLimit = givenUploadLimit ?? UploadLimit(library: library, login: login)
                var total: Int64 = 0
                while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                    total += Int64(chunk.count)
                    // Refused before anything is submitted; the stage goes with what was read. Free
                    // space is measured as the copy grows on the library's disk, so it counts too:
                    // submit will need as much again.
                    try uploadLimit.check(total, file: fileName)
                    try stage.write(chunk)
                }
                try stage.finishWriting()
            } catch let refusal as CMKeeperError {
                throw refusal
            } catch {
                throw CMKeeperError(.storage, .cannotReadStdin(file: fileName, error: error.localizedDescription), hint: .sendFileOnStdin(project: project, file: fileName))
            }
            // Run in the stage's folder and given the name alone, so that what submit says names
            // the file as the user sent it, not the server's folders.
            return try launch(
                program, ["submit"] + options + ["--library", root, "--user", login, "--", project, stage.file.lastPathComponent],
                environment: baseEnvironment, in: stage.folder)
        }
    }

    /// PATH, HOME of the library's account, a UTF-8 locale, and the login for git's hooks.
    var baseEnvironment: [String: String] {
        var home = "/"
        if let entry = getpwuid(geteuid()), let dir = entry.pointee.pw_dir { home = String(cString: dir) }
        return [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8",
            ActingUser.authenticatedVariable: login,
        ]
    }

    private func launch(_ executable: String, _ arguments: [String], environment: [String: String], in folder: URL? = nil) throws(CMKeeperError) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder ?? library.root
        let exit: ProcessExit
        do {
            exit = try ProcessExit(starting: process)
        } catch {
            throw CMKeeperError(.storage, .cannotRun(executable: executable, error: error.localizedDescription), hint: .checkGitInstalled)
        }
        exit.wait()
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }
}
