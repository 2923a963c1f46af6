import Foundation

extension Library {
    /// Who is who: `.cmkeeper/roles.toml` on `main`.
    public func roles() throws(CMKeeperError) -> RoleBook {
        try snapshot().roleBook()
    }

    /// Gives `login` a role (a CM engineer's command), with their name and e-mail when given.
    /// When they already have it, and the name and e-mail are theirs already, nothing is
    /// committed and `alreadyHad` is true.
    public func grant(
        _ role: Role, to login: String, name: String? = nil, email: String? = nil, by user: String
    ) throws(CMKeeperError) -> (book: RoleBook, alreadyHad: Bool) {
        guard RoleBook.isValidLogin(login) else {
            throw .refused(.notAValidLogin(login), hint: .loginCharacters(maximum: RoleBook.maximumLoginLength))
        }
        let start = try snapshot()
        try Self.requireRole(.cmEngineer, user: user, in: start, toDo: .changeRoles)
        let current = try start.roleBook()
        if let existing = current.user(login), existing.roles.contains(role), (name ?? existing.name) == existing.name,
            (email ?? existing.email) == existing.email
        {
            return (current, true)
        }
        let book = try changeRoles(by: user, message: "Grant \(role.rawValue) (\(role.title)) to \(login)") { book in
            let existing = book.user(login)
            return book.updating(.init(
                login: login, name: name ?? existing?.name, email: email ?? existing?.email,
                roles: (existing?.roles ?? []).union([role])))
        }
        return (book, false)
    }

    /// Takes a role from `login` (a CM engineer's command); the `ChangeValidator` refuses to leave
    /// the library without a CM engineer.
    public func revoke(_ role: Role, from login: String, by user: String) throws(CMKeeperError) -> RoleBook {
        try changeRoles(by: user, message: "Revoke \(role.rawValue) (\(role.title)) from \(login)") { book in
            guard let existing = book.user(login), existing.roles.contains(role) else {
                throw CMKeeperError.refused(.notInThatRole(login: login, role: role.rawValue), hint: .rolesListShows)
            }
            let remaining = existing.roles.subtracting([role])
            // The validator refuses a book without a CM engineer, as it does for every path.
            return remaining.isEmpty && existing.name == nil && existing.email == nil
                ? book.removing(login)
                : book.updating(.init(login: login, name: existing.name, email: existing.email, roles: remaining))
        }
    }

    private func changeRoles(by user: String, message: String, _ change: @escaping (RoleBook) throws -> RoleBook) throws(CMKeeperError) -> RoleBook {
        var result: RoleBook? = nil
        _ = try commitOnMain(author: user) { snapshot in
            try Self.requireRole(.cmEngineer, user: user, in: snapshot, toDo: .changeRoles)
            let book = try change(try snapshot.roleBook())
            result = book
            return PlannedCommit(
                updates: [.upsert(path: LibraryLayout.rolesFile, blob: try self.writeBlob(Data(book.serialized().utf8)))],
                message: message + "\n")
        }
        return result!
    }
}
