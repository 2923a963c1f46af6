import GitKit

/// A change to `main` worked out against one snapshot: the tree changes, the message and
/// the annotated tags to put on the new commit. Blobs it names are already written.
public struct PlannedCommit {
    public var updates: [TreeUpdate]
    public var message: String
    /// Annotated tags (name under `refs/tags/`, message) to create on the new commit.
    public var tags: [(name: String, message: String)]

    public init(updates: [TreeUpdate], message: String, tags: [(name: String, message: String)] = []) {
        self.updates = updates
        self.message = message
        self.tags = tags
    }
}

/// A commit that landed on `main`.
public struct CommitOutcome: Sendable {
    public let commit: ObjectID
    public let parent: ObjectID?
    /// The tags created on it, full reference names.
    public let tags: [String]
    /// How many times another writer moved `main` first and the change was rebuilt.
    public let retries: Int
}

/// One change of several committed together by `Library.commitChainOnMain`: who makes it, and
/// how to work it out on the commit it goes on.
public struct ChainedChange {
    public var author: String
    public var plan: (Snapshot) throws -> PlannedCommit

    public init(author: String, plan: @escaping (Snapshot) throws -> PlannedCommit) {
        self.author = author
        self.plan = plan
    }
}
