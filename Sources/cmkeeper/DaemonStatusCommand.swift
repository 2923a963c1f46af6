import ArgumentParser
import CMKeeperCore
import CMKeeperDaemon
import Foundation

struct DaemonStatusCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: HelpText.daemonStatusAbstract.text,
            discussion: HelpText.daemonStatusDiscussion.text)
    }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let root = try Library.locate(
                explicit: library.library, environment: ProcessInfo.processInfo.environment,
                currentDirectory: FileManager.default.currentDirectoryPath)
            let status = try DaemonStatus.read(libraryRoot: root)
            let opened = try? Library.open(at: root)
            if let opened { LanguageChoice.shared.opened(opened) }
            if output.json {
                Output.printJSON(status)
            } else {
                print(Self.text(status, language: Output.language, zone: opened?.settings.timeZone ?? .current))
            }
        }
    }

    static func text(_ status: DaemonStatus, language: Language, zone: TimeZone) -> String {
        var lines: [String] = []
        func say(_ message: Message) { lines.append(message.text(in: language)) }
        if status.running {
            say(.daemonRunning(pid: status.pid.map(String.init) ?? "?", since: status.started.map { LocalTime.format($0, in: zone) }))
        } else {
            say(.daemonNotRunning)
        }
        say(.daemonLibrary(status.library))
        say(.daemonMain(status.main.map { String($0.prefix(12)) }))
        let waiting = status.waiting.reduce(0) { $0 + $1.files }
        lines.append("")
        say(.inboxWaiting(waiting))
        if !status.waiting.isEmpty {
            var table = TextTable(header: Message.waitingColumns.text(in: language).components(separatedBy: "\t"))
            table.header[0] = "  " + table.header[0]
            table.rows = status.waiting.map { ["  " + ($0.project.isEmpty ? Message.inboxItself.text(in: language) : $0.project), "\($0.files)"] }
            lines.append(table.render())
        }
        lines.append("")
        if status.recentCommits.isEmpty {
            say(.noRecentCommits(running: status.running))
        } else {
            say(.recentCommits(running: status.running))
            var table = TextTable(header: Message.recentCommitColumns.text(in: language).components(separatedBy: "\t"))
            table.header[0] = "  " + table.header[0]
            table.rows = status.recentCommits.map { commit in
                ["  " + LocalTime.format(commit.time, in: zone), commit.project, String(commit.commit.prefix(12)), commit.user, Self.files(commit.files)]
            }
            lines.append(table.render())
        }
        lines.append("")
        if status.mirrors.isEmpty {
            say(.noMirrors)
        } else {
            say(.mirrorsHeading)
            var table = TextTable(header: Message.mirrorColumns.text(in: language).components(separatedBy: "\t"))
            table.header[0] = "  " + table.header[0]
            table.rows = status.mirrors.map { mirror in
                [
                    "  " + mirror.name,
                    mirror.state == .failing ? Message.mirrorFailing(mirror.consecutiveFailures).text(in: language) : mirror.state.rawValue,
                    Message.commitsBehind(mirror.behind).text(in: language),
                    mirror.lastSuccess.map { LocalTime.format($0, in: zone) } ?? Message.never.text(in: language),
                    mirror.lastError.map { String($0.prefix(120)) } ?? "",
                ]
            }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }

    private static func files(_ paths: [String]) -> String {
        let names = paths.map { ($0 as NSString).lastPathComponent }
        return names.count <= 2 ? names.joined(separator: ", ") : "\(names.count) files: \(names.prefix(2).joined(separator: ", "))…"
    }
}
