import ArgumentParser
import CMKeeperCore
import Foundation

struct StatusCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: HelpText.statusAbstract.text,
            discussion: HelpText.statusDiscussion.text)
    }

    @Argument(help: HelpText.projectID.help())
    var project: String?

    @Option(help: HelpText.statusPhase.help(valueName: "phase"))
    var phase: String?

    @Option(help: HelpText.statusManager.help(valueName: "login"))
    var manager: String?

    @Option(help: HelpText.statusHTML.help(valueName: "file"))
    var html: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            if let project {
                let status = try lib.status(of: project)
                if output.json { Output.printJSON(StatusReport(status)) } else { StatusPrinter.printDetail(status, library: lib) }
                return
            }
            let now = Date()
            let projects = try lib.statusAccounting(phase: phase, manager: manager, now: now)
            if let html {
                let page = try lib.statusReportPage(phase: phase, manager: manager, now: now)
                do {
                    try Data(page.utf8).write(to: URL(fileURLWithPath: html), options: .atomic)
                } catch {
                    throw CMKeeperError(.storage, .couldNotWrite(path: html, error: error.localizedDescription), hint: .checkFolderWritable)
                }
            }
            if output.json {
                Output.printJSON(projects)
            } else if projects.isEmpty {
                print((phase != nil || manager != nil ? Message.noProjectMatches : .noProjectsYet).text(in: Output.language))
            } else {
                let language = Output.language
                let roles = try? lib.roles()
                var table = TextTable(header: Message.statusColumns.text(in: language).components(separatedBy: "\t"))
                for p in projects {
                    table.rows.append([
                        p.id, p.name, p.customer ?? "-", roles?.person(p.manager) ?? p.manager, p.phaseTitle, p.lastWeeklyReport ?? "-", "\(p.releases)",
                        p.baselines.isEmpty ? "-" : p.baselines.joined(separator: ","), "\(p.openChangeRequests.count)",
                        p.missing.isEmpty ? "-" : p.missing.joined(separator: ", "),
                    ])
                }
                print(table.render())
                if let html { print("\n" + Message.wrote(html).text(in: language)) }
            }
        }
    }
}

/// A project's status for people, in the library's language, times in its time zone and
/// people by their names.
enum StatusPrinter {
    static func printDetail(_ s: ProjectStatus, library: Library) {
        let language = Output.language
        let roles = try? library.roles()
        let name = { (login: String) in roles?.person(login) ?? login }
        func say(_ message: Message, indent: String = "") { print(indent + message.text(in: language)) }
        let p = s.project
        say(.statusHeader(id: p.id, name: p.name, customer: p.customer ?? "-", manager: name(p.manager), large: p.size == .large, trialRun: s.trialRun))
        if let problem = s.phaseProblem {
            say(.phaseProblem(problem.text(in: language)))
            say(.phaseProblemFix(file: LibraryLayout.projectFile(p.id)))
        } else if let current = s.current {
            say(.phaseIs(title: current.phase.title, id: current.phase.id))
        } else {
            say(.phaseIs(title: p.phase, id: p.phase))
        }
        for phase in s.phases {
            let here = phase.phase.id == p.phase ? "▶ " : "  "
            say(.phaseGate(title: phase.phase.title, id: phase.phase.id, gate: phase.skipped ? .skipped : phase.gateMet ? .met : .notMet), indent: here)
            for r in phase.requirements {
                switch r.state {
                case .present(let paths): say(.documentPresent(title: r.title, paths: paths.joined(separator: ", ")), indent: "    ")
                case .missing: say(.documentMissing(title: r.title), indent: "    ")
                case .notNeeded: say(phase.skipped ? .documentNotHeld(title: r.title) : .documentNotNeeded(title: r.title), indent: "    ")
                }
            }
            for a in phase.approvals {
                if let approval = a.approval, a.satisfied {
                    say(.approvedBy(title: a.title, by: name(approval.approvedBy), at: LocalTime.format(approval.approvedAt, in: library.settings.timeZone)), indent: "    ")
                } else {
                    say(.approvalMissing(title: a.title), indent: "    ")
                }
                if let reason = a.reasonText { say(reason, indent: "        ") }
            }
            if phase.releasesNeeded {
                say(.softwareReleased(count: s.releases.count), indent: phase.releasesMet ? "    ✔ " : "    ✘ ")
            }
        }
        if !s.changeRequests.isEmpty { say(.changeRequestsAre(s.changeRequests.joined(separator: ", "))) }
        if !s.missingWeeklyReports.isEmpty { say(.weeklyReportsMissing(s.missingWeeklyReports.joined(separator: ", "))) }
        if let current = s.current, !current.missing.isEmpty {
            say(.toLeave(phase: current.phase.title, missing: current.missing(in: language).joined(separator: ", ")))
        } else if let current = s.current, let last = s.phases.last, s.phases.dropLast().last?.phase.id == current.phase.id {
            // The last phase is entered only by the baseline, once its own documents are in.
            say(.toClose(phase: last.phase.title, missing: last.missing(in: language).joined(separator: ", "), id: p.id))
        }
    }
}

/// The status of a project, for scripts.
struct StatusReport: Encodable {
    struct Document: Encodable { let id: String; let title: String; let state: String; let paths: [String] }
    struct Approval: Encodable { let document: String; let role: String; let satisfied: Bool; let by: String?; let at: Date?; let reason: String? }
    struct PhaseReport: Encodable {
        let id: String; let title: String; let gateMet: Bool; let skipped: Bool; let missing: [String]
        let documents: [Document]; let approvals: [Approval]; let releasesNeeded: Bool; let releasesMet: Bool
    }
    let project: ProjectRecord
    let phase: String
    /// Set when the project's phase is not one of the process's.
    let phaseProblem: String?
    let phases: [PhaseReport]
    let releases: Int
    let changeRequests: [String]
    let missingWeeklyReports: [String]

    init(_ s: ProjectStatus) {
        project = s.project
        phase = s.project.phase
        phaseProblem = s.phaseProblem?.text(in: Output.language)
        releases = s.releases.count
        changeRequests = s.changeRequests
        missingWeeklyReports = s.missingWeeklyReports
        phases = s.phases.map { p in
            PhaseReport(
                id: p.phase.id, title: p.phase.title, gateMet: p.gateMet, skipped: p.skipped, missing: p.missing,
                documents: p.documents.map { d in
                    let state: String
                    switch d.state {
                    case .present: state = "present"
                    case .missing: state = "missing"
                    case .notNeeded: state = "not-needed"
                    }
                    return Document(id: d.type.id, title: d.type.title, state: state, paths: d.paths)
                },
                approvals: p.approvals.map {
                    Approval(document: $0.documentType, role: $0.role.rawValue, satisfied: $0.satisfied, by: $0.approval?.approvedBy, at: $0.approval?.approvedAt,
                        reason: $0.reason)
                },
                releasesNeeded: p.releasesNeeded, releasesMet: p.releasesMet)
        }
    }
}
