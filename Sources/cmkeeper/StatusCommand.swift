import ArgumentParser
import CMKeeperCore
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where a project stands, or every project.",
        discussion: """
            With PROJECT: its phase, and for each phase every document of the process as \
            present, missing or not needed (by Chinese title), the approvals, whether software \
            was released, whether the gate is met, and the weekly reports (项目周报) missing.

            Without: the configuration status accounting (配置状态报告), one line per project: \
            customer, manager, phase, last weekly report, releases, baselines, open change \
            requests and what stops its current gate; --phase and --manager filter it, --html \
            writes it as a page leadership opens in a browser.

            Examples:
              cmkeeper status P-2026-001
              cmkeeper status --phase acceptance --html /srv/www/配置状态报告.html
            """)

    @Argument(help: "The project id.")
    var project: String?

    @Option(help: ArgumentHelp("Only projects in this phase (e.g. acceptance).", valueName: "phase"))
    var phase: String?

    @Option(help: ArgumentHelp("Only projects of this manager.", valueName: "login"))
    var manager: String?

    @Option(help: ArgumentHelp("Also write the report (配置状态报告) as a self-contained HTML page.", valueName: "file"))
    var html: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            if let project {
                let status = try lib.status(of: project)
                if output.json { Output.printJSON(StatusReport(status)) } else { StatusPrinter.printDetail(status) }
                return
            }
            let now = Date()
            let projects = try lib.statusAccounting(phase: phase, manager: manager, now: now)
            if let html {
                let page = try lib.statusReportPage(phase: phase, manager: manager, now: now)
                do {
                    try Data(page.utf8).write(to: URL(fileURLWithPath: html), options: .atomic)
                } catch {
                    throw CMKeeperError(.storage, "could not write \(html): \(error.localizedDescription)", hint: "check the folder exists and is writable")
                }
            }
            if output.json {
                Output.printJSON(projects)
            } else if projects.isEmpty {
                print(phase != nil || manager != nil ? "No project matches." : "No projects yet. Create one with: cmkeeper project create ID --name NAME --manager LOGIN")
            } else {
                var table = TextTable(header: ["PROJECT", "NAME", "CUSTOMER", "MANAGER", "PHASE", "WEEKLY", "RELEASES", "BASELINES", "OPEN CRS", "MISSING"])
                for p in projects {
                    table.rows.append([
                        p.id, p.name, p.customer ?? "-", p.manager, p.phaseTitle, p.lastWeeklyReport ?? "-", "\(p.releases)",
                        p.baselines.isEmpty ? "-" : p.baselines.joined(separator: ","), "\(p.openChangeRequests.count)",
                        p.missing.isEmpty ? "-" : p.missing.joined(separator: ", "),
                    ])
                }
                print(table.render())
                if let html { print("\nWrote \(html)") }
            }
        }
    }
}

enum StatusPrinter {
    static func printDetail(_ s: ProjectStatus) {
        let p = s.project
        print("\(p.id) “\(p.name)”  customer \(p.customer ?? "-"), manager \(p.manager), \(p.size.rawValue) project\(s.trialRun ? ", with trial run" : "")")
        if let problem = s.phaseProblem {
            print("phase: ✘ \(problem)")
            print("    fix: a CM engineer corrects phase in \(LibraryLayout.projectFile(p.id))")
        } else {
            print("phase: \(s.current.map { "\($0.phase.title) (\($0.phase.id))" } ?? p.phase)")
        }
        for phase in s.phases {
            let here = phase.phase.id == p.phase ? "▶" : " "
            let gate = phase.skipped ? "skipped (not held)" : phase.gateMet ? "gate met" : "gate not met"
            print("\(here) \(phase.phase.title) (\(phase.phase.id)): \(gate)")
            for r in phase.requirements {
                let mark: String
                switch r.state {
                case .present(let paths): mark = "✔ \(r.title)  \(paths.joined(separator: ", "))"
                case .missing: mark = "✘ \(r.title)  missing"
                case .notNeeded: mark = phase.skipped ? "· \(r.title)  not held" : "· \(r.title)  not needed"
                }
                print("    \(mark)")
            }
            for a in phase.approvals {
                print("    \(a.satisfied ? "✔" : "✘") \(a.title)\(a.approval.map { "  by \($0.approvedBy) at \(Timestamp.format($0.approvedAt))" } ?? "  missing")")
                if let reason = a.reason { print("        \(reason)") }
            }
            if phase.releasesNeeded {
                print("    \(phase.releasesMet ? "✔" : "✘") 软件发行 (software released)  \(s.releases.count) release\(s.releases.count == 1 ? "" : "s")")
            }
        }
        if !s.changeRequests.isEmpty { print("change requests (需求变更申请单): \(s.changeRequests.joined(separator: ", "))") }
        if !s.missingWeeklyReports.isEmpty { print("weekly reports (项目周报) missing: \(s.missingWeeklyReports.joined(separator: ", "))") }
        if let current = s.current, !current.missing.isEmpty {
            print("To leave \(current.phase.title): \(current.missing.joined(separator: ", "))")
        } else if let current = s.current, let last = s.phases.last, s.phases.dropLast().last?.phase.id == current.phase.id {
            // The last phase is entered only by the baseline, once its own documents are in.
            let needed = last.missing.isEmpty ? "" : "\(last.missing.joined(separator: ", ")), then "
            print("To close (\(last.phase.title)): \(needed)a CM engineer runs cmkeeper baseline \(p.id)")
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
        phaseProblem = s.phaseProblem
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
