internal import CLibGit2

/// What an annotated tag says.
public struct TagInfo: Sendable, Equatable {
    public let id: ObjectID
    public let name: String
    public let target: ObjectID
    public let tagger: Signature?
    public let message: String
}

extension Repository {
    /// Writes an annotated tag object pointing at a commit; creates no reference.
    public func createTagObject(name: String, target: ObjectID, tagger: Signature, message: String) throws(GitError) -> ObjectID {
        var targetOID = target.raw
        var object: OpaquePointer? = nil
        try check(git_object_lookup(&object, pointer, &targetOID, GIT_OBJECT_COMMIT), "read commit \(target)")
        defer { git_object_free(object) }
        var out = git_oid()
        try tagger.withGitSignature { (sig) throws(GitError) in
            try check(git_tag_annotation_create(&out, pointer, name, object, sig, message), "write tag \(name)")
        }
        recordPending(ObjectID(out))
        return ObjectID(out)
    }

    /// Reads an annotated tag object; nil if `id` is not a tag object.
    public func tag(_ id: ObjectID) throws(GitError) -> TagInfo? {
        var oid = id.raw
        var tag: OpaquePointer? = nil
        let result = git_tag_lookup(&tag, pointer, &oid)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try check(result, "read tag \(id)")
        defer { git_tag_free(tag) }
        let tagger = git_tag_tagger(tag).map { Signature($0) }
        return TagInfo(
            id: id, name: String(cString: git_tag_name(tag)), target: ObjectID(git_tag_target_id(tag).pointee),
            tagger: tagger, message: git_tag_message(tag).map { String(cString: $0) } ?? "")
    }
}
