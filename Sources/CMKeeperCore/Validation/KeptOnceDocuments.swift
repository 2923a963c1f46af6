import Foundation

/// The documents kept once (`multiplicity = "one"`) that a change writes, project by project:
/// after the change each must still be one file. A new version replaces the current one whatever
/// its extension (`安装调试报告.doc` after `安装调试报告.docx`); git keeps the history.
struct KeptOnceDocuments {
    private struct Key: Hashable {
        let project: String
        let type: String
    }
    private var written: [Key: (type: DocumentType, path: String)] = [:]

    /// Notes that the change writes `path` as document `type` of `project`.
    mutating func note(_ type: DocumentType, project: String, changed path: String) {
        let key = Key(project: project, type: type.id)
        if written[key] == nil { written[key] = (type, path) }
    }

    /// A problem found for one project's document.
    struct Finding: Sendable {
        let project: String
        let type: String
        let problem: ValidationProblem
    }

    /// The findings' problems, by project and then document type: the order of `findings` from
    /// one part of a change, kept when parts are merged.
    static func ordered(_ findings: [Finding]) -> [ValidationProblem] {
        findings.sorted { ($0.project, $0.type) < ($1.project, $1.type) }.map(\.problem)
    }

    /// One problem for each noted document that has more than one file in `snapshot`, shown at
    /// a file the change wrote; by project and then document type.
    func findings(in snapshot: Snapshot, places: inout ProcessPlaces) throws -> [Finding] {
        var problems: [Finding] = []
        var listings: [String: [String]] = [:]
        for (key, noted) in written.sorted(by: { ($0.key.project, $0.key.type) < ($1.key.project, $1.key.type) }) {
            let files = try snapshot.documentFiles(of: noted.type, inProject: LibraryLayout.projectFolder(key.project), listings: &listings) {
                places.counts($0, as: noted.type)
            }
            let others = files.filter { $0 != noted.path }
            guard files.count > 1, let old = others.first else { continue }
            problems.append(Finding(project: key.project, type: key.type, problem: ValidationProblem(
                path: ChangeValidator.display(noted.path),
                message: .secondFileOf(title: noted.type.title, project: key.project, others: others.map(ChangeValidator.display).joined(separator: ", ")),
                hint: .newVersionReplacesOld(old))))
        }
        return problems
    }
}
