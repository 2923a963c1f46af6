import Foundation

/// Real ssh key pairs for the tests, made by OpenSSH's ssh-keygen.
public enum SSHKeys {
    /// A new ed25519 key pair in `folder`; returns the private key (the public one is beside it, `.pub`).
    public static func make(in folder: TemporaryFolder, named name: String) throws -> URL {
        let key = folder.path(name)
        let result = try Shell.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.path])
        guard result.succeeded else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "ssh-keygen: \(result)"]) }
        return key
    }
}
