import CMKeeperCore
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Takes complete drops into the library. A project's files are committed in one commit per
/// dropper (the file's owner is the acting user, whose rights the library's validator checks;
/// a drop of more than 256 MiB of documents is split, see `maximumCommitBytes`);
/// when that is refused, each file is checked alone, the accepted ones are committed together
/// and each refused one is moved to `rejected/` with a `.reason` beside it. A file leaves the
/// inbox only after the commit holding it has returned (fsynced), and a file whose content
/// `main` already holds at its place is just removed, so a crash never commits a file twice.
///
/// Owns the `Library`: every use of it runs on this intake's own thread, one job at a time, so
/// that libgit2's blocking work never holds one of Swift's concurrency threads.
final class InboxIntake: @unchecked Sendable {
    /// What became of the files of one job, by path relative to the inbox.
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

    private let library: Library
    private let inbox: InboxFolder
    private let logger: Logger
    private let queue = DispatchQueue(label: "cmkeeper.inbox-intake")

    init(library: Library, logger: Logger) {
        self.library = library
        inbox = InboxFolder(url: library.inboxURL)
        self.logger = logger
    }

    /// Takes `files` (paths relative to the inbox, with the state they were found complete in)
    /// of `project` ("" for files straight in the inbox).
    func take(project: String, files: [String: FileState]) async -> Outcome {
        await withCheckedContinuation { continuation in
            queue.async {
                var outcome = Outcome()
                self.take(project: project, files: files, into: &outcome)
                continuation.resume(returning: outcome)
            }
        }
    }

    // MARK: On the intake's thread

    private func take(project: String, files: [String: FileState], into outcome: inout Outcome) {
        guard !project.isEmpty else {
            for path in files.keys.sorted() {
                reject(
                    path, state: files[path]!, user: Self.login(of: files[path]!.owner),
                    CMKeeperError(.refused, "\(path) lies straight in inbox/, not in a project's folder", hint: "drop it into inbox/PROJECT-ID/, e.g. inbox/P-2026-001/\(path)"),
                    into: &outcome)
            }
            return
        }
        let byUser = Dictionary(grouping: files.keys.sorted()) { Self.login(of: files[$0]!.owner) }
        for user in byUser.keys.sorted() {
            take(project: project, user: user, paths: byUser[user]!, states: files, into: &outcome)
        }
    }

    /// One dropper's files of one project.
    private func take(project: String, user: String, paths: [String], states: [String: FileState], into outcome: inout Outcome) {
        let folder = project + "/"
        var pathOf: [String: String] = [:]
        let files = paths.map { path in
            let file = InboxSubmission.File(source: URL(fileURLWithPath: inbox.absolutePath(path)), inboxPath: String(path.dropFirst(folder.count)))
            pathOf[file.source.path] = path
            return file
        }
        let plan: InboxPlan
        do {
            plan = try library.place(InboxSubmission(project: project, files: files, user: user))
        } catch {
            for path in paths { settle(path, state: states[path]!, user: user, error, into: &outcome) }
            return
        }
        for refusal in plan.refused {
            let path = pathOf[refusal.file.source.path]!
            reject(path, state: states[path]!, user: user, CMKeeperError(.refused, "\(refusal.problem.path): \(refusal.problem.message)", hint: refusal.problem.hint), into: &outcome)
        }

        // Two files for one place: the newest goes, the others are refused.
        var batch: [InboxPlacement] = []
        for (_, same) in Dictionary(grouping: plan.placed, by: \.path).sorted(by: { $0.key < $1.key }) {
            let newest = same.max { a, b in
                let (x, y) = (states[pathOf[a.file.source.path]!]!.modified, states[pathOf[b.file.source.path]!]!.modified)
                return (x.tv_sec, x.tv_nsec, pathOf[a.file.source.path]!) < (y.tv_sec, y.tv_nsec, pathOf[b.file.source.path]!)
            }!
            for other in same where other != newest {
                let path = pathOf[other.file.source.path]!
                reject(
                    path, state: states[path]!, user: user,
                    CMKeeperError(.refused, "\(path) goes to \(other.path), as does \(pathOf[newest.file.source.path]!), dropped later", hint: "drop only one file for each document; drop this one again if it is the right one"),
                    into: &outcome)
            }
            let path = pathOf[newest.file.source.path]!
            if isCommitted(newest) {
                log(.info, "\(inboxName(path)) is already in the library at \(newest.path): removed from the inbox", event: "already-committed", path, ["path": "\(newest.path)", "user": "\(user)"])
                finish(path, state: states[path]!, into: &outcome)
            } else {
                batch.append(newest)
            }
        }
        for chunk in Self.chunks(of: batch) {
            commit(chunk, project: project, user: user, pathOf: pathOf, states: states, into: &outcome)
        }
    }

    /// The most bytes of content (not counting large files, which are streamed to their store)
    /// one commit holds: a commit's objects are built in memory, so a huge drop is committed in
    /// several commits rather than exhausting memory.
    static let maximumCommitBytes: Int64 = 256 << 20

    /// `batch`, split where it would exceed `limit` bytes.
    static func chunks(of batch: [InboxPlacement], limit: Int64 = maximumCommitBytes) -> [[InboxPlacement]] {
        var chunks: [[InboxPlacement]] = []
        var current: [InboxPlacement] = []
        var bytes: Int64 = 0
        for item in batch {
            let size = item.largeFile ? 0 : item.size
            if !current.isEmpty && bytes + size > limit {
                chunks.append(current)
                current = []
                bytes = 0
            }
            current.append(item)
            bytes += size
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }

    /// Commits `batch` in one commit; when refused, splits it: each file alone, then the accepted ones together.
    private func commit(
        _ batch: [InboxPlacement], project: String, user: String, pathOf: [String: String], states: [String: FileState],
        into outcome: inout Outcome
    ) {
        guard !batch.isEmpty else { return }
        func submission(_ items: [InboxPlacement]) -> InboxSubmission {
            InboxSubmission(project: project, files: items.map(\.file), user: user)
        }
        logger.info(
            "committing \(batch.count) file\(batch.count == 1 ? "" : "s") of \(project) dropped by \(user)",
            metadata: ["event": "committing", "project": "\(project)", "user": "\(user)", "files": .array(batch.map { "\(inboxName(pathOf[$0.file.source.path]!))" })])
        do {
            let (_, result) = try library.submit(submission(batch))
            outcome.commits.append(DaemonStatus.Commit(time: Date(), commit: result.commit.hex, project: project, user: user, files: batch.map(\.path)))
            for item in batch {
                let path = pathOf[item.file.source.path]!
                log(.info, "committed \(inboxName(path)) as \(item.path) in \(result.commit.hex.prefix(12)) (by \(user))", event: "committed", path, [
                    "path": "\(item.path)", "commit": "\(result.commit.hex)", "user": "\(user)",
                ])
                finish(path, state: states[path]!, into: &outcome)
            }
        } catch where Self.isRefusal(error) {
            if batch.count == 1 {
                let path = pathOf[batch[0].file.source.path]!
                reject(path, state: states[path]!, user: user, error, into: &outcome)
                return
            }
            var accepted: [InboxPlacement] = []
            for item in batch {
                let path = pathOf[item.file.source.path]!
                do {
                    try library.validate(submission([item]))
                    accepted.append(item)
                } catch {
                    settle(path, state: states[path]!, user: user, error, into: &outcome)
                }
            }
            if accepted.count == batch.count {
                // Each is fine alone, not all together: one commit each.
                for item in accepted { commit([item], project: project, user: user, pathOf: pathOf, states: states, into: &outcome) }
            } else {
                commit(accepted, project: project, user: user, pathOf: pathOf, states: states, into: &outcome)
            }
        } catch {
            for item in batch {
                settle(pathOf[item.file.source.path]!, state: states[pathOf[item.file.source.path]!]!, user: user, error, into: &outcome)
            }
        }
    }

    /// Whether `main` already holds exactly this file's content at its place.
    private func isCommitted(_ placement: InboxPlacement) -> Bool {
        guard let committed = try? library.committedContent(at: placement.path) else { return false }
        switch committed {
        case .blob(let id):
            return (try? ContentID.gitBlob(ofFileAt: placement.file.source.path)) == id
        case .largeFile(let sha256, let size):
            return size == placement.size && (try? ContentID.sha256(ofFileAt: placement.file.source.path))?.sha256 == sha256
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
        removeEmptyFolders(above: path)
        outcome.done.append(path)
    }

    /// Moves a refused file to `rejected/` (same path below it), with a `.reason` beside it
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
        // A name already taken by an earlier refusal gets a number; a `.reason` alone (its file
        // gone, or a crash before the move) is replaced.
        while FileState(path: target.path) != nil {
            number += 1
            target = target.deletingLastPathComponent().appendingPathComponent(ext.isEmpty ? "\(stem) (\(number))" : "\(stem) (\(number)).\(ext)")
        }
        let shown = "\(LibraryLayout.rejectedFolder)/\(target.path.dropFirst(library.rejectedURL.path.count + 1))"
        let reason = """
            \(target.lastPathComponent) was not taken into the library.

            What is wrong:
            \(error.message)

            What to do:
            \(error.hint.isEmpty ? "ask a CM engineer" : error.hint)

            It was dropped as \(inboxName(path)) by \(user) and refused at \(Date.ISO8601FormatStyle().format(Date())).
            Fix it and drop it into \(inboxName(path.contains("/") ? InboxFolder.project(of: path) + "/" : "")) again; you may delete this folder's copy.

            """
        do {
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(reason.utf8).write(to: URL(fileURLWithPath: target.path + ".reason"), options: .atomic)
            try fm.moveItem(atPath: source, toPath: target.path)
        } catch {
            log(.error, "could not move \(inboxName(path)) to \(shown): \(error.localizedDescription)", event: "failed", path, [:])
            outcome.retry.append(path)
            return
        }
        removeEmptyFolders(above: path)
        log(.warning, "rejected \(inboxName(path)) to \(shown): \(error.message.split(separator: "\n").joined(separator: " "))", event: "rejected", path, [
            "rejected": "\(shown)", "reason": "\(error.message)", "hint": "\(error.hint)", "user": "\(user)",
        ])
        outcome.done.append(path)
    }

    /// Removes the folders above `path` that are now empty, up to the project's folder (kept).
    private func removeEmptyFolders(above path: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while folder.contains("/") {
            guard rmdir(inbox.absolutePath(folder)) == 0 else { return }
            folder = (folder as NSString).deletingLastPathComponent
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
