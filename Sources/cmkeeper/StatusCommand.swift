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
            Without: one line per project with its phase and what stops its current gate.
            """)

    @Argument(help: "The project id.")
    var project: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Output.run(json: output.json) { () throws(CMKeeperError) in
            let lib = try library.open()
            let ids: [String]
            if let project { ids = [project] } else { ids = try lib.projects().map(\.id) }
            var statuses: [ProjectStatus] = []
            for id in ids { statuses.append(try lib.status(of: id)) }
            if output.json {
                let reports = statuses.map(StatusReport.init)
                if project != nil { Output.printJSON(reports[0]) } else { Output.printJSON(reports) }
            } else if project != nil {
                StatusPrinter.printDetail(statuses[0])
            } else if statuses.isEmpty {
                print("No projects yet. Create one with: cmkeeper project create ID --name NAME --manager LOGIN")
            } else {
                var table = TextTable(header: ["PROJECT", "NAME", "MANAGER", "PHASE", "RELEASES", "MISSING TO LEAVE THE PHASE"])
                for s in statuses {
                    let missing = s.current?.missing ?? []
                    table.rows.append([
                        s.project.id, s.project.name, s.project.manager, "\(s.current?.phase.title ?? s.project.phase)",
                        "\(s.releases.count)", missing.isEmpty ? "-" : missing.joined(separator: ", "),
                    ])
                }
                print(table.render())
            }
        }
    }
}

enum StatusPrinter {
    static func printDetail(_ s: ProjectStatus) {
        let p = s.project
        print("\(p.id) “\(p.name)”  customer \(p.customer ?? "-"), manager \(p.manager), \(p.size.rawValue) project\(s.trialRun ? ", with trial run" : "")")
        print("phase: \(s.current.map { "\($0.phase.title) (\($0.phase.id))" } ?? p.phase)")
        for phase in s.phases {
            let here = phase.phase.id == p.phase ? "▶" : " "
            let gate = phase.skipped ? "skipped" : phase.gateMet ? "gate met" : "gate not met"
            print("\(here) \(phase.phase.title) (\(phase.phase.id)): \(gate)")
            for d in phase.documents {
                let mark: String
                switch d.state {
                case .present(let paths): mark = "✔ \(d.type.title)  \(paths.joined(separator: ", "))"
                case .missing: mark = "✘ \(d.type.title)  missing"
                case .notNeeded: mark = "· \(d.type.title)  not needed"
                }
                print("    \(mark)")
            }
            for a in phase.approvals {
                print("    \(a.satisfied ? "✔" : "✘") \(a.title)\(a.approval.map { "  by \($0.approvedBy) at \(Timestamp.format($0.approvedAt))" } ?? "  missing")")
            }
            if phase.releasesNeeded {
                print("    \(phase.releasesMet ? "✔" : "✘") 软件发行 (software released)  \(s.releases.count) release\(s.releases.count == 1 ? "" : "s")")
            }
        }
        if !s.changeRequests.isEmpty { print("change requests (需求变更申请单): \(s.changeRequests.joined(separator: ", "))") }
        if !s.missingWeeklyReports.isEmpty { print("weekly reports (项目周报) missing: \(s.missingWeeklyReports.joined(separator: ", "))") }
        if let current = s.current, !current.missing.isEmpty {
            print("To leave \(current.phase.title): \(current.missing.joined(separator: ", "))")
        }
    }
}

/// The status of a project, for scripts.
struct StatusReport: Encodable {
    struct Document: Encodable { let id: String; let title: String; let state: String; let paths: [String] }
    struct Approval: Encodable { let document: String; let role: String; let satisfied: Bool; let by: String?; let at: Date? }
    struct PhaseReport: Encodable {
        let id: String; let title: String; let gateMet: Bool; let skipped: Bool; let missing: [String]
        let documents: [Document]; let approvals: [Approval]; let releasesNeeded: Bool; let releasesMet: Bool
    }
    let project: ProjectRecord
    let phase: String
    let phases: [PhaseReport]
    let releases: Int
    let changeRequests: [String]
    let missingWeeklyReports: [String]

    init(_ s: ProjectStatus) {
        project = s.project
        phase = s.project.phase
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
                    Approval(document: $0.documentType, role: $0.role.rawValue, satisfied: $0.satisfied, by: $0.approval?.approvedBy, at: $0.approval?.approvedAt)
                },
                releasesNeeded: p.releasesNeeded, releasesMet: p.releasesMet)
        }
    }
}
