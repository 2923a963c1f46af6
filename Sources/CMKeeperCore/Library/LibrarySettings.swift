import Foundation

/// `cmkeeper.toml`: a library's settings, kept beside its repository (not in it).
public struct LibrarySettings: Sendable, Equatable, Codable {
    public static let fileName = "cmkeeper.toml"

    /// Where the product library lives: `PRODUCT/VERSION/…` folders of install packages and documents.
    public var productLibrary: String?
    /// Documents larger than this many bytes are stored in the large-file store (LFS); released software always is.
    public var largeFileThreshold: Int
    /// Who commits on the library's behalf (the acting user is the author).
    public var identity: Identity
    /// The daemon's settings.
    public var daemon: Daemon

    public struct Identity: Sendable, Equatable, Codable {
        public var name: String
        public var email: String
    }

    public struct Daemon: Sendable, Equatable, Codable {
        /// How long a project's inbox must be quiet before its files are taken, in milliseconds.
        public var quietPeriodMilliseconds: Int
        /// The longest a file waits for quiet before it is taken anyway, in milliseconds.
        public var maximumWaitMilliseconds: Int
        /// Poll the inbox at this interval instead of using inotify (for network file systems); 0 = inotify.
        public var pollIntervalMilliseconds: Int

        enum CodingKeys: String, CodingKey {
            case quietPeriodMilliseconds = "quiet_period_ms"
            case maximumWaitMilliseconds = "maximum_wait_ms"
            case pollIntervalMilliseconds = "poll_interval_ms"
        }

        public static let defaults = Daemon(quietPeriodMilliseconds: 2000, maximumWaitMilliseconds: 60000, pollIntervalMilliseconds: 0)
    }

    enum CodingKeys: String, CodingKey {
        case library, identity, daemon
    }

    enum LibraryKeys: String, CodingKey {
        case productLibrary = "product_library"
        case largeFileThreshold = "large_file_threshold"
    }

    public init(productLibrary: String?, largeFileThreshold: Int = 10 << 20, identity: Identity, daemon: Daemon = .defaults) {
        self.productLibrary = productLibrary
        self.largeFileThreshold = largeFileThreshold
        self.identity = identity
        self.daemon = daemon
    }

    public init(from decoder: any Decoder) throws {
        let root = try decoder.container(keyedBy: CodingKeys.self)
        let library = try root.nestedContainer(keyedBy: LibraryKeys.self, forKey: .library)
        productLibrary = try library.decodeIfPresent(String.self, forKey: .productLibrary)
        largeFileThreshold = try library.decodeIfPresent(Int.self, forKey: .largeFileThreshold) ?? 10 << 20
        identity = try root.decode(Identity.self, forKey: .identity)
        daemon = try root.decodeIfPresent(Daemon.self, forKey: .daemon) ?? .defaults
    }

    public func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: CodingKeys.self)
        var library = root.nestedContainer(keyedBy: LibraryKeys.self, forKey: .library)
        try library.encodeIfPresent(productLibrary, forKey: .productLibrary)
        try library.encode(largeFileThreshold, forKey: .largeFileThreshold)
        try root.encode(identity, forKey: .identity)
        try root.encode(daemon, forKey: .daemon)
    }

    /// Reads `cmkeeper.toml`.
    public static func parse(_ text: String, file: String = fileName) throws(ConfigurationError) -> LibrarySettings {
        let settings = try TOMLText.decode(LibrarySettings.self, from: text, file: file)
        guard settings.largeFileThreshold >= 0 else {
            throw ConfigurationError(file: file, line: nil, column: nil, message: "library.large_file_threshold must be 0 or more bytes")
        }
        return settings
    }

    /// The file's text, commented for the engineer who will edit it.
    public func serialized() -> String {
        let product = productLibrary.map { "product_library = \(TOMLText.quote($0))" }
            ?? "# product_library = \"/srv/products\""
        return """
            # cmkeeper library settings. The rules (process, roles) live in the repository, under .cmkeeper/.

            [library]
            # The product library: PRODUCT/VERSION/ folders of install packages and documents.
            \(product)
            # Documents larger than this (bytes) go to the large-file store; released software always does.
            large_file_threshold = \(largeFileThreshold)

            [identity]
            # Committer of every commit cmkeeper makes; the acting user is the author.
            name = \(TOMLText.quote(identity.name))
            email = \(TOMLText.quote(identity.email))

            [daemon]
            # A project's inbox must be quiet this long before its files are taken.
            quiet_period_ms = \(daemon.quietPeriodMilliseconds)
            # The longest a file waits for quiet.
            maximum_wait_ms = \(daemon.maximumWaitMilliseconds)
            # Poll instead of inotify (network file systems); 0 uses inotify.
            poll_interval_ms = \(daemon.pollIntervalMilliseconds)

            # Mirrors that receive main, every tag and the large files after each change:
            # [[mirror]]
            # url = "file:///srv/backup/library.git"

            """
    }
}
