import Foundation

/// Which document a file is, read from its name as people name it: `某银行-安装验收报告-签字版.pdf`,
/// `项目实施申请表 (2).xlsx`, `销售合同.pdf`. See ``ProcessDefinition/recognise(fileName:)``.
public enum DocumentRecognition: Sendable, Equatable {
    /// The name says which document it is.
    case recognised(DocumentType)
    /// The name fits two or more documents, in process order; the user must say which.
    case ambiguous([DocumentType])
    /// An editor's or office program's lock or temporary file (`~$…`, `.~lock…#`, `Thumbs.db`),
    /// never a document; the reason says which kind.
    case temporary(reason: TemporaryKind)
    /// The name fits no document; the nearest ones, in process order, when some are close.
    case unknown(nearest: [DocumentType])

    /// The recognised document type, if any.
    public var documentType: DocumentType? {
        if case .recognised(let type) = self { return type }
        return nil
    }

    /// Why a file named `fileName` cannot be placed by its name, as a problem at `path`; nil when
    /// it was recognised. `verb` is what the user does with documents ("submit", "drop"),
    /// `otherwise` their other way out ("give --type").
    public func problem(at path: String, fileName: String, verb: Verb, otherwise: Message) -> ValidationProblem? {
        let ext = (fileName as NSString).pathExtension.lowercased()
        let example = { (type: DocumentType) in "\(type.title).\(ext.isEmpty ? "docx" : ext)" }
        let listed = { (types: [DocumentType]) in types.map { Message.titled(title: $0.title, id: $0.id) } }
        switch self {
        case .recognised:
            return nil
        case .temporary(let reason):
            return ValidationProblem(path: path, message: .isTemporary(reason), hint: .closeAndRemove(verb: verb))
        case .ambiguous(let types):
            return ValidationProblem(
                path: path, message: .nameFitsSeveral(listed(types)), hint: .renameToTheOne(example: example(types[0]), otherwise: otherwise))
        case .unknown(let nearest) where !nearest.isEmpty:
            return ValidationProblem(
                path: path, message: .nameSaysNoDocumentDidYouMean(listed(nearest)), hint: .nameByTitle(example: example(nearest[0]), otherwise: otherwise))
        case .unknown:
            return ValidationProblem(
                path: path, message: .nameSaysNoDocument,
                hint: .nameByChineseTitle(example: "安装验收报告.\(ext.isEmpty ? "docx" : ext)", otherwise: otherwise))
        }
    }
}

extension ProcessDefinition {
    /// Recognises the document a file is from its name: the one function `submit`, the inbox and
    /// the validator's placement hint call.
    ///
    /// - A lock or temporary file is ``DocumentRecognition/temporary(reason:)``, whatever else it is called.
    /// - A name that is a document's title, id, English title or one of its ``DocumentType/names``
    ///   (in any letter case, full-width or half-width), or that its path pattern matches
    ///   (`需求变更申请单-003.docx`), is that document, written by cmkeeper or not.
    /// - Otherwise the name is searched for the names of every document people write, around
    ///   prefixes and suffixes (`某银行-安装验收报告-签字版`, `项目实施申请表 (2)`, `实施计划-最终版`).
    ///   A name found inside a longer name found at the same place does not count: `系统安装验收报告`
    ///   is the system acceptance report, not also the acceptance report inside it. One document
    ///   left is recognised; two or more are ambiguous.
    /// - A name holding none is unknown, with the documents whose names are nearest to a part of it.
    public func recognise(fileName: String) -> DocumentRecognition {
        let name = fileName.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? fileName
        if let reason = OfficeTempFiles.reason(for: name) { return .temporary(reason: reason) }
        var stem = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { stem = String(name[..<dot]) }
        let folded = Self.folded(stem)
        guard !folded.isEmpty else { return .unknown(nearest: []) }

        let typesAndKeys = zip(documentTypes, recognitionKeys)
        if let exact = typesAndKeys.first(where: { type, keys in type.path.matchesFileName(name) || keys.all.contains(folded) }) {
            return .recognised(exact.0)
        }

        let written = typesAndKeys.filter { type, _ in !type.writtenBySystem }
        var found: [(type: DocumentType, range: Range<Int>)] = []
        for (type, keys) in written {
            for key in keys.all { found += Self.occurrences(of: key, in: folded).map { (type, $0) } }
        }
        let standing = found.filter { match in
            !found.contains { $0.range.count > match.range.count && $0.range.clamped(to: match.range) == match.range }
        }
        let types = written.map(\.0).filter { type in standing.contains { $0.type.id == type.id } }
        if types.count == 1 { return .recognised(types[0]) }
        if types.count > 1 { return .ambiguous(types) }

        // Nearest: the fewest edits that make one of a document's names appear in the file's name.
        let distances = written.map { _, keys in
            keys.names.map { key -> Int in
                let distance = Self.distance(of: key, within: folded)
                return distance <= key.count / 3 ? distance : Int.max
            }.min() ?? Int.max
        }
        guard let best = distances.min(), best != Int.max else { return .unknown(nearest: []) }
        return .unknown(nearest: zip(written, distances).filter { $0.1 == best }.map(\.0.0))
    }

    /// A name as compared: compatibility-composed (full-width brackets and letters become
    /// half-width, a Mac's decomposed spelling composed) and in lower case.
    fileprivate static func folded(_ text: String) -> [Character] {
        Array(SimpleText(text).compatibilityComposed.lowercased())
    }

    /// Where `key` occurs in `text`, as ranges of characters.
    private static func occurrences(of key: [Character], in text: [Character]) -> [Range<Int>] {
        guard !key.isEmpty, key.count <= text.count else { return [] }
        return (0...(text.count - key.count)).filter { start in
            text[start..<(start + key.count)].elementsEqual(key)
        }.map { $0..<($0 + key.count) }
    }

    /// The fewest insertions, deletions and substitutions that make `key` appear somewhere in `text`.
    private static func distance(of key: [Character], within text: [Character]) -> Int {
        guard !key.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: text.count + 1)
        for (i, k) in key.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: text.count)
            for (j, t) in text.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (k == t ? 0 : 1))
            }
            previous = current
        }
        return previous.min()!
    }
}

/// A document type's names as the recogniser compares them (see `ProcessDefinition.folded`):
/// worked out once, with the process definition, not for every file.
struct RecognitionKeys: Sendable, Equatable {
    /// The id, the English title and the ``DocumentType/names``.
    let all: [[Character]]
    /// The ``DocumentType/names`` only: what "did you mean" offers.
    let names: [[Character]]

    init(_ type: DocumentType) {
        names = type.names.map(ProcessDefinition.folded)
        all = [type.id, type.englishTitle].map(ProcessDefinition.folded) + names
    }
}
