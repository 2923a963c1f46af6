import Foundation

/// Where each project stood the last time its folder looked as it does now: the
/// ``ProjectSummary`` of every project, keyed by the git object id of its tree
/// (`projects/ID`), kept in `DIR/cache/project-summaries.tsv` (``ProjectSummaryLines``). A project whose tree id is
/// unchanged is not read again, so `status` and the status site of thousands of projects read
/// only the projects that changed.
///
/// A summary also depends on the process definition, the roles (who submitted a document is
/// read from commit authors by them), the week (weekly reports owed) and the language; these
/// make the cache's `context`, and a cache of another context is empty. The
/// cache is an index only: unreadable, it is rebuilt; unwritable (another user, a read-only
/// library), it is not kept, and nothing else changes.
public struct ProjectSummaryCache: Sendable {
    /// One project's summary and what it was computed from.
    public struct Entry: Sendable, Equatable {
        /// The object id of the project's tree the summary was computed from.
        public var tree: String
        public var summary: ProjectSummary
        /// When the project's record (`project.toml`, which a phase move changes) last changed.
        public var recordChangedAt: Date?
        /// The approvals the current gate waits for on documents that are there, e.g.
        /// `安装验收报告 的 CM工程师 审批`.
        public var approvalsWaiting: [String]
    }

    /// The cache file in a library folder.
    public static func url(libraryRoot: URL) -> URL {
        libraryRoot.appendingPathComponent("cache/project-summaries.tsv")
    }

    let url: URL
    let context: String
    /// By project id.
    private(set) var entries: [String: Entry]
    private var changed = false

    /// The cache kept at `url` for `context`; empty when there is none, it is unreadable or of
    /// another context.
    init(url: URL, context: String) {
        self.url = url
        self.context = context
        let stored = (try? Data(contentsOf: url)).flatMap { ProjectSummaryLines.decode(String(decoding: $0, as: UTF8.self), context: context) }
        entries = stored ?? [:]
        changed = stored == nil
    }

    /// The entry of a project whose tree is `tree`, or nil when the cache has none for that tree.
    func entry(project: String, tree: String) -> Entry? {
        entries[project].flatMap { $0.tree == tree ? $0 : nil }
    }

    mutating func set(_ entry: Entry, project: String) {
        entries[project] = entry
        changed = true
    }

    /// Keeps only the projects in `ids` (a project removed from main leaves the cache).
    mutating func keep(only ids: Set<String>) {
        let gone = entries.keys.filter { !ids.contains($0) }
        for id in gone { entries[id] = nil }
        if !gone.isEmpty { changed = true }
    }

    /// Writes the cache when it changed: aside, then renamed over the old one. Failure is
    /// ignored: the cache only saves time.
    func save() {
        guard changed else { return }
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(ProjectSummaryLines.encode(context: context, entries: entries).utf8).write(to: url, options: .atomic)
    }
}
