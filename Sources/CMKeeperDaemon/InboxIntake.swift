import CMKeeperCore
import Foundation
import GitKit
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Takes complete drops into the library. A project's files are committed in one commit per
/// dropper (the file's owner is the acting user, whose rights the library's validator checks;
/// a drop of more than 256 MiB of documents is split, see `maximumCommitBytes`), and the drops
/// of every project due at once are committed together, with one fsync. When a drop is
/// refused, each of its files is checked alone, the accepted ones are committed together and
/// each refused one is moved to `rejected/` with a `.reason.txt` note beside it. A file leaves the
/// inbox only after the commit holding it has returned (fsynced), and a file whose content
/// `main` already holds at its place is just removed, so a crash never commits a file twice.
///
/// Owns the `Library`: every use of it runs on this intake's own thread, one take at a time, so
/// that libgit2's blocking work never holds one of Swift's concurrency threads.
final class InboxIntake: @unchecked Sendable {
    /// What became of the files of one take, by path relative to the inbox.
    struct Outcome: Sendable, Equatable {
        /// Committed, found already committed, or moved to `rejected/`.
        var done: [String] = []
        /// Left in the inbox to try again: the library could not be written or read just now.
        var retry: [String] = []
        /// Left in the inbox because they changed while they were being taken.
        var changed: [String] = []
        /// The commits made, in order.
        var commits: [DaemonStatus.Commit] = []
    }

    private var library: Library
    private let inbox: InboxFolder
    private let logger: Logger
    private let queue = DispatchQueue(label: "cmkeeper.inbox-intake")

    init(library: Library, logger: Logger) {
        self.library = library
        inbox = InboxFolder(url: library.inboxURL)
        self.logger = logger
    }

    /// Takes `due`: the drops of all its projects are committed together (see
    /// `Library.commit(_:)`), one commit each, one fsync for them all; files not read ahead
    /// are read now.
    func take(_ due: DueFiles) async -> Outcome {
        await onQueue {
            var outcome = Outcome()
            self.take(due, into: &outcome)
            return outcome
        }
    }

    /// Merges the repository's packs when there are too many (see `Library.tidyPacks`), then
    /// reopens the library so that the merged packs can go.
    func tidyPacks() async {
        await onQueue { self.tidyPacksNow() }
    }

    /// Runs `work` on the intake's thread, after whatever is running there, and returns its result.
    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    // MARK: On the intake's thread

    private func tidyPacksNow() {
        let tidied: (before: Int, after: Int)?
        do {
            tidied = try library.tidyPacks()
        } catch {
            logger.error("could not merge the repository's packs: \(error.message)", metadata: ["event": "failed", "hint": "\(error.hint?.description ?? "")"])
            return
        }
        guard let tidied else { return }
        logger.info("merged the repository's packs: \(tidied.before) → \(tidied.after)", metadata: ["event": "tidied", "before": "\(tidied.before)", "after": "\(tidied.after)"])
        do {
            library = try Library.open(at: library.root)
        } catch {
            logger.error("could not reopen the library after merging its packs: \(error.message)", metadata: ["event": "failed"])
        }
    }

    /// One dropper's placed files of one project, to commit together.
    private struct Drop {
        var drop: InboxDrop
        /// The path relative to the inbox of each file, by its absolute path.
        var pathOf: [String: String]

        func path(of item: InboxPlacement) -> String { pathOf[item.file.path]! }

        /// The same drop with only `items`.
        func with(_ items: [InboxPlacement]) -> Drop {
            var copy = self
            copy.drop.placed = items
            return copy
        }

        /// What its files add to the objects built in memory.
        var bytesInMemory: Int64 { drop.placed.reduce(0) { $0 + InboxIntake.bytesInMemory($1) } }
    }

    private func take(_ due: DueFiles, into outcome: inout Outcome) {
        let states = due.states
        let tip = try? library.snapshot()
        var drops: [Drop] = []
        for project in due.byProject.keys.sorted() {
            let files = due.byProject[project]!
            guard !project.isEmpty else {
                for path in files.keys.sorted() {
                    reject(
                        path, state: files[path]!, user: Self.login(of: files[path]!.owner),
                        CMKeeperError(.refused, .straightInInbox(PathProblem.displayed(path)), hint: .dropIntoProjectFolder(PathProblem.displayed(path))),
                        into: &outcome)
                }
                continue
            }
            for (user, paths) in Self.byDropper(files) {
                let placed = place(project: project, user: user, paths: paths, states: states, contents: due.contents, tip: tip)
                settle(placed, paths: paths, user: user, states: states, into: &outcome)
                drops += placed.drops
            }
        }
        var committed: [String] = []
        for batch in Self.batches(of: drops, limit: Self.maximumCommitBytes, size: { $0.bytesInMemory }) {
            commit(batch, states: states, committed: &committed, into: &outcome)
        }
        // The commits are durable: the files leave the inbox.
        for path in committed { finish(path, state: states[path]!, into: &outcome) }
        removeEmptyFolders(above: committed)
        // Each take that committed wrote a pack: merge them once there are many.
        if !outcome.commits.isEmpty { tidyPacksNow() }
    }

    // MARK: Placing

    /// What placing one dropper's files of one project found.
    private struct Placed {
        /// The files to commit, as drops of at most `maximumCommitBytes`.
        var drops: [Drop] = []
        /// Files refused before any commit: no place, or another file for the same place.
        var refused: [(path: String, error: CMKeeperError)] = []
        /// Files whose content `main` already holds at their place, with that place.
        var alreadyCommitted: [(path: String, place: String)] = []
        /// Why none could be placed (the library could not be read, no such project).
        var failure: CMKeeperError?
    }

    /// A project's files by dropper (the login of each file's owner), in order; the system's
    /// user database is read once per owner.
    private static func byDropper(_ files: FileStates) -> [(String, [String])] {
        var logins: [uid_t: String] = [:]
        let byUser = Dictionary(grouping: files.keys.sorted()) { path in
            let owner = files[path]!.owner
            if let login = logins[owner] { return login }
            let login = login(of: owner)
            logins[owner] = login
            return login
        }
        return byUser.keys.sorted().map { ($0, byUser[$0]!) }
    }

    /// Places one dropper's files of one project, touching nothing: where each goes, which
    /// have no place, which `main` holds already.
    private func place(
        project: String, user: String, paths: [String], states: FileStates, contents: [String: HashedBlob], tip: Snapshot?
    ) -> Placed {
        let folder = project + "/"
        var pathOf: [String: String] = [:]
        let files = paths.map { path in
            let file = InboxSubmission.File(path: inbox.absolutePath(path), inboxPath: String(path.dropFirst(folder.count)), content: contents[path])
            pathOf[file.path] = path
            return file
        }
        var placed = Placed()
        let plan: InboxPlan
        do {
            plan = try library.place(InboxSubmission(project: project, files: files, user: user))
        } catch {
            placed.failure = error
            return placed
        }
        for refusal in plan.refused {
            placed.refused.append((pathOf[refusal.file.path]!, CMKeeperError(.refused, .joined([.verbatim(PathProblem.displayed(refusal.problem.path) + ":"), refusal.problem.message], separator: " "), hint: refusal.problem.hint)))
        }
        // Two files for one place: the newest goes, the others are refused.
        var batch: [InboxPlacement] = []
        for (_, same) in Dictionary(grouping: plan.placed, by: \.path).sorted(by: { $0.key < $1.key }) {
            let newest = same.max { a, b in
                let (x, y) = (states[pathOf[a.file.path]!]!.modified, states[pathOf[b.file.path]!]!.modified)
                return (x.tv_sec, x.tv_nsec, pathOf[a.file.path]!) < (y.tv_sec, y.tv_nsec, pathOf[b.file.path]!)
            }!
            for other in same where other != newest {
                let path = pathOf[other.file.path]!
                placed.refused.append((path, CMKeeperError(
                    .refused,
                    .dropGoesWhereLaterGoes(file: PathProblem.displayed(path), to: PathProblem.displayed(other.path), later: PathProblem.displayed(pathOf[newest.file.path]!)),
                    hint: .dropOneFilePerDocument)))
            }
            if let tip, isCommitted(newest, in: tip) {
                placed.alreadyCommitted.append((pathOf[newest.file.path]!, newest.path))
            } else {
                batch.append(newest)
            }
        }
        let whole = Drop(drop: InboxDrop(project: project, user: user, placed: []), pathOf: pathOf)
        placed.drops = Self.batches(of: batch).map { whole.with($0) }
        return placed
    }

    /// Deals with what placing found before any commit: refused files go to `rejected/`, files
    /// already committed leave the inbox; when nothing could be placed, every file is settled.
    private func settle(_ placed: Placed, paths: [String], user: String, states: FileStates, into outcome: inout Outcome) {
        if let failure = placed.failure {
            for path in paths { settle(path, state: states[path]!, user: user, failure, into: &outcome) }
            return
        }
        for (path, error) in placed.refused {
            reject(path, state: states[path]!, user: user, error, into: &outcome)
        }
        for (path, place) in placed.alreadyCommitted {
            log(.info, "\(inboxName(path)) is already in the library at \(place): removed from the inbox", event: "already-committed", path, ["path": "\(place)", "user": "\(user)"])
            finish(path, state: states[path]!, into: &outcome)
        }
        removeEmptyFolders(above: placed.alreadyCommitted.map(\.path))
    }

    /// The most bytes of content (not counting large files, which are streamed to their store)
    /// one commit, or several committed together, hold: their objects are built in memory, so a
    /// huge drop is committed in several batches rather than exhausting memory.
    static let maximumCommitBytes: Int64 = 256 << 20

    /// `placements`, split where a batch would exceed `limit` bytes.
    static func batches(of placements: [InboxPlacement], limit: Int64 = maximumCommitBytes) -> [[InboxPlacement]] {
        batches(of: placements, limit: limit, size: bytesInMemory)
    }

    /// What a file adds to the objects built in memory: large files are streamed to their store.
    private static func bytesInMemory(_ item: InboxPlacement) -> Int64 {
        item.largeFile ? 0 : item.size
    }

    /// `items` in order, split where a batch would exceed `limit` (an item larger than it is a batch of its own).
    private static func batches<Item>(of items: [Item], limit: Int64, size: (Item) -> Int64) -> [[Item]] {
        var batches: [[Item]] = []
        var current: [Item] = []
        var bytes: Int64 = 0
        for item in items {
            let itemSize = size(item)
            if !current.isEmpty && bytes + itemSize > limit {
                batches.append(current)
                current = []
                bytes = 0
            }
            current.append(item)
            bytes += itemSize
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// Commits `batch`, a commit for each drop. A refused drop is split: each file is checked
    /// alone, and the accepted ones are committed together. Adds the committed files' paths
    /// to `committed`.
    private func commit(_ batch: [Drop], states: FileStates, committed: inout [String], into outcome: inout Outcome) {
        let batch = batch.filter { !$0.drop.placed.isEmpty }
        guard !batch.isEmpty else { return }
        for pending in batch {
            let drop = pending.drop
            logger.info(
                "committing \(drop.placed.count) file\(drop.placed.count == 1 ? "" : "s") of \(drop.project) dropped by \(drop.user)",
                metadata: [
                    "event": "committing", "project": "\(drop.project)", "user": "\(drop.user)",
                    "files": .array(drop.placed.map { "\(inboxName(pending.path(of: $0)))" }),
                ])
        }
        let results: [Result<CommitOutcome, CMKeeperError>]
        do {
            results = try library.commit(batch.map(\.drop))
        } catch {
            for pending in batch { settle(pending, states: states, error, into: &outcome) }
            return
        }
        for (pending, result) in zip(batch, results) {
            let drop = pending.drop
            switch result {
            case .success(let made):
                outcome.commits.append(DaemonStatus.Commit(time: Date(), commit: made.commit.hex, project: drop.project, user: drop.user, files: drop.placed.map(\.path)))
                let commit = made.commit.hex
                let short = commit.prefix(12)
                for item in drop.placed {
                    let path = pending.path(of: item)
                    log(.info, "committed \(inboxName(path)) as \(item.path) in \(short) (by \(drop.user))", event: "committed", path, [
                        "path": "\(item.path)", "commit": "\(commit)", "user": "\(drop.user)",
                    ])
                    committed.append(path)
                }
            case .failure(let error) where Self.isRefusal(error):
                if drop.placed.count == 1 {
                    let path = pending.path(of: drop.placed[0])
                    reject(path, state: states[path]!, user: drop.user, error, into: &outcome)
                    continue
                }
                var accepted: [InboxPlacement] = []
                for item in drop.placed {
                    let path = pending.path(of: item)
                    do {
                        try library.validate(InboxSubmission(project: drop.project, files: [item.file], user: drop.user))
                        accepted.append(item)
                    } catch {
                        settle(path, state: states[path]!, user: drop.user, error, into: &outcome)
                    }
                }
                if accepted.count == drop.placed.count {
                    // Each is fine alone, not all together: one commit each.
                    commit(accepted.map { pending.with([$0]) }, states: states, committed: &committed, into: &outcome)
                } else {
                    commit([pending.with(accepted)], states: states, committed: &committed, into: &outcome)
                }
            case .failure(let error):
                settle(pending, states: states, error, into: &outcome)
            }
        }
    }

    /// Whether `tip` already holds exactly this file's content at its place.
    private func isCommitted(_ placement: InboxPlacement, in tip: Snapshot) -> Bool {
        guard let committed = try? library.committedContent(at: placement.path, in: tip) else { return false }
        switch committed {
        case .blob(let id):
            if let content = placement.file.content, content.data.count == placement.size { return content.id.hex == id }
            return (try? ContentID.gitBlob(ofFileAt: placement.file.path)) == id
        case .largeFile(let sha256, let size):
            return size == placement.size && (try? ContentID.sha256(ofFileAt: placement.file.path))?.sha256 == sha256
        }
    }

    /// A refusal goes to `rejected/`; any other failure leaves the file to try again.
    private func settle(_ path: String, state: FileState, user: String, _ error: CMKeeperError, into outcome: inout Outcome) {
        if Self.isRefusal(error) {
            reject(path, state: state, user: user, error, into: &outcome)
        } else {
            log(.error, "could not take \(inboxName(path)), will try again: \(error.message)", event: "failed", path, ["error": "\(error.description)", "user": "\(user)"])
            outcome.retry.append(path)
        }
    }

    /// Every file of a drop that could not be committed: refused, or left to try again.
    private func settle(_ pending: Drop, states: FileStates, _ error: CMKeeperError, into outcome: inout Outcome) {
        for item in pending.drop.placed {
            let path = pending.path(of: item)
            settle(path, state: states[path]!, user: pending.drop.user, error, into: &outcome)
        }
    }

    private static func isRefusal(_ error: CMKeeperError) -> Bool {
        error.kind == .refused || error.kind == .notFound
    }

    // MARK: Leaving the inbox

    /// Removes a committed file from the inbox, unless it changed meanwhile (a newer drop).
    private func finish(_ path: String, state: FileState, into outcome: inout Outcome) {
        let source = inbox.absolutePath(path)
        guard FileState(path: source) == state else {
            log(.notice, "\(inboxName(path)) changed while it was taken: left for the next round", event: "changed", path, [:])
            outcome.changed.append(path)
            return
        }
        guard unlink(source) == 0 || errno == ENOENT else {
            log(.error, "could not remove \(inboxName(path)) from the inbox: \(String(cString: strerror(errno)))", event: "failed", path, [:])
            outcome.retry.append(path)
            return
        }
        outcome.done.append(path)
    }

    /// Moves a refused file to `rejected/` (same path below it), with a `.reason.txt` note beside it
    /// saying what is wrong and what to do. The reason is written first: after a crash the
    /// file is still in the inbox and is refused again.
    private func reject(_ path: String, state: FileState, user: String, _ error: CMKeeperError, into outcome: inout Outcome) {
        let source = inbox.absolutePath(path)
        guard FileState(path: source) == state else {
            log(.notice, "\(inboxName(path)) changed while it was taken: left for the next round", event: "changed", path, [:])
            outcome.changed.append(path)
            return
        }
        let fm = FileManager.default
        var target = library.rejectedURL.appendingPathComponent(path)
        let stem = target.deletingPathExtension().lastPathComponent
        let ext = target.pathExtension
        var number = 1
        // A name already taken by an earlier refusal gets a number; a `.reason.txt` alone (its file
        // gone, or a crash before the move) is replaced.
        while FileState(path: target.path) != nil {
            number += 1
            target = target.deletingLastPathComponent().appendingPathComponent(ext.isEmpty ? "\(stem) (\(number))" : "\(stem) (\(number)).\(ext)")
        }
        let shown = "\(LibraryLayout.rejectedFolder)/\(target.path.dropFirst(library.rejectedURL.path.count + 1))"
        // Names as messages show them: a control or invisible character must not hide in the text.
        let roles = try? library.snapshot().roleBook()
        let note = RejectionNote.contents(
            file: PathProblem.displayed(target.lastPathComponent), error: error,
            droppedAs: PathProblem.displayed(inboxName(path)), user: roles?.person(user) ?? user,
            folder: PathProblem.displayed(inboxName(path.contains("/") ? InboxFolder.project(of: path) + "/" : "")),
            at: Date(), settings: library.settings, noOne: isNoOne(user, roles: roles) ? user : nil)
        do {
            try SharedFolder.make(target.deletingLastPathComponent(), below: library.rejectedURL, like: library.inboxURL)
            try note.write(to: URL(fileURLWithPath: target.path + RejectionNote.suffix), options: .atomic)
            try fm.moveItem(atPath: source, toPath: target.path)
        } catch {
            log(.error, "could not move \(inboxName(path)) to \(shown): \(error.localizedDescription)", event: "failed", path, [:])
            outcome.retry.append(path)
            return
        }
        removeEmptyFolders(above: path)
        log(.warning, "rejected \(inboxName(path)) to \(shown): \(error.message.description.split(separator: "\n").joined(separator: " "))", event: "rejected", path, [
            "rejected": "\(shown)", "reason": "\(error.message)", "hint": "\(error.hint?.description ?? "")", "user": "\(user)",
        ])
        outcome.done.append(path)
    }

    /// Whether `user` is no one the library knows: in no role of `roles` and managing no project
    /// (what a share writes a guest's files as). Unknown when the library cannot be read: false.
    private func isNoOne(_ user: String, roles: RoleBook?) -> Bool {
        guard let roles, roles.user(user) == nil, let projects = try? library.projects() else { return false }
        return !projects.contains { $0.manager == user }
    }

    /// Removes the folders above `path` that are now empty, up to the project's folder (kept).
    private func removeEmptyFolders(above path: String) {
        removeEmptyFolders(above: [path])
    }

    /// Removes the folders above `paths` that are now empty, up to the projects' folders (kept),
    /// trying each folder once, deepest first.
    private func removeEmptyFolders(above paths: [String]) {
        var folders: Set<String> = []
        for path in paths {
            var folder = (path as NSString).deletingLastPathComponent
            while folder.contains("/"), folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            rmdir(inbox.absolutePath(folder))
        }
    }

    // MARK: Helpers

    private func inboxName(_ path: String) -> String {
        "\(LibraryLayout.inboxFolder)/\(path)"
    }

    private func log(_ level: Logger.Level, _ message: String, event: String, _ path: String, _ extra: Logger.Metadata) {
        var metadata: Logger.Metadata = ["event": "\(event)", "file": "\(inboxName(path))", "project": "\(InboxFolder.project(of: path))"]
        metadata.merge(extra) { _, new in new }
        logger.log(level: level, "\(message)", metadata: metadata)
    }

    /// The login of the user `uid`, as roles.toml knows them; `uidN` when the system has no name for it.
    static func login(of uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>? = nil
        var buffer = [CChar](repeating: 0, count: 16 << 10)
        let name = buffer.withUnsafeMutableBufferPointer { raw -> String? in
            guard getpwuid_r(uid, &entry, raw.baseAddress!, raw.count, &result) == 0, result != nil, let name = entry.pw_name else { return nil }
            return String(cString: name)
        }
        return name ?? "uid\(uid)"
    }
}
