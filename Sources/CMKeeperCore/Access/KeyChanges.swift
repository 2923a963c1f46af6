import Foundation

extension Library {
    /// The ssh keys on `main` (`.cmkeeper/keys.toml`).
    public func keys() throws(CMKeeperError) -> KeyBook {
        try snapshot().keyBook()
    }

    /// Records `key` as `login`'s identity over ssh (a CM engineer's command), then writes
    /// `DIR/ssh/authorized_keys` for every key, each forcing `program serve`.
    public func addKey(_ key: PublicKey, for login: String, by user: String, program: String, date: Date = Date()) throws(CMKeeperError) -> KeyBook {
        guard RoleBook.isValidLogin(login) else {
            throw .refused(.notAValidLogin(login), hint: .loginCharacters(maximum: RoleBook.maximumLoginLength))
        }
        let record = KeyBook.Record(login: login, fingerprint: key.fingerprint, key: key.key, addedBy: user, addedAt: Timestamp.format(date))
        return try changeKeys(by: user, program: program, message: "Add ssh key \(key.fingerprint) for \(login)") { book, roles in
            if let holder = book.records.first(where: { $0.key == key.key }) {
                throw CMKeeperError.refused(.keyAlreadyHeld(fingerprint: key.fingerprint, by: roles.person(holder.login)), hint: .eachPersonOwnKey)
            }
            return KeyBook(records: book.records + [record])
        }
    }

    /// Removes `login`'s key of `fingerprint`, or all their keys (a CM engineer's command),
    /// then writes `DIR/ssh/authorized_keys` without them.
    public func removeKeys(of login: String, fingerprint: String? = nil, by user: String, program: String) throws(CMKeeperError) -> KeyBook {
        try changeKeys(by: user, program: program, message: "Remove ssh key\(fingerprint.map { " \($0)" } ?? "s") of \(login)") { book, roles in
            let remaining = book.records.filter { !($0.login == login && (fingerprint == nil || $0.fingerprint == fingerprint)) }
            guard remaining.count < book.records.count else {
                throw CMKeeperError.notFound(.noSSHKey(login: roles.person(login), fingerprint: fingerprint), hint: .keysListShows)
            }
            return KeyBook(records: remaining)
        }
    }

    /// Writes `DIR/ssh/authorized_keys` from the keys on `main` (after a keys.toml was pushed).
    public func writeAuthorizedKeys(program: String) throws(CMKeeperError) -> KeyBook {
        let book = try keys()
        try AuthorizedKeys.write(book, program: program, root: root)
        return book
    }

    private func changeKeys(by user: String, program: String, message: String, _ change: @escaping (KeyBook, RoleBook) throws -> KeyBook) throws(CMKeeperError) -> KeyBook {
        var result: KeyBook? = nil
        _ = try commitOnMain(author: user) { snapshot in
            try Self.requireRole(.cmEngineer, user: user, in: snapshot, toDo: .changeKeys)
            let book = try change(try snapshot.keyBook(), try snapshot.roleBook())
            result = book
            return PlannedCommit(
                updates: [.upsert(path: LibraryLayout.keysFile, blob: try self.writeBlob(Data(book.serialized().utf8)))],
                message: message + "\n")
        }
        try AuthorizedKeys.write(result!, program: program, root: root)
        return result!
    }
}
