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
    /// What `cmkeeper serve` takes from ssh clients (`[serve]`).
    public var serve: Serve
    /// The repositories that receive `main`, every tag and the large files after each change (`[[mirror]]`).
    public var mirrors: [Mirror]
    /// The language people read this library in (`library.language`); English when absent.
    public var language: Language
    /// The time zone of the times people read (`library.timezone`, e.g. `Asia/Shanghai`); the machine's when absent.
    public var timeZoneIdentifier: String?
    /// How `verify`'s results count on the status site (`[verify]`).
    public var verify: Verify

    /// The time zone of the times people read: ``timeZoneIdentifier``, else the machine's.
    public var timeZone: TimeZone { timeZoneIdentifier.flatMap(TimeZone.init(identifier:)) ?? .current }

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

    /// What one upload over ssh (`submit`, a git-lfs object) may bring in.
    public struct Serve: Sendable, Equatable, Codable {
        /// The largest file anyone but a CM engineer uploads, in MiB.
        public var maximumUploadMiB: Int
        /// Uploads are refused when they would leave less free space than this on the library's disk, in MiB.
        public var freeSpaceReserveMiB: Int

        enum CodingKeys: String, CodingKey {
            case maximumUploadMiB = "maximum_upload_mib"
            case freeSpaceReserveMiB = "free_space_reserve_mib"
        }

        public init(maximumUploadMiB: Int, freeSpaceReserveMiB: Int) {
            self.maximumUploadMiB = maximumUploadMiB
            self.freeSpaceReserveMiB = freeSpaceReserveMiB
        }

        public init(from decoder: any Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self)
            maximumUploadMiB = try values.decodeIfPresent(Int.self, forKey: .maximumUploadMiB) ?? Self.defaults.maximumUploadMiB
            freeSpaceReserveMiB = try values.decodeIfPresent(Int.self, forKey: .freeSpaceReserveMiB) ?? Self.defaults.freeSpaceReserveMiB
        }

        public static let defaults = Serve(maximumUploadMiB: 4096, freeSpaceReserveMiB: 1024)
    }

    /// How `verify`'s results count on the status site, and how often the daemon verifies (`[verify]`).
    public struct Verify: Sendable, Equatable, Codable {
        /// A baseline not verified for longer than this many days needs attention on the status site.
        public var dueAfterDays: Int
        /// How often the daemon verifies the whole library (`"24h"`, `"90m"`, `"7d"`); never when absent.
        public var every: String?

        enum CodingKeys: String, CodingKey {
            case dueAfterDays = "due_after_days"
            case every
        }

        public init(dueAfterDays: Int, every: String? = nil) {
            self.dueAfterDays = dueAfterDays
            self.every = every
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            dueAfterDays = try container.decodeIfPresent(Int.self, forKey: .dueAfterDays) ?? Self.defaults.dueAfterDays
            every = try container.decodeIfPresent(String.self, forKey: .every)
        }

        /// ``every`` in seconds: a whole number followed by `s`, `m`, `h` or `d`; nil when absent or not so written.
        public var interval: Int? {
            guard let every = every?.trimmingCharacters(in: .whitespaces), let unit = every.last,
                  let scale = ["s": 1, "m": 60, "h": 3600, "d": 86400][unit], let count = Int(every.dropLast()), count > 0
            else { return nil }
            return count * scale
        }

        public static let defaults = Verify(dueAfterDays: 30)
    }

    /// A second copy of the library that the daemon keeps up to date: another site's bare
    /// repository, a backup disk, a GitLab project.
    public struct Mirror: Sendable, Equatable, Codable {
        /// Any URL libgit2 can push to: a path, `file://`, `ssh://`, `user@host:path`, `https://`.
        public var url: String
        /// A short name for logs and `cmkeeper daemon status`; the URL when absent.
        public var name: String?

        public init(url: String, name: String? = nil) {
            self.url = url
            self.name = name
        }

        /// The name to show: `name`, else the URL without any password in it.
        public var displayName: String { name ?? Self.redacting(url) }

        /// `url` with the password of its userinfo (`https://user:secret@host/…`) replaced by `***`.
        public static func redacting(_ url: String) -> String {
            guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
            let userinfo = url[scheme.upperBound..<at]
            guard let colon = userinfo.firstIndex(of: ":"), !userinfo[userinfo.index(after: colon)...].contains("/") else { return url }
            return String(url[..<userinfo.index(after: colon)]) + "***" + String(url[at...])
        }
    }

    enum CodingKeys: String, CodingKey {
        case library, identity, daemon, serve, mirror, verify
    }

    enum LibraryKeys: String, CodingKey {
        case productLibrary = "product_library"
        case largeFileThreshold = "large_file_threshold"
        case language
        case timeZoneIdentifier = "timezone"
    }

    public init(
        productLibrary: String?, largeFileThreshold: Int = 10 << 20, identity: Identity, daemon: Daemon = .defaults, serve: Serve = .defaults,
        mirrors: [Mirror] = [], language: Language = .en, timeZoneIdentifier: String? = nil, verify: Verify = .defaults
    ) {
        self.serve = serve
        self.verify = verify
        self.language = language
        self.timeZoneIdentifier = timeZoneIdentifier
        self.productLibrary = productLibrary
        self.largeFileThreshold = largeFileThreshold
        self.identity = identity
        self.daemon = daemon
        self.mirrors = mirrors
    }

    public init(from decoder: any Decoder) throws {
        let root = try decoder.container(keyedBy: CodingKeys.self)
        let library = try root.nestedContainer(keyedBy: LibraryKeys.self, forKey: .library)
        productLibrary = try library.decodeIfPresent(String.self, forKey: .productLibrary)
        largeFileThreshold = try library.decodeIfPresent(Int.self, forKey: .largeFileThreshold) ?? 10 << 20
        language = try library.decodeIfPresent(Language.self, forKey: .language) ?? .en
        timeZoneIdentifier = try library.decodeIfPresent(String.self, forKey: .timeZoneIdentifier)
        identity = try root.decode(Identity.self, forKey: .identity)
        daemon = try root.decodeIfPresent(Daemon.self, forKey: .daemon) ?? .defaults
        serve = try root.decodeIfPresent(Serve.self, forKey: .serve) ?? .defaults
        mirrors = try root.decodeIfPresent([Mirror].self, forKey: .mirror) ?? []
        verify = try root.decodeIfPresent(Verify.self, forKey: .verify) ?? .defaults
    }

    public func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: CodingKeys.self)
        var library = root.nestedContainer(keyedBy: LibraryKeys.self, forKey: .library)
        try library.encodeIfPresent(productLibrary, forKey: .productLibrary)
        try library.encode(largeFileThreshold, forKey: .largeFileThreshold)
        try library.encode(language, forKey: .language)
        try library.encodeIfPresent(timeZoneIdentifier, forKey: .timeZoneIdentifier)
        try root.encode(identity, forKey: .identity)
        try root.encode(daemon, forKey: .daemon)
        try root.encode(serve, forKey: .serve)
        try root.encode(verify, forKey: .verify)
        if !mirrors.isEmpty { try root.encode(mirrors, forKey: .mirror) }
    }

    /// Reads the `cmkeeper.toml` of the library folder `root`; nil when there is none. A file that
    /// is a folder, unreadable, not UTF-8 text or not valid settings is a configuration error naming it.
    public static func read(in root: URL) throws(CMKeeperError) -> LibrarySettings? {
        let url = root.appendingPathComponent(fileName)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        let fix = Message.settingsFixOrRewrite(url.path)
        guard !isFolder.boolValue else {
            throw CMKeeperError(.configuration, .settingsIsFolder(url.path), hint: .removeFolderThen(fix))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let failure = CMKeeperError.fileSystem(error, doing: .readingSettings, at: url.path)
            throw CMKeeperError(.configuration, failure.message, hint: failure.hint)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CMKeeperError(.configuration, .settingsNotUTF8(url.path), hint: .saveAsUTF8Then(fix))
        }
        do {
            return try parse(text, file: url.path)
        } catch {
            throw CMKeeperError(.configuration, .configurationError(error), hint: fix)
        }
    }

    /// Reads `cmkeeper.toml`.
    public static func parse(_ text: String, file: String = fileName) throws(ConfigurationError) -> LibrarySettings {
        let settings = try TOMLText.decode(LibrarySettings.self, from: text, file: file)
        guard settings.largeFileThreshold >= 0 else {
            throw ConfigurationError(file: file, line: nil, column: nil, message: .configThresholdNegative)
        }
        guard settings.serve.maximumUploadMiB > 0, settings.serve.freeSpaceReserveMiB >= 0 else {
            throw ConfigurationError(
                file: file, line: nil, column: nil,
                message: .configServeLimits)
        }
        if let zone = settings.timeZoneIdentifier, TimeZone(identifier: zone) == nil {
            throw ConfigurationError(
                file: file, line: nil, column: nil,
                message: .configNotATimeZone(zone))
        }
        guard settings.verify.dueAfterDays >= 1 else {
            throw ConfigurationError(
                file: file, line: nil, column: nil, message: .configVerifyDueAfterDays)
        }
        if let every = settings.verify.every, settings.verify.interval == nil {
            throw ConfigurationError(
                file: file, line: nil, column: nil,
                message: .configVerifyEvery(every))
        }
        var names: Set<String> = []
        for (index, mirror) in settings.mirrors.enumerated() {
            guard !mirror.url.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ConfigurationError(
                    file: file, line: nil, column: nil,
                    message: .configMirrorEmptyURL(number: index + 1, name: mirror.name))
            }
            guard names.insert(mirror.displayName).inserted else {
                throw ConfigurationError(file: file, line: nil, column: nil, message: .configMirrorNameTwice(number: index + 1, name: mirror.name, shown: mirror.displayName))
            }
        }
        return settings
    }

    /// The `[[mirror]]` tables, or a commented example when there are none.
    private var mirrorsText: String {
        let heading = "# Mirrors that receive main, every tag and the large files after each change:\n"
        guard !mirrors.isEmpty else {
            return heading + "# [[mirror]]\n# name = \"backup\"\n# url = \"file:///srv/backup/library.git\"\n"
        }
        return heading + mirrors.map { mirror in
            "[[mirror]]\n" + (mirror.name.map { "name = \(TOMLText.quote($0))\n" } ?? "") + "url = \(TOMLText.quote(mirror.url))\n"
        }.joined(separator: "\n")
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
            # The language people read: "zh-CN" (简体中文) or "en".
            language = \(TOMLText.quote(language.rawValue))
            # The time zone of the times people read (IANA name); the machine's when absent.
            \(timeZoneIdentifier.map { "timezone = \(TOMLText.quote($0))" } ?? "# timezone = \"Asia/Shanghai\"")

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

            [serve]
            # The largest file anyone but a CM engineer uploads over ssh (submit, git-lfs), in MiB.
            maximum_upload_mib = \(serve.maximumUploadMiB)
            # Uploads over ssh are refused when they would leave less than this free on the library's disk, in MiB.
            free_space_reserve_mib = \(serve.freeSpaceReserveMiB)

            [verify]
            # The status site lists baselines not verified for longer than this many days (cmkeeper verify).
            due_after_days = \(verify.dueAfterDays)
            # The daemon verifies the whole library this often (e.g. "24h"); not at all when absent.
            \(verify.every.map { "every = \(TOMLText.quote($0))" } ?? "# every = \"24h\"")

            \(mirrorsText)
            """
    }
}
