extension RoleBook {
    /// How people are shown to people: `王强 (wang)`, or the login alone when `roles.toml`
    /// gives no name for it.
    public func person(_ login: String) -> String {
        Self.person(login: login, name: user(login)?.name)
    }

    /// `王强 (wang)` from a login and the name `roles.toml` gives it, if any.
    public static func person(login: String, name: String?) -> String {
        guard let name, !name.isEmpty, name != login else { return login }
        return "\(name) (\(login))"
    }
}
