import ArgumentParser
import CMKeeperCore
import Foundation

/// The language of this one command: `--lang` (taken off the command line before the command
/// is parsed, so every command has it), else `CMKEEPER_LANG`, else the opened library's
/// `language`, else the locale's. See ``Language/resolve(option:environment:library:)``.
final class LanguageChoice: @unchecked Sendable {
    static let shared = LanguageChoice()

    private let lock = NSLock()
    private var option: Language?
    private var library: Language?

    /// Takes `--lang NAME` or `--lang=NAME` out of `arguments` (not after `--`); throws for a
    /// language cmkeeper does not speak.
    func takeOption(from arguments: inout [String]) throws {
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let word = arguments[index]
            let value: String
            if word == "--lang" {
                guard index + 1 < arguments.count else { throw ValidationError(Message.langNeedsValue.text(in: current)) }
                value = arguments[index + 1]
                arguments.removeSubrange(index...(index + 1))
            } else if word.hasPrefix("--lang=") {
                value = String(word.dropFirst("--lang=".count))
                arguments.remove(at: index)
            } else {
                index += 1
                continue
            }
            guard let language = Language(named: value) else { throw ValidationError(Message.unknownLanguage(value).text(in: current)) }
            lock.withLock { option = language }
        }
    }

    /// Remembers the language of the library the command opened.
    func opened(_ library: Library) {
        lock.withLock { self.library = library.settings.language }
    }

    /// The language to speak now.
    var current: Language {
        let (option, library): (Language?, Language?) = lock.withLock { (self.option, self.library) }
        return Language.resolve(option: option?.rawValue, environment: ProcessInfo.processInfo.environment, library: library)
    }

    /// The language to speak for `library`'s language, when known another way (a hook).
    func current(library: Language?) -> Language {
        let option: Language? = lock.withLock { self.option }
        return Language.resolve(option: option?.rawValue, environment: ProcessInfo.processInfo.environment, library: library)
    }
}
