internal import CLibGit2

/// libgit2's process-wide set-up, done once before any repository is opened.
///
/// cmkeeper turns on fsync of everything libgit2 writes in a git directory (objects, packs,
/// refs), so that what a command reports as done survives a power cut.
///
/// Parsed trees up to 1 MiB stay in libgit2's object cache.
///
/// Owner validation (`GIT_EOWNER`, git's `safe.directory`) is turned off: it protects a user
/// who wanders into a repository someone else planted, while cmkeeper only ever opens the
/// library it was configured with (`--library`, `CMKEEPER_LIBRARY`, the daemon's unit file),
/// and its hooks and daemon legitimately run as other users than the repository's owner.
enum Libgit2 {
    private static let initialized: Bool = {
        git_libgit2_init()
        _ = cmk_git_enable_fsync_gitdir(1)
        _ = cmk_git_set_owner_validation(0)
        _ = cmk_git_enable_strict_object_creation(1)
        // Cache parsed trees up to 1 MiB (libgit2's default is 4 KiB): `projects/` alone is
        // larger than that in a library of a few hundred projects, and is read for each of them.
        _ = cmk_git_set_cache_object_limit(GIT_OBJECT_TREE, 1 << 20)
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}
