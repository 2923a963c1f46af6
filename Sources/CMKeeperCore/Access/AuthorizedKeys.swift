import Foundation
import LFSStore
#if canImport(Glibc)
import Glibc
#endif

/// `DIR/ssh/authorized_keys`, made from `.cmkeeper/keys.toml`: the file sshd's
/// `AuthorizedKeysFile` points at for the library's account. Every line forces
/// `cmkeeper serve --user LOGIN` with `restrict` (no shell, no forwarding, no pty), so a key
/// gives its owner cmkeeper's commands and git, as that login, and nothing else.
public enum AuthorizedKeys {
    /// The file, inside the library folder.
    public static let relativePath = "ssh/authorized_keys"

    /// The lines for `book`, each running `program serve` on the library at `root`.
    public static func text(for book: KeyBook, program: String, root: URL) throws(CMKeeperError) -> String {
        for path in [program, root.path] where path.contains(where: { "'\"\\\n\r".contains($0) }) {
            throw .refused(.pathUnfitForAuthorizedKeys(path), hint: .movePathWithoutQuotes)
        }
        var text = "# Made by cmkeeper keys from .cmkeeper/keys.toml; edit that with cmkeeper keys, not this file.\n"
        for record in book.records {
            // The login and the key were checked by KeyBook.parse: letters, digits and . _ - only; base64.
            let command = "'\(program)' serve --library '\(root.path)' --user '\(record.login)'"
            text += "restrict,command=\"\(command)\" \(record.key) \(record.login)\n"
        }
        return text
    }

    /// Writes the file for `book` atomically (a temporary file, fsynced, renamed over the old
    /// one, the folder fsynced), readable by its owner only; leaves it alone when it is such a
    /// file already and says exactly that (every push to main checks it).
    public static func write(_ book: KeyBook, program: String, root: URL) throws(CMKeeperError) {
        let text = try text(for: book, program: program, root: root)
        let folder = root.appendingPathComponent("ssh").path
        let target = root.appendingPathComponent(relativePath).path
        guard !holds(target, text) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CMKeeperError(.storage, .cannotCreate(path: folder, error: error.localizedDescription), hint: .checkOwnerAndPermissions)
        }
        do throws(LFSStoreError) {
            let file = try TemporaryFile(in: folder, prefix: ".authorized_keys-")
            let data = Data(text.utf8)
            let written = data.withUnsafeBytes { Glibc.write(file.descriptor.rawValue, $0.baseAddress, $0.count) }
            guard fchmod(file.descriptor.rawValue, 0o600) == 0, written == data.count, fsync(file.descriptor.rawValue) == 0 else {
                let code = errno
                file.remove()
                throw .io(path: target, operation: "write", errno: code)
            }
            try file.rename(to: target)
        } catch {
            throw .lfs(error)
        }
    }

    /// Whether `path` is a regular file of its owner's only (not a link) holding `text`.
    private static func holds(_ path: String, _ text: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o777 == 0o600,
            info.st_size == Int(text.utf8.count), let data = FileManager.default.contents(atPath: path)
        else { return false }
        return data == Data(text.utf8)
    }
}
