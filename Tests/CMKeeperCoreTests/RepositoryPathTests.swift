import Foundation
import Testing
@testable import CMKeeperCore

/// The path-safety checker every path reaching a git tree or the file system goes through.
struct RepositoryPathTests {
    /// One path that must be refused, and why.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let path: String
        let kind: PathProblem.Kind
        init(_ path: String, _ kind: PathProblem.Kind) {
            self.path = path
            self.kind = kind
        }
        var testDescription: String { "\(PathProblem.displayed(path)) → \(kind)" }
    }

    private func refusal(of path: String) -> PathProblem? {
        do {
            _ = try RepositoryPath(validating: path)
            return nil
        } catch {
            return error
        }
    }

    private func refusal(ofBytes bytes: [UInt8]) -> PathProblem? {
        do {
            _ = try RepositoryPath(validatingBytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    private func path(_ string: String) throws -> RepositoryPath {
        try RepositoryPath(validating: string)
    }

    private func strings(_ pairs: [(RepositoryPath, RepositoryPath)]) -> [[String]] {
        pairs.map { [$0.0.string, $0.1.string] }
    }

    // MARK: - Refused paths, each with its kind

    @Test(arguments: [
        // empty
        Refusal("", .empty),
        // absolute
        Refusal("/etc/passwd", .absolute),
        Refusal("/", .absolute),
        Refusal("//server/share", .absolute),
        Refusal("/projects/P-001/plan.docx", .absolute),
        Refusal("C:", .absolute),
        Refusal("C:/Windows/system.ini", .absolute),
        Refusal("c:foo.txt", .absolute),
        Refusal("Z:\\data", .absolute),
        Refusal("\\", .absolute),
        Refusal("\\\\server\\share\\x.txt", .absolute),
        Refusal("\\temp", .absolute),
        // empty components
        Refusal("a//b", .emptyComponent),
        Refusal("a/", .emptyComponent),
        Refusal("projects/P-001/", .emptyComponent),
        Refusal("a///b", .emptyComponent),
        // . and ..
        Refusal(".", .dotOrDotDot),
        Refusal("..", .dotOrDotDot),
        Refusal("a/../b", .dotOrDotDot),
        Refusal("../etc/passwd", .dotOrDotDot),
        Refusal("./a", .dotOrDotDot),
        Refusal("a/.", .dotOrDotDot),
        Refusal("a/..", .dotOrDotDot),
        Refusal("a/../.git", .dotOrDotDot),
        // .git in any spelling
        Refusal(".git", .gitDirectory),
        Refusal(".GIT", .gitDirectory),
        Refusal(".Git", .gitDirectory),
        Refusal(".gIT", .gitDirectory),
        Refusal(".git.", .gitDirectory),
        Refusal(".git ", .gitDirectory),
        Refusal(".git. .", .gitDirectory),
        Refusal(".GIT...", .gitDirectory),
        Refusal(".g\u{200C}it", .gitDirectory),
        Refusal(".git\u{FEFF}", .gitDirectory),
        Refusal("\u{200D}.git", .gitDirectory),
        Refusal(".gi\u{200E}t", .gitDirectory),
        Refusal(".git\u{200F}", .gitDirectory),
        Refusal(".g\u{202A}it", .gitDirectory),
        Refusal(".g\u{202E}it", .gitDirectory),
        Refusal(".g\u{206A}it", .gitDirectory),
        Refusal(".g\u{206F}it", .gitDirectory),
        Refusal(".G\u{200C}I\u{FEFF}T\u{200D} .", .gitDirectory),
        Refusal(".git/config", .gitDirectory),
        Refusal(".git/hooks/post-checkout", .gitDirectory),
        Refusal("a/.GIT/x", .gitDirectory),
        Refusal("projects/P-001/.Git/HEAD", .gitDirectory),
        Refusal("git~1", .gitDirectory),
        Refusal("GIT~1", .gitDirectory),
        Refusal("Git~1/config", .gitDirectory),
        Refusal("git~1.", .gitDirectory),
        Refusal("a/GIT~1 ", .gitDirectory),
        // .git:stream is caught by the ':' rule
        Refusal(".git:stream", .windowsReservedCharacter),
        Refusal(".git::$INDEX_ALLOCATION", .windowsReservedCharacter),
        // control characters
        Refusal("a\u{0}b", .controlCharacter),
        Refusal("a\u{1}", .controlCharacter),
        Refusal("a\u{1B}[31mred", .controlCharacter),
        Refusal("tab\there", .controlCharacter),
        Refusal("line\nbreak.txt", .controlCharacter),
        Refusal("docs/x\r", .controlCharacter),
        Refusal("\u{1F}x", .controlCharacter),
        Refusal("del\u{7F}", .controlCharacter),
        Refusal("c1\u{80}", .controlCharacter),
        Refusal("nel\u{85}x", .controlCharacter),
        Refusal("c1\u{9F}", .controlCharacter),
        // not NFC
        Refusal("e\u{0301}.txt", .notNFC),
        Refusal("docs/Cafe\u{0301}/menu.pdf", .notNFC),
        Refusal("A\u{030A}ngstro\u{0308}m.txt", .notNFC),
        Refusal("\u{1100}\u{1161}.txt", .notNFC),
        Refusal("\u{212A}elvin.txt", .notNFC),  // the Kelvin sign becomes K in NFC
        Refusal("\u{F900}.txt", .notNFC),  // a CJK compatibility ideograph becomes U+8C48 in NFC
        // backslash
        Refusal("a\\b", .backslash),
        Refusal("docs\\plan.docx", .backslash),
        Refusal("a/b\\..\\c", .backslash),
        Refusal("trailing\\", .backslash),
        // characters Windows cannot store
        Refusal("a<b", .windowsReservedCharacter),
        Refusal("a>b", .windowsReservedCharacter),
        Refusal("ab:c", .windowsReservedCharacter),
        Refusal("docs/a:b", .windowsReservedCharacter),
        Refusal("report: final.docx", .windowsReservedCharacter),
        Refusal("say \"hi\".txt", .windowsReservedCharacter),
        Refusal("a|b", .windowsReservedCharacter),
        Refusal("why?.txt", .windowsReservedCharacter),
        Refusal("*.docx", .windowsReservedCharacter),
        Refusal("docs/a*b/c.txt", .windowsReservedCharacter),
        // Windows device names
        Refusal("CON", .windowsReservedName),
        Refusal("con", .windowsReservedName),
        Refusal("Con.txt", .windowsReservedName),
        Refusal("PRN", .windowsReservedName),
        Refusal("prn.pdf", .windowsReservedName),
        Refusal("AUX", .windowsReservedName),
        Refusal("aux.tar.gz", .windowsReservedName),
        Refusal("NUL", .windowsReservedName),
        Refusal("nul.txt", .windowsReservedName),
        Refusal("nul .txt", .windowsReservedName),
        Refusal("Nul.", .windowsReservedName),
        Refusal("COM1", .windowsReservedName),
        Refusal("COM1.docx", .windowsReservedName),
        Refusal("com5", .windowsReservedName),
        Refusal("Com9.log", .windowsReservedName),
        Refusal("LPT1", .windowsReservedName),
        Refusal("lpt2.txt", .windowsReservedName),
        Refusal("LPT9", .windowsReservedName),
        Refusal("COM\u{B9}", .windowsReservedName),
        Refusal("docs/aux/readme.txt", .windowsReservedName),
        Refusal("projects/P-001/CON/x", .windowsReservedName),
        // trailing dot or space
        Refusal("a.", .trailingDotOrSpace),
        Refusal("a ", .trailingDotOrSpace),
        Refusal("report.docx ", .trailingDotOrSpace),
        Refusal("docs./x.txt", .trailingDotOrSpace),
        Refusal("docs /x.txt", .trailingDotOrSpace),
        Refusal("...", .trailingDotOrSpace),
        Refusal(" ", .trailingDotOrSpace),
        Refusal("安装手册.", .trailingDotOrSpace),
        // too long
        Refusal(String(repeating: "a", count: 256), .tooLong),
        Refusal("docs/" + String(repeating: "b", count: 300) + "/x.txt", .tooLong),
        Refusal(String(repeating: "安", count: 86), .tooLong),
        Refusal(Array(repeating: String(repeating: "c", count: 200), count: 6).joined(separator: "/"), .tooLong),
    ])
    func refusesWithItsKind(_ case_: Refusal) {
        let problem = refusal(of: case_.path)
        #expect(problem?.kind == case_.kind)
        if let problem {
            #expect(!problem.reason.isEmpty)
            #expect(!problem.hint.isEmpty)
            #expect(problem.path == PathProblem.displayed(case_.path))
        }
    }

    // MARK: - Accepted paths

    @Test(arguments: [
        "projects/P-001/acceptance/安装验收报告.docx",
        "releases/核心平台/2.1.0/用户安装手册.pdf",
        "项目周报-2026-W48.xlsx",
        "projects/P-001/plan/项目 计划 v2.docx",
        "name with spaces.docx",
        "~$draft.docx",
        "projects/P-001/~$安装验收报告.docx",
        ".gitattributes",
        ".gitkeep",
        ".gitignore",
        ".gitmodules",
        ".github/workflows/ci.yml",
        "git",
        "my.git",
        "repo.git/readme.txt",
        ".git~1",
        "git~2",
        "gitx",
        ".gitx",
        "x.git",
        "COM10",
        "COM0",
        "LPT10.txt",
        "CONSOLE.txt",
        "nullable.txt",
        "con-1.txt",
        "auxiliary/x",
        "prn_report.pdf",
        "a.b.c",
        ".hidden",
        "..a",
        "a..b",
        ".a.b",
        " leading space.txt",
        "-dash",
        "a~b",
        "a$b",
        "a#b%c&d'e(f)g+h,i;j=k@l[m]n^o_p`q{r}s",
        "é.txt",
        "Ångström.txt",
        "한국어.txt",
        "📁/файл.txt",
        "a/b/c/d/e/f/g",
        "Straße/STRASSE.txt",
    ])
    func acceptsAndRoundTrips(_ string: String) throws {
        let repositoryPath = try RepositoryPath(validating: string)
        #expect(repositoryPath.string == string)
        #expect(repositoryPath.string.utf8.elementsEqual(string.utf8))
        #expect(repositoryPath.description == string)
        #expect(repositoryPath.components == string.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
        #expect(try RepositoryPath(components: repositoryPath.components) == repositoryPath)
        #expect(try RepositoryPath(validatingBytes: Array(string.utf8)) == repositoryPath)
    }

    @Test func chinesePathsKeepTheirComponents() throws {
        let report = try path("projects/P-001/acceptance/安装验收报告.docx")
        #expect(report.components == ["projects", "P-001", "acceptance", "安装验收报告.docx"])
        #expect(report.lastComponent == "安装验收报告.docx")
        let manual = try path("releases/核心平台/2.1.0/用户安装手册.pdf")
        #expect(manual.components == ["releases", "核心平台", "2.1.0", "用户安装手册.pdf"])
        #expect(manual.parent?.string == "releases/核心平台/2.1.0")
        let weekly = try path("项目周报-2026-W48.xlsx")
        #expect(weekly.components == ["项目周报-2026-W48.xlsx"])
        #expect(weekly.parent == nil)
    }

    // MARK: - The most specific problem

    @Test func reportsTheMostSpecificProblem() {
        #expect(refusal(of: "/etc/passwd")?.kind == .absolute)
        #expect(refusal(of: "/a/../b")?.kind == .absolute)
        #expect(refusal(of: "a/../b")?.kind == .dotOrDotDot)
        #expect(refusal(of: ".git.")?.kind == .gitDirectory)  // not trailingDotOrSpace
        #expect(refusal(of: ".git ")?.kind == .gitDirectory)
        #expect(refusal(of: "nul.")?.kind == .windowsReservedName)  // not trailingDotOrSpace
        #expect(refusal(of: "\\\\server\\share")?.kind == .absolute)  // not backslash
        #expect(refusal(of: "C:\\x")?.kind == .absolute)
        #expect(refusal(of: "a/b:c")?.kind == .windowsReservedCharacter)
        #expect(refusal(of: "a\u{1B}.")?.kind == .controlCharacter)
        #expect(refusal(of: ".")?.kind == .dotOrDotDot)
        #expect(refusal(of: "...")?.kind == .trailingDotOrSpace)
    }

    // MARK: - Invalid UTF-8

    @Test(arguments: [
        [0x61, 0xFF] as [UInt8],
        [0xFF],
        [0x61, 0xC3],  // truncated two-byte sequence
        [0xC0, 0xAF],  // overlong '/'
        [0xED, 0xA0, 0x80],  // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // beyond U+10FFFF
        [0x61, 0x2F, 0x80, 0x62],  // lone continuation byte after '/'
        [0x2F, 0xFE],  // invalid even though it also looks absolute
    ])
    func refusesInvalidUTF8(_ bytes: [UInt8]) {
        #expect(refusal(ofBytes: bytes)?.kind == .invalidUTF8)
    }

    @Test func invalidUTF8IsShownAndLocated() {
        let problem = refusal(ofBytes: [0x61, 0xFF])
        #expect(problem?.kind == .invalidUTF8)
        #expect(problem?.path == "a\\x{FF}")
        #expect(problem?.reason.contains("0xFF") == true)
        #expect(problem?.reason.contains("offset 1") == true)
        #expect(problem?.description.contains("\u{FFFD}") == false)
    }

    @Test func bytesThatAreUTF8AreCheckedLikeStrings() throws {
        let chinese = try RepositoryPath(validatingBytes: Array("releases/核心平台/2.1.0/用户安装手册.pdf".utf8))
        #expect(chinese.string == "releases/核心平台/2.1.0/用户安装手册.pdf")
        #expect(refusal(ofBytes: [])?.kind == .empty)
        #expect(refusal(ofBytes: [0x61, 0x00])?.kind == .controlCharacter)
        #expect(refusal(ofBytes: Array(".GIT".utf8))?.kind == .gitDirectory)
        #expect(refusal(ofBytes: Array("/etc".utf8))?.kind == .absolute)
        #expect(refusal(ofBytes: Array("e\u{0301}.txt".utf8))?.kind == .notNFC)
    }

    // MARK: - NFC

    @Test func decomposedNamesAreRefusedComposedAccepted() throws {
        let problem = refusal(of: "e\u{0301}.txt")
        #expect(problem?.kind == .notNFC)
        #expect(problem?.reason.contains("decomposed") == true)
        #expect(problem?.reason.contains("macOS") == true)
        #expect(problem?.hint.contains("rename") == true)
        #expect(problem?.hint.contains("normalise") == true)

        let kelvin = refusal(of: "\u{212A}.txt")
        #expect(kelvin?.kind == .notNFC)
        #expect(kelvin?.reason.contains("NFC") == true)
        #expect(try RepositoryPath(normalizing: "\u{212A}.txt").string == "K.txt")

        let composed = try path("\u{E9}.txt")
        #expect(composed.string.unicodeScalars.map(\.value) == [0xE9, 0x2E, 0x74, 0x78, 0x74])

        let normalised = try RepositoryPath(normalizing: "docs/e\u{0301}.txt")
        #expect(normalised == (try path("docs/\u{E9}.txt")))
        #expect(normalised.string.unicodeScalars.count == 10)
    }

    // MARK: - Length limits

    @Test func componentLengthBoundary() throws {
        #expect(RepositoryPath.maximumComponentBytes == 255)
        let longest = String(repeating: "a", count: 255)
        #expect(try path(longest).string == longest)
        #expect(try path("docs/" + longest + "/x").components[1] == longest)
        #expect(refusal(of: longest + "a")?.kind == .tooLong)
        #expect(refusal(of: "docs/" + longest + "a")?.kind == .tooLong)

        // 85 Chinese characters are 255 bytes; 86 are 258.
        let chinese = String(repeating: "验", count: 85)
        #expect(chinese.utf8.count == 255)
        #expect(try path(chinese).string == chinese)
        #expect(refusal(of: chinese + "验")?.kind == .tooLong)
        // 253 ASCII + one 3-byte character = 256 bytes although only 254 characters.
        #expect(refusal(of: String(repeating: "a", count: 253) + "验")?.kind == .tooLong)
    }

    @Test func pathLengthBoundary() throws {
        #expect(RepositoryPath.maximumPathBytes == 1024)
        let name = String(repeating: "n", count: 255)
        let shorter = String(repeating: "s", count: 254)
        // 3 × 255 + 254 + 1 + 4 slashes = 1024 bytes.
        let longest = [name, name, name, shorter, "a"].joined(separator: "/")
        #expect(longest.utf8.count == 1024)
        #expect(try path(longest).string == longest)
        let tooLong = longest + "b"
        #expect(tooLong.utf8.count == 1025)
        let problem = refusal(of: tooLong)
        #expect(problem?.kind == .tooLong)
        #expect(problem?.reason.contains("1025") == true)

        let base = try path([name, name, name, shorter].joined(separator: "/"))
        #expect(try base.appending(component: "a").string == longest)
        #expect(throws: PathProblem.self) { try base.appending(component: "ab") }
        #expect(refusal(ofComponents: [name, name, name, shorter, "a"]) == nil)
        #expect(refusal(ofComponents: [name, name, name, shorter, "ab"])?.kind == .tooLong)
        // appending(_:) cannot throw; it joins valid names without checking the total.
        #expect(base.appending(try path("ab")).string.utf8.count == 1025)
    }

    // MARK: - Components

    private func refusal(ofComponents components: [String]) -> PathProblem? {
        do {
            _ = try RepositoryPath(components: components)
            return nil
        } catch {
            return error
        }
    }

    @Test func componentsAreEachValidated() throws {
        let built = try RepositoryPath(components: ["projects", "P-001", "安装验收报告.docx"])
        #expect(built.string == "projects/P-001/安装验收报告.docx")
        #expect(built == (try path("projects/P-001/安装验收报告.docx")))
        #expect(refusal(ofComponents: [])?.kind == .empty)
        #expect(refusal(ofComponents: ["a", ""])?.kind == .emptyComponent)
        #expect(refusal(ofComponents: ["a/b"])?.kind == .windowsReservedCharacter)
        #expect(refusal(ofComponents: ["/etc"])?.kind == .windowsReservedCharacter)
        #expect(refusal(ofComponents: ["..", "x"])?.kind == .dotOrDotDot)
        #expect(refusal(ofComponents: ["docs", ".GIT"])?.kind == .gitDirectory)
        #expect(refusal(ofComponents: ["C:", "x"])?.kind == .windowsReservedCharacter)
        #expect(refusal(ofComponents: ["\\\\server"])?.kind == .backslash)
        #expect(refusal(ofComponents: ["nul.txt"])?.kind == .windowsReservedName)
        #expect(refusal(ofComponents: ["e\u{0301}"])?.kind == .notNFC)
        #expect(refusal(ofComponents: ["a."])?.kind == .trailingDotOrSpace)
    }

    @Test func appendingAndTakingApart() throws {
        let folder = try path("projects/P-001")
        let file = try path("acceptance/安装验收报告.docx")
        let joined = folder.appending(file)
        #expect(joined.string == "projects/P-001/acceptance/安装验收报告.docx")
        #expect(joined.components.count == 4)
        #expect(joined.lastComponent == "安装验收报告.docx")
        #expect(joined.parent?.string == "projects/P-001/acceptance")
        #expect(joined.parent?.parent?.parent?.parent == nil)
        #expect(try path("a").parent == nil)

        #expect(try folder.appending(component: "plan.docx").string == "projects/P-001/plan.docx")
        for bad: (String, PathProblem.Kind) in [
            ("..", .dotOrDotDot), (".git", .gitDirectory), ("a/b", .windowsReservedCharacter), ("", .emptyComponent),
            ("CON", .windowsReservedName), ("x ", .trailingDotOrSpace), ("a\u{1B}", .controlCharacter),
        ] {
            #expect(throws: PathProblem.self) { try folder.appending(component: bad.0) }
            do {
                _ = try folder.appending(component: bad.0)
            } catch {
                #expect(error.kind == bad.1)
                #expect(error.path.hasPrefix("projects/P-001/"))
            }
        }
    }

    @Test func hasPrefixIsComponentWise() throws {
        let file = try path("projects/P-001/acceptance/report.docx")
        #expect(file.hasPrefix(try path("projects")))
        #expect(file.hasPrefix(try path("projects/P-001")))
        #expect(file.hasPrefix(file))
        #expect(!file.hasPrefix(try path("projects/P-00")))
        #expect(!file.hasPrefix(try path("proj")))
        #expect(!file.hasPrefix(try path("Projects")))
        #expect(!file.hasPrefix(try path("projects/P-001/acceptance/report.docx/x")))
        #expect(!(try path("a/bc")).hasPrefix(try path("a/b")))
    }

    // MARK: - Equality and order

    @Test func ordersByUTF8Bytes() throws {
        let given = ["安", "a/b", "é", "a", "B", "a-b", "z", "a/b/c", "Z", "ab"]
        let sorted = try given.map(path).sorted().map(\.string)
        #expect(sorted == ["B", "Z", "a", "a-b", "a/b", "a/b/c", "ab", "z", "é", "安"])
        #expect(try path("a") < path("b"))
        #expect(!(try path("a") < path("a")))
        #expect(try path("a-b") < path("a/b"))  // '-' is 0x2D, '/' is 0x2F
    }

    @Test func equalPathsHashAlike() throws {
        let set: Set<RepositoryPath> = [try path("a/b"), try path("a/b"), try RepositoryPath(components: ["a", "b"]), try path("a/c")]
        #expect(set.count == 2)
        #expect(try path("a/b") != path("a/B"))
    }

    // MARK: - Messages

    @Test func controlCharactersAreEscapedInMessages() {
        let problem = refusal(of: "docs/a\u{1B}[31mb")
        #expect(problem?.kind == .controlCharacter)
        #expect(problem?.path == "docs/a\\u{1B}[31mb")
        #expect(problem?.reason.contains("\\u{1B}") == true)
        #expect(problem?.reason.contains("U+001B") == true)
        for text in [problem?.path, problem?.reason, problem?.hint, problem?.description] {
            #expect(text?.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } == false)
        }
        let newline = refusal(of: "line\nbreak")
        #expect(newline?.description.contains("\n") == false)
        #expect(newline?.path == "line\\u{A}break")
        // Invisible characters that make a name look like another are shown too.
        let hidden = refusal(of: ".g\u{200C}it")
        #expect(hidden?.path == ".g\\u{200C}it")
        #expect(hidden?.description.unicodeScalars.contains("\u{200C}") == false)
    }

    @Test func messagesNameTheProblemAndTheRemedy() throws {
        let git = try #require(refusal(of: "a/.GIT/x"))
        #expect(git.kind == .gitDirectory)
        #expect(git.path == "a/.GIT/x")
        #expect(git.reason == "the folder name “.GIT” is git's own folder .git in another spelling")
        #expect(git.hint == "rename the folder; git and cmkeeper never accept a file under .git")
        #expect(git.description.contains("a/.GIT/x"))
        #expect(git.description.contains(git.reason))
        #expect(git.description.contains(git.hint))

        let shortName = try #require(refusal(of: "GIT~1"))
        #expect(shortName.reason.contains("short"))

        let device = try #require(refusal(of: "docs/nul.txt"))
        #expect(device.reason.contains("NUL"))
        #expect(device.reason.contains("“nul.txt”"))

        let character = try #require(refusal(of: "a|b"))
        #expect(character.reason.contains("'|'"))

        let trailing = try #require(refusal(of: "report.docx "))
        #expect(trailing.reason.contains("space"))
        #expect(try #require(refusal(of: "report.")).reason.contains("dot"))

        let long = try #require(refusal(of: String(repeating: "x", count: 400)))
        #expect(long.reason.contains("400"))
        #expect(long.reason.count < 200)  // the name is cut short in the reason

        // Every kind gives a one-line description holding the path, reason and hint.
        for given in ["", "/x", "a//b", "..", ".git", "a\u{7}", "e\u{301}", "a\\b", "a?b", "aux", "a.", String(repeating: "y", count: 256)] {
            let problem = try #require(refusal(of: given))
            #expect(!problem.description.contains("\n"))
            #expect(problem.description.contains(problem.reason))
            #expect(problem.description.contains(problem.hint))
            #expect(problem.description.contains("“\(problem.path)”"))
        }
    }

    // MARK: - Case collisions

    @Test func namesDifferingOnlyInCaseCollide() throws {
        let paths = try ["docs/README.md", "docs/readme.md", "docs/other.md"].map(path)
        #expect(strings(RepositoryPath.caseCollisions(in: paths)) == [["docs/README.md", "docs/readme.md"]])
    }

    @Test func noCollisionsAcrossFoldersOrForDistinctNames() throws {
        let paths = try [
            "a/X.txt", "b/x.txt",
            "projects/P-001/acceptance/安装验收报告.docx", "projects/P-001/acceptance/用户安装手册.pdf",
            "releases/核心平台/2.1.0/用户安装手册.pdf",
            "same.txt", "same.txt",
        ].map(path)
        #expect(RepositoryPath.caseCollisions(in: paths).isEmpty)
        #expect(RepositoryPath.caseCollisions(in: []).isEmpty)
    }

    @Test func foldersDifferingOnlyInCaseCollide() throws {
        let paths = try ["Docs/a.txt", "docs/b.txt"].map(path)
        #expect(strings(RepositoryPath.caseCollisions(in: paths)) == [["Docs", "docs"]])

        // Files under the two folders are not reported again: the folders are the problem.
        let nested = try ["Docs/a.txt", "docs/A.txt", "docs/sub/x.txt", "Docs/Sub/y.txt"].map(path)
        #expect(strings(RepositoryPath.caseCollisions(in: nested)) == [["Docs", "docs"]])

        // Deeper: the colliding prefixes are reported.
        let deep = try ["projects/P-001/Acceptance/a.docx", "projects/P-001/acceptance/b.docx"].map(path)
        #expect(strings(RepositoryPath.caseCollisions(in: deep)) == [["projects/P-001/Acceptance", "projects/P-001/acceptance"]])
    }

    @Test func fileAndFolderDifferingOnlyInCaseCollide() throws {
        let paths = try ["readme", "README/x.txt"].map(path)
        #expect(strings(RepositoryPath.caseCollisions(in: paths)) == [["README", "readme"]])
    }

    @Test func eachPairIsReportedOnce() throws {
        let paths = try ["x.txt", "X.txt", "X.TXT", "x.txt", "X.txt"].map(path)
        let pairs = strings(RepositoryPath.caseCollisions(in: paths))
        #expect(pairs == [["X.TXT", "X.txt"], ["X.TXT", "x.txt"], ["X.txt", "x.txt"]])
    }

    @Test func unicodeCaseCollides() throws {
        #expect(RepositoryPath.caseCollisions(in: try ["É.txt", "é.txt"].map(path)).count == 1)
        #expect(RepositoryPath.caseCollisions(in: try ["ПЛАН.docx", "план.docx"].map(path)).count == 1)
        #expect(RepositoryPath.caseCollisions(in: try ["ΣΑΣ", "σας"].map(path)).count == 1)
        #expect(RepositoryPath.caseCollisions(in: try ["\u{1C5}.txt", "\u{1C6}.txt"].map(path)).count == 1)  // ǅ (title case) and ǆ
        #expect(RepositoryPath.caseCollisions(in: try ["STRA\u{1E9E}E", "stra\u{DF}e"].map(path)).count == 1)  // ẞ and ß
        #expect(RepositoryPath.caseCollisions(in: try ["\u{3F4}", "\u{398}"].map(path)).count == 1)  // ϴ and Θ both fold to θ
        #expect(RepositoryPath.caseCollisions(in: try ["核心平台", "核心平台v2"].map(path)).isEmpty)
        // Chinese names with Latin letters take the quick way; full-width letters have case too.
        #expect(RepositoryPath.caseCollisions(in: try ["项目周报-W01.xlsx", "项目周报-w01.XLSX"].map(path)).count == 1)
        #expect(RepositoryPath.caseCollisions(in: try ["项目周报-W01.xlsx", "项目周报-W02.xlsx"].map(path)).isEmpty)
        #expect(RepositoryPath.caseCollisions(in: try ["报告\u{FF21}", "报告\u{FF41}"].map(path)).count == 1)  // Ａ and ａ
    }

    @Test func caseFoldingIgnoresNormalisationForm() {
        // Decomposed names never become RepositoryPaths, but the fold itself treats both forms alike.
        #expect(RepositoryPath.caseFolded("E\u{301}") == RepositoryPath.caseFolded("\u{E9}"))
        #expect(RepositoryPath.caseFolded("Docs") == RepositoryPath.caseFolded("DOCS"))
        #expect(RepositoryPath.caseFolded("a") != RepositoryPath.caseFolded("b"))
    }
}
