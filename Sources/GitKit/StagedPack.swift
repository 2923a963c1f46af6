#if canImport(Glibc)
import Glibc
#endif

/// A pack and its index written and fsynced under temporary names in `objects/pack/`, not yet
/// seen by git or libgit2: the work of a commit done ahead of landing it. `install()` renames
/// them into place (the pack first; the index makes it visible) and fsyncs the folder;
/// `remove()` deletes them.
public final class StagedPack {
    let folder: String
    /// `pack-<checksum>`.
    public let name: String
    let temporaryPack: String
    let temporaryIndex: String
    /// How many objects the pack holds.
    public let objects: Int
    private var settled = false

    init(folder: String, name: String, temporaryPack: String, temporaryIndex: String, objects: Int) {
        self.folder = folder
        self.name = name
        self.temporaryPack = temporaryPack
        self.temporaryIndex = temporaryIndex
        self.objects = objects
    }

    /// Puts the pack in place, durably.
    func install() throws(GitError) {
        precondition(!settled, "a staged pack is installed or removed once")
        settled = true
        guard rename(temporaryPack, "\(folder)/\(name).pack") == 0 else {
            let error = GitError.system("put the pack in place")
            unlink(temporaryIndex)
            throw error
        }
        guard rename(temporaryIndex, "\(folder)/\(name).idx") == 0 else {
            let error = GitError.system("put the pack's index in place")
            unlink(temporaryIndex)
            throw error
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw GitError.system("open \(folder) to sync it") }
        defer { close(directory) }
        guard fsync(directory) == 0 else { throw GitError.system("sync \(folder)") }
    }

    /// Deletes the pack unseen.
    func remove() {
        guard !settled else { return }
        settled = true
        unlink(temporaryPack)
        unlink(temporaryIndex)
    }
}
