import Foundation
import GitKit

/// One reference a push moves: from `old` to `new` (nil: it did not exist / is deleted).
public struct ReferenceUpdate: Sendable, Equatable {
    public let name: String
    public let old: ObjectID?
    public let new: ObjectID?

    public init(name: String, old: ObjectID?, new: ObjectID?) {
        self.name = name
        self.old = old
        self.new = new
    }

    /// Parses one line of what git gives pre-receive: `OLD NEW REFNAME`, all-zero ids for none.
    public init?(hookLine line: Substring) {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count == 3 else { return nil }
        func id(_ text: Substring) -> ObjectID?? {
            if text.allSatisfy({ $0 == "0" }) { return .some(nil) }
            return ObjectID(hex: String(text)).map { .some($0) }
        }
        guard let old = id(parts[0]), let new = id(parts[1]) else { return nil }
        self.init(name: String(parts[2]), old: old, new: new)
    }
}

/// The rules for a push as a whole (git's pre-receive): which references may move and how,
/// and every new commit on `main` checked by the `ChangeValidator` as made by the pusher, and
/// authored by them when it changes a project (its author is who submitted its documents).
public struct PushValidator {
    let library: Library
    let user: String
    let options: ChangeValidator.Options

    public init(library: Library, user: String, options: ChangeValidator.Options) {
        self.library = library
        self.user = user
        self.options = options
    }

    /// The tag namespaces cmkeeper keeps: created once, annotated, never moved or deleted.
    public static let protectedTagPrefixes = ["refs/tags/release/", "refs/tags/baseline/"]

    /// Every problem with the push; empty when it may land.
    public func problems(_ updates: [ReferenceUpdate]) throws(CMKeeperError) -> [ValidationProblem] {
        let repository = library.repository
        var problems: [ValidationProblem] = []
        let currentMain = try translatingErrors { try repository.resolveReference(LibraryLayout.mainReference) }
        var finalMain = currentMain
        if let update = updates.first(where: { $0.name == LibraryLayout.mainReference }) { finalMain = update.new }
        let roles = try? library.snapshot().roleBook()
        let isCM = !options.checkRoles || (roles?.has(.cmEngineer, user) ?? false)
        let existingProtected = try translatingErrors {
            try Self.protectedTagPrefixes.flatMap { try repository.references(matching: $0 + "*").map(\.name) }
        }

        for update in updates {
            if update.name == LibraryLayout.mainReference {
                problems += try mainProblems(update, roles: roles ?? RoleBook(users: []), isCM: isCM)
            } else if let prefix = Self.protectedTagPrefixes.first(where: { update.name.hasPrefix($0) }) {
                let kind = prefix == "refs/tags/release/" ? "release" : "baseline"
                if !isCM {
                    problems.append(update.old == nil
                        ? ChangeValidator.cmOnly(update.name, kind == "release" ? .createReleaseTags : .createBaselineTags)
                        : ValidationProblem(path: update.name, message: .mayNotMoveTag(user: user, kind: kind, deleting: update.new == nil), hint: .tagsKeptForEver(kind: kind)))
                }
                guard update.old == nil else {
                    problems.append(ValidationProblem(
                        path: update.name, message: .tagNeverChanged(kind: kind, deleting: update.new == nil),
                        hint: .tagsRecordWhatHappened(kind: kind)))
                    continue
                }
                guard let new = update.new else { continue }
                let folded = update.name.lowercased()
                if let twin = existingProtected.first(where: { $0 != update.name && $0.lowercased() == folded }) {
                    problems.append(ValidationProblem(
                        path: update.name, message: .tagDiffersOnlyInCase(twin: twin), hint: .tagCaseHint(kind: kind)))
                    continue
                }
                guard repository.objectType(new) == "tag", let tag = try translatingErrors({ try repository.tag(new) }) else {
                    problems.append(ValidationProblem(path: update.name, message: .lightweightTag, hint: .tagsMustBeAnnotated(kind: kind)))
                    continue
                }
                problems += try recordedTagProblems(update.name, tag, kind: kind, finalMain: finalMain)
            } else {
                problems.append(ValidationProblem(
                    path: update.name, message: .onlyMainAndTags, hint: .pushToMain))
            }
        }
        return problems
    }

    /// A release or baseline tag may land only as exactly the tag cmkeeper made for a record on
    /// main as the push leaves it (a push may carry main and the tag together).
    private func recordedTagProblems(_ reference: String, _ tag: TagInfo, kind: String, finalMain: ObjectID?) throws(CMKeeperError) -> [ValidationProblem] {
        let name = String(reference.dropFirst("refs/tags/".count))
        let main = try library.snapshot(at: finalMain)
        let log = kind == "release" ? "release-log.jsonl" : "baselines.jsonl"
        guard let expected = try translatingErrors({ try RecordedTag.find(name, in: main) }) else {
            return [ValidationProblem(
                path: reference, message: .noRecordNamesTag(kind: kind), hint: .tagMadeOnlyByCmkeeper(kind: kind, log: log))]
        }
        let found = try translatingErrors { try expected.problems(tag, main: finalMain, in: library.repository) }
        return found.map {
            ValidationProblem(
                path: reference, message: .notTheRecordedTag(detail: $0), hint: .pushOnlyTheRecordedTag(kind: kind, name: name))
        }
    }

    private func mainProblems(_ update: ReferenceUpdate, roles: RoleBook, isCM: Bool) throws(CMKeeperError) -> [ValidationProblem] {
        let repository = library.repository
        guard let new = update.new else {
            return [ValidationProblem(path: update.name, message: .mainNeverDeleted, hint: .historyKept)]
        }
        if let old = update.old, !(try translatingErrors { try repository.isAncestor(old, of: new) }) {
            return [ValidationProblem(
                path: update.name, message: .notFastForward, hint: .pullRebaseThenPush)]
        }
        var problems: [ValidationProblem] = []
        // A problem several commits share (a file each keeps) is told once, at the first.
        var seen = Set<ValidationProblem>()
        let commits = try translatingErrors { try repository.newCommits(from: update.old, to: new) }
        for commit in commits {
            let info = try translatingErrors { try repository.commit(commit) }
            let before = try library.snapshot(at: info.parents.first)
            let after = try library.snapshot(at: commit)
            var commitOptions = options
            commitOptions.commitMessage = info.message
            let found = try ChangeValidator(before: before, after: after, user: user, options: commitOptions).problems()
            let subject = info.message.split(separator: "\n").first.map(String.init) ?? ""
            if !isCM, let problem = try authorProblem(info, subject: subject, before: before, after: after, roles: roles) {
                problems.append(problem)
            }
            problems += found.filter { seen.insert($0).inserted }.map {
                commits.count == 1 ? $0
                    : ValidationProblem(path: $0.path, message: .inCommit($0.message, commit: String(commit.hex.prefix(10)), subject: subject), hint: $0.hint)
            }
        }
        return problems
    }

    /// A commit changing a project must be authored by its pusher: the author is read as who
    /// submitted its documents, and a submitter may not approve their own. Only a CM engineer
    /// pushes others' commits (bringing in a mirror's, say). The committer is not read: git sets
    /// it to whoever last rebased or amended the commit, and cmkeeper's own commits name the library.
    private func authorProblem(_ commit: CommitInfo, subject: String, before: Snapshot, after: Snapshot, roles: RoleBook) throws(CMKeeperError) -> ValidationProblem? {
        let login = roles.login(of: commit.author)
        guard login != user else { return nil }
        let changesProjects = try translatingErrors {
            try before.entry(at: LibraryLayout.projectsFolder)?.id != after.entry(at: LibraryLayout.projectsFolder)?.id
        }
        guard changesProjects else { return nil }
        let known = login != commit.author.name && roles.user(login) != nil ? login : nil
        return ValidationProblem(
            path: Self.commitPath(commit.id),
            message: .authoredBySomeoneElse(
                subject: PathProblem.displayed(subject), author: PathProblem.displayed(commit.author.name),
                email: PathProblem.displayed(commit.author.email), known: known, user: user),
            hint: .pushOnlyOwnCommits)
    }

    /// How a problem names a commit: `commit 1a2b3c4d5e`.
    static func commitPath(_ id: ObjectID) -> String {
        "commit " + id.hex.prefix(10)
    }

    /// Whether a problem is about a commit (``commitPath(_:)``) rather than a file or reference.
    static func namesCommit(_ problem: ValidationProblem) -> Bool {
        let words = problem.path.split(separator: " ")
        return words.count == 2 && words[0] == "commit" && words[1].count == 10 && words[1].allSatisfy(\.isHexDigit)
    }
}
