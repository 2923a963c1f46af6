import Foundation
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// The server side of git-lfs's pure-ssh transfer protocol (`git-lfs-transfer PATH upload|download`,
/// git-lfs's `docs/proposals/ssh_adapter.md`), on the library's own store `repo.git/lfs`, as
/// one key's login: objects are read with their hash checked, and written through the store's
/// temporary file, SHA-256 check, fsync and atomic rename; locks live in `LFSLocks`.
///
/// Anyone with a key may download and upload (the pre-receive hook judges the commits that name
/// the objects); a lock belongs to whoever took it, and only a CM engineer opens another's.
public struct LFSTransferSession {
    public enum Operation: String, Sendable {
        case upload, download
    }

    let library: Library
    let login: String
    let operation: Operation
    let store: LFSStore
    let locks: LFSLocks
    /// What one object may bring in; nil in a download session.
    let uploadLimit: UploadLimit?

    public init(library: Library, login: String, operation: Operation, uploadLimit: UploadLimit? = nil) {
        self.library = library
        self.login = login
        self.operation = operation
        store = library.lfs
        locks = LFSLocks(gitDirectory: library.repositoryURL)
        self.uploadLimit = operation == .upload ? uploadLimit ?? UploadLimit(library: library, login: login) : nil
    }

    /// Serves requests from `input` until the client quits or closes the stream; returns the exit status.
    public func run(input: Int32, output: Int32) throws(CMKeeperError) -> Int32 {
        let reader = PktLineReader(descriptor: input)
        let writer = PktLineWriter(descriptor: output)
        try writer.text("version=1")
        try writer.text("locking")
        try writer.flush()
        while let request = try LFSTransferRequest.read(from: reader) {
            if request.command == "quit" {
                try LFSTransferResponse(status: 200).write(to: writer)
                return 0
            }
            let response = try answer(request, reader: reader, writer: writer)
            try reader.skipData()
            try response?.write(to: writer)
        }
        return 0
    }

    /// The response to one request; nil when it was written already (an object's data).
    func answer(_ request: LFSTransferRequest, reader: PktLineReader, writer: PktLineWriter) throws(CMKeeperError) -> LFSTransferResponse? {
        switch request.command {
        case "version":
            return request.operand == "1" ? LFSTransferResponse(status: 200) : error(400, .lfsVersionOnly1(request.operand ?? "none"))
        case "batch":
            return batch(request)
        case "get-object":
            guard operation == .download else { return wrongOperation(request) }
            return try getObject(request, writer: writer)
        case "put-object":
            guard operation == .upload else { return wrongOperation(request) }
            return putObject(request, reader: reader)
        case "verify-object":
            guard operation == .upload else { return wrongOperation(request) }
            guard let pointer = pointer(request.operand, request.arguments["size"]) else { return badObject(request) }
            return store.contains(pointer) ? LFSTransferResponse(status: 200) : error(404, .lfsObjectNotHeld(oid: pointer.oid, size: pointer.size))
        case "lock":
            guard operation == .upload else { return wrongOperation(request) }
            return try lock(request)
        case "list-lock", "list-locks":  // git-lfs 3.3 asks "list-locks" before a push
            return try listLocks(request)
        case "unlock":
            guard operation == .upload else { return wrongOperation(request) }
            return try unlock(request)
        default:
            return error(400, .lfsNotACommand(request.command))
        }
    }

    private func wrongOperation(_ request: LFSTransferRequest) -> LFSTransferResponse {
        error(400, .lfsWrongOperation(command: request.command, operation: operation.rawValue))
    }

    private func badObject(_ request: LFSTransferRequest) -> LFSTransferResponse {
        error(400, .lfsNeedsObject(request.command))
    }

    /// The object an id and a size name, if both are well formed.
    private func pointer(_ oid: String?, _ size: String?) -> LFSPointer? {
        guard let oid, LFSPointer.isValidOID(oid), let size, let bytes = Int64(size), bytes >= 0, String(bytes) == size else { return nil }
        return LFSPointer(oid: oid, size: bytes)
    }

    /// `batch`: for each object, `download` when the library holds it (download) or `upload`
    /// when it lacks it (upload); `noop` otherwise.
    private func batch(_ request: LFSTransferRequest) -> LFSTransferResponse {
        if let algorithm = request.arguments["hash-algo"], algorithm != "sha256" {
            return error(400, .lfsSHA256Only(algorithm))
        }
        var lines: [String] = []
        for line in request.lines {
            let words = line.split(separator: " ").map(String.init)
            guard words.count >= 2, let pointer = pointer(words[0], words[1]) else {
                return error(400, .lfsNotObjectAndSize(String(line.prefix(100))))
            }
            let present = store.contains(pointer)
            let action = switch operation {
            case .download: present ? "download" : "noop"
            case .upload: present ? "noop" : "upload"
            }
            lines.append("\(pointer.oid) \(pointer.size) \(action)")
        }
        return LFSTransferResponse(status: 200, arguments: ["hash-algo=sha256"], lines: lines)
    }

    /// `get-object`: the object's bytes, their hash checked as they are read.
    private func getObject(_ request: LFSTransferRequest, writer: PktLineWriter) throws(CMKeeperError) -> LFSTransferResponse? {
        guard let oid = request.operand, LFSPointer.isValidOID(oid) else { return badObject(request) }
        var info = stat()
        guard stat(store.objectPath(oid), &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return error(404, .lfsObjectMissing(oid))
        }
        let pointer = LFSPointer(oid: oid, size: Int64(info.st_size))
        if let size = request.arguments["size"], size != String(pointer.size) {
            return error(404, .lfsObjectSizeDiffers(oid: oid, size: pointer.size, asked: size))
        }
        try writer.text("status 200")
        try writer.text("size=\(pointer.size)")
        try writer.delimiter()
        do {
            try store.read(pointer) { chunk in try writer.data(chunk) }
        } catch let error as CMKeeperError {
            throw error
        } catch {
            // The client checks the hash too and drops what it got; the end of the stream tells it.
            throw CMKeeperError(.storage, .lfsTransferFailed("\(error)"), hint: .restoreObjectFromBackup)
        }
        try writer.flush()
        return nil
    }

    /// `put-object`: the object's bytes streamed into the store; refused whole, with nothing
    /// stored, when their size or hash is not the one named, or when the object is more than
    /// the upload limit lets in (413 for its size, 507 for the disk's free space).
    private func putObject(_ request: LFSTransferRequest, reader: PktLineReader) -> LFSTransferResponse {
        guard let pointer = pointer(request.operand, request.arguments["size"]) else { return badObject(request) }
        do {
            try uploadLimit?.check(pointer.size, file: pointer.oid)
        } catch {
            let said = error.hint.map { Message.reasonAndFix(error.message, fix: $0) } ?? error.message
            if case .uploadTooLarge = error.message { return self.error(413, said) }
            return self.error(507, said)
        }
        do {
            _ = try store.receive(pointer) { buffer in try reader.readData(into: buffer) }
        } catch let error as LFSStoreError {
            if case .wrongContent = error { return .error(400, error.description) }
            return .error(500, error.description)
        } catch let error as CMKeeperError {
            return self.error(400, error.message)
        } catch {
            return self.error(500, .verbatim("\(error)"))
        }
        return LFSTransferResponse(status: 200, lines: [])
    }

    /// The four arguments git-lfs reads of a lock.
    private func arguments(of lock: LFSLock) -> [String] {
        ["id=\(lock.id)", "path=\(lock.path)", "locked-at=\(lock.lockedAt)", "ownername=\(lock.owner)"]
    }

    private func lock(_ request: LFSTransferRequest) throws(CMKeeperError) -> LFSTransferResponse {
        guard let given = request.arguments["path"] else { return error(400, .lockNeedsPath) }
        let path: RepositoryPath
        do {
            path = try RepositoryPath(validating: given)
        } catch {
            return self.error(400, .reasonAndFix(error.message, fix: error.fix))
        }
        switch try locks.take(path, owner: login) {
        case .created(let lock):
            return LFSTransferResponse(status: 201, arguments: arguments(of: lock))
        case .held(let lock):
            return LFSTransferResponse(status: 409, arguments: arguments(of: lock), lines: ["\(path) is locked already by \(lock.heldBy)"])
        }
    }

    private func listLocks(_ request: LFSTransferRequest) throws(CMKeeperError) -> LFSTransferResponse {
        var found = try locks.all()
        if let path = request.arguments["path"] { found = found.filter { $0.path == path } }
        if let id = request.arguments["id"] { found = found.filter { $0.id == id } }
        if let cursor = request.arguments["cursor"], let index = found.firstIndex(where: { $0.id == cursor }) {
            found.removeFirst(index)
        }
        var arguments: [String] = []
        if let limit = request.arguments["limit"].flatMap(Int.init), limit > 0, found.count > limit {
            arguments.append("next-cursor=\(found[limit].id)")
            found = Array(found.prefix(limit))
        }
        let lines = found.flatMap { lock in
            ["lock \(lock.id)", "path \(lock.id) \(lock.path)", "locked-at \(lock.id) \(lock.lockedAt)",
             "ownername \(lock.id) \(lock.owner)", "owner \(lock.id) \(lock.owner == login ? "ours" : "theirs")"]
        }
        return LFSTransferResponse(status: 200, arguments: arguments, lines: lines)
    }

    private func unlock(_ request: LFSTransferRequest) throws(CMKeeperError) -> LFSTransferResponse {
        guard let id = request.operand, let lock = try locks.lock(id: id) else {
            return error(404, .noSuchLock(request.operand ?? ""))
        }
        // git-lfs's ssh client does not send `force=true` for `git lfs unlock --force` (3.3 to
        // this day), so the role decides: a CM engineer opens any lock, anyone else only their own.
        if lock.owner != login, (try? library.snapshot().roleBook())?.has(.cmEngineer, login) != true {
            return error(403, .lockHeldByAnother(path: lock.path, heldBy: lock.heldBy, owner: lock.owner))
        }
        try locks.release(lock)
        return LFSTransferResponse(status: 200, arguments: arguments(of: lock))
    }

    /// An error response in the library's language (git-lfs shows it to the person as it is).
    private func error(_ status: Int, _ message: Message) -> LFSTransferResponse {
        .error(status, message.text(in: library.settings.language))
    }
}
