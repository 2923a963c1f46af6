import ArgumentParser
import CMKeeperCore
import Foundation

/// The language of this one command: `--lang` (taken off the command line before the command
/// is parsed, so every command has it), else `CMKEEPER_LANG`, else the opened library's
/// `language`, else the locale's. See ``Language/resolve(option:environment:library:)``.
/// Help is told in ``help``, decided the same way before any library is opened.
final class LanguageChoice: @unchecked Sendable {
    static let shared = LanguageChoice()

    private let lock = NSLock()
    private var option: Language?
    private var library: Language?
    private var arguments: [String] = []
    private var helpLanguage: Language?

    /// Takes `--lang NAME` or `--lang=NAME` out of `arguments` (not after `--`); throws for a
    /// language cmkeeper does not speak. For `cmkeeper help COMMAND`, whose own parser takes no
    /// options, `--library DIR` is taken out too: there it only chooses the language of help.
    func takeOption(from arguments: inout [String]) throws {
        let (values, lastHasNoValue) = Self.take("--lang", from: &arguments)
        for value in values {
            guard let language = Language(named: value) else { throw ValidationError(Message.unknownLanguage(value).text(in: current)) }
            lock.withLock { option = language }
        }
        if lastHasNoValue { throw ValidationError(Message.langNeedsValue.text(in: current)) }
        let rest = arguments
        lock.withLock { self.arguments = rest }
        if arguments.first == "help" { _ = Self.take("--library", from: &arguments) }
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

    /// The language of help (`--help`, `help`, the usage shown with a mistake), which
    /// argument-parser builds before any library is opened: `--lang`, else `CMKEEPER_LANG`,
    /// else the language in the settings of the library the command line names (`--library
    /// DIR`), else of the default library (as ``LibraryOptions`` finds it), else the locale's.
    /// Only the settings file's `language` is read, once; a missing or broken library never
    /// fails help.
    var help: Language {
        if let known = lock.withLock({ helpLanguage }) { return known }
        let (option, arguments): (Language?, [String]) = lock.withLock { (self.option, self.arguments) }
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(option: option?.rawValue, environment: environment) { () -> Language? in
            var words = arguments
            let root = try? Library.locate(
                explicit: Self.take("--library", from: &words).values.last, environment: environment,
                currentDirectory: FileManager.default.currentDirectoryPath)
            return root.flatMap(LibrarySettings.languageOnly(in:))
        }
        lock.withLock { helpLanguage = language }
        return language
    }

    /// Takes every `NAME VALUE` and `NAME=VALUE` out of `arguments` (not after `--`) and returns
    /// their values in order, and whether NAME came last with no value (left where it is).
    static func take(_ name: String, from arguments: inout [String]) -> (values: [String], lastHasNoValue: Bool) {
        var values: [String] = []
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let word = arguments[index]
            if word == name {
                guard index + 1 < arguments.count else { return (values, true) }
                values.append(arguments[index + 1])
                arguments.removeSubrange(index...(index + 1))
            } else if word.hasPrefix(name + "=") {
                values.append(String(word.dropFirst(name.count + 1)))
                arguments.remove(at: index)
            } else {
                index += 1
            }
        }
        return (values, false)
    }
}
