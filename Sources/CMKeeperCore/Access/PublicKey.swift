import Foundation

/// One ssh public key, checked by OpenSSH's own `ssh-keygen`: a file holding anything else
/// (a private key, options, two keys, garbage) is refused.
public struct PublicKey: Sendable, Equatable {
    /// The key's type and base64 blob, e.g. `ssh-ed25519 AAAA…` (the comment is dropped).
    public let key: String
    /// `SHA256:…`, as `ssh-keygen -l -E sha256` prints it.
    public let fingerprint: String

    /// Reads and checks the public key in `text` (the content of a `.pub` file), naming `source`
    /// in the errors.
    public static func parse(_ text: String, source: String) throws(CMKeeperError) -> PublicKey {
        let hint = Message.giveThePublicKey
        if text.contains("PRIVATE KEY") {
            throw .refused(.isPrivateKey(source), hint: hint)
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count == 1 else {
            throw .refused(.keyFileLines(source: source, count: lines.count), hint: hint)
        }
        let words = lines[0].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2, isKeyType(words[0]) else {
            throw .refused(.keyHasNoType(source), hint: hint)
        }
        let key = words[0] + " " + words[1]
        guard isPlainKey(key) else { throw .refused(.notAPublicKey(source), hint: hint) }
        let fingerprint = try fingerprintByOpenSSH(of: key, source: source, hint: hint)
        return PublicKey(key: key, fingerprint: fingerprint)
    }

    /// `TYPE BASE64`, nothing more.
    static func isPlainKey(_ key: String) -> Bool {
        let words = key.split(separator: " ", omittingEmptySubsequences: false)
        return words.count == 2 && isKeyType(String(words[0])) && !words[1].isEmpty
            && words[1].unicodeScalars.allSatisfy { isBase64OrColon($0) && $0 != ":" }
    }

    static func isKeyType(_ word: String) -> Bool {
        (word.hasPrefix("ssh-") || word.hasPrefix("ecdsa-") || word.hasPrefix("sk-"))
            && word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-@.".unicodeScalars.contains($0) }
    }

    static func isBase64OrColon(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "+", "/", "=", ":": return true
        default: return false
        }
    }

    /// Asks `ssh-keygen -l` for the key's fingerprint: OpenSSH decodes the blob, so a key it
    /// cannot read is refused here rather than silently ignored by sshd.
    private static func fingerprintByOpenSSH(of key: String, source: String, hint: Message) throws(CMKeeperError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = ["-l", "-E", "sha256", "-f", "/dev/stdin"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let exit: ProcessExit
        do {
            exit = try ProcessExit(starting: process)
        } catch {
            throw .refused(.cannotRunSSHKeygen(source: source, error: "\(error)"), hint: .installOpenSSHClient)
        }
        input.fileHandleForWriting.write(Data((key + "\n").utf8))
        try? input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        exit.wait()
        let words = printed.split(separator: " ")
        guard process.terminationStatus == 0, words.count >= 2, words[1].hasPrefix("SHA256:") else {
            throw .refused(.keygenCannotRead(source), hint: hint)
        }
        return String(words[1])
    }
}
