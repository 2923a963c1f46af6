import Foundation

/// What an ssh client asked `cmkeeper serve` for, in `SSH_ORIGINAL_COMMAND`: git's two
/// transfer programs, or one of the few cmkeeper commands open to people without a shell.
///
/// The command is split into words as a POSIX shell would split git's own quoting
/// (`git-upload-pack '/srv/cm/repo.git'`), but no shell ever runs it: quotes and backslashes
/// are read here, and an unquoted `;`, `|`, `&`, `$`, `` ` ``, `<`, `>`, `(`, `)` or a line
/// break is refused. Only the options listed for each command are taken, so a client cannot
/// name another library, another user, or a file on the server.
public enum ServeRequest: Equatable, Sendable {
    /// `git-upload-pack PATH` (fetch, clone) or `git-receive-pack PATH` (push); the path is
    /// ignored: there is one repository, the library's.
    case git(GitService)
    /// `git-lfs-transfer PATH upload|download`: git-lfs's pure-ssh protocol for large files and
    /// locks; the path is ignored, as for git.
    case lfsTransfer(LFSTransferSession.Operation)
    /// `status`, `releases` or `verify`, with the options and arguments for the command line.
    case read(command: String, options: [String], arguments: [String])
    /// `submit PROJECT NAME`: one document, its bytes on stdin, named NAME.
    case submit(project: String, fileName: String, options: [String])
    /// `help`: what can be asked.
    case help

    public enum GitService: String, Sendable {
        case uploadPack = "git-upload-pack"
        case receivePack = "git-receive-pack"
    }

    /// The longest command taken, in UTF-8 bytes (git's own send a path of a few dozen).
    public static let maximumCommandBytes = 4096

    /// The options each cmkeeper command takes over ssh, and whether each takes a value.
    static let allowedOptions: [String: [String: Bool]] = [
        "status": ["--json": false],
        "releases": ["--json": false],
        "verify": ["--json": false],
        "submit": ["--json": false, "--type": true, "--message": true, "--change-request": true],
    ]

    /// At most this many arguments besides the options, for each command.
    static let maximumArguments = ["status": 1, "releases": 1, "verify": 1]

    /// The request in `command` (nil: the client asked for a shell).
    public static func parse(_ command: String?) throws(CMKeeperError) -> ServeRequest {
        guard let command, !command.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .refused(.serveNoShell, hint: helpHint)
        }
        guard command.utf8.count <= maximumCommandBytes else {
            throw .refused(.serveCommandTooLong(bytes: command.utf8.count, limit: maximumCommandBytes), hint: helpHint)
        }
        let words = try Self.words(command)
        guard let name = words.first else { throw .refused(.serveCommandEmpty, hint: helpHint) }
        let rest = Array(words.dropFirst())
        if let service = GitService(rawValue: name) {
            guard rest.count == 1 else { throw .refused(.serveOneRepositoryPath(command: name, given: rest.count), hint: helpHint) }
            return .git(service)
        }
        switch name {
        case "git-lfs-transfer":
            guard rest.count == 2, let operation = LFSTransferSession.Operation(rawValue: rest[1]) else {
                throw .refused(.serveLFSTransferUsage, hint: helpHint)
            }
            return .lfsTransfer(operation)
        case "help":
            return .help
        case "status", "releases", "verify", "submit":
            let (options, arguments) = try split(rest, allowed: allowedOptions[name]!, command: name)
            if name == "submit" {
                guard arguments.count == 2 else {
                    throw .refused(.serveSubmitUsage, hint: .verbatim("ssh cm@server submit P-2026-001 安装验收报告.docx < 安装验收报告.docx"))
                }
                try checkFileName(arguments[1])
                return .submit(project: arguments[0], fileName: arguments[1], options: options)
            }
            guard arguments.count <= maximumArguments[name]! else {
                throw .refused(.serveTooManyArguments(command: name, most: maximumArguments[name]!, given: arguments.count), hint: helpHint)
            }
            return .read(command: name, options: options, arguments: arguments)
        default:
            throw .refused(.serveNotACommand(name), hint: helpHint)
        }
    }

    static let helpHint = Message.serveHelpHint

    /// What `help` prints, in `language`.
    public static func helpText(in language: Language) -> String {
        Message.serveHelp.text(in: language)
    }

    /// Splits `words` into the allowed options (with their values) and the arguments.
    private static func split(_ words: [String], allowed: [String: Bool], command: String) throws(CMKeeperError) -> ([String], [String]) {
        var options: [String] = [], arguments: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-"), word != "-" else {
                arguments.append(word)
                continue
            }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            guard let takesValue = allowed[name] else {
                throw .refused(.serveNoSuchOption(command: command, option: name), hint: .serveOptionsOpen(allowed.keys.sorted().joined(separator: ", ")))
            }
            if takesValue && !word.contains("=") {
                guard index < words.count else { throw .refused(.optionNeedsValue(name), hint: helpHint) }
                options.append("\(name)=\(words[index])")
                index += 1
            } else if !takesValue && word.contains("=") {
                throw .refused(.optionTakesNoValue(name), hint: helpHint)
            } else {
                options.append(word)
            }
        }
        return (options, arguments)
    }

    /// A submitted file's name: one plain name, the document's as the library will show it.
    private static func checkFileName(_ name: String) throws(CMKeeperError) {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.hasPrefix("-"),
            !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f })
        else {
            throw .refused(.serveNotAFileName(name), hint: .giveDocumentNameAlone)
        }
    }

    /// The words of `command`, quotes removed, as a POSIX shell splits them; refuses what only a
    /// shell would act on.
    static func words(_ command: String) throws(CMKeeperError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var scalars = command.unicodeScalars.makeIterator()
        let hint = Message.serveRunsNoShell
        while let c = scalars.next() {
            switch c {
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            case "'":
                inWord = true
                while true {
                    guard let q = scalars.next() else { throw .refused(.quoteNotClosed("'"), hint: hint) }
                    if q == "'" { break }
                    current.unicodeScalars.append(q)
                }
            case "\"":
                inWord = true
                while true {
                    guard let q = scalars.next() else { throw .refused(.quoteNotClosed("\""), hint: hint) }
                    if q == "\"" { break }
                    if q == "\\" {
                        guard let next = scalars.next() else { throw .refused(.quoteNotClosed("\""), hint: hint) }
                        if !"\"\\$`".unicodeScalars.contains(next) { current.unicodeScalars.append(q) }
                        current.unicodeScalars.append(next)
                    } else if q == "$" || q == "`" {
                        throw .refused(.dollarInDoubleQuotes, hint: hint)
                    } else {
                        current.unicodeScalars.append(q)
                    }
                }
            case "\\":
                guard let next = scalars.next(), next != "\n" else { throw .refused(.commandEndsWithBackslash, hint: hint) }
                inWord = true
                current.unicodeScalars.append(next)
            case ";", "|", "&", "$", "`", "<", ">", "(", ")", "\n", "\r":
                throw .refused(.isForAShell(c.escaped(asASCII: true)), hint: hint)
            default:
                if c.value < 0x20 || c.value == 0x7f { throw .refused(.commandHoldsControl, hint: hint) }
                inWord = true
                current.unicodeScalars.append(c)
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
