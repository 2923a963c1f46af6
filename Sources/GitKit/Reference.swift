internal import CLibGit2

extension Repository {
    /// The object a reference points to, following symbolic references; nil if it does not exist.
    public func resolveReference(_ name: String) throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let result = git_reference_name_to_id(&oid, pointer, name)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "read \(name)")
        return ObjectID(oid)
    }

    /// Moves `name` to `target` only if it still points at `expected` (nil: only if it does not exist yet).
    ///
    /// Throws `GitError` with code `.modified` (or `.exists`) when someone else moved it first,
    /// and `.locked` when another writer holds its lock right now. Refs are fsynced.
    public func updateReference(_ name: String, to target: ObjectID, expecting expected: ObjectID?, message: String) throws(GitError) {
        var out: OpaquePointer? = nil
        var newOID = target.raw
        let result: Int32
        if var old = expected?.raw {
            result = git_reference_create_matching(&out, pointer, name, &newOID, 1, &old, message)
        } else {
            result = git_reference_create(&out, pointer, name, &newOID, 0, message)
        }
        try check(result, "update \(name)")
        git_reference_free(out)
    }

    /// Every reference whose name matches a glob such as `refs/tags/release/*`, with the object it points to.
    public func references(matching glob: String = "*") throws(GitError) -> [(name: String, target: ObjectID)] {
        var iterator: OpaquePointer? = nil
        try check(git_reference_iterator_glob_new(&iterator, pointer, glob), "list references \(glob)")
        defer { git_reference_iterator_free(iterator) }
        var result: [(String, ObjectID)] = []
        while true {
            var ref: OpaquePointer? = nil
            let r = git_reference_next(&ref, iterator)
            if r == GIT_ITEROVER.rawValue { break }
            try check(r, "list references \(glob)")
            defer { git_reference_free(ref) }
            let name = String(cString: git_reference_name(ref))
            var resolved: OpaquePointer? = nil
            guard git_reference_resolve(&resolved, ref) == 0 else { continue }
            defer { git_reference_free(resolved) }
            if let oid = git_reference_target(resolved) {
                result.append((name, ObjectID(oid.pointee)))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The remote-tracking reference the current branch follows (`refs/remotes/origin/main`),
    /// as `git rev-parse @{upstream}` names it; nil when HEAD is detached or follows nothing.
    public func upstreamOfHead() throws(GitError) -> String? {
        var head: OpaquePointer? = nil
        try check(git_reference_lookup(&head, pointer, "HEAD"), "read HEAD")
        defer { git_reference_free(head) }
        guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC, let branch = git_reference_symbolic_target(head) else { return nil }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let result = git_branch_upstream_name(&buffer, pointer, branch)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "find the upstream of \(String(cString: branch))")
        return String(cString: buffer.ptr)
    }

    /// Whether `name` is a valid reference name.
    public static func isValidReferenceName(_ name: String) -> Bool {
        Libgit2.ensureInitialized()
        var valid: Int32 = 0
        return git_reference_name_is_valid(&valid, name) == 0 && valid == 1
    }
}

extension Repository {
    /// The commit a revision names (`main`, a tag, an id, `main~2` …), peeling tags.
    public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer? = nil
        try check(git_revparse_single(&object, pointer, revision), "find revision \(revision)")
        defer { git_object_free(object) }
        var commit: OpaquePointer? = nil
        try check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), "find the commit of \(revision)")
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }
}
