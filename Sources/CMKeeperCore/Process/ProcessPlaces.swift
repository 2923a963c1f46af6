/// What the process says about paths relative to a project folder, worked out once for each
/// path. The projects of a library share their documents' names (`preparation/项目实施申请表.xlsx`),
/// so a change of thousands of projects (a library's first push) matches each name against the
/// process's patterns once, not once per project. The answers are exactly the process's own.
struct ProcessPlaces {
    let process: ProcessDefinition
    private var types: [PathKey: Int?] = [:]
    private var counted: [Counted: Bool] = [:]

    private struct Counted: Hashable {
        let type: String
        let path: PathKey
    }

    init(_ process: ProcessDefinition) {
        self.process = process
    }

    /// ``ProcessDefinition/documentType(matching:)``.
    mutating func documentType(matching relativePath: String) -> DocumentType? {
        if let known = types[PathKey(relativePath)] { return known.map { process.documentTypes[$0] } }
        let names = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        let index = process.documentTypes.firstIndex { $0.path.matches(components: names) }
        types[PathKey(relativePath)] = index
        return index.map { process.documentTypes[$0] }
    }

    /// Whether a file at `relativePath` counts as `type` (of this process): its path matches the
    /// type's pattern and its extension is one of the type's file types.
    mutating func counts(_ relativePath: String, as type: DocumentType) -> Bool {
        let key = Counted(type: type.id, path: PathKey(relativePath))
        if let known = counted[key] { return known }
        let answer = type.path.matches(relativePath) && type.allowsFileType(of: relativePath)
        counted[key] = answer
        return answer
    }
}
