import Foundation
import GitKit

/// The library as it stands at one commit of `main`: what an operation reads its rules and
/// records from, and what its change is built on.
public struct Snapshot {
    let repository: Repository
    /// The commit, or nil for a repository with no commit yet.
    public let commit: ObjectID?
    /// The commit's tree, or nil for a repository with no commit yet.
    public let tree: ObjectID?

    init(repository: Repository, commit: ObjectID?) throws(GitError) {
        self.repository = repository
        self.commit = commit
        tree = try commit.map { (id) throws(GitError) in try repository.commitTree(id) }
    }

    /// A commit and its tree already read, through another handle of the repository.
    init(repository: Repository, commit: ObjectID?, tree: ObjectID?) {
        self.repository = repository
        self.commit = commit
        self.tree = tree
    }

    /// A tree that is not (yet) a commit, such as a clone's staged change.
    init(repository: Repository, tree: ObjectID) {
        self.repository = repository
        commit = nil
        self.tree = tree
    }

    /// The entry at a repository path, or nil.
    public func entry(at path: String) throws(GitError) -> TreeEntry? {
        guard let tree else { return nil }
        return try repository.entry(at: path, inTree: tree)
    }

    /// Whether a file or folder exists at the path.
    public func exists(_ path: String) throws(GitError) -> Bool {
        try entry(at: path) != nil
    }

    /// The content of the file at a repository path, or nil if there is none.
    public func data(at path: String) throws(GitError) -> Data? {
        guard let entry = try entry(at: path), entry.kind != .tree else { return nil }
        return try repository.blobData(entry.id)
    }

    /// The text of the file at a repository path, or nil if there is none.
    public func text(at path: String) throws(GitError) -> String? {
        try data(at: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The entries directly inside a folder; empty if there is no such folder.
    public func children(of folder: String) throws(GitError) -> [TreeEntry] {
        guard let entry = try entry(at: folder), entry.kind == .tree else { return [] }
        return try repository.entries(ofTree: entry.id)
    }

    /// Every file below a folder, with full repository paths.
    public func files(under folder: String) throws(GitError) -> [TreeEntry] {
        guard let entry = try entry(at: folder), entry.kind == .tree else { return [] }
        return try repository.walk(tree: entry.id, under: folder).filter { $0.kind != .tree }
    }

    /// The process definition in force (`.cmkeeper/process.toml`).
    public func processDefinition() throws(CMKeeperError) -> ProcessDefinition {
        try rules(at: LibraryLayout.processFile, cache: Self.processDefinitions, parse: ProcessDefinition.parse)
    }

    /// Who is who (`.cmkeeper/roles.toml`).
    public func roleBook() throws(CMKeeperError) -> RoleBook {
        try rules(at: LibraryLayout.rolesFile, cache: Self.roleBooks, parse: RoleBook.parse)
    }

    /// A rules file, parsed (once for each content: see `ParsedFileCache`).
    private func rules<Value>(
        at path: String, cache: ParsedFileCache<Value>, parse: (String, String) throws(ConfigurationError) -> Value
    ) throws(CMKeeperError) -> Value {
        let id = try rulesFile(at: path)
        return try cache.value(for: id) { () throws(CMKeeperError) in
            let text = try translatingErrors { String(decoding: try repository.blobData(id), as: UTF8.self) }
            do throws(ConfigurationError) {
                return try parse(text, path)
            } catch {
                throw .configuration(error)
            }
        }
    }

    /// The ssh keys (`.cmkeeper/keys.toml`); empty when the library has none yet.
    public func keyBook() throws(CMKeeperError) -> KeyBook {
        guard try translatingErrors({ try exists(LibraryLayout.keysFile) }) else { return KeyBook(records: []) }
        return try rules(at: LibraryLayout.keysFile, cache: Self.keyBooks, parse: KeyBook.parse)
    }

    /// The blob of a rules file the library cannot work without.
    private func rulesFile(at path: String) throws(CMKeeperError) -> ObjectID {
        guard let entry = try translatingErrors({ try self.entry(at: path) }), entry.kind != .tree else {
            throw CMKeeperError(.configuration, .missingFromLibrary(path), hint: .cmRestoresFromHistory(path))
        }
        return entry.id
    }
}
