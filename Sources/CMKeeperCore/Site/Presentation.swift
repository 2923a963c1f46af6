import Foundation

/// How a page shows things to people: texts in the library's language, times in its time zone
/// (``LocalTime``), people by name and login from `roles.toml` (`王强 (wang)`).
public struct Presentation: Sendable {
    public let language: Language
    public let zone: TimeZone
    public let roles: RoleBook

    public init(language: Language, zone: TimeZone, roles: RoleBook) {
        self.language = language
        self.zone = zone
        self.roles = roles
    }

    /// A text of the catalog, in the library's language.
    func text(_ key: SiteText) -> String { key.text(in: language) }
    /// The same, escaped for HTML.
    func html(_ key: SiteText) -> String { HTMLPage.escape(key.text(in: language)) }
    func time(_ date: Date) -> String { LocalTime.format(date, in: zone) }
    func person(_ login: String) -> String { roles.person(login) }
}

extension Library {
    /// How this library shows things to people, with the names of `snapshot`'s `roles.toml`.
    public func presentation(in snapshot: Snapshot) -> Presentation {
        Presentation(language: settings.language, zone: settings.timeZone, roles: (try? snapshot.roleBook()) ?? RoleBook(users: []))
    }
}
