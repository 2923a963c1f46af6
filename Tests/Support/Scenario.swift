import CMKeeperCore
import Foundation

/// A test's world in a line each: a product library, a library, a project, a clone.
public final class Scenario: @unchecked Sendable {
    public let folder = TemporaryFolder("cmkeeper-test")
    /// The CM engineer who created the library.
    public let cm = "zhang.cm"
    public let manager = "wang.pm"

    public init() {}

    public var productsURL: URL { folder.path("products") }
    public var libraryURL: URL { folder.path("library") }
    public var repositoryURL: URL { libraryURL.appendingPathComponent("repo.git") }

    /// Adds a product version to the product library: files by path inside the version folder.
    @discardableResult
    public func product(_ name: String, _ version: String, _ files: [String: Data]) throws -> URL {
        let base = productsURL.appendingPathComponent("\(name)/\(version)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        for (path, data) in files {
            try folder.write("products/\(name)/\(version)/\(path)", data)
        }
        return base
    }

    /// The standard sample product: 核心业务平台 2.1.0 with an install package, a manual and notes.
    @discardableResult
    public func sampleProduct(installerBytes: Int = 1 << 20) throws -> URL {
        try product("核心业务平台", "2.1.0", [
            "安装包/core-platform-2.1.0.tar.gz": Self.noise(installerBytes, seed: 1),
            "文档/用户安装手册.md": Data("# 用户安装手册\n1. 解压安装包\n".utf8),
            "文档/发行说明.txt": Data("2.1.0 发行说明\n".utf8),
        ])
    }

    /// Creates the library, with `cm` as its first CM engineer, and its hooks calling
    /// `hooks` (the cmkeeper binary) when given.
    @discardableResult
    public func makeLibrary(hooks: String? = nil) throws -> Library {
        try FileManager.default.createDirectory(at: productsURL, withIntermediateDirectories: true)
        return try Library.create(at: libraryURL, productLibrary: productsURL.path, user: cm, hooksCalling: hooks)
    }

    /// Opens the library again (a fresh handle, as another command would).
    public func open() throws -> Library {
        try Library.open(at: libraryURL)
    }

    /// Creates a project managed by `manager`.
    @discardableResult
    public func makeProject(_ id: String = "P-2026-001", in library: Library, size: ProjectSize = .small) throws -> ProjectRecord {
        try library.createProject(
            NewProject(id: id, name: "示例银行核心系统实施", customer: "示例银行", manager: manager, size: size), by: cm).0
    }

    /// A library with one project and the sample product in the product library.
    public func makeLibraryWithProject(hooks: String? = nil) throws -> Library {
        try sampleProduct()
        let library = try makeLibrary(hooks: hooks)
        try makeProject(in: library)
        return library
    }

    /// The customer-service user the scenarios add.
    public let customerService = "zhao.cs"
    /// The leadership (分管领导) user the scenarios add: approves the overall plan.
    public let leader = "liu.lead"

    /// Adds `customerService` and `leader` to roles.toml, in one commit by the CM engineer.
    public func addApprovers(to library: Library) throws {
        let roles = try library.snapshot().roleBook()
            .updating(.init(login: customerService, name: "赵客服", roles: [.customerService]))
            .updating(.init(login: leader, name: "刘总", roles: [.leadership]))
        _ = try library.commitOnMain(author: cm) { _ in
            PlannedCommit(updates: [.upsert(path: ".cmkeeper/roles.toml", blob: try library.writeBlob(Data(roles.serialized().utf8)))], message: "Add customer service and leadership\n")
        }
    }

    /// Every document a small project needs up to its closing.
    public static let smallProjectDocuments = [
        "项目实施及验收总体计划.docx", "项目实施申请表.xlsx", "销售合同或者相关备忘录.pdf", "项目实施客户确认表.docx",
        "安装调试报告.docx", "客户培训计划.docx", "培训通知单.docx", "客户培训签到表.xlsx",
        "安装验收报告.docx", "功能测试情况表.xlsx", "售后服务承诺卡.docx", "项目验收移交客户资料清单.xlsx", "项目实施总结报告.docx",
    ]

    /// A library whose project has every document of `documents`, submitted by its manager, the
    /// sample product released and the overall plan approved by the leadership: all that
    /// acceptance needs but the approvals of the acceptance report.
    public func makeSubmittedProject(hooks: String? = nil, documents: [String] = smallProjectDocuments) throws -> Library {
        let library = try makeLibraryWithProject(hooks: hooks)
        try submit("P-2026-001", in: library, manager: manager, documents: documents)
        return library
    }

    /// A library whose project has everything acceptance needs: ``makeSubmittedProject(hooks:documents:)``
    /// with the acceptance report approved by the CM engineer and customer service.
    public func makeAcceptedProject(hooks: String? = nil, documents: [String] = smallProjectDocuments) throws -> Library {
        let library = try makeLibraryWithProject(hooks: hooks)
        try accept("P-2026-001", in: library, manager: manager, documents: documents)
        return library
    }

    /// Takes an existing small project up to the approvals of its acceptance report: customer
    /// service and the leadership added to the roles (once), the sample product released,
    /// `documents` submitted by `manager`, the overall plan approved by the leadership.
    public func submit(_ project: String, in library: Library, manager: String, documents: [String] = smallProjectDocuments) throws {
        if try !library.snapshot().roleBook().has(.leadership, leader) { try addApprovers(to: library) }
        try sampleProduct()
        _ = try library.release(.init(project: project, product: "核心业务平台", version: "2.1.0", user: cm))
        let files = try documents.enumerated().map { index, name in
            try folder.write("desk/\(name)", Data("PK\u{3}\u{4} \(name) \(index)".utf8))
        }
        _ = try library.submit(Submission(project: project, files: files, user: manager))
        if documents.contains(where: { $0.hasPrefix("项目实施及验收总体计划") }) {
            _ = try library.approve(project: project, documentType: "implementation-plan", user: leader)
        }
    }

    /// Takes an existing small project to acceptance: ``submit(_:in:manager:documents:)``, then
    /// the acceptance report approved by the CM engineer and customer service.
    public func accept(_ project: String, in library: Library, manager: String, documents: [String] = smallProjectDocuments) throws {
        try submit(project, in: library, manager: manager, documents: documents)
        _ = try library.approve(project: project, documentType: "acceptance-report", user: cm)
        _ = try library.approve(project: project, documentType: "acceptance-report", user: customerService)
    }

    /// Clones the library's repository with the real git into a new folder.
    public func clone(_ name: String = "clone") throws -> URL {
        let target = folder.path(name)
        // Through upload-pack (--no-local), as a clone from a server is: a local clone copies the
        // object folder file by file and fails when a writer renames a temporary pack meanwhile.
        let result = try Shell.git(["clone", "-q", "--no-local", repositoryURL.path, target.path])
        guard result.succeeded else { throw ScenarioError.command("git clone", result) }
        return target
    }

    /// In a clone: writes files, commits them all, and pushes to main as `user`.
    @discardableResult
    public func commitAndPush(_ clone: URL, as user: String, files: [String: Data] = [:], remove: [String] = [], message: String = "documents") throws -> CommandResult {
        for (path, data) in files {
            let url = clone.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        for path in remove { try Shell.git(["rm", "-q", "--", path], in: clone) }
        try Shell.git(["add", "-A"], in: clone)
        let commit = try Shell.git(["commit", "-q", "--no-verify", "-m", message], in: clone, environment: try identity(user))
        guard commit.succeeded else { throw ScenarioError.command("git commit", commit) }
        return try push(clone, as: user)
    }

    /// Who `user` is to git in a clone: CMKEEPER_USER for the hooks, and the author name and
    /// e-mail roles.toml gives them (their login and login@example.com where it gives none),
    /// so that their commits are theirs to push.
    public func identity(_ user: String) throws -> [String: String] {
        let known = try open().snapshot().roleBook().user(user)
        return ["CMKEEPER_USER": user, "GIT_AUTHOR_NAME": known?.name ?? user, "GIT_AUTHOR_EMAIL": known?.email ?? "\(user)@example.com"]
    }

    /// Pushes a clone's HEAD to main as `user` (the hooks see CMKEEPER_USER).
    @discardableResult
    public func push(_ clone: URL, as user: String, _ arguments: [String] = ["origin", "HEAD:main"]) throws -> CommandResult {
        try Shell.git(["push"] + arguments, in: clone, environment: ["CMKEEPER_USER": user])
    }

    /// Runs the real git on the library's bare repository.
    @discardableResult
    public func git(_ arguments: [String]) throws -> CommandResult {
        try Shell.git(["--git-dir", repositoryURL.path] + arguments)
    }

    /// Deterministic incompressible bytes.
    public static func noise(_ count: Int, seed: UInt64) -> Data {
        var data = Data(count: count)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ seed
        data.withUnsafeMutableBytes { raw in
            for i in 0..<raw.count {
                if i % 8 == 0 {
                    state ^= state << 13
                    state ^= state >> 7
                    state ^= state << 17
                }
                raw[i] = UInt8(truncatingIfNeeded: state >> ((i % 8) * 8))
            }
        }
        return data
    }
}

public enum ScenarioError: Error, CustomStringConvertible {
    case command(String, CommandResult)

    public var description: String {
        switch self {
        case .command(let what, let result): "\(what) failed: \(result)"
        }
    }
}

extension Scenario {
    /// Sets the library's language and time zone in its cmkeeper.toml, names the CM engineer
    /// and the manager in roles.toml (张工, 王强), and opens the library again.
    public func speaking(_ language: Language, timeZone: String = "Asia/Shanghai", in library: Library) throws -> Library {
        var settings = library.settings
        settings.language = language
        settings.timeZoneIdentifier = timeZone
        try Data(settings.serialized().utf8).write(to: library.settingsURL)
        let book = try library.snapshot().roleBook()
        let named = book.updating(.init(login: cm, name: "张工", roles: book.roles(of: cm)))
            .updating(.init(login: manager, name: "王强", roles: book.roles(of: manager)))
        _ = try library.commitOnMain(author: cm) { _ in
            PlannedCommit(updates: [.upsert(path: ".cmkeeper/roles.toml", blob: try library.writeBlob(Data(named.serialized().utf8)))], message: "Names\n")
        }
        return try open()
    }
}
