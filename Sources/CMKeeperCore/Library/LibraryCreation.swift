import Foundation
import GitKit

extension Library {
    /// Creates a library in `root` (made if missing): the bare repository with its first
    /// commit (the default process definition, roles with `user` as the first CM engineer,
    /// the large-file attributes), its hooks calling `executable` (when given), `inbox/`,
    /// `rejected/` and `cmkeeper.toml`, whose `language` is `language`.
    ///
    /// Refuses, changing nothing, when `root` already holds a library or any of its parts.
    /// If creation fails half-way, what it made is removed again.
    public static func create(
        at root: URL, productLibrary: String?, user: String, identity: LibrarySettings.Identity? = nil,
        process: String = DefaultProcess.processTOML, hooksCalling executable: String? = nil, language: Language = .en
    ) throws(CMKeeperError) -> Library {
        let root = root.standardizedFileURL
        let fm = FileManager.default
        let parts = [LibrarySettings.fileName, LibraryLayout.repositoryFolder, LibraryLayout.inboxFolder, LibraryLayout.rejectedFolder]
        let present = parts.filter { fm.fileExists(atPath: root.appendingPathComponent($0).path) }
        if !present.isEmpty {
            throw .refused(.alreadyHoldsLibrary(path: root.path, parts: present.joined(separator: ", ")), hint: .useItOrChooseEmpty)
        }
        do {
            _ = try ProcessDefinition.parse(process, file: LibraryLayout.processFile)
        } catch {
            throw .configuration(error)
        }
        let loginOK = (try? RoleBook.parse(RoleBook.initial(cmEngineer: user).serialized(), file: LibraryLayout.rolesFile)) != nil
        guard loginOK else {
            throw .refused(.cannotBeUserName(user), hint: .userNameCharacters)
        }

        let rootExisted = fm.fileExists(atPath: root.path)
        var created: [URL] = []
        func cleanUp() {
            for url in created.reversed() { try? fm.removeItem(at: url) }
            if !rootExisted { try? fm.removeItem(at: root) }
        }
        do {
            try fm.createDirectory(at: root, withIntermediateDirectories: true)
            let repoURL = root.appendingPathComponent(LibraryLayout.repositoryFolder, isDirectory: true)
            created.append(repoURL)
            let repository = try Repository.createBare(at: repoURL, initialBranch: LibraryLayout.mainBranch)
            try Self.applyRepositorySettings(repository)
            try repository.bufferObjectsInMemory()
            let settings = LibrarySettings(
                productLibrary: productLibrary.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
                identity: identity ?? .init(name: "cmkeeper", email: "cmkeeper@\(hostName)"), language: language)
            let library = Library(root: root, settings: settings, repository: repository)

            _ = try library.commitOnMain(author: user) { _ in
                let roles = RoleBook.initial(cmEngineer: user).serialized()
                let attributes = """
                    # Released software is stored with git-lfs: clones fetch it with `git lfs pull`.
                    \(LibraryLayout.releasesAttributes)

                    """
                return PlannedCommit(
                    updates: [
                        .upsert(path: LibraryLayout.processFile, blob: try library.writeBlob(Data(process.utf8))),
                        .upsert(path: LibraryLayout.rolesFile, blob: try library.writeBlob(Data(roles.utf8))),
                        .upsert(path: LibraryLayout.attributesFile, blob: try library.writeBlob(Data(attributes.utf8))),
                    ],
                    message: "Create the configuration library\n\nProcess definition, roles (\(user) is the first CM engineer) and large-file attributes.")
            }

            if let executable {
                try HookScripts.install(HookScripts.server, into: repoURL, executable: executable)
            }
            for folder in [LibraryLayout.inboxFolder, LibraryLayout.rejectedFolder] {
                let url = root.appendingPathComponent(folder, isDirectory: true)
                created.append(url)
                try fm.createDirectory(at: url, withIntermediateDirectories: false)
            }
            // Written last, atomically: its presence is what makes the folder a library.
            let settingsURL = root.appendingPathComponent(LibrarySettings.fileName)
            created.append(settingsURL)
            try Data(settings.serialized().utf8).write(to: settingsURL, options: .atomic)
            return library
        } catch let error as CMKeeperError {
            cleanUp()
            throw error
        } catch {
            cleanUp()
            throw translatingErrorsValue(error)
        }
    }
}

extension Library {
    /// The repository configuration cmkeeper wants, set by `init` and again by `hooks install`
    /// for libraries made before it.
    ///
    /// Office documents and scans do not delta against each other: the packs libgit2 builds to
    /// push to a mirror skip the delta search (cmkeeper's own commits use `PackWriter`, which
    /// never searches). libgit2 1.5 reads its "no deltas above this size" threshold from
    /// pack.deltaCacheSize (a slip in libgit2, which git reads only as the size of its delta cache). git's own core.bigFileThreshold is left alone: git fsck
    /// stops reading .gitattributes above it.
    ///
    /// Every object pushed or fetched into the library is checked as `git fsck --strict` checks it
    /// before any hook runs (malformed trees, commits and tags never land), and a mode with extra
    /// permission bits (100664, 100666), only a warning to git, is an error for the push, the
    /// fetch and `verify`'s fsck alike.
    static func applyRepositorySettings(_ repository: Repository) throws(GitError) {
        try repository.setConfiguration("pack.deltaCacheSize", "1")
        for (key, value) in objectChecks { try repository.setConfiguration(key, value) }
    }

    /// git's own checks of incoming objects, as the configuration sets them.
    static let objectChecks = [
        ("transfer.fsckObjects", "true"), ("receive.fsckObjects", "true"), ("fetch.fsckObjects", "true"),
        ("receive.fsck.badFilemode", "error"), ("fetch.fsck.badFilemode", "error"), ("fsck.badFilemode", "error"),
    ]

    /// Installs the library's server-side hooks calling `executable`, and brings the repository's
    /// configuration up to date.
    public func installHooks(calling executable: String) throws(CMKeeperError) {
        try HookScripts.install(HookScripts.server, into: repositoryURL, executable: executable)
        try translatingErrors { try Self.applyRepositorySettings(repository) }
    }
}

/// The `CMKeeperError` for any lower-layer error.
func translatingErrorsValue(_ error: any Error, doing: Message? = nil, at path: String? = nil) -> CMKeeperError {
    do {
        let _: Void = try translatingErrors(doing: doing, at: path) { throw error }
        return CMKeeperError(.storage, .verbatim("\(error)"))
    } catch {
        return error
    }
}
