import CMKeeperCore
import CMKeeperTestSupport
import Foundation
import Testing

/// `cmkeeper keys`: what it takes, what it records, the file sshd reads.
@Suite("cmkeeper keys")
struct KeysCommandTests {
    @Test func addRecordsTheKeyInTheRepositoryAndWritesAuthorizedKeys() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let key = try SSHKeys.make(in: s.folder, named: "wang")
        let added = try CLI.run(["keys", "add", s.manager, key.path + ".pub", "--json"], user: s.cm, library: s.libraryURL)
        #expect(added.succeeded, "\(added)")
        let fingerprint = try Shell.run("/usr/bin/ssh-keygen", ["-l", "-E", "sha256", "-f", key.path + ".pub"]).stdout.split(separator: " ")[1]
        let recorded = try s.git(["show", "main:.cmkeeper/keys.toml"]).stdout
        #expect(recorded.contains("login = \"\(s.manager)\"") && recorded.contains("fingerprint = \"\(fingerprint)\"") && recorded.contains("added_by = \"\(s.cm)\""), "\(recorded)")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        let file = s.libraryURL.appendingPathComponent("ssh/authorized_keys")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let publicKey = try String(contentsOf: URL(fileURLWithPath: key.path + ".pub"), encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        #expect(lines == ["restrict,command=\"'\(CLI.binary)' serve --library '\(s.libraryURL.standardizedFileURL.path)' --user '\(s.manager)'\" \(publicKey) \(s.manager)"])
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o600)
        #expect(try CLI.run(["keys", "list"], library: s.libraryURL).stdout.contains(String(fingerprint)))
        // The same key cannot be a second person's.
        let again = try CLI.run(["keys", "add", "li.pm", key.path + ".pub"], user: s.cm, library: s.libraryURL)
        #expect(!again.succeeded && again.stderr.contains("already \(s.manager)'s"), "\(again)")
    }

    /// After every push to main the post-receive hook checks the file sshd reads: one that
    /// already says what keys.toml says is left as it is (no rewrite, no fsync per push); one
    /// changed by hand is made right again.
    @Test func aPushLeavesAnUpToDateFileAloneAndMendsAChangedOne() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let key = try SSHKeys.make(in: s.folder, named: "wang")
        #expect(try CLI.run(["keys", "add", s.manager, key.path + ".pub"], user: s.cm, library: s.libraryURL).succeeded)
        let file = s.libraryURL.appendingPathComponent("ssh/authorized_keys")
        let written = try String(contentsOf: file, encoding: .utf8)
        func inode() throws -> UInt64 { try #require((try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? NSNumber)?.uint64Value) }
        let before = try inode()
        let clone = try s.clone()
        let first = try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/preparation/项目实施申请表.xlsx": Data("v1".utf8)])
        #expect(first.succeeded, "\(first)")
        #expect(try inode() == before, "an up-to-date authorized_keys is not rewritten")
        try "restrict ssh-ed25519 AAAA intruder\n".write(to: file, atomically: false, encoding: .utf8)
        let second = try s.commitAndPush(clone, as: s.manager, files: ["projects/P-2026-001/preparation/项目实施申请表.xlsx": Data("v2".utf8)])
        #expect(second.succeeded, "\(second)")
        #expect(try String(contentsOf: file, encoding: .utf8) == written)
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o600)
    }

    /// A library that keeps no ssh keys gets no authorized_keys from a push (post-receive finds
    /// no keys.toml on main and writes nothing).
    @Test func aPushToALibraryWithoutKeysWritesNoFile() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let pushed = try s.commitAndPush(try s.clone(), as: s.manager, files: ["projects/P-2026-001/preparation/项目实施申请表.xlsx": Data("v1".utf8)])
        #expect(pushed.succeeded, "\(pushed)")
        #expect(!pushed.stderr.contains("authorized_keys"), "\(pushed)")
        #expect(!FileManager.default.fileExists(atPath: s.libraryURL.appendingPathComponent("ssh/authorized_keys").path))
    }

    @Test func addRefusesWhatIsNotOnePublicKeyAndUsersWhoAreNotCMEngineers() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let key = try SSHKeys.make(in: s.folder, named: "wang")
        let other = try SSHKeys.make(in: s.folder, named: "li")
        let publicKey = try String(contentsOf: URL(fileURLWithPath: key.path + ".pub"), encoding: .utf8)
        let otherKey = try String(contentsOf: URL(fileURLWithPath: other.path + ".pub"), encoding: .utf8)
        let cases: [(String, String)] = [
            (try String(contentsOf: key, encoding: .utf8), "is a private key"),
            (publicKey + otherKey, "holds 2 lines"),
            ("command=\"sh\" " + publicKey, "does not start with a key type"),
            ("ssh-ed25519 AAAAnotakey", "is not a public key ssh-keygen can read"),
            ("", "holds 0 lines"),
        ]
        let before = try s.git(["rev-parse", "main"]).stdout
        for (index, (text, says)) in cases.enumerated() {
            let file = try s.folder.write("bad-\(index).pub", text)
            let result = try CLI.run(["keys", "add", s.manager, file.path], user: s.cm, library: s.libraryURL)
            #expect(!result.succeeded && result.stderr.contains(says), "\(says): \(result)")
        }
        let badLogin = try CLI.run(["keys", "add", "wang pm", key.path + ".pub"], user: s.cm, library: s.libraryURL)
        #expect(!badLogin.succeeded && badLogin.stderr.contains("is not a valid login"), "\(badLogin)")
        let notCM = try CLI.run(["keys", "add", s.manager, key.path + ".pub"], user: s.manager, library: s.libraryURL)
        #expect(!notCM.succeeded && notCM.stderr.contains("may not change ssh keys"), "\(notCM)")
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
        #expect(!FileManager.default.fileExists(atPath: s.libraryURL.appendingPathComponent("ssh/authorized_keys").path))
    }

    @Test func aPushedKeysFileIsCheckedByTheValidatorAndOnlyACMEngineerMayPushIt() throws {
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let clone = try s.clone()
        let main = try s.git(["rev-parse", "main"]).stdout
        let forged = """
            [[keys]]
            login = "wang.pm"
            fingerprint = "SHA256:abc"
            key = "ssh-ed25519 AAAA\\" sh"
            added_by = "zhang.cm"
            added_at = "2026-12-01T00:00:00Z"

            """
        let byManager = try s.commitAndPush(clone, as: s.manager, files: [".cmkeeper/keys.toml": Data(forged.utf8)])
        #expect(!byManager.succeeded && byManager.stderr.contains("change the library's rules"), "\(byManager)")
        try Shell.git(["reset", "-q", "--hard", "origin/main"], in: clone)
        let byCM = try s.commitAndPush(clone, as: s.cm, files: [".cmkeeper/keys.toml": Data(forged.utf8)])
        #expect(!byCM.succeeded && byCM.stderr.contains("key must be one public key"), "\(byCM)")
        #expect(try s.git(["rev-parse", "main"]).stdout == main)
    }

    /// Only root and the library's account may name someone else: anyone else is refused.
    @Test func anotherUnixUserCannotActAsSomeoneElse() throws {
        try #require(geteuid() == 0, "needs root to run the binary as another uid")
        let s = Scenario()
        _ = try s.makeLibraryWithProject(hooks: CLI.binary)
        let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary]
        let byOption = try Shell.run(nobody[0], Array(nobody.dropFirst()) + ["roles", "grant", "x.y", "leadership", "--user", s.cm, "--library", s.libraryURL.path])
        #expect(!byOption.succeeded && byOption.stderr.contains("may act as someone else: --user or CMKEEPER_USER \(s.cm) is refused"), "\(byOption)")
        let byVariable = try Shell.run(
            nobody[0], Array(nobody.dropFirst()) + ["submit", "P-2026-001", "/dev/null", "--library", s.libraryURL.path], environment: ["CMKEEPER_USER": s.manager])
        #expect(!byVariable.succeeded && byVariable.stderr.contains("--user or CMKEEPER_USER \(s.manager) is refused"), "\(byVariable)")
        #expect(try !s.git(["show", "main:.cmkeeper/roles.toml"]).stdout.contains("x.y"))
    }
}
