import Foundation

/// Why an approval does not count, or may not be given: what is wrong and what to do next.
public struct ApprovalRefusal: Sendable, Equatable {
    /// Why the approval does not hold, in a sentence of the catalog.
    public let text: Message
    /// What to do.
    public let fix: Message

    public init(_ text: Message, fix: Message) {
        self.text = text
        self.fix = fix
    }

    /// ``text`` in English, for logs and records.
    public var message: String { text.en }
    /// ``fix`` in English.
    public var hint: String { fix.en }
}

/// The rules an approval (审批) keeps, in one place: `approve` and the validator (a pushed line of
/// `approvals.jsonl`) refuse an approval that breaks them, and the gate evaluation does not count
/// one that does (in case one slipped into history earlier). Pure: it reads what it is given.
///
/// - **Only what was approved.** An approval holds while the file it names has the blob it
///   approved; for a document kept once (`multiplicity = "one"`) that file must also be the
///   document's only file. A new version, a file of another type replacing it (`.pdf` → `.docx`)
///   or a second file beside it needs approving again.
/// - **Separation of duties.** Within one approval requirement each role is approved by a
///   different person, even one who holds several of the roles: the first approval counts, a
///   second by the same person does not. Where the requirement is `independent`, the person who
///   submitted the file (``ProjectFiles/submitters``) may not approve it.
public enum ApprovalRules {
    /// The approvals of one document type in a log, judged in log order.
    public struct Judgement: Sendable, Equatable {
        /// The approvals that count, in log order: all of the document's current file.
        public var counted: [ApprovalRecord] = []
        /// The approvals that do not, in log order, each with why.
        public var refused: [Refused] = []

        public struct Refused: Sendable, Equatable {
            public let record: ApprovalRecord
            public let refusal: ApprovalRefusal
        }
    }

    /// Judges every approval of `type` in `log` against the project's `files`, in log order; each
    /// one is checked against the approvals counted before it.
    public static func judge(_ log: ApprovalLog, type: DocumentType, requirement: ApprovalRequirement?, files: ProjectFiles) -> Judgement {
        var judgement = Judgement()
        for record in log.records where record.documentType == type.id {
            if let refusal = refusal(of: record, type: type, requirement: requirement, files: files, counted: judgement.counted) {
                judgement.refused.append(.init(record: record, refusal: refusal))
            } else {
                judgement.counted.append(record)
            }
        }
        return judgement
    }

    /// Why `record` does not hold for the project's `files`, given the approvals of the same
    /// document already `counted`; nil when it counts.
    public static func refusal(
        of record: ApprovalRecord, type: DocumentType, requirement: ApprovalRequirement?, files: ProjectFiles, counted: [ApprovalRecord]
    ) -> ApprovalRefusal? {
        if let refusal = fileRefusal(of: record, type: type, files: files) { return refusal }
        guard let requirement else { return nil }
        let someoneElse = Message.askAnotherApprover(role: record.role.titled)
        if requirement.independent, let submitter = files.submitters[record.path], submitter == record.approvedBy {
            return ApprovalRefusal(.submitterMayNotApprove(submitter: submitter, path: record.path, title: type.title), fix: someoneElse)
        }
        if let first = counted.first(where: { $0.approvedBy == record.approvedBy && $0.role != record.role && requirement.requiredRoles.contains($0.role) }) {
            return ApprovalRefusal(
                .alreadyApprovedInOtherRole(
                    user: first.approvedBy, role: first.role.title, title: type.title, at: Timestamp.format(first.approvedAt), other: record.role.title),
                fix: someoneElse)
        }
        return nil
    }

    /// Why the file `record` names is not the document as it is now, or nil.
    private static func fileRefusal(of record: ApprovalRecord, type: DocumentType, files: ProjectFiles) -> ApprovalRefusal? {
        let path = record.path
        guard type.path.matches(path) && type.allowsFileType(of: path) else {
            return ApprovalRefusal(.notAFileOf(path: path, title: type.title), fix: .approveWhereKept(type.path.description))
        }
        let again = Message.approveAgain
        let kept = files.paths(of: type)
        if type.multiplicity == .one && kept.count > 1 {
            return ApprovalRefusal(.severalFiles(count: kept.count, files: kept.joined(separator: ", ")), fix: .keepOneFile(path))
        }
        guard let blob = files.blob(at: path) else {
            if type.multiplicity == .one, let other = kept.first {
                return ApprovalRefusal(.approvedFileReplaced(path: path, by: other), fix: again)
            }
            return ApprovalRefusal(.approvedFileGone(path), fix: .submitThenApproveAgain)
        }
        guard blob == record.blob else {
            return ApprovalRefusal(.approvedFileChanged(path: path, by: record.approvedBy), fix: again)
        }
        return nil
    }
}
