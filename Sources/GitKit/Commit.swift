internal import CLibGit2

/// What a commit says: its tree, parents, people and message.
public struct CommitInfo: Sendable, Equatable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let author: Signature
    public let committer: Signature
    public let message: String
}

extension Repository {
    /// Writes a commit object; moves no reference (see `updateReference`).
    public func createCommit(
        tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature, message: String
    ) throws(GitError) -> ObjectID {
        var treeOID = tree.raw
        var treeObject: OpaquePointer? = nil
        try check(git_tree_lookup(&treeObject, pointer, &treeOID), "read tree \(tree)")
        defer { git_tree_free(treeObject) }

        var parentObjects: [OpaquePointer?] = []
        defer { parentObjects.forEach { git_commit_free($0) } }
        for parent in parents {
            var oid = parent.raw
            var commit: OpaquePointer? = nil
            try check(git_commit_lookup(&commit, pointer, &oid), "read parent commit \(parent)")
            parentObjects.append(commit)
        }
        var out = git_oid()
        try author.withGitSignature { (authorSig) throws(GitError) in
            try committer.withGitSignature { (committerSig) throws(GitError) in
                let result = parentObjects.withUnsafeMutableBufferPointer { buffer in
                    git_commit_create(
                        &out, pointer, nil, authorSig, committerSig, "UTF-8", message, treeObject,
                        buffer.count, buffer.baseAddress)
                }
                try check(result, "write a commit")
            }
        }
        recordPending(commit: ObjectID(out), parents: parents)
        return ObjectID(out)
    }

    /// The tree of a commit, without reading its message or people.
    public func commitTree(_ id: ObjectID) throws(GitError) -> ObjectID {
        var oid = id.raw
        var commit: OpaquePointer? = nil
        try check(git_commit_lookup(&commit, pointer, &oid), "read commit \(id)")
        defer { git_commit_free(commit) }
        return ObjectID(git_commit_tree_id(commit).pointee)
    }

    /// Reads a commit.
    public func commit(_ id: ObjectID) throws(GitError) -> CommitInfo {
        var oid = id.raw
        var commit: OpaquePointer? = nil
        try check(git_commit_lookup(&commit, pointer, &oid), "read commit \(id)")
        defer { git_commit_free(commit) }
        let parents = (0..<git_commit_parentcount(commit)).map { ObjectID(git_commit_parent_id(commit, $0).pointee) }
        return CommitInfo(
            id: id,
            tree: ObjectID(git_commit_tree_id(commit).pointee),
            parents: parents,
            author: Signature(git_commit_author(commit)),
            committer: Signature(git_commit_committer(commit)),
            message: String(cString: git_commit_message(commit)))
    }

    /// Commits reachable from `start` following first parents only, newest first, at most `limit`.
    public func firstParentHistory(from start: ObjectID, limit: Int = .max) throws(GitError) -> [CommitInfo] {
        var result: [CommitInfo] = []
        var next: ObjectID? = start
        while let id = next, result.count < limit {
            let info = try commit(id)
            result.append(info)
            next = info.parents.first
        }
        return result
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors.
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws(GitError) -> Bool {
        if ancestor == descendant { return true }
        var a = ancestor.raw
        var d = descendant.raw
        let result = git_graph_descendant_of(pointer, &d, &a)
        try check(result, "compare \(ancestor) and \(descendant)")
        return result == 1
    }

    /// The best common ancestor of `a` and `b`; nil when they share no history.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws(GitError) -> ObjectID? {
        if a == b { return a }
        var out = git_oid()
        var one = a.raw
        var two = b.raw
        let result = git_merge_base(&out, pointer, &one, &two)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "find the common ancestor of \(a) and \(b)")
        return ObjectID(out)
    }
}
