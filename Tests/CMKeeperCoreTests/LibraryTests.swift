import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

@Suite("The library on disk")
struct LibraryTests {
    @Test func initCreatesTheRepositoryTheFoldersAndTheSettings() throws {
        let s = Scenario()
        let library = try s.makeLibrary()
        let fm = FileManager.default
        for folder in ["repo.git", "inbox", "rejected"] {
            var isDir: ObjCBool = false
            #expect(fm.fileExists(atPath: s.libraryURL.appendingPathComponent(folder).path, isDirectory: &isDir) && isDir.boolValue, "\(folder)")
        }
        #expect(try s.git(["rev-parse", "--is-bare-repository"]).stdout == "true\n")
        #expect(try s.git(["symbolic-ref", "HEAD"]).stdout == "refs/heads/main\n")
        #expect(try s.git(["fsck", "--full", "--strict"]).succeeded)
        #expect(try s.git(["ls-tree", "-r", "--name-only", "main"]).stdout == ".cmkeeper/process.toml\n.cmkeeper/roles.toml\n.gitattributes\n")
        #expect(try s.git(["show", "main:.cmkeeper/process.toml"]).stdout == DefaultProcess.processTOML)
        let roles = try RoleBook.parse(try s.git(["show", "main:.cmkeeper/roles.toml"]).stdout, file: "roles.toml")
        #expect(roles.has(.cmEngineer, s.cm))
        #expect(try s.git(["show", "main:.gitattributes"]).stdout.contains("projects/*/releases/** filter=lfs diff=lfs merge=lfs -text"))
        #expect(try s.git(["log", "--format=%an", "main"]).stdout == "\(s.cm)\n")
        // Packs of office documents skip the delta search.
        #expect(try s.git(["config", "pack.deltaCacheSize"]).stdout == "1\n")

        let settings = try LibrarySettings.parse(try String(contentsOf: library.settingsURL, encoding: .utf8))
        #expect(settings.productLibrary == s.productsURL.standardizedFileURL.path)
        #expect(settings == library.settings)
    }

    @Test func initRefusesAFolderThatHoldsALibraryAndChangesNothing() throws {
        let s = Scenario()
        try s.makeLibrary()
        let before = try s.git(["rev-parse", "main"]).stdout
        let settingsBefore = try Data(contentsOf: s.libraryURL.appendingPathComponent("cmkeeper.toml"))
        let error = #expect(throws: CMKeeperError.self) {
            _ = try Library.create(at: s.libraryURL, productLibrary: nil, user: "someone.else")
        }
        #expect(error?.kind == .refused)
        #expect(error?.message.contains("already holds a library") == true)
        #expect(try s.git(["rev-parse", "main"]).stdout == before)
        #expect(try Data(contentsOf: s.libraryURL.appendingPathComponent("cmkeeper.toml")) == settingsBefore)

        // Part of a library (a stray repo.git) is refused too, and left alone.
        let other = s.folder.path("other")
        try FileManager.default.createDirectory(at: other.appendingPathComponent("repo.git"), withIntermediateDirectories: true)
        #expect(throws: CMKeeperError.self) { _ = try Library.create(at: other, productLibrary: nil, user: "x") }
        #expect(!FileManager.default.fileExists(atPath: other.appendingPathComponent("cmkeeper.toml").path))
    }

    @Test func initRefusesAUserNameRolesCannotHoldAndLeavesNoTrace() throws {
        let s = Scenario()
        #expect(throws: CMKeeperError.self) { _ = try Library.create(at: s.libraryURL, productLibrary: nil, user: "bad name\n") }
        #expect(!FileManager.default.fileExists(atPath: s.libraryURL.path))
    }

    @Test func commandsFindTheLibraryByFlagThenVariableThenFolder() throws {
        let s = Scenario()
        try s.makeLibrary()
        let nested = s.libraryURL.appendingPathComponent("inbox/P-1")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(try Library.locate(explicit: "/x", environment: ["CMKEEPER_LIBRARY": "/y"], currentDirectory: "/").path == "/x")
        #expect(try Library.locate(explicit: nil, environment: ["CMKEEPER_LIBRARY": "/y"], currentDirectory: "/").path == "/y")
        #expect(try Library.locate(explicit: nil, environment: [:], currentDirectory: nested.path).path == s.libraryURL.standardizedFileURL.path)
        let error = #expect(throws: CMKeeperError.self) {
            _ = try Library.locate(explicit: nil, environment: [:], currentDirectory: s.folder.url.path)
        }
        #expect(error?.hint?.contains("cmkeeper init") == true)
        #expect(throws: CMKeeperError.self) { _ = try Library.open(at: s.folder.url) }
    }

    @Test func settingsRoundTripAndMalformedSettingsAreRefusedWithTheFile() throws {
        let settings = LibrarySettings(productLibrary: "/srv/产品库", identity: .init(name: "cmkeeper \"CM\"", email: "cm@example.com"))
        #expect(try LibrarySettings.parse(settings.serialized()) == settings)
        let error = #expect(throws: ConfigurationError.self) {
            _ = try LibrarySettings.parse("[library]\nlarge_file_threshold = \"big\"\n[identity]\nname='a'\nemail='b'\n", file: "/lib/cmkeeper.toml")
        }
        #expect(error?.file == "/lib/cmkeeper.toml")
        let syntax = #expect(throws: ConfigurationError.self) { _ = try LibrarySettings.parse("[library\n", file: "c.toml") }
        #expect(syntax?.line == 1)
    }
}
