import Foundation

/// Where things are, in a library folder and in its repository.
public enum LibraryLayout {
    /// The bare repository, inside the library folder.
    public static let repositoryFolder = "repo.git"
    /// The drop folder the daemon watches, inside the library folder.
    public static let inboxFolder = "inbox"
    /// Where refused drops go, each with a `.reason.txt` note beside it.
    public static let rejectedFolder = "rejected"
    /// cmkeeper's working files, inside the library folder: the daemon's lock, socket and state,
    /// the ssh session log, the verify record; never documents.
    public static let runFolder = "run"
    /// Where `submit` over ssh stages the document it reads from stdin, one `submit-UUID/`
    /// folder a session, until `cmkeeper submit` has taken it (0700; see `SubmitStage`). On the
    /// library's disk, outside `inbox/` and the repository: nothing takes a stage for a document.
    public static let stageFolder = "run/stage"
    /// The branch that holds the library.
    public static let mainBranch = "main"
    public static let mainReference = "refs/heads/main"

    /// The process definition, in the repository.
    public static let processFile = ".cmkeeper/process.toml"
    /// Users and roles, in the repository.
    public static let rolesFile = ".cmkeeper/roles.toml"
    /// The ssh keys people reach the library with, in the repository (optional).
    public static let keysFile = ".cmkeeper/keys.toml"
    /// The attributes that send released software to the large-file store.
    public static let attributesFile = ".gitattributes"
    /// The attribute line for released software.
    public static let releasesAttributes = "projects/*/releases/** filter=lfs diff=lfs merge=lfs -text"

    /// Where every project lives, in the repository.
    public static let projectsFolder = "projects"

    public static func projectFolder(_ id: String) -> String { "\(projectsFolder)/\(id)" }
    public static func projectFile(_ id: String) -> String { "\(projectFolder(id))/project.toml" }
    public static func releaseLog(_ id: String) -> String { "\(projectFolder(id))/release-log.jsonl" }
    public static func approvalsLog(_ id: String) -> String { "\(projectFolder(id))/approvals.jsonl" }
    public static func releaseFolder(project: String, product: String, version: String) -> String {
        "\(projectFolder(project))/releases/\(product)/\(version)"
    }
    public static func releaseTag(project: String, product: String, version: String) -> String {
        "release/\(project)/\(product)/\(version)"
    }
}
