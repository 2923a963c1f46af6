import Foundation
import TOMLKit

/// `.cmkeeper/roles.toml`: who is who in the library.
///
/// ```toml
/// [users.alice]
/// name = "张丽"
/// email = "alice@example.com"
/// roles = ["cm-engineer"]
/// ```
public struct RoleBook: Sendable, Equatable {
    /// One user, by the login cmkeeper knows them by.
    public struct User: Sendable, Equatable {
        public let login: String
        /// Their name, for commit signatures, e.g. 张丽.
        public let name: String?
        public let email: String?
        public let roles: Set<Role>

        public init(login: String, name: String? = nil, email: String? = nil, roles: Set<Role>) {
            self.login = login
            self.name = name
            self.email = email
            self.roles = roles
        }
    }

    /// By login.
    public let users: [String: User]

    /// A book of these users (a later user with the same login replaces an earlier one). Does not
    /// validate: ``parse(_:file:)`` is what refuses bad logins, names and e-mail addresses.
    public init(users: [User]) {
        var byLogin: [String: User] = [:]
        for user in users { byLogin[user.login] = user }
        self.users = byLogin
    }

    /// The book of a new library: one user, its first CM engineer.
    public static func initial(cmEngineer login: String) -> RoleBook {
        RoleBook(users: [User(login: login, roles: [.cmEngineer])])
    }

    public func roles(of login: String) -> Set<Role> {
        users[login]?.roles ?? []
    }

    /// Whether `login` holds `role`.
    public func has(_ role: Role, _ login: String) -> Bool {
        roles(of: login).contains(role)
    }

    public func user(_ login: String) -> User? {
        users[login]
    }

    /// The users who hold `role`, by login.
    public func users(with role: Role) -> [User] {
        users.values.filter { $0.roles.contains(role) }.sorted { $0.login < $1.login }
    }

    /// This book with `user` added, or replacing the user of the same login.
    public func updating(_ user: User) -> RoleBook {
        var all = users
        all[user.login] = user
        return RoleBook(users: Array(all.values))
    }

    /// This book without `login`.
    public func removing(_ login: String) -> RoleBook {
        RoleBook(users: users.values.filter { $0.login != login })
    }

    // MARK: Logins

    /// The longest login roles.toml accepts.
    public static let maximumLoginLength = 64

    /// Whether `login` can be a user in roles.toml: ASCII letters, digits, '.', '_' and '-', not
    /// starting with '-' or '.', at most 64 characters.
    public static func isValidLogin(_ login: String) -> Bool {
        guard let first = login.unicodeScalars.first, login.unicodeScalars.count <= maximumLoginLength,
            first != "-", first != "."
        else { return false }
        return login.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": return true
            default: return false
            }
        }
    }

    // MARK: Reading and writing

    private typealias Reader = ConfigurationError.TableReader

    /// Reads roles.toml, refusing anything it cannot use with a `ConfigurationError` that names
    /// the file, the line when it can, what is wrong and what to do.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> RoleBook {
        let root = try ConfigurationError.parseTOML(text, file: file)
        let locator = ConfigurationError.Locator(text)
        let top = Reader(table: root, file: file, locator: locator, path: [], index: nil, name: nil)
        try top.rejectUnknownKeys(["users"])
        guard let table = try top.subtable("users", example: .configUsersExample) else {
            return RoleBook(users: [])
        }
        var users: [User] = []
        for login in table.keys.sorted() {
            let at: @Sendable (ConfigurationError.Locator) -> ConfigurationError.Locator.Position? = {
                $0.table(["users", login]) ?? $0.key(login, in: ["users"])
            }
            let reader = Reader(
                table: table[login]?.table ?? TOMLTable(), file: file, locator: locator, path: ["users", login], index: nil,
                name: .configUserNamed(login), fallback: at)
            guard isValidLogin(login) else {
                throw reader.error(
                    nil,
                    .configInvalidLogin(login, maximum: maximumLoginLength))
            }
            if let other = users.first(where: { $0.login.lowercased() == login.lowercased() }) {
                throw reader.error(nil, .configLoginsDifferInCase(other.login, login))
            }
            guard table[login]?.type == .table else {
                throw reader.error(nil, .configUserMustBeTable(tomlKey(login)))
            }
            if let inner = table[login]?.table?.keys.sorted().first(where: { table[login]?.table?[$0]?.type == .table }) {
                throw reader.error(
                    inner, .configQuoteDottedLogin(login: login, inner: inner))
            }
            try reader.rejectUnknownKeys(["name", "email", "roles"])

            let name = try reader.string("name")
            if let name, let problem = nameProblem(name) { throw reader.error("name", problem) }
            let email = try reader.string("email")
            if let email, let problem = emailProblem(email) { throw reader.error("email", problem) }
            var roles: Set<Role> = []
            for roleName in try reader.stringArray("roles") ?? [] {
                guard let role = Role(rawValue: roleName) else {
                    throw reader.error(
                        "roles",
                        .configRoleUnknown(
                            roleName, near: ProcessDefinition.nearest(roleName, Role.allCases.map(\.rawValue)),
                            roles: .titledList(Role.allCases.map(\.titled))))
                }
                roles.insert(role)
            }
            users.append(User(login: login, name: name, email: email, roles: roles))
        }
        return RoleBook(users: users)
    }

    /// The TOML text of this book: a header comment explaining the file, then one table per user
    /// by login, roles in a fixed order. `parse(serialized())` gives this book back.
    public func serialized() -> String {
        var text = Self.header
        for login in users.keys.sorted() {
            let user = users[login]!
            text += "\n[users.\(Self.tomlKey(login))]\n"
            if let name = user.name { text += "name = \(TOMLText.quote(name))\n" }
            if let email = user.email { text += "email = \(TOMLText.quote(email))\n" }
            let roles = Role.allCases.filter(user.roles.contains).map { "\"\($0.rawValue)\"" }
            text += "roles = [\(roles.joined(separator: ", "))]\n"
        }
        return text
    }

    static let header = """
        # Who is who in this configuration library (.cmkeeper/roles.toml).
        #
        # One [users.LOGIN] table per user, by the login cmkeeper knows them by (--user,
        # CMKEEPER_USER, or the git server's user name), with the roles they hold:
        #
        #   project-manager      项目经理    runs projects: pushes their documents and weekly reports
        #   cm-engineer          CM工程师    releases software, approves acceptance reports, baselines,
        #                                    and is the only one who may change .cmkeeper/
        #   customer-service     客户服务部  approves acceptance reports, tracks issues left open
        #   marketing            市场部      buys hardware, surveys customer satisfaction
        #   implementation-team  项目实施组  installs and commissions on site
        #   leadership           分管领导    supervises through weekly reports (read-only)
        #
        # name and email are optional: they sign the commits cmkeeper makes for the user.
        # Logins are ASCII letters, digits, '.', '_' and '-'; quote one that has a '.':
        # [users."li.wei"]. Example:
        #
        #   [users.alice]
        #   name = "张丽"
        #   email = "alice@example.com"
        #   roles = ["project-manager", "implementation-team"]

        """

    /// A login as a TOML key: bare when it can be, else quoted.
    static func tomlKey(_ login: String) -> String {
        let bare = !login.isEmpty && login.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
            default: return false
            }
        }
        return bare ? login : TOMLText.quote(login)
    }

    static func nameProblem(_ name: String) -> Message? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return .configNameEmpty }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }) {
            return .configNameControl
        }
        if name.contains("<") || name.contains(">") { return .configNameAngle }
        if name.count > 200 { return .configNameTooLong }
        return nil
    }

    static func emailProblem(_ email: String) -> Message? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let plain = email.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7f && $0 != "<" && $0 != ">" }
        guard plain, parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, email.count <= 254 else {
            return .configNotAnEmail(email)
        }
        return nil
    }
}
