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
        let path = LibraryLayout.processFile
        guard let text = try translatingErrors({ try self.text(at: path) }) else {
            throw CMKeeperError(.configuration, "\(path) is missing from the library", hint: "a CM engineer restores it from history (git log -- \(path))")
        }
        do {
            return try ProcessDefinition.parse(text, file: path)
        } catch {
            throw .configuration(error)
        }
    }

    /// Who is who (`.cmkeeper/roles.toml`).
    public func roleBook() throws(CMKeeperError) -> RoleBook {
        let path = LibraryLayout.rolesFile
        guard let text = try translatingErrors({ try self.text(at: path) }) else {
            throw CMKeeperError(.configuration, "\(path) is missing from the library", hint: "a CM engineer restores it from history (git log -- \(path))")
        }
        do {
            return try RoleBook.parse(text, file: path)
        } catch {
            throw .configuration(error)
        }
    }
}
