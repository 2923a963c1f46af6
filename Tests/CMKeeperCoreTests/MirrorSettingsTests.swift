import CMKeeperTestSupport
import Foundation
import Testing

@testable import CMKeeperCore

@Suite("[[mirror]] in cmkeeper.toml")
struct MirrorSettingsTests {
    static let base = """
        [library]
        large_file_threshold = 1000
        [identity]
        name = "cmkeeper"
        email = "cm@example.com"

        """

    @Test func noMirrorsByDefaultAndTheCommentedExampleIsKept() throws {
        let settings = try LibrarySettings.parse(Self.base)
        #expect(settings.mirrors.isEmpty)
        let text = settings.serialized()
        #expect(text.contains("# [[mirror]]\n"))
        #expect(text.contains("# url = \"file:///srv/backup/library.git\"\n"))
        #expect(try LibrarySettings.parse(text) == settings)
    }

    @Test func mirrorTablesAreReadInOrderWithTheirOptionalNames() throws {
        let settings = try LibrarySettings.parse(Self.base + """
            [[mirror]]
            name = "second site"
            url = "ssh://git@backup.example.com/srv/cm/library.git"

            [[mirror]]
            url = "/srv/backup/library.git"

            [[mirror]]
            url = "https://cm:s3cret@gitlab.example.com/cm/library.git"
            """)
        #expect(settings.mirrors == [
            .init(url: "ssh://git@backup.example.com/srv/cm/library.git", name: "second site"),
            .init(url: "/srv/backup/library.git"),
            .init(url: "https://cm:s3cret@gitlab.example.com/cm/library.git"),
        ])
        #expect(settings.mirrors.map(\.displayName) == [
            "second site", "/srv/backup/library.git", "https://cm:***@gitlab.example.com/cm/library.git",
        ])
    }

    @Test func realEntriesAreWrittenAndReadBack() throws {
        var settings = try LibrarySettings.parse(Self.base)
        settings.mirrors = [.init(url: "file:///srv/备份/library.git", name: "备份 \"A\""), .init(url: "git@gitlab.example.com:cm/library.git")]
        let text = settings.serialized()
        #expect(!text.contains("# [[mirror]]"))
        #expect(text.components(separatedBy: "\n[[mirror]]\n").count == 3, "\(text)")
        #expect(try LibrarySettings.parse(text) == settings)
    }

    @Test func anEmptyURLOrTwoMirrorsOfOneNameAreRefused() throws {
        let empty = #expect(throws: ConfigurationError.self) {
            _ = try LibrarySettings.parse(Self.base + "[[mirror]]\nname = \"backup\"\nurl = \"  \"\n", file: "/lib/cmkeeper.toml")
        }
        checkMessage(empty, contains: "mirror 1 (backup) has an empty url")
        #expect(empty?.file == "/lib/cmkeeper.toml")

        let missing = #expect(throws: ConfigurationError.self) {
            _ = try LibrarySettings.parse(Self.base + "[[mirror]]\nname = \"backup\"\n")
        }
        checkMessage(missing, contains: "url")

        let twice = #expect(throws: ConfigurationError.self) {
            _ = try LibrarySettings.parse(Self.base + "[[mirror]]\nurl = \"/a.git\"\n[[mirror]]\nurl = \"/a.git\"\n")
        }
        checkMessage(twice, contains: "two mirrors are named /a.git")
    }
}

private func checkMessage(_ error: ConfigurationError?, contains text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(error?.message.description.contains(text) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
}
