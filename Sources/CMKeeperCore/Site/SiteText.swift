/// Every text a person reads on the status site, in the handover checklist and in a release
/// tag's readable record, by key; `SiteText+zhCN.swift` and `SiteText+en.swift` give it in
/// each language, each an exhaustive `switch`, so the compiler proves every key has both.
public enum SiteText: Localized, Equatable {
    // The index (配置状态报告).
    case indexTitle
    case indexMeta(projects: Int, generatedAt: String)
    case needsAttention
    case nothingNeedsAttention
    case gatesBlocked
    case blockedSince(time: String, days: Int)
    case approvalsWaiting
    case weeklyReportsOverdue
    case weeksMissing(Int)
    case andMore(Int)
    case inboxRejections
    case allProjects
    case noProjects
    case columnProject, columnName, columnCustomer, columnManager, columnPhase, columnMissing
    case columnWeekly, columnReleases, columnBaselines, columnOpenChangeRequests
    case phasesLegend
    case notHeld

    // A project's page.
    case backToIndex
    case projectMeta(customer: String, manager: String, size: String)
    case phaseTimeline
    case currentPhase
    case gateMet
    case gateNotMet
    case phaseSkipped
    case toLeavePhase(String)
    case documents
    case columnDocument, columnFile, columnSubmitted, columnApproved, columnHistory
    case missingDocument
    case notNeeded
    case approvalBy(role: String, person: String, time: String)
    case historyEntry(time: String, person: String, change: String)
    case changeAdded, changeModified, changeDeleted
    case releases
    case noReleases
    case baselines
    case noBaselines
    case baselineMeta(person: String, time: String, items: Int, size: String)
    case changeRequests
    case noChangeRequests
    case approvedChangeRequest
    case openChangeRequest
    case columnDocumentType, columnSize, columnSHA256

    // A release's record (发行记录), in its tag and on the site.
    case releaseSubject(product: String, version: String, project: String, id: String)
    case releaseNumber
    case releaseProduct
    case releaseVersion
    case releaseRecipient
    case releasedBy
    case releaseTime
    case releaseMessage
    case releaseFiles(count: Int, size: String)
    case releaseRecordBelow

    // The handover checklist (项目验收移交客户资料清单).
    case handoverTitle
    case handoverProject
    case handoverBaseline
    case handoverItems(count: Int, size: String)
    case handoverCheckTitle
    case handoverCheckLinux(folder: String)
    case handoverCheckWindows(folder: String)
    case handoverCheckPowerShell
    case handoverSignatures
    case handoverGiver
    case handoverReceiver
    case handoverDate
    case handoverSubmittedBy

    // What verify found (index and project pages).
    case verifyFailures
    case verifyDue(days: Int)
    case verifyPassed(time: String)
    case verifyFoundProblems(time: String, count: Int)
    case notYetVerified
    case lastVerified(time: String, days: Int)
    case verifyOfProject
    case verifyOfRepository
    case verifyOfLibrary
    case findingFix(String)

    // The command line.
    case siteWritten(folder: String, projects: Int, pages: Int)
    case handoverWithInternal
    case verifyNotRecorded(reason: String)
}
