import Foundation

/// Trees written byte for byte with git's plumbing (`git hash-object --literally`), as a user
/// who hand-makes a commit can: the malformed trees the library must never take.
public enum HandMadeTree {
    /// One malformed tree: what is wrong, its entries (mode, name) each naming `blob`, what git's
    /// fsck calls it, and what cmkeeper says of it.
    public struct Kind: Sendable, CustomStringConvertible {
        public let label: String
        public let entries: [(mode: String, name: String)]
        public let fsckID: String
        public let message: String
        public var description: String { label }
    }

    /// Every kind a push can carry (git itself cannot send a tree with an empty name).
    public static let kinds: [Kind] = [
        Kind(label: "a name with '/'", entries: [("100644", "a/b.txt")], fsckID: "fullPathname", message: "a name in a tree may not contain '/'"),
        Kind(label: "a name starting with '/'", entries: [("100644", "/x.txt")], fsckID: "fullPathname", message: "a name in a tree may not contain '/'"),
        Kind(label: "one name twice", entries: [("100644", "a.txt"), ("100644", "a.txt")], fsckID: "duplicateEntries", message: "is listed twice"),
        Kind(label: "unsorted entries", entries: [("100644", "b.txt"), ("100644", "a.txt")], fsckID: "treeNotSorted", message: "not in git's order"),
        Kind(label: "a name '..'", entries: [("100644", "..")], fsckID: "hasDotdot", message: "holds an entry named “..”"),
        Kind(label: "a name '.GIT'", entries: [("100644", ".GIT")], fsckID: "hasDotgit", message: "holds an entry named “.GIT”"),
        Kind(label: "mode 0100644", entries: [("0100644", "a.txt")], fsckID: "zeroPaddedFilemode", message: "written with a leading zero (0100644)"),
        Kind(label: "mode 100666", entries: [("100666", "a.txt")], fsckID: "badFilemode", message: "has file mode 100666"),
    ]

    /// The kind no push can carry, only a write into the repository itself.
    public static let emptyName = Kind(label: "an empty name", entries: [("100644", "")], fsckID: "emptyName", message: "an entry with an empty name")

    /// Writes a blob holding `text`; returns its id.
    public static func blob(_ text: String, gitDir: URL) throws -> String {
        try git(["hash-object", "-w", "--stdin"], gitDir: gitDir, input: Data(text.utf8))
    }

    /// Writes a tree of `kind` whose entries all name `blob` (hex), exactly as given; returns its id.
    public static func write(_ kind: Kind, blob: String, gitDir: URL) throws -> String {
        var bytes = Data()
        let id = stride(from: 0, to: 40, by: 2).map { i -> UInt8 in
            let start = blob.index(blob.startIndex, offsetBy: i)
            return UInt8(blob[start..<blob.index(start, offsetBy: 2)], radix: 16)!
        }
        for entry in kind.entries {
            bytes += Data("\(entry.mode) \(entry.name)".utf8) + [0] + id
        }
        return try git(["hash-object", "-w", "--literally", "-t", "tree", "--stdin"], gitDir: gitDir, input: bytes)
    }

    /// A commit on `parent` whose tree is the parent's with the folder at `path` replaced by `tree`
    /// (the folders above rebuilt with `git mktree`); returns its id.
    public static func commit(grafting tree: String, at path: String, onto parent: String, gitDir: URL, message: String = "hand-made") throws -> String {
        var child = tree
        var components = path.split(separator: "/").map(String.init)
        while let name = components.popLast() {
            let folder = components.joined(separator: "/")
            let listing = try git(["ls-tree", "-z", "\(parent):\(folder)"], gitDir: gitDir)
            var lines = listing.split(separator: "\0").map(String.init).filter { !$0.hasSuffix("\t" + name) }
            lines.append("040000 tree \(child)\t\(name)")
            child = try git(["mktree", "-z"], gitDir: gitDir, input: Data(lines.map { $0 + "\0" }.joined().utf8))
        }
        return try git(["commit-tree", child, "-p", parent, "-m", message], gitDir: gitDir)
    }

    /// Runs git on `gitDir` and returns its output, trimmed; throws when it fails.
    @discardableResult
    static func git(_ arguments: [String], gitDir: URL, input: Data? = nil) throws -> String {
        let result = try Shell.run("git", ["--git-dir", gitDir.path] + arguments, input: input)
        guard result.succeeded else { throw ScenarioError.command("git \(arguments.joined(separator: " "))", result) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
