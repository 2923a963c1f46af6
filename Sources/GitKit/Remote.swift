internal import CLibGit2
import Foundation

/// One reference a remote repository advertises.
public struct RemoteReference: Sendable, Equatable {
    public let name: String
    public let target: ObjectID
}

/// How to log in to a remote: ssh keys come from the ssh agent (`SSH_AUTH_SOCK`) as the URL's
/// user (else `username`, else `$USER`); https takes the URL's userinfo
/// (`https://user:token@host/…`), else `username` and `password`.
public struct RemoteCredentials: Sendable, Equatable {
    public var username: String?
    public var password: String?

    public init(username: String? = nil, password: String? = nil) {
        self.username = username
        self.password = password
    }

    /// `CMKEEPER_MIRROR_USERNAME` and `CMKEEPER_MIRROR_PASSWORD` (a password or an access token).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> RemoteCredentials {
        RemoteCredentials(
            username: environment["CMKEEPER_MIRROR_USERNAME"].flatMap { $0.isEmpty ? nil : $0 },
            password: environment["CMKEEPER_MIRROR_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 })
    }
}

/// A repository to push to, named by URL only (a path, `file://`, `ssh://`, `user@host:path`,
/// `https://`), not saved in the local repository's configuration. Uses the repository it was
/// made from; both belong to one thread at a time. Connections are opened per call and closed
/// before it returns.
public final class Remote {
    let pointer: OpaquePointer
    /// Kept alive for as long as the remote, which points into it.
    private let repository: Repository
    public let url: String
    public let credentials: RemoteCredentials
    /// `url` with any password replaced by `***`: what errors say.
    public let displayURL: String

    public init(url: String, in repository: Repository, credentials: RemoteCredentials = .fromEnvironment()) throws(GitError) {
        displayURL = Self.redacting(url)
        var remote: OpaquePointer? = nil
        try check(git_remote_create_anonymous(&remote, repository.pointer, url), "use \(displayURL) as a remote")
        pointer = remote!
        self.repository = repository
        self.url = url
        self.credentials = credentials
    }

    deinit {
        git_remote_free(pointer)
    }

    /// The branches and tags the remote has now (`git ls-remote`): peeled entries and `HEAD` left out.
    public func references() throws(GitError) -> [RemoteReference] {
        let context = CallbackContext(credentials: credentials, urlUserinfo: Self.userinfo(of: url))
        return try withExtendedLifetime(context) { () throws(GitError) -> [RemoteReference] in
            var callbacks = try context.callbacks()
            try check(git_remote_connect(pointer, GIT_DIRECTION_FETCH, &callbacks, nil, nil), "connect to \(displayURL)")
            defer { git_remote_disconnect(pointer) }
            var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>? = nil
            var count = 0
            try check(git_remote_ls(&heads, &count, pointer), "list the references of \(displayURL)")
            var result: [RemoteReference] = []
            for index in 0..<count {
                guard let head = heads?[index]?.pointee, let raw = head.name else { continue }
                let name = String(cString: raw)
                guard name.hasPrefix("refs/"), !name.hasSuffix("^{}") else { continue }
                result.append(RemoteReference(name: name, target: ObjectID(head.oid)))
            }
            return result
        }
    }

    /// Pushes `refspecs` (`SRC:DST`, no `+`: a reference is only ever moved forward) with the
    /// objects they need. Throws (code `.other(GIT_EUSER)`) naming each reference the remote refused and why,
    /// and libgit2's error (not found, authentication, not a fast-forward …) when the push as
    /// a whole fails.
    public func push(_ refspecs: [String]) throws(GitError) {
        guard !refspecs.isEmpty else { return }
        let context = CallbackContext(credentials: credentials, urlUserinfo: Self.userinfo(of: url))
        try withExtendedLifetime(context) { () throws(GitError) in
            var options = git_push_options()
            try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "prepare a push")
            options.callbacks = try context.callbacks()
            options.pb_parallelism = 1
            let strings = refspecs.map { strdup($0) }
            defer { strings.forEach { free($0) } }
            var pointers = strings
            let result = pointers.withUnsafeMutableBufferPointer { buffer -> Int32 in
                var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
                return git_remote_push(pointer, &array, &options)
            }
            try check(result, "push to \(displayURL)")
            if !context.rejections.isEmpty {
                throw GitError(
                    code: .other(GIT_EUSER.rawValue), operation: "push to \(displayURL)",
                    message: context.rejections.map { "\($0.reference) refused: \($0.reason)" }.joined(separator: "; "))
            }
        }
    }

    /// Pushes each object to its reference (`OID:refs/heads/main`, `OID:refs/tags/NAME`), never
    /// forced: exactly these commits and tags, wherever the local references have moved since.
    ///
    /// libgit2 1.5 reads a refspec's source as a reference name only, so each object is pinned
    /// under a reference of a scratch repository that borrows this one's objects (alternates) and
    /// pushed from there; the scratch repository is removed before this returns.
    public func push(pinned updates: [(reference: String, object: ObjectID)]) throws(GitError) {
        guard !updates.isEmpty else { return }
        let scratchURL = FileManager.default.temporaryDirectory.appendingPathComponent("cmkeeper-push-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratchURL) }
        _ = try Repository.createBare(at: scratchURL)
        let alternates = scratchURL.appendingPathComponent("objects/info/alternates")
        do {
            try Data((repository.gitDirectory.appendingPathComponent("objects").path + "\n").utf8).write(to: alternates)
        } catch {
            throw GitError(code: .other(-1), operation: "prepare a push to \(displayURL)", message: "cannot write \(alternates.path): \(error.localizedDescription)")
        }
        let scratch = try Repository.open(at: scratchURL)
        var refspecs: [String] = []
        for (index, update) in updates.enumerated() {
            let pin = "refs/pinned/\(index)"
            try scratch.updateReference(pin, to: update.object, expecting: nil, message: "pinned for a push")
            refspecs.append("\(pin):\(update.reference)")
        }
        try Remote(url: url, in: scratch, credentials: credentials).push(refspecs)
    }

    /// `url` with the password of its userinfo replaced by `***`.
    static func redacting(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    /// The user and password written in a URL (`scheme://user:password@host/…`), percent-decoded.
    static func userinfo(of url: String) -> (user: String, password: String?)? {
        guard let components = URLComponents(string: url), components.host != nil, let user = components.user, !user.isEmpty else { return nil }
        return (user, components.password)
    }
}

/// What the C callbacks of one connection share: the credentials on offer, which kinds were
/// already tried (libgit2 asks again after a failed login, so each kind is offered once), and
/// the references the remote refused.
private final class CallbackContext {
    let credentials: RemoteCredentials
    let urlUserinfo: (user: String, password: String?)?
    var triedAgent = false
    var triedPassword = false
    var triedUsername = false
    var rejections: [(reference: String, reason: String)] = []

    init(credentials: RemoteCredentials, urlUserinfo: (user: String, password: String?)?) {
        self.credentials = credentials
        self.urlUserinfo = urlUserinfo
    }

    /// libgit2's callbacks with this context as their payload; the caller keeps the context alive.
    func callbacks() throws(GitError) -> git_remote_callbacks {
        var callbacks = git_remote_callbacks()
        try check(git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)), "prepare the remote callbacks")
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.credentials = { out, _, usernameFromURL, allowed, payload in
            guard let out, let payload else { return GIT_PASSTHROUGH.rawValue }
            let context = Unmanaged<CallbackContext>.fromOpaque(payload).takeUnretainedValue()
            return context.credential(out, usernameFromURL: usernameFromURL.map { String(cString: $0) }, allowed: allowed)
        }
        callbacks.push_update_reference = { reference, status, payload in
            guard let payload, let status, let reference else { return 0 }
            let context = Unmanaged<CallbackContext>.fromOpaque(payload).takeUnretainedValue()
            context.rejections.append((String(cString: reference), String(cString: status)))
            return 0
        }
        return callbacks
    }

    private func credential(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, usernameFromURL: String?, allowed: UInt32) -> Int32 {
        let user = usernameFromURL ?? urlUserinfo?.user ?? credentials.username ?? ProcessInfo.processInfo.environment["USER"]
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0, !triedAgent, let user {
            triedAgent = true
            return git_credential_ssh_key_from_agent(out, user)
        }
        let password = urlUserinfo?.password ?? credentials.password
        if allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, !triedPassword, let user, let password {
            triedPassword = true
            return git_credential_userpass_plaintext_new(out, user, password)
        }
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0, !triedUsername, let user {
            triedUsername = true
            return git_credential_username_new(out, user)
        }
        return GIT_PASSTHROUGH.rawValue
    }
}
