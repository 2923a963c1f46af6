import Foundation

/// `.cmkeeper/keys.toml`: the ssh keys people reach the library with, each the identity of one
/// login. Only a CM engineer changes it (`cmkeeper keys`), and `DIR/ssh/authorized_keys` is made
/// from it (see ``AuthorizedKeys``).
///
/// ```toml
/// [[keys]]
/// login = "wang.pm"
/// fingerprint = "SHA256:…"
/// key = "ssh-ed25519 AAAA…"
/// added_by = "zhang.cm"
/// added_at = "2026-12-01T09:30:00Z"
/// ```
public struct KeyBook: Sendable, Equatable {
    /// One public key and whose it is.
    public struct Record: Sendable, Equatable, Codable {
        public let login: String
        /// As `ssh-keygen -l -E sha256` prints it: `SHA256:…`.
        public let fingerprint: String
        /// The public key alone: its type and its base64 blob, no options, no comment.
        public let key: String
        public let addedBy: String
        public let addedAt: String

        public init(login: String, fingerprint: String, key: String, addedBy: String, addedAt: String) {
            self.login = login
            self.fingerprint = fingerprint
            self.key = key
            self.addedBy = addedBy
            self.addedAt = addedAt
        }

        enum CodingKeys: String, CodingKey {
            case login, fingerprint, key
            case addedBy = "added_by"
            case addedAt = "added_at"
        }
    }

    /// In the order they were added.
    public let records: [Record]

    public init(records: [Record]) { self.records = records }

    /// The keys of `login`.
    public func records(of login: String) -> [Record] { records.filter { $0.login == login } }

    private struct File: Decodable { let keys: [Record]? }

    /// Reads keys.toml, refusing a bad login, a key that is not one plain public key, or a key
    /// listed twice, with a `ConfigurationError` naming the file.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> KeyBook {
        let records = try TOMLText.decode(File.self, from: text, file: file).keys ?? []
        var seen: Set<String> = []
        for (index, record) in records.enumerated() {
            let which = { (problem: Message) in ConfigurationError(file: file, message: .configKeysEntry(index: index, login: record.login, problem)) }
            guard RoleBook.isValidLogin(record.login) else {
                throw which(.configKeyLoginInvalid(record.login, maximum: RoleBook.maximumLoginLength))
            }
            guard PublicKey.isPlainKey(record.key) else {
                throw which(.configKeyNotPlain)
            }
            guard record.fingerprint.hasPrefix("SHA256:"), record.fingerprint.unicodeScalars.allSatisfy(PublicKey.isBase64OrColon) else {
                throw which(.configKeyFingerprint)
            }
            guard seen.insert(record.key).inserted else {
                throw which(.configKeyTwice(record.fingerprint))
            }
        }
        return KeyBook(records: records)
    }

    /// The TOML text of this book; `parse(serialized())` gives it back.
    public func serialized() -> String {
        var text = Self.header
        for record in records {
            text += "\n[[keys]]\n"
            text += "login = \(TOMLText.quote(record.login))\n"
            text += "fingerprint = \(TOMLText.quote(record.fingerprint))\n"
            text += "key = \(TOMLText.quote(record.key))\n"
            text += "added_by = \(TOMLText.quote(record.addedBy))\n"
            text += "added_at = \(TOMLText.quote(record.addedAt))\n"
        }
        return text
    }

    static let header = """
        # The ssh keys people reach this library with (.cmkeeper/keys.toml). Each key is the
        # identity of one login of roles.toml: over ssh, cmkeeper acts as the key's login and
        # nothing the client sends changes that. Change it with cmkeeper keys add/remove (a CM
        # engineer), which also writes DIR/ssh/authorized_keys from it.

        """
}
