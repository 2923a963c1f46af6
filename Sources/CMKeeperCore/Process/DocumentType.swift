import Foundation

/// One kind of document the process names, e.g. 安装验收报告 (the installation acceptance report):
/// its title, its place in the project folder, its file types and when it is required.
public struct DocumentType: Sendable, Equatable, Identifiable {
    /// Stable id, e.g. `acceptance-report`.
    public let id: String
    /// The Chinese title, exactly as users know it, e.g. `安装验收报告`.
    public let title: String
    public let englishTitle: String
    /// Other names people give it, e.g. `实施计划` for `项目实施及验收总体计划`.
    public let aliases: [String]
    /// The id of the phase it belongs to, or `any` (``DocumentType/anyPhase``).
    public let phase: String
    /// Where it is kept, relative to the project folder, e.g. `acceptance/安装验收报告.*`.
    public let path: PathPattern
    /// The extensions it may have, lowercase, without the dot, e.g. `docx`, `pdf`.
    public let fileTypes: [String]
    public let multiplicity: Multiplicity
    public let required: Requirement
    /// Written by cmkeeper (the release record), never pushed by people.
    public let writtenBySystem: Bool

    /// The `phase` of a document that belongs to no one phase (change requests, weekly reports).
    public static let anyPhase = "any"

    public enum Multiplicity: String, Sendable {
        /// The project has one such document; pushing it again makes a new version of it.
        case one
        /// Any number, each its own file, numbered or dated (change requests, weekly reports).
        case many
    }

    /// When a project needs the document. Written in process.toml as `always`, `large`, `small`,
    /// `trial-run`, `optional` or `one-of:GROUP`.
    public enum Requirement: Sendable, Equatable, CustomStringConvertible {
        case always
        /// Large projects only.
        case largeProjects
        /// Small projects only.
        case smallProjects
        /// Only when the project has a trial run.
        case ifTrialRun
        /// Never required: optional.
        case never
        /// At least one document of the group, e.g. `acceptance-test-record`: the functional test
        /// table or the acceptance test report.
        case oneOf(group: String)

        /// Reads the process.toml spelling; nil if it is none.
        public init?(configurationValue text: String) {
            switch text {
            case "always": self = .always
            case "large": self = .largeProjects
            case "small": self = .smallProjects
            case "trial-run": self = .ifTrialRun
            case "optional": self = .never
            default:
                guard text.hasPrefix(Self.oneOfPrefix) else { return nil }
                self = .oneOf(group: String(text.dropFirst(Self.oneOfPrefix.count)))
            }
        }

        static let oneOfPrefix = "one-of:"
        static let spellings = "\"always\", \"large\", \"small\", \"trial-run\", \"optional\" or \"one-of:GROUP\""

        /// The process.toml spelling, e.g. `large` or `one-of:acceptance-test-record`.
        public var description: String {
            switch self {
            case .always: return "always"
            case .largeProjects: return "large"
            case .smallProjects: return "small"
            case .ifTrialRun: return "trial-run"
            case .never: return "optional"
            case .oneOf(let group): return Self.oneOfPrefix + group
            }
        }

        /// The group of a `oneOf` requirement.
        public var group: String? {
            if case .oneOf(let group) = self { return group }
            return nil
        }
    }

    public init(
        id: String, title: String, englishTitle: String, phase: String, path: PathPattern, fileTypes: [String],
        multiplicity: Multiplicity = .one, required: Requirement = .never, writtenBySystem: Bool = false, aliases: [String] = []
    ) {
        self.id = id
        self.title = title
        self.englishTitle = englishTitle
        self.aliases = aliases
        self.phase = phase
        self.path = path
        self.fileTypes = fileTypes
        self.multiplicity = multiplicity
        self.required = required
        self.writtenBySystem = writtenBySystem
    }

    /// The names a file may carry for it: the title, each alternative of a title joined by 或者 or 或
    /// (`销售合同或者相关备忘录`: `销售合同`, `相关备忘录`), and the aliases.
    public var names: [String] {
        // A simple title without 或 has no alternatives: no need to ask Foundation to split it.
        if SimpleText(title).isSimple && !title.unicodeScalars.contains("或") { return [title] + aliases }
        let alternatives = title.components(separatedBy: "或者").flatMap { $0.components(separatedBy: "或") }.filter { !$0.isEmpty }
        return [title] + (alternatives.count > 1 ? alternatives : []) + aliases
    }

    /// Whether a project of this size, with or without a trial run, needs the document.
    /// A `oneOf` document counts as required (callers check that one of its group is there);
    /// an optional one never is.
    public func isRequired(projectSize: ProjectSize, trialRun: Bool) -> Bool {
        switch required {
        case .always, .oneOf: return true
        case .largeProjects: return projectSize == .large
        case .smallProjects: return projectSize == .small
        case .ifTrialRun: return trialRun
        case .never: return false
        }
    }

    /// Whether a file name has one of the allowed extensions (in any letter case).
    public func allowsFileType(of fileName: String) -> Bool {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return false }
        return fileTypes.contains(fileName[fileName.index(after: dot)...].lowercased())
    }
}

/// A project's size, which decides its acceptance documents: a large project (大项目) has the
/// system installation acceptance report and the technical archive form, a small one (小项目) the
/// installation acceptance report.
public enum ProjectSize: String, Sendable, Codable, CaseIterable {
    case large, small

    /// 大项目 or 小项目.
    public var title: String {
        switch self {
        case .large: return "大项目"
        case .small: return "小项目"
        }
    }
}
