import Foundation
import GitKit
import LFSStore

/// What a `release/` or `baseline/` tag must be: exactly the annotated tag cmkeeper made for a
/// record of its project's log. Named so inside, holding the message the record gives, and
/// pointing at the commit on main that added the record's line. `verify` proves it of every
/// tag; the pre-receive hook proves it of a pushed tag before it lands.
struct RecordedTag {
    enum Record {
        case release(ReleaseRecord)
        case baseline(BaselineRecord)
    }

    /// The tag's name, without `refs/tags/`.
    let name: String
    let record: Record
    /// The project's log holding the record.
    let logPath: String

    /// The record's line in its log.
    var line: String {
        switch record {
        case .release(let release): release.jsonLine()
        case .baseline(let baseline): baseline.jsonLine()
        }
    }

    /// The record on main (`snapshot`) that names the tag `name` (without `refs/tags/`), or nil.
    static func find(_ name: String, in snapshot: Snapshot) throws -> RecordedTag? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, snapshot.tree != nil else { return nil }
        let project = String(parts[1])
        guard (try? ProjectID(validating: project)) != nil else { return nil }
        switch parts[0] {
        case "release":
            let logPath = LibraryLayout.releaseLog(project)
            let records = try ReleaseLog.parse(try snapshot.text(at: logPath) ?? "", file: logPath).records
            return records.last { LibraryLayout.releaseTag(project: project, product: $0.product, version: $0.version) == name }
                .map { RecordedTag(name: name, record: .release($0), logPath: logPath) }
        case "baseline":
            let logPath = LibraryLayout.baselineLog(project)
            return try BaselineRecord.parseLog(try snapshot.text(at: logPath) ?? "", file: logPath).last { $0.tag == name }
                .map { RecordedTag(name: name, record: .baseline($0), logPath: logPath) }
        default:
            return nil
        }
    }

    /// Everything that makes `tag` other than the tag cmkeeper made for this record, judged
    /// against `main`; each a message for the tag's name. Empty: it is that tag.
    func problems(_ tag: TagInfo, main: ObjectID?, in repository: Repository) throws -> [Message] {
        var problems: [Message] = []
        if tag.name != name {
            problems.append(.tagCallsItself(tag.name, not: name))
        }
        switch record {
        case .release(let release):
            if !release.isTagMessage(tag.message) {
                problems.append(.tagLacksReleaseRecord(release.id))
            }
        case .baseline(let baseline):
            if let manifest = try? BaselineManifest.parse(tagMessage: tag.message) {
                if LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)) != baseline.manifestSHA256 || tag.message != manifest.tagMessage() {
                    problems.append(.tagManifestNotRecorded(logPath))
                }
            } else {
                problems.append(.tagHoldsNoReadableManifest)
            }
        }
        if let place = try placeProblem(tag.target, main: main, in: repository) { problems.append(place) }
        return problems
    }

    /// Whether the target is the commit, on main, that added the record's line.
    private func placeProblem(_ target: ObjectID, main: ObjectID?, in repository: Repository) throws -> Message? {
        guard repository.objectType(target) == "commit" else { return .tagNotAtCommit }
        let onMain = try main.map { try repository.isAncestor(target, of: $0) } ?? false
        let commit = try repository.commit(target)
        let has = { (tree: ObjectID?) throws -> Bool in
            guard let tree, let entry = try repository.entry(at: logPath, inTree: tree) else { return false }
            return String(decoding: try repository.blobData(entry.id), as: UTF8.self).split(separator: "\n").contains(Substring(line))
        }
        let parentHas = try commit.parents.first.map { try has(try repository.commit($0).tree) } ?? false
        let recordedHere = try has(commit.tree)
        if !onMain || !recordedHere || parentHas {
            return .tagNotAtRecordingCommit
        }
        return nil
    }
}
