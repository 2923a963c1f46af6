import ArgumentParser
import CMKeeperCore
import CMKeeperDaemon
import Foundation

struct DaemonStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say whether a daemon keeps the library, what waits in its inbox, and how far behind each mirror is.",
        discussion: """
            Reads the daemon's lock (DIR/run/daemon.lock), the state it keeps in \
            DIR/run/status.json and DIR/run/mirrors.json, and the repository; asks no mirror \
            anything. A mirror is up-to-date, behind (the daemon is pushing), failing (tried \
            again with back-off; see its last error) or pending (no daemon has tried it yet). \
            Behind counts the commits of main the mirror lacks, as of the daemon's last look \
            at it; unknown when it was never reached.
            """)

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let root = try Library.locate(
                explicit: library.library, environment: ProcessInfo.processInfo.environment,
                currentDirectory: FileManager.default.currentDirectoryPath)
            let status = try DaemonStatus.read(libraryRoot: root)
            if output.json {
                Output.printJSON(status)
            } else {
                print(Self.text(status))
            }
        }
    }

    static func text(_ status: DaemonStatus) -> String {
        var lines: [String] = []
        if status.running {
            let since = status.started.map { " since \(Timestamp.format($0))" } ?? ""
            lines.append("daemon    running (pid \(status.pid.map(String.init) ?? "?")\(since))")
        } else {
            lines.append("daemon    not running: nothing takes the inbox or pushes the mirrors (start it: `cmkeeper daemon` or `systemctl start cmkeeper`)")
        }
        lines.append("library   \(status.library)")
        lines.append("main      \(status.main.map { String($0.prefix(12)) } ?? "(empty)")")
        let waiting = status.waiting.reduce(0) { $0 + $1.files }
        lines.append("")
        lines.append("inbox     \(waiting == 0 ? "nothing waiting" : "\(waiting) file\(waiting == 1 ? "" : "s") waiting")")
        if !status.waiting.isEmpty {
            var table = TextTable(header: ["  PROJECT", "FILES"])
            table.rows = status.waiting.map { ["  " + ($0.project.isEmpty ? "(inbox/ itself)" : $0.project), "\($0.files)"] }
            lines.append(table.render())
        }
        lines.append("")
        if status.recentCommits.isEmpty {
            lines.append("last commits: none\(status.running ? " since the daemon started" : "")")
        } else {
            lines.append("last commits\(status.running ? "" : " (of the daemon that ran last)")")
            var table = TextTable(header: ["  TIME", "PROJECT", "COMMIT", "BY", "FILES"])
            table.rows = status.recentCommits.map { commit in
                ["  " + Timestamp.format(commit.time), commit.project, String(commit.commit.prefix(12)), commit.user, Self.files(commit.files)]
            }
            lines.append(table.render())
        }
        lines.append("")
        if status.mirrors.isEmpty {
            lines.append("mirrors: none ([[mirror]] in cmkeeper.toml adds one)")
        } else {
            lines.append("mirrors")
            var table = TextTable(header: ["  NAME", "STATE", "BEHIND", "LAST SUCCESS", "LAST ERROR"])
            table.rows = status.mirrors.map { mirror in
                [
                    "  " + mirror.name,
                    mirror.state == .failing ? "failing (\(mirror.consecutiveFailures)×)" : mirror.state.rawValue,
                    mirror.behind.map { "\($0) commit\($0 == 1 ? "" : "s")" } ?? "unknown",
                    mirror.lastSuccess.map(Timestamp.format) ?? "never",
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
