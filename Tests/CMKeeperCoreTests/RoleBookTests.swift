import Foundation
import Testing

@testable import CMKeeperCore

@Suite struct RoleBookTests {
    static let example = """
        # The company's users.
        [users.alice]
        name = "张丽"
        email = "alice@example.com"
        roles = ["cm-engineer"]

        [users.wang]
        name = "王强"
        roles = ["project-manager", "implementation-team"]

        [users."li.wei"]
        roles = ["leadership"]

        [users.zhao]
        roles = []
        """

    @Test func theExampleParses() throws {
        let book = try RoleBook.parse(Self.example, file: ".cmkeeper/roles.toml")
        #expect(book.users.count == 4)
        #expect(book.user("alice") == RoleBook.User(login: "alice", name: "张丽", email: "alice@example.com", roles: [.cmEngineer]))
        #expect(book.roles(of: "wang") == [.projectManager, .implementationTeam])
        #expect(book.has(.leadership, "li.wei"))
        #expect(!book.has(.cmEngineer, "wang"))
        #expect(book.roles(of: "zhao").isEmpty)
        #expect(book.user("zhao")?.name == nil)
        #expect(book.user("nobody") == nil)
        #expect(book.roles(of: "nobody").isEmpty)
        #expect(!book.has(.cmEngineer, "Alice"))
        #expect(book.users(with: .projectManager).map(\.login) == ["wang"])
    }

    @Test func anEmptyFileIsABookWithNoUsers() throws {
        #expect(try RoleBook.parse("# nobody yet\n", file: "r.toml").users.isEmpty)
        #expect(try RoleBook.parse("[users]\n", file: "r.toml").users.isEmpty)
    }

    @Test func theInitialBookHasItsCMEngineer() throws {
        let book = RoleBook.initial(cmEngineer: "alice")
        #expect(book.users.count == 1)
        #expect(book.has(.cmEngineer, "alice"))
        #expect(book.roles(of: "alice") == [.cmEngineer])
        let text = book.serialized()
        #expect(text.hasPrefix("#"))
        #expect(text.contains("[users.alice]\nroles = [\"cm-engineer\"]\n"))
        #expect(try RoleBook.parse(text, file: "r.toml") == book)
    }

    @Test func serializingRoundTripsInAStableOrder() throws {
        let book = RoleBook(users: [
            .init(login: "wang", name: "王强 \"老王\" \\ 项目", email: "wang@example.com", roles: [.leadership, .projectManager]),
            .init(login: "li.wei", roles: Set(Role.allCases)),
            .init(login: "Zed_9-x", name: "Zed", roles: []),
            .init(login: "alice", email: "a@example.com", roles: [.customerService]),
        ])
        let text = book.serialized()
        #expect(try RoleBook.parse(text, file: "r.toml") == book)
        #expect(text == book.serialized())
        // Logins sorted, a login with a '.' quoted, roles in a fixed order.
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(headers == ["[users.Zed_9-x]", "[users.alice]", "[users.\"li.wei\"]", "[users.wang]"])
        #expect(text.contains("roles = [\"project-manager\", \"leadership\"]"))
        // The same book built in another order serializes the same.
        #expect(RoleBook(users: book.users.values.sorted { $0.login > $1.login }).serialized() == text)
    }

    @Test func updatingAndRemovingUsers() {
        let book = RoleBook.initial(cmEngineer: "alice")
            .updating(.init(login: "bob", roles: [.customerService]))
            .updating(.init(login: "alice", name: "张丽", roles: [.cmEngineer, .projectManager]))
        #expect(book.users.count == 2)
        #expect(book.user("alice")?.name == "张丽")
        #expect(book.has(.projectManager, "alice"))
        #expect(book.removing("bob").users.keys.sorted() == ["alice"])
    }

    @Test func loginsAreLettersDigitsDotsUnderscoresAndDashes() {
        for login in ["alice", "A.b_c-d", "wang2", "_svc", String(repeating: "x", count: 64)] {
            #expect(RoleBook.isValidLogin(login), "\(login)")
        }
        for login in ["", "-bob", ".hidden", "bob smith", "张丽", "a/b", "a@b", "a\nb", String(repeating: "x", count: 65), "é"] {
            #expect(!RoleBook.isValidLogin(login), "\(login)")
        }
    }

    @Test func rolesHaveTheirChineseTitles() {
        #expect(Role.allCases.map(\.title) == ["项目经理", "CM工程师", "客户服务部", "市场部", "项目实施组", "分管领导"])
        #expect(Role.allCases.map(\.rawValue) == ["project-manager", "cm-engineer", "customer-service", "marketing", "implementation-team", "leadership"])
    }

    // MARK: Refusing bad files

    @discardableResult
    static func refuses(_ text: String, atLine line: Int?, mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation) -> ConfigurationError? {
        let error = #expect(throws: ConfigurationError.self, sourceLocation: sourceLocation) {
            _ = try RoleBook.parse(text, file: ".cmkeeper/roles.toml")
        }
        guard let error else { return nil }
        #expect(error.file == ".cmkeeper/roles.toml", sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        for word in words {
            #expect(error.message.description.contains(word), "\(error) should mention \(word)", sourceLocation: sourceLocation)
        }
        return error
    }

    @Test func unknownRolesAreRefusedAtTheirLine() {
        Self.refuses("[users.alice]\nname = \"张丽\"\nroles = [\"cm-enginer\"]\n", atLine: 3, mentioning: ["cm-enginer", "did you mean \"cm-engineer\"", "CM工程师"])
        Self.refuses("[users.alice]\nroles = [\"boss\"]\n", atLine: 2, mentioning: ["boss", "leadership"])
        Self.refuses("users.alice.roles = [\"boss\"]\n", atLine: 1, mentioning: ["boss"])
    }

    @Test func wrongTypesAreRefused() {
        Self.refuses("[users.alice]\nroles = \"cm-engineer\"\n", atLine: 2, mentioning: ["list"])
        Self.refuses("[users.alice]\nroles = [1]\n", atLine: 2, mentioning: ["list of strings"])
        Self.refuses("[users.alice]\nname = 3\n", atLine: 2, mentioning: ["string"])
        Self.refuses("\n[users]\nalice = \"cm-engineer\"\n", atLine: 3, mentioning: ["must be a table", "[users.alice]"])
        Self.refuses("users = [\"alice\"]\n", atLine: 1, mentioning: ["must be a table"])
    }

    @Test func unknownKeysAreRefused() {
        Self.refuses("[users.alice]\nrole = [\"cm-engineer\"]\n", atLine: 2, mentioning: ["role", "did you mean roles"])
        Self.refuses("[users.alice]\nroles = []\nphone = \"123\"\n", atLine: 3, mentioning: ["phone"])
        Self.refuses("# header\n[user.alice]\nroles = []\n", atLine: 2, mentioning: ["user", "did you mean users"])
        Self.refuses("version = 1\n", atLine: 1, mentioning: ["version"])
    }

    @Test func badLoginsNamesAndAddressesAreRefused() {
        Self.refuses("[users.\"-bob\"]\nroles = []\n", atLine: 1, mentioning: ["-bob", "not a valid login"])
        Self.refuses("[users.li.wei]\nroles = []\n", atLine: 1, mentioning: ["[users.\"li.wei\"]"])
        Self.refuses("[users.\"bob smith\"]\nroles = []\n", atLine: 1, mentioning: ["bob smith"])
        Self.refuses("[users.\(String(repeating: "x", count: 65))]\nroles = []\n", atLine: 1, mentioning: ["64"])
        Self.refuses("[users.alice]\nroles = []\n[users.Alice]\nroles = []\n", atLine: 1, mentioning: ["letter case"])
        Self.refuses("[users.alice]\nemail = \"alice\"\n", atLine: 2, mentioning: ["e-mail"])
        Self.refuses("[users.alice]\nemail = \"a b@example.com\"\n", atLine: 2, mentioning: ["e-mail"])
        Self.refuses("[users.alice]\nname = \"\"\n", atLine: 2, mentioning: ["empty"])
        Self.refuses("[users.alice]\nname = \"张<丽>\"\n", atLine: 2, mentioning: ["'<'"])
        Self.refuses("[users.alice]\nname = \"a\\nb\"\n", atLine: 2, mentioning: ["control"])
    }

    @Test func syntaxErrorsAreReportedAtTheirLine() {
        let error = Self.refuses("[users.alice]\nroles = [\"cm-engineer\"\n\n[users.bob]\n", atLine: 4, mentioning: ["TOML"])
        #expect(error?.column != nil)
    }

    /// A role is named by its title and id, as phases are: `CM工程师（cm-engineer）` in Chinese,
    /// alternatives joined by 或, never an English word inside a Chinese sentence.
    @Test func rolesAreNamedOneWayInEachLanguage() throws {
        var unknown: ConfigurationError? = nil
        do {
            _ = try RoleBook.parse("[users.alice]\nroles = [\"cm-enginer\"]\n", file: "roles.toml")
        } catch {
            unknown = error
        }
        let configured = try #require(unknown)
        let messages: [Message] = [
            .configurationError(configured),
            .mayNotDo(user: "wang", action: .changeRoles, role: Role.cmEngineer.titled),
            .cannotApprove(user: "wang", title: "安装验收报告", roles: .titledEither([Role.cmEngineer.titled, Role.customerService.titled])),
            .notInRole(user: "wang", role: Role.leadership.titled),
            .askAnotherApprover(role: Role.customerService.titled),
            .alreadyHasRole(user: "wang", role: Role.projectManager.titled),
            .demoGaveRoles([.personInRole(person: "liu.lead", role: Role.leadership.titled)]),
        ]
        let halfWidth = try NSRegularExpression(pattern: "\\p{Han}\\s*\\([a-z]")
        for message in messages {
            let zh = message.text(in: .zhCN), en = message.text(in: .en)
            #expect(halfWidth.firstMatch(in: zh, range: NSRange(zh.startIndex..., in: zh)) == nil, "\(zh)")
            #expect(!zh.contains(" or "), "\(zh)")
            let shown = Role.allCases.filter { zh.contains("\($0.title)（\($0.rawValue)）") }
            #expect(!shown.isEmpty, "names no role in the full-width form: \(zh)")
            for role in shown { #expect(en.contains("\(role.title) (\(role.rawValue))"), "\(en)") }
        }
        #expect(Message.configurationError(configured).text(in: .zhCN).contains(
            "项目经理（project-manager）、CM工程师（cm-engineer）"))
        #expect(messages[2].text(in: .zhCN) == "wang 不能审批安装验收报告：它由 CM工程师（cm-engineer） 或 客户服务部（customer-service） 审批")
        #expect(messages[2].text(in: .en) == "wang cannot approve 安装验收报告: it is approved by CM工程师 (cm-engineer) or 客户服务部 (customer-service)")
    }
}
