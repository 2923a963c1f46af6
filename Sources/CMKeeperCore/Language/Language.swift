import Foundation

/// The language people read a library in: `language` in `cmkeeper.toml`, or `--lang` and
/// `CMKEEPER_LANG` for one command. Everything a person reads (refusals and their hints,
/// reports, pages, `.reason.txt` notes) comes in it; JSON keys and machine values never change.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// Simplified Chinese, as used in mainland China.
    case zhCN = "zh-CN"
    /// English.
    case en

    /// The language a name gives: `zh-CN`, `zh_CN.UTF-8`, `zh`, `en`, `en_US.UTF-8`, `C`…;
    /// nil for a language cmkeeper does not speak.
    public init?(named name: String) {
        let base = name.split(separator: ".").first.map(String.init) ?? name
        let lowered = base.replacingOccurrences(of: "_", with: "-").lowercased()
        if lowered == "zh" || lowered.hasPrefix("zh-") {
            self = .zhCN
        } else if lowered == "en" || lowered.hasPrefix("en-") || lowered == "c" || lowered == "posix" {
            self = .en
        } else {
            return nil
        }
    }

    /// The language of a POSIX locale environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`):
    /// zh-CN for any `zh_*` locale, English otherwise.
    public static func ofLocale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return Language(named: value) == .zhCN ? .zhCN : .en
        }
        return .en
    }
}

/// Text a person reads, in every language the library may speak.
public protocol Localized: Sendable {
    /// The text in `language`.
    func text(in language: Language) -> String
}

extension Language {
    /// The key under which an encoder's `userInfo` names the language of the texts it writes.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "cmkeeper.language")!

    /// The language of one command: `--lang` (`option`), else `CMKEEPER_LANG`, else the
    /// library's (`library`, when one was opened), else the locale's. A name cmkeeper does not
    /// speak is passed over.
    public static func resolve(option: String?, environment: [String: String], library: Language?) -> Language {
        resolve(option: option, environment: environment) { library }
    }

    /// The same, asking `library` only when neither `--lang` nor `CMKEEPER_LANG` decides (help
    /// reads the library's settings then, and only then).
    public static func resolve(option: String?, environment: [String: String], library: () -> Language?) -> Language {
        if let language = option.flatMap(Language.init(named:)) { return language }
        if let language = environment["CMKEEPER_LANG"].flatMap(Language.init(named:)) { return language }
        return library() ?? ofLocale(environment)
    }
}
