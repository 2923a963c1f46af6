import GitKit
import Synchronization

/// The rules files (`process.toml`, `roles.toml`) as parsed, by the id of the blob they were
/// parsed from. A blob id names its content, so an entry never goes stale: a busy daemon
/// parses the rules once instead of several times for every commit.
///
/// Shared by every snapshot of the process; it keeps the few most recent of each kind.
final class ParsedFileCache<Value: Sendable>: Sendable {
    private let entries = Mutex<[(ObjectID, Value)]>([])
    private let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// The value parsed from blob `id`, parsing it with `parse` the first time.
    func value<E: Error>(for id: ObjectID, parse: () throws(E) -> Value) throws(E) -> Value {
        if let hit = entries.withLock({ list in list.first { $0.0 == id }?.1 }) { return hit }
        let value = try parse()
        entries.withLock { list in
            list.removeAll { $0.0 == id }
            list.insert((id, value), at: 0)
            if list.count > capacity { list.removeLast() }
        }
        return value
    }
}

extension Snapshot {
    static let processDefinitions = ParsedFileCache<ProcessDefinition>()
    static let roleBooks = ParsedFileCache<RoleBook>()
    static let keyBooks = ParsedFileCache<KeyBook>()
}
