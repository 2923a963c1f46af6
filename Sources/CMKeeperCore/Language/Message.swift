/// The keys of cmkeeper's message catalog: every sentence a person reads, with what it
/// names (paths, ids, logins, counts) as associated values. Each language's text is an
/// exhaustive `switch` (`Message+en.swift`, `Message+zhCN.swift`), so the compiler refuses a
/// key missing in either. Paths, ids, commands and git's own words stay as they are.
public indirect enum Message: Sendable, Hashable {
    /// Words that are the same in every language: a path, an id, a command, or what a lower
    /// layer (libgit2, the file system) said.
    case verbatim(String)
    /// Several messages, one after the other.
    case joined([Message], separator: String)
    /// A phase or a document type by its title and its id, in one form a language: full-width
    /// `项目准备（preparation）` in Chinese, `项目准备 (preparation)` in English; `note` goes inside,
    /// after the id. Every message naming a phase or a type with its id renders it here.
    case titled(title: String, id: String, note: Message? = nil)
    /// Several phases or document types (``titled(title:id:note:)``), listed: `、` in Chinese.
    case titledList([Message])
    /// Alternatives among titled things (``titled(title:id:note:)``): `或` in Chinese, `or` in English.
    case titledEither([Message])

    // MARK: The command line
    case langNeedsValue
    case unknownLanguage(String)

    // MARK: What commands tell
    case projectCreated(id: String, name: String, manager: String, size: String, phase: String, commit: String)
    case dropFolderIs(String)
    case createdLibrary(path: String, repository: String, inbox: String, products: String?, settings: String, cm: String)
    case committedDocuments(count: Int, project: String, commit: String)
    case inLargeFileStore
    case approved(path: String, project: String, role: Message, blob: String, commit: String)
    case nextRelease(String)
    case managerHoldsNoRole(String)
    case grantManagerRole(String)
    /// The columns of the project list, tab-separated.
    case projectColumns
    /// The columns of the role list, tab-separated.
    case roleColumns
    case alreadyHasRole(user: String, role: Message)

    // MARK: status
    /// The columns of the status table, tab-separated.
    case statusColumns
    case noProjectMatches
    case noProjectsYet
    case wrote(String)
    case statusHeader(id: String, name: String, customer: String, manager: String, large: Bool, trialRun: Bool)
    case phaseProblem(String)
    case phaseProblemFix(file: String)
    case phaseIs(title: String, id: String)
    case phaseGate(title: String, id: String, gate: Gate)
    case documentPresent(title: String, paths: String)
    case documentMissing(title: String)
    case documentNotHeld(title: String)
    case documentNotNeeded(title: String)
    case approvedBy(title: String, by: String, at: String)
    case approvalMissing(title: String)
    case softwareReleased(count: Int)
    case changeRequestsAre(String)
    case weeklyReportsMissing(String)
    case toLeave(phase: String, missing: String)
    case toClose(phase: String, missing: String, id: String)

    // MARK: daemon status
    case daemonRunning(pid: String, since: String?)
    case daemonNotRunning
    case daemonLibrary(String)
    case daemonMain(String?)
    case inboxWaiting(Int)
    /// The columns of the inbox's queue, tab-separated.
    case waitingColumns
    case inboxItself
    case noRecentCommits(running: Bool)
    case recentCommits(running: Bool)
    /// The columns of the recent commits, tab-separated.
    case recentCommitColumns
    case noMirrors
    case mirrorsHeading
    /// The columns of the mirrors, tab-separated.
    case mirrorColumns
    case mirrorFailing(Int)
    case commitsBehind(Int?)
    case never

    // MARK: release, releases
    case released(product: String, version: String, project: String, id: String)
    case releasedToBy(recipient: String, by: String, at: String)
    case commitAndTag(commit: String, tag: String)
    case answersForm(String)
    /// The columns of a release's file table, tab-separated.
    case releaseFileColumns
    case releaseTotals(files: Int, size: String, new: String)
    /// The columns of the releases table, tab-separated.
    case releasesColumns
    case noReleases(project: String?)
    case releaseWith

    // MARK: demo
    case demoIn(String)
    case demoWroteProducts(path: String, product: String, version: String)
    case demoCreatedLibrary(path: String, me: String)
    case demoCreatedProject(id: String, name: String, customer: String, manager: String)
    case demoGaveRoles([Message])
    /// A person and the role they were given, in ``demoGaveRoles(_:)``.
    case personInRole(person: String, role: Message)
    case demoReleaseRecord(file: String)
    case demoLookWithGit
    case demoLFSOnce
    case demoOrWithCmkeeper
    case demoLeadershipApproves

    // MARK: The frame of every refusal
    /// `cmkeeper: ` before a refusal on the command line.
    case refusalPrefix
    /// `hint:` before what to do.
    case hintLabel
    /// `fix:` before a problem's fix.
    case fixLabel
    /// How many different problems: “1 problem”, “3 problems”.
    case problemCount(Int)
    /// Many files with the same problem, summed up: “412 files under projects/P/:”.
    case filesUnder(count: Int, folder: String)
    /// A refused push or commit's first line.
    case hookRefused(commit: Bool, count: Int)
    /// The heading of the way back.
    case toGetBack
    /// A change that breaks the process, with its problems listed below.
    case invalidChange(what: Message, problems: [ValidationProblem])
    case fixEachProblem
    /// What a refused change is: “this push”, “this drop”, “this submission”.
    case thisDrop
    case thisSubmission
    case thisChange

    // MARK: The way back (WayBack)
    case nothingLanded
    case pullFirst
    case commitUnderOwnName(name: String, email: String)
    case amendAuthor
    case pushAgain
    case squashUnpushed
    case restoreKept(files: Int, arguments: String)
    case commitAndPushAgain
    case dropUnpushed(upstream: String)
    case deleteRefusedReferences(count: Int)
    case takeOutOfCommit(files: Int, arguments: String)
    case alreadyInUnpushed(files: Int, upstream: String, arguments: String)
    case fixAndCommitAgain

    // MARK: References (PushValidator)
    case mayNotMoveTag(user: String, kind: String, deleting: Bool)
    case tagsKeptForEver(kind: String)
    case tagNeverChanged(kind: String, deleting: Bool)
    case tagsRecordWhatHappened(kind: String)
    case tagDiffersOnlyInCase(twin: String)
    case tagCaseHint(kind: String)
    case lightweightTag
    case tagsMustBeAnnotated(kind: String)
    case onlyMainAndTags
    case pushToMain
    case noRecordNamesTag(kind: String)
    case tagMadeOnlyByCmkeeper(kind: String, log: String)
    case notTheRecordedTag(detail: Message)
    case pushOnlyTheRecordedTag(kind: String, name: String)
    case mainNeverDeleted
    case historyKept
    case notFastForward
    case pullRebaseThenPush
    case inCommit(Message, commit: String, subject: String)
    case authoredBySomeoneElse(subject: String, author: String, email: String, known: String?, user: String)
    case pushOnlyOwnCommits

    case keysNotWritten(file: String, error: Message)
    case accountRunsKeysSync

    // MARK: Changes (ChangeValidator)
    case cmOnly(CMAction)
    case askCMEngineer
    /// Someone without the role a command needs.
    case mayNotDo(user: String, action: CMAction, role: Message)
    case roleGivenBy(user: String)
    case isSymbolicLink
    case commitFileNotLink
    case isSubmodule
    case commitFilesNotSubmodule
    case notAProjectID(String)
    case projectsCreatedByCM
    case projectDoesNotExist(String)
    case cmCreatesProjectFirst(String)
    case mayNotChangeProject(user: String, project: String, manager: String)
    case askManagerOrCM(String)
    case managerChangesOnlyPhase
    case askCMToChangeProject
    case mayNotChangeDocuments(user: String, project: String)
    case onlyManagerOrCM(manager: String?)
    case writtenByCmkeeper(title: String)
    case doNotEditByHand
    case mustBeFileType(title: String, types: String)
    case saveInFormat
    case notADocumentHere
    case baselineFrozen(project: String, baseline: String?, change: FileChange)
    case changeGoesThroughRequest
    case largeFileContentMissing(String)
    case pushWithGitLFS
    case overDocumentLimit(size: Int64, maximum: Int64)
    case splitOrRaiseLimit
    case belongsInLargeFileStore(size: Int64, threshold: Int64)
    case trackWithGitLFS(pattern: String)
    case unknownRulesFile
    case rulesFilesAre
    case rulesFileNeeded
    case changeItInstead
    case fixRulesFile
    case fixTheFile
    case changeKeysWithCommands
    case appendOnlyDeleted
    case restoreIt
    case appendOnlyChanged
    case restoreLines

    // MARK: Finding the library, the project, the user
    case notALibrary(path: String, file: String)
    case createOrNameLibrary(path: String)
    case noLibraryHere(String)
    case nameOrCreateLibrary
    case projectIDHint(maximum: Int)
    case mayNotActAsOther(me: String, owner: String, named: String)
    case actAsYourself(named: String)

    // MARK: Projects and approvals
    case projectExists(String)
    case projectClashes(String, existing: String)
    case chooseAnotherID
    case projectNeedsName(String)
    case giveName
    case nothingToApprove(project: String, title: String, file: String?)
    case managerSubmitsFirst(project: String, title: String)
    case cannotApprove(user: String, title: String, roles: Message)
    case cmGivesRoles
    case notInRole(user: String, role: Message)
    case alreadyApproved(title: String, project: String, role: String, by: String)
    case nothingToDo
    case projectHoldsSeveralFiles(project: String, count: Int, title: String, files: String)
    case nameOneWithFile(String)
    case moveBackNeedsReason(String)
    case sayWhy(project: String, phase: String)
    case notAValidManagerLogin(String)
    case useManagersLogin
    case changeRequestNeedsID
    case changeRequestNumber
    case gitRefuses(String)
    case renameWhatGitRefuses
    case cannotApproveBecause(user: String, title: String, project: String, Message)
    case approvalRefused(title: String, user: String, Message)
    case askAnotherApprover(role: Message)
    case submitterMayNotApprove(submitter: String, path: String, title: String)
    case alreadyApprovedInOtherRole(user: String, role: String, title: String, at: String, other: String)
    case notAFileOf(path: String, title: String)
    case approveWhereKept(String)
    case approveAgain
    case severalFiles(count: Int, files: String)
    case keepOneFile(String)
    case approvedFileReplaced(path: String, by: String)
    case approvedFileGone(String)
    case submitThenApproveAgain
    case approvedFileChanged(path: String, by: String)
    /// Why an approval given does not count: `TITLE: why; what to do`.
    case approvalDoesNotCount(title: String, Message, fix: Message)

    // MARK: Paths and names (RepositoryPath)
    case pathRefused(String, Message)
    case pathEndsWithSlash
    case pathHasEmptyFolderName
    case removeTrailingSlash
    case writeSingleSlash
    case nameNotUTF8(byte: String, offset: Int)
    case renameInUTF8
    case pathEmpty
    case giveRelativePath(definite: Bool)
    case pathStartsWithSlash
    case pathStartsWithBackslash
    case pathStartsWithDrive(String)
    case pathTooLong(bytes: Int, limit: Int)
    case shortenPath
    case nameEmpty
    case giveEveryName
    case nameContainsSlash(String)
    case separateNames
    case pathHasDots(up: Bool)
    case writeWithoutDots
    case nameHasControlCharacter(NameInPath, code: String)
    case renameWithoutControl
    case nameNotNFC(NameInPath, decomposed: Bool)
    case retypeOrNormalise
    case nameHasBackslash(NameInPath)
    case useSlash
    case nameIsGitFolder(NameInPath, spelling: GitFolderSpelling)
    case renameGitFolder(isLast: Bool)
    case nameHasInvisibleCharacter(NameInPath, code: String, character: String, at: Int, of: Int)
    case retypeWithoutInvisible
    case nameHasWindowsReserved(NameInPath, character: String)
    case renameWithoutReserved
    case nameIsWindowsDevice(NameInPath, device: String)
    case renameDevice(String)
    case nameEndsWith(NameInPath, dot: Bool)
    case renameWithoutTrailing(dot: Bool)
    case nameTooLong(NameInPath, bytes: Int, limit: Int)
    case shortenName

    // MARK: Files people give (submit, the inbox)
    case noFilesToSubmit
    case nameFiles
    case dropFiles
    case noProject(String)
    case projectListShows
    case dropIntoExistingProject
    case straightInInbox(String)
    case dropIntoProjectFolder(String)
    case isTemporary(TemporaryKind)
    case closeAndRemove(verb: Verb)
    case notARegularFile(kind: String)
    case submitTheDocumentItself
    case dropTheDocumentItself
    case cannotBeRead(String)
    case checkThePath
    case dropAgain
    case nameFitsSeveral([Message])
    case renameToTheOne(example: String, otherwise: Message)
    case nameSaysNoDocumentDidYouMean([Message])
    case nameSaysNoDocument
    case nameByTitle(example: String, otherwise: Message)
    case nameByChineseTitle(example: String, otherwise: Message)
    case orGiveType
    case orDropIntoFolder(String)
    case orAskCM
    case notInItsPlace(free: String)
    case cannotBeDroppedRemoveIt
    case onlyPeoplesDocuments(Verb)
    case typeNotInProcess(String)
    case typeNameHint
    case mustBeNamedLike(title: String, pattern: String)
    case renameLike(String)
    case hasNoPlace
    case looksLike(title: String, id: String, path: String)
    case fitsSeveralKeepAs(Message)
    case didYouMean(Message)
    case notADocumentType(String)
    case nameByTitleInFolder(folders: String, free: String)
    /// `TITLE (ID) at PATH`: where a document is kept.
    case place(title: String, id: String, path: String)
    /// Places a hint lists, joined by “or”.
    case places([Message])
    case cmOnlyAttributesLine(String)
    case nameAndDropInbox(free: String)

    // MARK: Serving over ssh (ServeRequest, ServeSession, ServeLog)
    case serveNoShell
    case serveCommandTooLong(bytes: Int, limit: Int)
    case serveCommandEmpty
    case serveOneRepositoryPath(command: String, given: Int)
    case serveLFSTransferUsage
    case serveSubmitUsage
    case serveTooManyArguments(command: String, most: Int, given: Int)
    case serveNotACommand(String)
    case serveHelpHint
    case serveNoSuchOption(command: String, option: String)
    case serveOptionsOpen(String)
    case optionNeedsValue(String)
    case optionTakesNoValue(String)
    case serveNotAFileName(String)
    case giveDocumentNameAlone
    case serveRunsNoShell
    /// A quote (`'` or `"`) left open.
    case quoteNotClosed(String)
    case dollarInDoubleQuotes
    case commandEndsWithBackslash
    case isForAShell(String)
    case commandHoldsControl
    case storeLargeOrSplit
    /// An upload over ssh (a git-lfs object) larger than a project manager may send.
    case uploadTooLarge(file: String, most: String)
    /// An upload over ssh that would leave less than the reserve free on the library's disk.
    case uploadWouldFillDisk(file: String, size: String, free: String, reserve: String)
    case freeDiskSpace
    case cannotReadStdin(file: String, error: String)
    case sendFileOnStdin(project: String, file: String)
    case cannotRun(executable: String, error: String)
    case checkGitInstalled
    case cannotEncodeSession(String)

    // MARK: Storage
    case cannotOpen(path: String, error: String)
    case checkOwnerAndPermissions
    case cannotAppend(path: String, error: String)
    case checkDiskRoom

    // MARK: git-lfs-transfer (answered to the git-lfs client, in the library's language)
    case lfsVersionOnly1(String)
    case lfsObjectNotHeld(oid: String, size: Int64)
    /// A file someone else holds a git-lfs lock on.
    case lockedBy(owner: String, since: String, id: String)
    case askHolderToUnlock(owner: String, path: String)
    case lfsNotACommand(String)
    case lfsWrongOperation(command: String, operation: String)
    case lfsNeedsObject(String)
    case lfsSHA256Only(String)
    case lfsNotObjectAndSize(String)
    case lfsObjectMissing(String)
    case lfsObjectSizeDiffers(oid: String, size: Int64, asked: String)
    case lfsTransferFailed(String)
    case restoreObjectFromBackup
    case lockNeedsPath
    /// A problem and its fix on one line: `PROBLEM: FIX`.
    case reasonAndFix(Message, fix: Message)
    case noSuchLock(String)
    case lockHeldByAnother(path: String, heldBy: String, owner: String)

    case lfsMalformed(String)
    case useGitLFS3
    case lfsCannotReadClient(String)
    case lfsLineTooLong(Int)
    case lfsCannotWriteClient(String)
    case lockFileUnreadable(String)
    case cmRemovesLockFile
    case cannotRecordLock(path: String, error: String)
    case checkOwnerPermissionsSpace
    case cannotRemove(path: String, error: String)
    case cannotRecordUnlock(path: String, error: String)
    case cannotCreate(path: String, error: String)
    /// A folder cmkeeper keeps for itself is a link, a file, or another account's.
    case notOwnFolder(path: String)
    case cannotEncodeLock(String)

    // MARK: ssh keys
    case giveThePublicKey
    case isPrivateKey(String)
    case keyFileLines(source: String, count: Int)
    case keyHasNoType(String)
    case notAPublicKey(String)
    case cannotRunSSHKeygen(source: String, error: String)
    case installOpenSSHClient
    case keygenCannotRead(String)
    case pathUnfitForAuthorizedKeys(String)
    case movePathWithoutQuotes
    case notAValidLogin(String)
    case loginCharacters(maximum: Int)

    // MARK: Baselines and verify
    case notAValidBaselineName(String)
    case baselineNameCharacters
    case alreadyHasBaseline(project: String, baseline: String)
    case baselineNeverChanges(next: String)
    case tagExists(String)
    case tagMadeByHand
    case nothingToBaseline(String)
    case submitDocumentsFirst
    case tagHoldsNoManifest
    case notAReleaseOrBaselineTag(String)
    case tagExample
    case noSuchTag(String)
    case listTagsInClone
    case gitLogFailed(path: String, output: String)

    // MARK: Handover package, product library, releases
    case cannotTellFormat(String)
    case nameZipOrTar
    case noBaselineYet(String)
    case cmMakesBaseline(String)
    case noSuchBaseline(project: String, name: String)
    case itsBaselines(String)
    case tagDoesNotHoldBaseline(String)
    case runVerify(String)
    case cannotWriteIn(folder: String, error: String)
    case checkFolderWritable
    case notInBaselineTree(String)
    case doesNotHashToBaseline(String)
    case changedWhileArchived(path: String, written: Int64, size: Int64)
    case productLibraryCannotOpen(String)
    case checkProductLibrarySetting
    case versionEmpty(product: String, version: String, folder: String)
    case putPackagesFirst
    case notAValidProductName(String, version: Bool)
    case nameOneProductFolder
    case notAFolder(path: String, kind: String)
    case putFolderNotLink
    case noSuchProject(String)
    case projectListShowsOrCreate

    // MARK: Roles, projects, hooks, the library's files
    case notInThatRole(login: String, role: String)
    case rolesListShows
    case fieldHasControl(ProjectField)
    case writeOnOneLine
    case fieldTooLong(ProjectField)
    case shortenIt
    case noSuchPhase(String)
    case nameOneOf([Message])
    case cannotReadHookLine(String)
    case isHookRunByGit
    case cannotInstallHooks(String)
    case installAtPlainPath
    case couldNotInstallHooks(folder: String, error: String)
    case repackCouldNotRun(String)
    case installGit
    case nothingToCommit
    case settingsFixOrRewrite(String)
    case settingsIsFolder(String)
    case removeFolderThen(Message)
    case settingsNotUTF8(String)
    case saveAsUTF8Then(Message)
    case missingFromLibrary(String)
    case cmRestoresFromHistory(String)

    // MARK: The daemon
    case cannotReadRepository(path: String, error: String)
    case checkRepositoryReadable
    case daemonStopped(String)
    case seeLogSystemdRestarts
    case checkFolderPermissions
    case cannotLock(path: String, error: String)
    case cannotWrite(path: String, error: String)
    case checkDiskAndPermissions
    case socketPathTooLong(String)
    case keepLibraryShorter
    case socketFailed(SocketStep, path: String, error: String)
    case checkRunFolder

    // MARK: status --html, demo
    case couldNotWrite(path: String, error: String)
    case alreadyExists(String)
    case nameNewFolderOrNone
    case couldNotWriteSampleProducts(path: String, error: String)

    // MARK: File-system failures (FileSystemFailure)
    /// What failed (`doing`, nil: a file operation), where, and why.
    case fileOperationFailed(doing: Message?, at: String?, cause: Message)
    case fileSystemCause(FileSystemCause)
    case fileSystemFix(FileSystemCause)
    case checkFolderWritableRetry
    case readingSettings
    case makingInboxFolder(String)
    case writingHandover

    // MARK: The rejected folder (a note beside each refused file)
    case rejectedNote(file: String, what: Message, todo: Message?, droppedAs: String, user: String, time: String, folder: String)

    // MARK: Phases and gates (GateEvaluator)
    case noSuchPhaseOfProcess(String, phases: [Message])
    case namePhaseByIDOrTitle
    case phaseNotInProcess(String, phases: String)
    case cmCorrectsPhase(file: String)
    case alreadyInPhase(Message)
    case phaseNotHeld(Message)
    case chooseAnotherPhase
    case phaseComesBefore(Message, current: Message)
    case cmRunsPhaseBack(project: String, phase: String)
    case onlyCMMovesBack(from: Message, to: Message)
    case askCMWithReason
    case phaseComesAfter(Message, current: Message)
    case leaveOutBack
    /// Why a phase's gate stops a move: `PHASE cannot be left: REASONS`.
    case gateStops(Message, GateStop, Message)
    /// What a gate lacks: documents and approvals, released software.
    case gateReasons(missing: [Message], noRelease: Bool)
    case submitAndApproveMissing(project: String)
    case entersOnlyWithBaseline(Message)
    case cmRunsBaseline(project: String)
    /// A refused move: the summary, then each problem on its own line.
    case moveRefused(Message, problems: [Message])
    case cannotMoveTo(project: String, phase: String)
    case cannotBaselineBeforeAcceptance(String)
    case cannotRebaseline(String)
    /// Several hints, each once.
    case hints([Message])
    /// Where a move came from and the phases it passed.
    case movedFrom(Message, passing: [Message])
    /// The note of a phase a project does not hold, inside ``titled(title:id:note:)``.
    case phaseNotHeldNote
    case movedPhase(project: String, phase: String, how: Message, commit: String)

    // MARK: ssh help
    /// What `ssh cm@server help` prints.
    case serveHelp

    // MARK: Baselines, change requests and the library's rules (ChangeValidator)
    case baselineTagUntrusted(project: String)
    case cmVerifiesAndRestoresTag(project: String)
    case notAChangeRequestID(String)
    case processHasNoChangeRequests
    case noChangeRequest(project: String, id: String, pattern: String)
    case changeRequestNotApproved(id: String, file: String)
    case baselineFrozenWithoutRequest(project: String, baseline: String?, change: FileChange)
    case nameChangeRequestInMessage
    case changeRequestsDoNotHold(project: String, baseline: String?, reasons: [Message])
    case haveChangeRequestApproved(project: String)
    case moveBackNeedsReasonLine(from: String, to: String)
    case endWithReasonLine(trailer: String, project: String, phase: String)
    case notAnLFSTrackingLine(String)
    case onlyCMAddsAttributes
    case oneRecordEachLine
    case mayNotRecordApprovalOf(user: String, approver: String)
    case approveForYourself
    case notADocumentTypeOfProcess(String)
    case approveWithCommand
    case secondFileOf(title: String, project: String, others: String)
    case newVersionReplacesOld(String)
    case leftWithoutCMEngineer
    case keepOneCMEngineer
    case notAPhaseOfProcess(String, phases: [Message])
    case notAPhase(String)
    case writeOneOfThosePhases(first: String?)
    /// `project P-2026-001: …`.
    case ofProject(String, Message)
    case keepPhaseWhileUsed
    case releasedFilesNeverChange(product: String, version: String, project: String, change: FileChange)
    case releaseNewVersion(project: String, product: String)
    case textFileIsLFSPointer
    case commitTextFileItself
    case attributesLineTakesTextFile(line: Int, text: String, file: String)
    case removeOrNarrowAttributesLine
    case differsOnlyInCase(String)
    case renameOneOfCaseTwins

    // MARK: Lower layers' failures, releases, keys, hooks, the library (CMKeeperError)
    case gitFailed(String)
    case fileIsNotRegular(path: String, kind: String)
    case nameFileItself
    case fileReplacedAfterCheck(String)
    case checkWhoChangesIt
    case largeFileCorrupt(oid: String, actual: String, path: String)
    case restoreFromMirror
    case largeFileMissing(String)
    case fetchLargeFileFromMirror
    case changedWhileCopied(String)
    case waitUntilComplete
    case fixFileAndPush
    case cmRepairs(String)
    case cannotNameInTag(product: String, version: String, tag: String)
    case renameWithoutTagCharacters
    case noProductLibrary
    case setProductLibrary(String)
    case alreadyReleased(product: String, version: String, project: String)
    case releasedNeverChanges(String)
    case releaseLogAppendOnly
    case noProductInLibrary(library: String, product: String)
    case putVersionsUnder(String)
    case knownProducts(String)
    case noVersionOfProduct(product: String, version: String)
    case putFilesUnder(String)
    case knownVersions(product: String, String)
    case caseTwinsInVersion(String, String)
    case cannotBeReleased(product: String, version: String, problems: [Message])
    case fixVersionFolder(String)
    case theVersionFolder
    case cannotBeReadBecause(String)
    case cannotBeReadGivePermission(String)
    case linkInProductLibrary
    case notAFile(SpecialFile)
    case someoneElsesHook(String)
    case mergeHookByHand(executable: String, hook: String)
    case keyAlreadyHeld(fingerprint: String, by: String)
    case eachPersonOwnKey
    case noSSHKey(login: String, fingerprint: String?)
    case keysListShows
    case nothingChangedSince(project: String, baseline: String)
    case laterBaselineFollowsRequest
    case laterBaselineNeedsRequest(project: String, baseline: String)
    case nameChangeRequestOption(String)
    case changeRequestChangedNothing(id: String, project: String, baseline: String)
    case commitChangeNamingRequest(project: String, request: String)
    case repackFailed(status: Int, output: String)
    case nothingLostRunRepack(String)
    case mainKeptMoving(attempts: Int, error: String)
    case tryAgainLessBusy
    case tagNotCreated(commit: String, tag: String, error: String)
    case cmCreatesTag
    case alreadyHoldsLibrary(path: String, parts: String)
    case useItOrChooseEmpty
    case cannotBeUserName(String)
    case userNameCharacters
    case packageNotWrittenThere(path: String, kind: String)
    case nameNewPackageFile(folder: String)
    case writingStatusSite
    case cannotReadKeyFile(String)
    case giveThePubFile
    case notAGitClone(String)
    case cloneLibraryFirst
    case anotherDaemon(pid: String?, library: String)
    case stopThatDaemon(pid: String?)
    case dropGoesWhereLaterGoes(file: String, to: String, later: String)
    case dropOneFilePerDocument

    // MARK: verify (Verifier, RecordedTag)
    case namesNoProject
    case cmFindsWhoMadeTag
    case noRecordAccountsForTag(String)
    /// `kind`: `release` or `baseline`.
    case noKindRecordAccountsForTag(kind: String, project: String)
    case tagsMadeWithCommand(kind: String)
    case releaseNamed(String)
    case baselineNamed(String)
    case manifestCannotBeRebuilt
    case restoreTagThenVerify
    case missingFromRecordingCommit(Message)
    case restoreRepository
    case differsFromRecorded(Message, blob: String, recorded: String)
    case restoreTagAndRepository
    case closedButMissing([String])
    case managerSubmitsThroughRequest
    case cannotBeReadError(String)
    case tagMissing
    case restoreTagFromMirror
    case lightweightNotAnnotated
    case tagReplacedRestore
    case tagMovedRestore
    case restoreLogAppendOnly
    case noCommitAddedRecord(String)
    case pointerNamesOther(String, recorded: String)
    case restoreLargeObject(String)
    case shouldBeLargePointer
    case gitObjectUnreadable(String)
    case contentNoLongerHashes
    case fsckCouldNotRun(String)
    case fsckFailed(String)
    case tagCallsItself(String, not: String)
    case tagLacksReleaseRecord(String)
    case tagManifestNotRecorded(String)
    case tagHoldsNoReadableManifest
    case tagNotAtCommit
    case tagNotAtRecordingCommit
    /// What verify checked: `2 baselines, 1 release, …`.
    case verifyChecked(baselines: Int, releases: Int, projects: Int, items: Int, hashed: String)
    /// verify's first line: intact (no findings) or how many findings.
    case verified(scope: String, findings: Int, checked: Message)
    case theWholeLibrary

    // MARK: validate, baseline, export, hook install
    case keepsProcess(revision: String, commit: String)
    case breaksProcess(revision: String, commit: String, count: String)
    case noCommitsYet
    case baselined(project: String, name: String, items: Int, size: String, tag: String, commit: String, phase: String)
    case wroteHandover(file: String, baseline: String, project: String, items: Int, size: String)
    case installedHooks(names: String, folder: String, executable: String)
    /// A problem at a line of a file (nil: the whole file).
    case atLine(Int?, Message)
    case writeProjectRecordAsCmkeeper
    /// An approval missing, and why the one given does not count.
    case approvalMissingBecause(title: String, Message)
    /// The columns of the key list, tab-separated.
    case keyColumns
    case unknownHook(String)

    // MARK: Tree objects made by hand (TreeFormat)
    case treeModeLeadingZero(String)
    case treeModeNotAllowed(String)
    case treeEntryEmptyName
    case treeEntryHasSlash(String)
    case treeEntryForbidden(String)
    case treeEntryZeroID
    case treeEntryListedTwice(folder: String)
    case treeNotInGitOrder
    case treeCutShort
    case makeCommitWithRealGit

    // MARK: Mirrors (the daemon)
    case mirrorNotARepository(String)
    case sendingLargeFilesFailed(String)
    case mirrorTagsDiffer(count: Int, tags: String)
    /// After the note, when the file's owner is no one the library knows (a share's guest account).
    case droppedByNoOne(user: String)

    // MARK: configuration files (ConfigurationError: process.toml, roles.toml, keys.toml, cmkeeper.toml, record logs)
    /// `FILE:LINE:COL: what is wrong`, in the language.
    case configurationError(ConfigurationError)
    /// A problem with `key` (or the table) of a named table: `phase "x": exit_documents: …`.
    case configAt(table: Message?, key: String?, Message)
    case configPhaseNamed(String)
    case configDocumentNamed(String)
    case configUserNamed(String)
    case configNthTable(Int, table: String)
    case valueKind(ValueKind)
    case configNulByte
    case configNotTOML(String, fixSyntax: Bool)
    case configUnknownKey(near: String?, allowed: [String])
    case configMustBe(ValueKind, not: ValueKind)
    case configKeyMissingAdd(key: String, example: String)
    case configStringListHolds(ValueKind)
    case configTableList(example: String, holds: ValueKind?)
    case configMustBeTable(example: Message)
    case configUsersExample
    case configKeyMissing(String)
    case configWrongType(key: String, found: ValueKind, wanted: Message)
    case configVersionMissing(Int)
    case configVersionTooNew(reads: Int, found: Int)
    case configNoSuchVersion(Int, write: Int)
    case configListedTwice(String)
    case configMaxDocumentBytes
    case configNoPhases
    case configNoDocuments
    case configPhaseIDTwice(String)
    case configPhaseTitleTwice(String)
    case configDocumentIDTwice(String)
    case configDocumentTitleTwice(other: String, title: String)
    case configDocumentAlreadyCalled(other: String, name: String)
    case configEnglishTitleTwice(other: String, title: String)
    case configPathTwice(other: String, path: String, caseOnly: Bool)
    case configUnknownPhase(String, phases: [String], any: String)
    case configLonelyGroup(String)
    case configPathInReleases(path: String, folder: String)
    case configPathInFreeFolder(path: String, folder: String)
    case configPathIsReserved(path: String, name: String)
    case configUnknownDocument(String, near: String?)
    case configLaterPhase(document: String, phase: String, leaving: String)
    case configApprovalTwice(String)
    case configIDKeptForAny(String)
    case configApprovalUnknownKey(String, example: String)
    case configApprovalNeedsDocument(example: String)
    case configApprovalNeedsRoles(document: String, example: String)
    case configApprovalRolesStrings(document: String)
    case configNotARole(String, roles: [String], near: String?)
    case configApprovalRoleTwice(document: String, role: String)
    case configApprovalNoRoles(document: String)
    case configIndependentBool(document: String)
    case configAliasRepeated(String, isTitle: Bool)
    case configFileTypesMissing
    case configFileTypesEmpty
    case configNotAnExtension(String, fixed: String?)
    case configExtensionNotAllowed(path: String, ext: String)
    case configNotAMultiplicity(String)
    case configManyNeedsWildcard(path: String, example: String)
    case configNotARequirement(String, spellings: String)
    case configGroup(String, Message)
    case configNotAnID(String)
    case configTitleEmpty
    case configTitleSpaces(String)
    case configTitleControl
    case configTitleSlash(String)
    case configFreeFolderNotOne(String)
    case configFreeFolderWildcard(String)
    case configFreeFolderReserved(String)
    case patternEmpty
    case patternAbsolute(String)
    case patternBackslash(String)
    case patternControl(String)
    case patternWindows(String, character: String)
    case patternDoubleStar(String)
    case patternNotNFC(String)
    case patternEmptyFolder(String)
    case patternDotPart(String, part: String)
    case patternGitName(String, part: String)
    case configInvalidLogin(String, maximum: Int)
    case configLoginsDifferInCase(String, String)
    case configUserMustBeTable(String)
    case configQuoteDottedLogin(login: String, inner: String)
    case configNameEmpty
    case configNameControl
    case configNameAngle
    case configNameTooLong
    case configNotAnEmail(String)
    case configRoleUnknown(String, near: String?, roles: Message)
    case configKeysEntry(index: Int, login: String, Message)
    case configKeyLoginInvalid(String, maximum: Int)
    case configKeyNotPlain
    case configKeyFingerprint
    case configKeyTwice(String)
    case configThresholdNegative
    case configServeLimits
    case configVerifyDueAfterDays
    case configVerifyEvery(String)
    case configNotATimeZone(String)
    case configMirrorEmptyURL(number: Int, name: String?)
    case configMirrorNameTwice(number: Int, name: String?, shown: String)
    case configNotARecord(RecordKind, detail: Message)
    case recordKeyMissing(String)
    case recordNotAnObject
    case recordMustBeString(String)
    case recordNotJSON
}

/// What a value in a configuration file is, or should be, as a message names it.
public enum ValueKind: Sendable, Hashable, CaseIterable {
    case string, wholeNumber, fraction, bool, list, table, date, time, dateTime
    case quotedString, stringList
    case integer, decimalNumber, array, dateOrTime, integerExample, number, anotherType
}

/// The kinds of record kept one per line in a log.
public enum RecordKind: Sendable, Hashable, CaseIterable {
    case release, baseline, approval
}

/// A name in a path, as a message names it: a file's (the last) or a folder's, quoted.
public struct NameInPath: Sendable, Hashable {
    public let name: String
    public let isFolder: Bool

    public init(name: String, isFolder: Bool) {
        self.name = name
        self.isFolder = isFolder
    }
}

/// How a name spells git's own folder.
public enum GitFolderSpelling: Sendable, Hashable, CaseIterable {
    /// `.git` itself.
    case exact
    /// `GIT~1`, its Windows short name.
    case shortName
    /// Another spelling Windows or macOS takes for it (`.GIT`, `.git.`).
    case other
}

/// What a change does to a file.
public enum FileChange: Sendable, Hashable, CaseIterable {
    case added, changed, deleted

    var en: String {
        switch self {
        case .added: "added"
        case .changed: "changed"
        case .deleted: "deleted"
        }
    }
}

/// A text field of a project's record.
public enum ProjectField: String, Sendable, Hashable, CaseIterable {
    case name, customer

    var en: String { rawValue }
}

/// What the daemon does with its notice socket.
public enum SocketStep: String, Sendable, Hashable, CaseIterable {
    case create, bind, createPipe = "create a pipe for"

    var en: String { rawValue }
}

/// The causes of a file-system failure that a CM engineer can act on.
public enum FileSystemCause: Sendable, Hashable, CaseIterable {
    case diskFull, quota, readOnly, permission, inputOutput, missing, tooLarge

    var en: (what: String, fix: String) {
        switch self {
        case .diskFull: ("the disk is full", "free space on that disk (df -h shows it), or write somewhere else, then try again")
        case .quota: ("the disk quota of this user is used up", "free space in your files or ask for a larger quota, then try again")
        case .readOnly: ("the file system is read-only", "mount it read-write, or write somewhere else")
        case .permission: ("permission denied", "check the owner and permissions of the file and its folder (ls -ld)")
        case .inputOutput: ("an input/output error: the disk may be failing", "check the disk (dmesg, smartctl) before trying again; restore from a mirror or backup if it is damaged")
        case .missing: ("the file or its folder does not exist", "check the path, and create the folder first")
        case .tooLarge: ("the file is larger than the file system or the process's file size limit allows", "write to another file system, or raise the limit (ulimit -f)")
        }
    }
}

/// A file that is none: what a folder holds instead.
public enum SpecialFile: Sendable, Hashable, CaseIterable {
    case fifo, device, socket, other
}

/// Where a phase's gate stands.
public enum Gate: Sendable, Hashable, CaseIterable {
    case met, notMet, skipped
}

/// What only a CM engineer may do.
public enum CMAction: Sendable, Hashable, CaseIterable {
    case changeRules, changeOutsideProject, createProject, rewriteProjectRecord, deleteProject
    case writeReleaseLog, recordBaselines, changeReleasedSoftware, removeAttributes
    case createReleaseTags, createBaselineTags
    case changeRoles, changeKeys, makeBaseline, releaseSoftware
}

/// The kinds of temporary file an editor or office program leaves beside a document.
public enum TemporaryKind: Sendable, Hashable, CaseIterable {
    case officeLock, libreOfficeLock, editorCopy, download, systemFile
}

/// What a person does with a document: how the hints say it.
public enum Verb: String, Sendable, Hashable, CaseIterable {
    case push, submit, drop
}

extension Message: Localized, CustomStringConvertible {
    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .zhCN: zhCN
        case .en: en
        }
    }

    /// The English text (for logs and for `"\(message)"`).
    public var description: String { en }
}
