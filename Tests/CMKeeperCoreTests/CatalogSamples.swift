// Generated from Message.swift (one sample of every key); regenerate or add by hand.
import CMKeeperCore

enum CatalogSamples {
    /// A sample of every message, each with what it names.
    static var all: [Message] {
        var samples: [Message] = []
        samples.append(.verbatim("安装验收报告.docx"))
        samples.append(.titled(title: "试运行", id: "trial-run", note: .phaseNotHeldNote))
        samples.append(.titledList([.titled(title: "项目准备", id: "preparation"), .titled(title: "系统安装调试", id: "installation")]))
        samples.append(.titledEither([Role.cmEngineer.titled, Role.customerService.titled]))
        samples.append(.joined([.place(title: "安装验收报告", id: "acceptance-report", path: "acceptance/安装验收报告.*"), .place(title: "验收测试报告", id: "acceptance-test-report", path: "acceptance/验收测试报告.*")], separator: "安装验收报告.docx"))
        samples.append(.langNeedsValue)
        samples.append(.unknownLanguage("安装验收报告.docx"))
        samples.append(.projectCreated(id: "P-2026-001", name: "某银行核心系统实施", manager: "王强 (wang)", size: "1.5 MiB", phase: "验收", commit: "1a2b3c4d5e"))
        samples.append(.dropFolderIs("安装验收报告.docx"))
        samples.append(.createdLibrary(path: "acceptance/安装验收报告.*", repository: "安装验收报告.docx", inbox: "安装验收报告.docx", products: "P-2026-001", settings: "安装验收报告.docx", cm: "安装验收报告.docx"))
        samples.append(.createdLibrary(path: "acceptance/安装验收报告.*", repository: "安装验收报告.docx", inbox: "安装验收报告.docx", products: nil, settings: "安装验收报告.docx", cm: "安装验收报告.docx"))
        samples.append(.committedDocuments(count: 3, project: "P-2026-001", commit: "1a2b3c4d5e"))
        samples.append(.inLargeFileStore)
        samples.append(.approved(path: "acceptance/安装验收报告.*", project: "P-2026-001", role: Role.leadership.titled, blob: "安装验收报告.docx", commit: "1a2b3c4d5e"))
        samples.append(.nextRelease("安装验收报告.docx"))
        samples.append(.managerHoldsNoRole("安装验收报告.docx"))
        samples.append(.grantManagerRole("安装验收报告.docx"))
        samples.append(.projectColumns)
        samples.append(.roleColumns)
        samples.append(.alreadyHasRole(user: "wang", role: Role.cmEngineer.titled))
        samples.append(.statusColumns)
        samples.append(.noProjectMatches)
        samples.append(.noProjectsYet)
        samples.append(.wrote("安装验收报告.docx"))
        samples.append(.statusHeader(id: "P-2026-001", name: "某银行核心系统实施", customer: "某银行", manager: "王强 (wang)", large: true, trialRun: true))
        samples.append(.statusHeader(id: "P-2026-001", name: "某银行核心系统实施", customer: "某银行", manager: "王强 (wang)", large: false, trialRun: false))
        samples.append(.phaseProblem("安装验收报告.docx"))
        samples.append(.phaseProblemFix(file: "安装验收报告.docx"))
        samples.append(.phaseIs(title: "安装验收报告", id: "P-2026-001"))
        samples.append(contentsOf: Gate.allCases.map { x in Message.phaseGate(title: "安装验收报告", id: "P-2026-001", gate: x) })
        samples.append(.documentPresent(title: "安装验收报告", paths: "acceptance/安装验收报告.pdf"))
        samples.append(.documentMissing(title: "安装验收报告"))
        samples.append(.documentNotHeld(title: "安装验收报告"))
        samples.append(.documentNotNeeded(title: "安装验收报告"))
        samples.append(.approvedBy(title: "安装验收报告", by: "张伟 (zhang.cm)", at: "2026-12-01 16:30 +08:00"))
        samples.append(.approvalMissing(title: "安装验收报告"))
        samples.append(.softwareReleased(count: 3))
        samples.append(.changeRequestsAre("安装验收报告.docx"))
        samples.append(.weeklyReportsMissing("安装验收报告.docx"))
        samples.append(.toLeave(phase: "验收", missing: "安装验收报告, 验收测试报告"))
        samples.append(.toClose(phase: "验收", missing: "安装验收报告, 验收测试报告", id: "P-2026-001"))
        samples.append(.daemonRunning(pid: "安装验收报告.docx", since: "P-2026-001"))
        samples.append(.daemonRunning(pid: "安装验收报告.docx", since: nil))
        samples.append(.daemonNotRunning)
        samples.append(.daemonLibrary("安装验收报告.docx"))
        samples.append(.daemonMain("P-2026-001"))
        samples.append(.daemonMain(nil))
        samples.append(.inboxWaiting(3))
        samples.append(.waitingColumns)
        samples.append(.inboxItself)
        samples.append(.noRecentCommits(running: true))
        samples.append(.noRecentCommits(running: false))
        samples.append(.recentCommits(running: true))
        samples.append(.recentCommits(running: false))
        samples.append(.recentCommitColumns)
        samples.append(.noMirrors)
        samples.append(.mirrorsHeading)
        samples.append(.mirrorColumns)
        samples.append(.mirrorFailing(3))
        samples.append(.commitsBehind(3))
        samples.append(.never)
        samples.append(.released(product: "核心业务平台", version: "2.1.0", project: "P-2026-001", id: "P-2026-001"))
        samples.append(.releasedToBy(recipient: "王强 (wang)", by: "张伟 (zhang.cm)", at: "2026-12-01 16:30 +08:00"))
        samples.append(.commitAndTag(commit: "1a2b3c4d5e", tag: "release/P-2026-001/核心业务平台/2.1.0"))
        samples.append(.answersForm("安装验收报告.docx"))
        samples.append(.releaseFileColumns)
        samples.append(.releaseTotals(files: 3, size: "1.5 MiB", new: "1.0 MiB"))
        samples.append(.releasesColumns)
        samples.append(.noReleases(project: "P-2026-001"))
        samples.append(.noReleases(project: nil))
        samples.append(.releaseWith)
        samples.append(.demoIn("安装验收报告.docx"))
        samples.append(.demoWroteProducts(path: "acceptance/安装验收报告.*", product: "核心业务平台", version: "2.1.0"))
        samples.append(.demoCreatedLibrary(path: "acceptance/安装验收报告.*", me: "安装验收报告.docx"))
        samples.append(.demoCreatedProject(id: "P-2026-001", name: "某银行核心系统实施", customer: "某银行", manager: "王强 (wang)"))
        samples.append(.demoGaveRoles([.personInRole(person: "刘总 (liu.lead)", role: Role.leadership.titled)]))
        samples.append(.personInRole(person: "wang", role: Role.cmEngineer.titled))
        samples.append(.demoReleaseRecord(file: "安装验收报告.docx"))
        samples.append(.demoLookWithGit)
        samples.append(.demoLFSOnce)
        samples.append(.demoOrWithCmkeeper)
        samples.append(.demoLeadershipApproves)
        samples.append(.refusalPrefix)
        samples.append(.hintLabel)
        samples.append(.fixLabel)
        samples.append(.problemCount(3))
        samples.append(.filesUnder(count: 3, folder: "projects/P-2026-001"))
        samples.append(.hookRefused(commit: true, count: 3))
        samples.append(.hookRefused(commit: false, count: 3))
        samples.append(.toGetBack)
        samples.append(.invalidChange(what: .askCMEngineer, problems: [ValidationProblem(path: "projects/P-2026-001/a.docx", message: .isSymbolicLink, hint: .commitFileNotLink)]))
        samples.append(.fixEachProblem)
        samples.append(.thisDrop)
        samples.append(.thisSubmission)
        samples.append(.thisChange)
        samples.append(.nothingLanded)
        samples.append(.pullFirst)
        samples.append(.commitUnderOwnName(name: "某银行核心系统实施", email: "wang@example.com"))
        samples.append(.amendAuthor)
        samples.append(.pushAgain)
        samples.append(.squashUnpushed)
        samples.append(.restoreKept(files: 3, arguments: "acceptance/安装验收报告.pdf"))
        samples.append(.commitAndPushAgain)
        samples.append(.dropUnpushed(upstream: "origin/main"))
        samples.append(.deleteRefusedReferences(count: 3))
        samples.append(.takeOutOfCommit(files: 3, arguments: "acceptance/安装验收报告.pdf"))
        samples.append(.alreadyInUnpushed(files: 3, upstream: "origin/main", arguments: "acceptance/安装验收报告.pdf"))
        samples.append(.fixAndCommitAgain)
        samples.append(.mayNotMoveTag(user: "wang", kind: "release", deleting: true))
        samples.append(.mayNotMoveTag(user: "wang", kind: "release", deleting: false))
        samples.append(.tagsKeptForEver(kind: "release"))
        samples.append(.tagNeverChanged(kind: "release", deleting: true))
        samples.append(.tagNeverChanged(kind: "release", deleting: false))
        samples.append(.tagsRecordWhatHappened(kind: "release"))
        samples.append(.tagDiffersOnlyInCase(twin: "release/P-2026-001/x"))
        samples.append(.tagCaseHint(kind: "release"))
        samples.append(.lightweightTag)
        samples.append(.tagsMustBeAnnotated(kind: "release"))
        samples.append(.onlyMainAndTags)
        samples.append(.pushToMain)
        samples.append(.noRecordNamesTag(kind: "release"))
        samples.append(.tagMadeOnlyByCmkeeper(kind: "release", log: "release-log.jsonl"))
        samples.append(.notTheRecordedTag(detail: .tagNotAtRecordingCommit))
        samples.append(.pushOnlyTheRecordedTag(kind: "release", name: "某银行核心系统实施"))
        samples.append(.mainNeverDeleted)
        samples.append(.historyKept)
        samples.append(.notFastForward)
        samples.append(.pullRebaseThenPush)
        samples.append(.inCommit(.askCMEngineer, commit: "1a2b3c4d5e", subject: "安装验收报告"))
        samples.append(.authoredBySomeoneElse(subject: "安装验收报告", author: "王强", email: "wang@example.com", known: "P-2026-001", user: "wang"))
        samples.append(.authoredBySomeoneElse(subject: "安装验收报告", author: "王强", email: "wang@example.com", known: nil, user: "wang"))
        samples.append(.pushOnlyOwnCommits)
        samples.append(.keysNotWritten(file: "安装验收报告.docx", error: .askCMEngineer))
        samples.append(.accountRunsKeysSync)
        samples.append(contentsOf: CMAction.allCases.map { x in Message.cmOnly(x) })
        samples.append(.askCMEngineer)
        samples.append(contentsOf: CMAction.allCases.map { x in Message.mayNotDo(user: "wang", action: x, role: Role.cmEngineer.titled) })
        samples.append(.roleGivenBy(user: "wang"))
        samples.append(.isSymbolicLink)
        samples.append(.commitFileNotLink)
        samples.append(.isSubmodule)
        samples.append(.commitFilesNotSubmodule)
        samples.append(.notAProjectID("安装验收报告.docx"))
        samples.append(.projectsCreatedByCM)
        samples.append(.projectDoesNotExist("安装验收报告.docx"))
        samples.append(.cmCreatesProjectFirst("安装验收报告.docx"))
        samples.append(.mayNotChangeProject(user: "wang", project: "P-2026-001", manager: "王强 (wang)"))
        samples.append(.askManagerOrCM("安装验收报告.docx"))
        samples.append(.managerChangesOnlyPhase)
        samples.append(.askCMToChangeProject)
        samples.append(.mayNotChangeDocuments(user: "wang", project: "P-2026-001"))
        samples.append(.onlyManagerOrCM(manager: "P-2026-001"))
        samples.append(.onlyManagerOrCM(manager: nil))
        samples.append(.writtenByCmkeeper(title: "安装验收报告"))
        samples.append(.doNotEditByHand)
        samples.append(.mustBeFileType(title: "安装验收报告", types: ".docx, .pdf"))
        samples.append(.saveInFormat)
        samples.append(.notADocumentHere)
        samples.append(contentsOf: FileChange.allCases.map { x in Message.baselineFrozen(project: "P-2026-001", baseline: "P-2026-001", change: x) })
        samples.append(contentsOf: FileChange.allCases.map { x in Message.baselineFrozen(project: "P-2026-001", baseline: nil, change: x) })
        samples.append(.changeGoesThroughRequest)
        samples.append(.largeFileContentMissing("安装验收报告.docx"))
        samples.append(.pushWithGitLFS)
        samples.append(.overDocumentLimit(size: 3, maximum: 3))
        samples.append(.splitOrRaiseLimit)
        samples.append(.belongsInLargeFileStore(size: 3, threshold: 3))
        samples.append(.trackWithGitLFS(pattern: "需求变更申请单-*.*"))
        samples.append(.unknownRulesFile)
        samples.append(.rulesFilesAre)
        samples.append(.rulesFileNeeded)
        samples.append(.changeItInstead)
        samples.append(.fixRulesFile)
        samples.append(.fixTheFile)
        samples.append(.changeKeysWithCommands)
        samples.append(.appendOnlyDeleted)
        samples.append(.restoreIt)
        samples.append(.appendOnlyChanged)
        samples.append(.restoreLines)
        samples.append(.notALibrary(path: "acceptance/安装验收报告.*", file: "安装验收报告.docx"))
        samples.append(.createOrNameLibrary(path: "acceptance/安装验收报告.*"))
        samples.append(.noLibraryHere("安装验收报告.docx"))
        samples.append(.nameOrCreateLibrary)
        samples.append(.projectIDHint(maximum: 3))
        samples.append(.mayNotActAsOther(me: "安装验收报告.docx", owner: "安装验收报告.docx", named: "安装验收报告.docx"))
        samples.append(.actAsYourself(named: "安装验收报告.docx"))
        samples.append(.projectExists("安装验收报告.docx"))
        samples.append(.projectClashes("安装验收报告.docx", existing: "安装验收报告.docx"))
        samples.append(.chooseAnotherID)
        samples.append(.projectNeedsName("安装验收报告.docx"))
        samples.append(.giveName)
        samples.append(.nothingToApprove(project: "P-2026-001", title: "安装验收报告", file: "P-2026-001"))
        samples.append(.nothingToApprove(project: "P-2026-001", title: "安装验收报告", file: nil))
        samples.append(.managerSubmitsFirst(project: "P-2026-001", title: "安装验收报告"))
        samples.append(.cannotApprove(user: "wang", title: "安装验收报告", roles: .titledEither([Role.cmEngineer.titled, Role.customerService.titled])))
        samples.append(.cmGivesRoles)
        samples.append(.notInRole(user: "wang", role: Role.leadership.titled))
        samples.append(.alreadyApproved(title: "安装验收报告", project: "P-2026-001", role: "安装验收报告.docx", by: "张伟 (zhang.cm)"))
        samples.append(.nothingToDo)
        samples.append(.projectHoldsSeveralFiles(project: "P-2026-001", count: 3, title: "安装验收报告", files: "安装验收报告.docx"))
        samples.append(.nameOneWithFile("安装验收报告.docx"))
        samples.append(.moveBackNeedsReason("安装验收报告.docx"))
        samples.append(.sayWhy(project: "P-2026-001", phase: "验收"))
        samples.append(.notAValidManagerLogin("安装验收报告.docx"))
        samples.append(.useManagersLogin)
        samples.append(.changeRequestNeedsID)
        samples.append(.changeRequestNumber)
        samples.append(.gitRefuses("安装验收报告.docx"))
        samples.append(.renameWhatGitRefuses)
        samples.append(.cannotApproveBecause(user: "wang", title: "安装验收报告", project: "P-2026-001", .askCMEngineer))
        samples.append(.approvalRefused(title: "安装验收报告", user: "wang", .askCMEngineer))
        samples.append(.askAnotherApprover(role: Role.customerService.titled))
        samples.append(.submitterMayNotApprove(submitter: "安装验收报告.docx", path: "acceptance/安装验收报告.*", title: "安装验收报告"))
        samples.append(.alreadyApprovedInOtherRole(user: "wang", role: "安装验收报告.docx", title: "安装验收报告", at: "2026-12-01 16:30 +08:00", other: "安装验收报告.docx"))
        samples.append(.notAFileOf(path: "acceptance/安装验收报告.*", title: "安装验收报告"))
        samples.append(.approveWhereKept("安装验收报告.docx"))
        samples.append(.approveAgain)
        samples.append(.severalFiles(count: 3, files: "安装验收报告.docx"))
        samples.append(.keepOneFile("安装验收报告.docx"))
        samples.append(.approvedFileReplaced(path: "acceptance/安装验收报告.*", by: "张伟 (zhang.cm)"))
        samples.append(.approvedFileGone("安装验收报告.docx"))
        samples.append(.submitThenApproveAgain)
        samples.append(.approvedFileChanged(path: "acceptance/安装验收报告.*", by: "张伟 (zhang.cm)"))
        samples.append(.approvalDoesNotCount(title: "安装验收报告", .askCMEngineer, fix: .askCMEngineer))
        samples.append(.pathRefused("安装验收报告.docx", .askCMEngineer))
        samples.append(.pathEndsWithSlash)
        samples.append(.pathHasEmptyFolderName)
        samples.append(.removeTrailingSlash)
        samples.append(.writeSingleSlash)
        samples.append(.nameNotUTF8(byte: "FF", offset: 3))
        samples.append(.renameInUTF8)
        samples.append(.pathEmpty)
        samples.append(.giveRelativePath(definite: true))
        samples.append(.giveRelativePath(definite: false))
        samples.append(.pathStartsWithSlash)
        samples.append(.pathStartsWithBackslash)
        samples.append(.pathStartsWithDrive("安装验收报告.docx"))
        samples.append(.pathTooLong(bytes: 3, limit: 3))
        samples.append(.shortenPath)
        samples.append(.nameEmpty)
        samples.append(.giveEveryName)
        samples.append(.nameContainsSlash("安装验收报告.docx"))
        samples.append(.separateNames)
        samples.append(.pathHasDots(up: true))
        samples.append(.pathHasDots(up: false))
        samples.append(.writeWithoutDots)
        samples.append(.nameHasControlCharacter(NameInPath(name: "“现场 照片.”", isFolder: true), code: "U+200B"))
        samples.append(.renameWithoutControl)
        samples.append(.nameNotNFC(NameInPath(name: "“现场 照片.”", isFolder: true), decomposed: true))
        samples.append(.nameNotNFC(NameInPath(name: "“现场 照片.”", isFolder: true), decomposed: false))
        samples.append(.retypeOrNormalise)
        samples.append(.nameHasBackslash(NameInPath(name: "“现场 照片.”", isFolder: true)))
        samples.append(.useSlash)
        samples.append(contentsOf: GitFolderSpelling.allCases.map { x in Message.nameIsGitFolder(NameInPath(name: "“现场 照片.”", isFolder: true), spelling: x) })
        samples.append(.renameGitFolder(isLast: true))
        samples.append(.renameGitFolder(isLast: false))
        samples.append(.nameHasInvisibleCharacter(NameInPath(name: "“现场 照片.”", isFolder: true), code: "U+200B", character: ":", at: 3, of: 3))
        samples.append(.retypeWithoutInvisible)
        samples.append(.nameHasWindowsReserved(NameInPath(name: "“现场 照片.”", isFolder: true), character: ":"))
        samples.append(.renameWithoutReserved)
        samples.append(.nameIsWindowsDevice(NameInPath(name: "“现场 照片.”", isFolder: true), device: "CON"))
        samples.append(.renameDevice("安装验收报告.docx"))
        samples.append(.nameEndsWith(NameInPath(name: "“现场 照片.”", isFolder: true), dot: true))
        samples.append(.nameEndsWith(NameInPath(name: "“现场 照片.”", isFolder: true), dot: false))
        samples.append(.renameWithoutTrailing(dot: true))
        samples.append(.renameWithoutTrailing(dot: false))
        samples.append(.nameTooLong(NameInPath(name: "“现场 照片.”", isFolder: true), bytes: 3, limit: 3))
        samples.append(.shortenName)
        samples.append(.noFilesToSubmit)
        samples.append(.nameFiles)
        samples.append(.dropFiles)
        samples.append(.noProject("安装验收报告.docx"))
        samples.append(.projectListShows)
        samples.append(.dropIntoExistingProject)
        samples.append(.straightInInbox("安装验收报告.docx"))
        samples.append(.dropIntoProjectFolder("安装验收报告.docx"))
        samples.append(contentsOf: TemporaryKind.allCases.map { x in Message.isTemporary(x) })
        samples.append(contentsOf: Verb.allCases.map { x in Message.closeAndRemove(verb: x) })
        samples.append(.notARegularFile(kind: "release"))
        samples.append(.submitTheDocumentItself)
        samples.append(.dropTheDocumentItself)
        samples.append(.cannotBeRead("安装验收报告.docx"))
        samples.append(.checkThePath)
        samples.append(.dropAgain)
        samples.append(.nameFitsSeveral([.titled(title: "安装验收报告", id: "acceptance-report"), .titled(title: "验收测试报告", id: "acceptance-test-report")]))
        samples.append(.renameToTheOne(example: "安装验收报告.docx", otherwise: .askCMEngineer))
        samples.append(.nameSaysNoDocumentDidYouMean([.titled(title: "安装验收报告", id: "acceptance-report")]))
        samples.append(.nameSaysNoDocument)
        samples.append(.nameByTitle(example: "安装验收报告.docx", otherwise: .askCMEngineer))
        samples.append(.nameByChineseTitle(example: "安装验收报告.docx", otherwise: .askCMEngineer))
        samples.append(.orGiveType)
        samples.append(.orDropIntoFolder("安装验收报告.docx"))
        samples.append(.orAskCM)
        samples.append(.notInItsPlace(free: "attachments/"))
        samples.append(.cannotBeDroppedRemoveIt)
        samples.append(contentsOf: Verb.allCases.map { x in Message.onlyPeoplesDocuments(x) })
        samples.append(.typeNotInProcess("安装验收报告.docx"))
        samples.append(.typeNameHint)
        samples.append(.mustBeNamedLike(title: "安装验收报告", pattern: "需求变更申请单-*.*"))
        samples.append(.renameLike("安装验收报告.docx"))
        samples.append(.hasNoPlace)
        samples.append(.looksLike(title: "安装验收报告", id: "P-2026-001", path: "acceptance/安装验收报告.*"))
        samples.append(.fitsSeveralKeepAs(.askCMEngineer))
        samples.append(.didYouMean(.askCMEngineer))
        samples.append(.notADocumentType("安装验收报告.docx"))
        samples.append(.nameByTitleInFolder(folders: "安装验收报告.docx", free: "attachments/"))
        samples.append(.place(title: "安装验收报告", id: "P-2026-001", path: "acceptance/安装验收报告.*"))
        samples.append(.places([.place(title: "安装验收报告", id: "acceptance-report", path: "acceptance/安装验收报告.*"), .place(title: "验收测试报告", id: "acceptance-test-report", path: "acceptance/验收测试报告.*")]))
        samples.append(.cmOnlyAttributesLine("安装验收报告.docx"))
        samples.append(.nameAndDropInbox(free: "attachments/"))
        samples.append(.serveNoShell)
        samples.append(.serveCommandTooLong(bytes: 5000, limit: 4096))
        samples.append(.serveCommandEmpty)
        samples.append(.serveOneRepositoryPath(command: "git-upload-pack", given: 2))
        samples.append(.serveLFSTransferUsage)
        samples.append(.serveSubmitUsage)
        samples.append(.serveTooManyArguments(command: "status", most: 1, given: 2))
        samples.append(.serveNotACommand("sh"))
        samples.append(.serveHelpHint)
        samples.append(.serveNoSuchOption(command: "status", option: "--library"))
        samples.append(.serveOptionsOpen("--json"))
        samples.append(.optionNeedsValue("--type"))
        samples.append(.optionTakesNoValue("--json"))
        samples.append(.serveNotAFileName("../安装验收报告.docx"))
        samples.append(.giveDocumentNameAlone)
        samples.append(.serveRunsNoShell)
        samples.append(.quoteNotClosed("'"))
        samples.append(.dollarInDoubleQuotes)
        samples.append(.commandEndsWithBackslash)
        samples.append(.isForAShell(";"))
        samples.append(.commandHoldsControl)
        samples.append(.storeLargeOrSplit)
        samples.append(.uploadTooLarge(file: "现场照片.zip", most: "4096 MiB"))
        samples.append(.uploadWouldFillDisk(file: "现场照片.zip", size: "2.0 GiB", free: "2.5 GiB", reserve: "1.0 GiB"))
        samples.append(.freeDiskSpace)
        samples.append(.cannotReadStdin(file: "安装验收报告.docx", error: "EPIPE"))
        samples.append(.sendFileOnStdin(project: "P-2026-001", file: "安装验收报告.docx"))
        samples.append(.cannotRun(executable: "/usr/bin/git", error: "ENOENT"))
        samples.append(.checkGitInstalled)
        samples.append(.cannotEncodeSession("/srv/cm/serve.log"))
        samples.append(.cannotOpen(path: "/srv/cm/serve.log", error: "EACCES"))
        samples.append(.checkOwnerAndPermissions)
        samples.append(.cannotAppend(path: "/srv/cm/serve.log", error: "ENOSPC"))
        samples.append(.checkDiskRoom)
        samples.append(.lfsVersionOnly1("2"))
        samples.append(.lfsObjectNotHeld(oid: "1a2b3c4d5e", size: 1024))
        samples.append(.lockedBy(owner: "li.pm", since: "2026-12-01T21:37:14Z", id: "0e1f"))
        samples.append(.askHolderToUnlock(owner: "li.pm", path: "projects/P-2026-001/preparation/项目实施申请表.xlsx"))
        samples.append(.lfsNotACommand("push-object"))
        samples.append(.lfsWrongOperation(command: "put-object", operation: "download"))
        samples.append(.lfsNeedsObject("get-object"))
        samples.append(.lfsSHA256Only("sha1"))
        samples.append(.lfsNotObjectAndSize("1a2b3c4d5e"))
        samples.append(.lfsObjectMissing("1a2b3c4d5e"))
        samples.append(.lfsObjectSizeDiffers(oid: "1a2b3c4d5e", size: 1024, asked: "2048"))
        samples.append(.lfsTransferFailed("EIO"))
        samples.append(.restoreObjectFromBackup)
        samples.append(.lockNeedsPath)
        samples.append(.reasonAndFix(.pathEmpty, fix: .giveRelativePath(definite: true)))
        samples.append(.noSuchLock("7f3a"))
        samples.append(.lockHeldByAnother(path: "acceptance/安装验收报告.docx", heldBy: "王强 (wang)", owner: "wang"))
        samples.append(.lfsMalformed("two delimiters"))
        samples.append(.useGitLFS3)
        samples.append(.lfsCannotReadClient("EPIPE"))
        samples.append(.lfsLineTooLong(70000))
        samples.append(.lfsCannotWriteClient("EPIPE"))
        samples.append(.lockFileUnreadable("/srv/cm/locks/7f3a.json"))
        samples.append(.cmRemovesLockFile)
        samples.append(.cannotRecordLock(path: "acceptance/安装验收报告.docx", error: "ENOSPC"))
        samples.append(.checkOwnerPermissionsSpace)
        samples.append(.cannotRemove(path: "/srv/cm/locks/7f3a.json", error: "EACCES"))
        samples.append(.cannotRecordUnlock(path: "acceptance/安装验收报告.docx", error: "EIO"))
        samples.append(.cannotCreate(path: "/srv/cm/locks", error: "EACCES"))
        samples.append(.notOwnFolder(path: "/srv/cm/library/run/stage"))
        samples.append(.cannotEncodeLock("acceptance/安装验收报告.docx"))
        samples.append(.giveThePublicKey)
        samples.append(.isPrivateKey("wang.pub"))
        samples.append(.keyFileLines(source: "wang.pub", count: 3))
        samples.append(.keyHasNoType("wang.pub"))
        samples.append(.notAPublicKey("wang.pub"))
        samples.append(.cannotRunSSHKeygen(source: "wang.pub", error: "ENOENT"))
        samples.append(.installOpenSSHClient)
        samples.append(.keygenCannotRead("wang.pub"))
        samples.append(.pathUnfitForAuthorizedKeys("/srv/cm/库"))
        samples.append(.movePathWithoutQuotes)
        samples.append(.notAValidLogin("王强"))
        samples.append(.loginCharacters(maximum: 32))
        samples.append(.notAValidBaselineName("验收/1"))
        samples.append(.baselineNameCharacters)
        samples.append(.alreadyHasBaseline(project: "P-2026-001", baseline: "acceptance"))
        samples.append(.baselineNeverChanges(next: "acceptance.2"))
        samples.append(.tagExists("baseline/P-2026-001/acceptance"))
        samples.append(.tagMadeByHand)
        samples.append(.nothingToBaseline("P-2026-001"))
        samples.append(.submitDocumentsFirst)
        samples.append(.tagHoldsNoManifest)
        samples.append(.notAReleaseOrBaselineTag("P-2026-001/x"))
        samples.append(.tagExample)
        samples.append(.noSuchTag("baseline/P-2026-001/acceptance"))
        samples.append(.listTagsInClone)
        samples.append(.gitLogFailed(path: "projects/P-2026-001/baselines.log", output: "fatal"))
        samples.append(.cannotTellFormat("交付包.rar"))
        samples.append(.nameZipOrTar)
        samples.append(.noBaselineYet("P-2026-001"))
        samples.append(.cmMakesBaseline("P-2026-001"))
        samples.append(.noSuchBaseline(project: "P-2026-001", name: "acceptance.2"))
        samples.append(.itsBaselines("acceptance"))
        samples.append(.tagDoesNotHoldBaseline("baseline/P-2026-001/acceptance"))
        samples.append(.runVerify("P-2026-001"))
        samples.append(.cannotWriteIn(folder: "/home/wang", error: "EACCES"))
        samples.append(.checkFolderWritable)
        samples.append(.notInBaselineTree("acceptance/安装验收报告.docx"))
        samples.append(.doesNotHashToBaseline("acceptance/安装验收报告.docx"))
        samples.append(.changedWhileArchived(path: "acceptance/安装验收报告.docx", written: 512, size: 1024))
        samples.append(.productLibraryCannotOpen("/srv/products"))
        samples.append(.checkProductLibrarySetting)
        samples.append(.versionEmpty(product: "核心系统", version: "2.1", folder: "/srv/products/核心系统/2.1"))
        samples.append(.putPackagesFirst)
        samples.append(.notAValidProductName("../核心系统", version: false))
        samples.append(.notAValidProductName("2.1/x", version: true))
        samples.append(.nameOneProductFolder)
        samples.append(.notAFolder(path: "/srv/products/核心系统", kind: "符号链接"))
        samples.append(.putFolderNotLink)
        samples.append(.noSuchProject("P-2026-001"))
        samples.append(.projectListShowsOrCreate)
        samples.append(.notInThatRole(login: "wang", role: "cm-engineer"))
        samples.append(.rolesListShows)
        samples.append(.fieldHasControl(.name))
        samples.append(.fieldHasControl(.customer))
        samples.append(.writeOnOneLine)
        samples.append(.fieldTooLong(.name))
        samples.append(.fieldTooLong(.customer))
        samples.append(.shortenIt)
        samples.append(.noSuchPhase("验收"))
        samples.append(.nameOneOf([.titled(title: "项目验收", id: "acceptance"), .titled(title: "验收完成", id: "closed")]))
        samples.append(.cannotReadHookLine("x y"))
        samples.append(.isHookRunByGit)
        samples.append(.cannotInstallHooks("cmkeeper"))
        samples.append(.installAtPlainPath)
        samples.append(.couldNotInstallHooks(folder: "/srv/cm/repo.git/hooks", error: "EACCES"))
        samples.append(.repackCouldNotRun("ENOENT"))
        samples.append(.installGit)
        samples.append(.nothingToCommit)
        samples.append(.settingsFixOrRewrite("/srv/cm/cmkeeper.toml"))
        samples.append(.settingsIsFolder("/srv/cm/cmkeeper.toml"))
        samples.append(.removeFolderThen(.settingsFixOrRewrite("/srv/cm/cmkeeper.toml")))
        samples.append(.settingsNotUTF8("/srv/cm/cmkeeper.toml"))
        samples.append(.saveAsUTF8Then(.settingsFixOrRewrite("/srv/cm/cmkeeper.toml")))
        samples.append(.missingFromLibrary("process.toml"))
        samples.append(.cmRestoresFromHistory("process.toml"))
        samples.append(.cannotReadRepository(path: "/srv/cm/repo.git", error: "EACCES"))
        samples.append(.checkRepositoryReadable)
        samples.append(.daemonStopped("EIO"))
        samples.append(.seeLogSystemdRestarts)
        samples.append(.checkFolderPermissions)
        samples.append(.cannotLock(path: "/srv/cm/run/daemon.lock", error: "EACCES"))
        samples.append(.cannotWrite(path: "/srv/cm/run/daemon.lock", error: "ENOSPC"))
        samples.append(.checkDiskAndPermissions)
        samples.append(.socketPathTooLong("/srv/cm/run/notice.sock"))
        samples.append(.keepLibraryShorter)
        for step in SocketStep.allCases { samples.append(.socketFailed(step, path: "/srv/cm/run/notice.sock", error: "EACCES")) }
        samples.append(.checkRunFolder)
        samples.append(.couldNotWrite(path: "/home/wang/状态.html", error: "EACCES"))
        samples.append(.alreadyExists("/home/wang/演示"))
        samples.append(.nameNewFolderOrNone)
        samples.append(.couldNotWriteSampleProducts(path: "/tmp/演示/products", error: "ENOSPC"))
        samples.append(.fileOperationFailed(doing: .writingHandover, at: "/home/wang/交付包.zip", cause: .fileSystemCause(.diskFull)))
        samples.append(.fileOperationFailed(doing: nil, at: nil, cause: .verbatim("EIO")))
        for cause in FileSystemCause.allCases { samples.append(.fileSystemCause(cause)); samples.append(.fileSystemFix(cause)) }
        samples.append(.checkFolderWritableRetry)
        samples.append(.readingSettings)
        samples.append(.makingInboxFolder("P-2026-001"))
        samples.append(.writingHandover)
        samples.append(.rejectedNote(file: "安装验收报告.docx", what: .askCMEngineer, todo: .restoreIt, droppedAs: "P-2026-001/安装验收报告.docx", user: "wang", time: "2026-12-01 16:30 +08:00", folder: "projects/P-2026-001"))
        samples.append(.noSuchPhaseOfProcess("delivery", phases: [.titled(title: "项目准备", id: "preparation"), .titled(title: "系统安装调试", id: "installation")]))
        samples.append(.namePhaseByIDOrTitle)
        samples.append(.phaseNotInProcess("安装验收报告.docx", phases: "项目准备 (preparation), 系统安装调试 (installation)"))
        samples.append(.cmCorrectsPhase(file: "projects/P-2026-001/acceptance/安装验收报告.docx"))
        samples.append(.alreadyInPhase(.titled(title: "系统安装调试", id: "installation")))
        samples.append(.phaseNotHeld(.titled(title: "试运行", id: "trial-run")))
        samples.append(.chooseAnotherPhase)
        samples.append(.phaseComesBefore(.titled(title: "项目准备", id: "preparation"), current: .titled(title: "系统安装调试", id: "installation")))
        samples.append(.cmRunsPhaseBack(project: "P-2026-001", phase: "验收完成 (closed)"))
        samples.append(.onlyCMMovesBack(from: .titled(title: "系统安装调试", id: "installation"), to: .titled(title: "项目准备", id: "preparation")))
        samples.append(.askCMWithReason)
        samples.append(.phaseComesAfter(.titled(title: "验收完成", id: "closed"), current: .titled(title: "系统安装调试", id: "installation")))
        samples.append(.leaveOutBack)
        samples.append(contentsOf: GateStop.allCases.map { x in Message.gateStops(.titled(title: "项目准备", id: "preparation"), x, .gateReasons(missing: [.verbatim("项目实施申请表")], noRelease: true)) })
        samples.append(.gateReasons(missing: [.verbatim("安装验收报告"), .approvalMissingBecause(title: "安装验收报告 的 CM工程师 审批", .approvedFileGone("acceptance/安装验收报告.pdf"))], noRelease: true))
        samples.append(.approvalMissingBecause(title: "安装验收报告 的 CM工程师 审批", .approvedFileGone("acceptance/安装验收报告.pdf")))
        samples.append(.submitAndApproveMissing(project: "P-2026-001"))
        samples.append(.entersOnlyWithBaseline(.titled(title: "验收完成", id: "closed")))
        samples.append(.cmRunsBaseline(project: "P-2026-001"))
        samples.append(.moveRefused(.verbatim("项目准备 (preparation)"), problems: [.tagMissing, .tagNotAtCommit]))
        samples.append(.cannotMoveTo(project: "P-2026-001", phase: "验收完成 (closed)"))
        samples.append(.cannotBaselineBeforeAcceptance("安装验收报告.docx"))
        samples.append(.cannotRebaseline("安装验收报告.docx"))
        samples.append(.hints([.tagMissing, .tagNotAtCommit]))
        samples.append(.movedFrom(.titled(title: "系统安装调试", id: "installation"), passing: [.titled(title: "试运行", id: "trial-run", note: .phaseNotHeldNote), .titled(title: "用户培训", id: "training")]))
        samples.append(.phaseNotHeldNote)
        samples.append(.movedPhase(project: "P-2026-001", phase: "closed", how: .movedFrom(.titled(title: "项目准备", id: "preparation"), passing: []), commit: "1a2b3c4d5e6f"))
        samples.append(.serveHelp)
        samples.append(.baselineTagUntrusted(project: "P-2026-001"))
        samples.append(.cmVerifiesAndRestoresTag(project: "P-2026-001"))
        samples.append(.notAChangeRequestID("安装验收报告.docx"))
        samples.append(.processHasNoChangeRequests)
        samples.append(.noChangeRequest(project: "P-2026-001", id: "CR-003", pattern: "需求变更申请单-003.*"))
        samples.append(.changeRequestNotApproved(id: "CR-003", file: "projects/P-2026-001/acceptance/安装验收报告.docx"))
        samples.append(contentsOf: FileChange.allCases.map { x in Message.baselineFrozenWithoutRequest(project: "P-2026-001", baseline: "acceptance", change: x) })
        samples.append(.nameChangeRequestInMessage)
        samples.append(.changeRequestsDoNotHold(project: "P-2026-001", baseline: "acceptance", reasons: [.tagMissing, .tagNotAtCommit]))
        samples.append(.changeRequestsDoNotHold(project: "P-2026-001", baseline: nil, reasons: [.tagMissing, .tagNotAtCommit]))
        samples.append(.haveChangeRequestApproved(project: "P-2026-001"))
        samples.append(.moveBackNeedsReasonLine(from: "系统安装调试 (installation)", to: "项目准备 (preparation)"))
        samples.append(.endWithReasonLine(trailer: "Reason", project: "P-2026-001", phase: "验收完成 (closed)"))
        samples.append(.notAnLFSTrackingLine("安装验收报告.docx"))
        samples.append(.onlyCMAddsAttributes)
        samples.append(.oneRecordEachLine)
        samples.append(.mayNotRecordApprovalOf(user: "王强 (wang)", approver: "张伟 (zhang.cm)"))
        samples.append(.approveForYourself)
        samples.append(.notADocumentTypeOfProcess("安装验收报告.docx"))
        samples.append(.approveWithCommand)
        samples.append(.secondFileOf(title: "安装验收报告", project: "P-2026-001", others: "projects/P-2026-001/acceptance/安装验收报告-旧.docx"))
        samples.append(.newVersionReplacesOld("安装验收报告.docx"))
        samples.append(.leftWithoutCMEngineer)
        samples.append(.keepOneCMEngineer)
        samples.append(.notAPhaseOfProcess("delivery", phases: [.titled(title: "项目准备", id: "preparation"), .titled(title: "系统安装调试", id: "installation")]))
        samples.append(.notAPhase("安装验收报告.docx"))
        samples.append(.writeOneOfThosePhases(first: "preparation"))
        samples.append(.writeOneOfThosePhases(first: nil))
        samples.append(.ofProject("安装验收报告.docx", .verbatim("项目准备 (preparation)")))
        samples.append(.keepPhaseWhileUsed)
        samples.append(contentsOf: FileChange.allCases.map { x in Message.releasedFilesNeverChange(product: "核心业务平台", version: "2.1.0", project: "P-2026-001", change: x) })
        samples.append(.releaseNewVersion(project: "P-2026-001", product: "核心业务平台"))
        samples.append(.textFileIsLFSPointer)
        samples.append(.commitTextFileItself)
        samples.append(.attributesLineTakesTextFile(line: 3, text: "*.toml filter=lfs", file: "projects/P-2026-001/acceptance/安装验收报告.docx"))
        samples.append(.removeOrNarrowAttributesLine)
        samples.append(.differsOnlyInCase("安装验收报告.docx"))
        samples.append(.renameOneOfCaseTwins)
        samples.append(.gitFailed("安装验收报告.docx"))
        samples.append(.fileIsNotRegular(path: "projects/P-2026-001/acceptance/安装验收报告.docx", kind: "baseline"))
        samples.append(.nameFileItself)
        samples.append(.fileReplacedAfterCheck("安装验收报告.docx"))
        samples.append(.checkWhoChangesIt)
        samples.append(.largeFileCorrupt(oid: "1a2b3c4d5e6f", actual: "9f8e7d6c5b4a", path: "projects/P-2026-001/acceptance/安装验收报告.docx"))
        samples.append(.restoreFromMirror)
        samples.append(.largeFileMissing("安装验收报告.docx"))
        samples.append(.fetchLargeFileFromMirror)
        samples.append(.changedWhileCopied("安装验收报告.docx"))
        samples.append(.waitUntilComplete)
        samples.append(.fixFileAndPush)
        samples.append(.cmRepairs("安装验收报告.docx"))
        samples.append(.cannotNameInTag(product: "核心业务平台", version: "2.1.0", tag: "baseline/P-2026-001/acceptance"))
        samples.append(.renameWithoutTagCharacters)
        samples.append(.noProductLibrary)
        samples.append(.setProductLibrary("安装验收报告.docx"))
        samples.append(.alreadyReleased(product: "核心业务平台", version: "2.1.0", project: "P-2026-001"))
        samples.append(.releasedNeverChanges("安装验收报告.docx"))
        samples.append(.releaseLogAppendOnly)
        samples.append(.noProductInLibrary(library: "/srv/cm", product: "核心业务平台"))
        samples.append(.putVersionsUnder("安装验收报告.docx"))
        samples.append(.knownProducts("安装验收报告.docx"))
        samples.append(.noVersionOfProduct(product: "核心业务平台", version: "2.1.0"))
        samples.append(.putFilesUnder("安装验收报告.docx"))
        samples.append(.knownVersions(product: "核心业务平台", "安装验收报告.docx"))
        samples.append(.caseTwinsInVersion("安装验收报告.docx", "安装验收报告.docx"))
        samples.append(.cannotBeReleased(product: "核心业务平台", version: "2.1.0", problems: [.tagMissing, .tagNotAtCommit]))
        samples.append(.fixVersionFolder("安装验收报告.docx"))
        samples.append(.theVersionFolder)
        samples.append(.cannotBeReadBecause("安装验收报告.docx"))
        samples.append(.cannotBeReadGivePermission("安装验收报告.docx"))
        samples.append(.linkInProductLibrary)
        samples.append(contentsOf: SpecialFile.allCases.map { x in Message.notAFile(x) })
        samples.append(.someoneElsesHook("安装验收报告.docx"))
        samples.append(.mergeHookByHand(executable: "/usr/local/bin/cmkeeper", hook: "pre-receive"))
        samples.append(.keyAlreadyHeld(fingerprint: "SHA256:abc", by: "wang"))
        samples.append(.eachPersonOwnKey)
        samples.append(.noSSHKey(login: "wang", fingerprint: "SHA256:abc"))
        samples.append(.noSSHKey(login: "wang", fingerprint: nil))
        samples.append(.keysListShows)
        samples.append(.nothingChangedSince(project: "P-2026-001", baseline: "acceptance"))
        samples.append(.laterBaselineFollowsRequest)
        samples.append(.laterBaselineNeedsRequest(project: "P-2026-001", baseline: "acceptance"))
        samples.append(.nameChangeRequestOption("安装验收报告.docx"))
        samples.append(.changeRequestChangedNothing(id: "CR-003", project: "P-2026-001", baseline: "acceptance"))
        samples.append(.commitChangeNamingRequest(project: "P-2026-001", request: "CR-003"))
        samples.append(.repackFailed(status: 3, output: "致命错误"))
        samples.append(.nothingLostRunRepack("安装验收报告.docx"))
        samples.append(.mainKeptMoving(attempts: 3, error: "设备上没有空间"))
        samples.append(.tryAgainLessBusy)
        samples.append(.tagNotCreated(commit: "1a2b3c4d5e6f", tag: "baseline/P-2026-001/acceptance", error: "设备上没有空间"))
        samples.append(.cmCreatesTag)
        samples.append(.alreadyHoldsLibrary(path: "projects/P-2026-001/acceptance/安装验收报告.docx", parts: "cmkeeper.toml, repo.git"))
        samples.append(.useItOrChooseEmpty)
        samples.append(.cannotBeUserName("安装验收报告.docx"))
        samples.append(.userNameCharacters)
        samples.append(.packageNotWrittenThere(path: "projects/P-2026-001/acceptance/安装验收报告.docx", kind: "baseline"))
        samples.append(.nameNewPackageFile(folder: "/srv/cm/inbox/P-2026-001"))
        samples.append(.writingStatusSite)
        samples.append(.cannotReadKeyFile("安装验收报告.docx"))
        samples.append(.giveThePubFile)
        samples.append(.notAGitClone("安装验收报告.docx"))
        samples.append(.cloneLibraryFirst)
        samples.append(.anotherDaemon(pid: "4242", library: "/srv/cm"))
        samples.append(.anotherDaemon(pid: nil, library: "/srv/cm"))
        samples.append(.stopThatDaemon(pid: "4242"))
        samples.append(.stopThatDaemon(pid: nil))
        samples.append(.dropGoesWhereLaterGoes(file: "projects/P-2026-001/acceptance/安装验收报告.docx", to: "项目准备 (preparation)", later: "projects/P-2026-001/acceptance/安装验收报告(2).docx"))
        samples.append(.dropOneFilePerDocument)
        samples.append(.namesNoProject)
        samples.append(.cmFindsWhoMadeTag)
        samples.append(.noRecordAccountsForTag("安装验收报告.docx"))
        samples.append(.noKindRecordAccountsForTag(kind: "baseline", project: "P-2026-001"))
        samples.append(.tagsMadeWithCommand(kind: "baseline"))
        samples.append(.releaseNamed("安装验收报告.docx"))
        samples.append(.baselineNamed("安装验收报告.docx"))
        samples.append(.manifestCannotBeRebuilt)
        samples.append(.restoreTagThenVerify)
        samples.append(.missingFromRecordingCommit(.verbatim("项目准备 (preparation)")))
        samples.append(.restoreRepository)
        samples.append(.differsFromRecorded(.verbatim("项目准备 (preparation)"), blob: "1a2b3c4d5e6f", recorded: "9f8e7d6c5b4a"))
        samples.append(.restoreTagAndRepository)
        samples.append(.closedButMissing(["安装验收报告", "验收测试报告"]))
        samples.append(.managerSubmitsThroughRequest)
        samples.append(.cannotBeReadError("安装验收报告.docx"))
        samples.append(.tagMissing)
        samples.append(.restoreTagFromMirror)
        samples.append(.lightweightNotAnnotated)
        samples.append(.tagReplacedRestore)
        samples.append(.tagMovedRestore)
        samples.append(.restoreLogAppendOnly)
        samples.append(.noCommitAddedRecord("安装验收报告.docx"))
        samples.append(.pointerNamesOther("安装验收报告.docx", recorded: "9f8e7d6c5b4a"))
        samples.append(.restoreLargeObject("安装验收报告.docx"))
        samples.append(.shouldBeLargePointer)
        samples.append(.gitObjectUnreadable("安装验收报告.docx"))
        samples.append(.contentNoLongerHashes)
        samples.append(.fsckCouldNotRun("安装验收报告.docx"))
        samples.append(.fsckFailed("安装验收报告.docx"))
        samples.append(.tagCallsItself("安装验收报告.docx", not: "baseline/P-2026-001/acceptance"))
        samples.append(.tagLacksReleaseRecord("安装验收报告.docx"))
        samples.append(.tagManifestNotRecorded("安装验收报告.docx"))
        samples.append(.tagHoldsNoReadableManifest)
        samples.append(.tagNotAtCommit)
        samples.append(.tagNotAtRecordingCommit)
        samples.append(.verifyChecked(baselines: 3, releases: 3, projects: 3, items: 3, hashed: "1.5 MiB"))
        samples.append(.verified(scope: "P-2026-001", findings: 3, checked: .verbatim("项目准备 (preparation)")))
        samples.append(.theWholeLibrary)
        samples.append(.keepsProcess(revision: "main", commit: "1a2b3c4d5e6f"))
        samples.append(.breaksProcess(revision: "main", commit: "1a2b3c4d5e6f", count: "3 个问题"))
        samples.append(.noCommitsYet)
        samples.append(.baselined(project: "P-2026-001", name: "acceptance", items: 3, size: "1.5 MiB", tag: "baseline/P-2026-001/acceptance", commit: "1a2b3c4d5e6f", phase: "验收完成 (closed)"))
        samples.append(.wroteHandover(file: "projects/P-2026-001/acceptance/安装验收报告.docx", baseline: "acceptance", project: "P-2026-001", items: 3, size: "1.5 MiB"))
        samples.append(.installedHooks(names: "pre-receive, post-receive", folder: "/srv/cm/inbox/P-2026-001", executable: "/usr/local/bin/cmkeeper"))
        samples.append(.atLine(3, .verbatim("项目准备 (preparation)")))
        samples.append(.writeProjectRecordAsCmkeeper)
        samples.append(.keyColumns)
        samples.append(.unknownHook("安装验收报告.docx"))
        samples.append(.treeModeLeadingZero("100644"))
        samples.append(.treeModeNotAllowed("100644"))
        samples.append(.treeEntryEmptyName)
        samples.append(.treeEntryHasSlash("100644"))
        samples.append(.treeEntryForbidden("100644"))
        samples.append(.treeEntryZeroID)
        samples.append(.treeEntryListedTwice(folder: "projects/P-2026-001"))
        samples.append(.treeNotInGitOrder)
        samples.append(.treeCutShort)
        samples.append(.makeCommitWithRealGit)
        samples.append(.mirrorNotARepository("/srv/backup/library.git"))
        samples.append(.sendingLargeFilesFailed("设备上没有空间"))
        samples.append(.mirrorTagsDiffer(count: 3, tags: "baseline/P-2026-001/acceptance"))
        samples.append(.droppedByNoOne(user: "nobody"))
        let configProblem = ConfigurationError(file: ".cmkeeper/process.toml", line: 42, column: 1, message: .configAt(table: .configPhaseNamed("acceptance"), key: "exit_documents", .configUnknownDocument("acceptance-reprot", near: "acceptance-report")))
        samples.append(.configurationError(configProblem))
        samples.append(.configurationError(ConfigurationError(file: ".cmkeeper/roles.toml", message: .configNulByte)))
        samples.append(.configAt(table: .configDocumentNamed("acceptance-report"), key: "file_types", .configFileTypesEmpty))
        samples.append(.configAt(table: .configNthTable(2, table: "phase"), key: nil, .configKeyMissingAdd(key: "id", example: "\"installation\"")))
        samples.append(.configAt(table: nil, key: "daemon.quiet_period_ms", .verbatim("Int")))
        samples.append(.configPhaseNamed("acceptance"))
        samples.append(.configDocumentNamed("acceptance-report"))
        samples.append(.configUserNamed("wang"))
        samples.append(.configNthTable(3, table: "document"))
        samples.append(contentsOf: ValueKind.allCases.map { Message.valueKind($0) })
        samples.append(.configNulByte)
        samples.append(.configNotTOML("'=' (3:7)", fixSyntax: true))
        samples.append(.configNotTOML("'='", fixSyntax: false))
        samples.append(.configUnknownKey(near: "exit_documents", allowed: ["id", "title", "exit_documents"]))
        samples.append(.configUnknownKey(near: nil, allowed: ["id", "title", "exit_documents"]))
        samples.append(contentsOf: ValueKind.allCases.map { Message.configMustBe(.quotedString, not: $0) })
        samples.append(.configKeyMissingAdd(key: "title", example: "\"安装验收报告\""))
        samples.append(.configStringListHolds(.wholeNumber))
        samples.append(.configTableList(example: "[[phase]]", holds: .string))
        samples.append(.configTableList(example: "[[phase]]", holds: nil))
        samples.append(.configMustBeTable(example: .configUsersExample))
        samples.append(.configUsersExample)
        samples.append(.configKeyMissing("daemon.quiet_period_ms"))
        samples.append(.configWrongType(key: "daemon.quiet_period_ms", found: .string, wanted: .valueKind(.integerExample)))
        samples.append(.configVersionMissing(1))
        samples.append(.configVersionTooNew(reads: 1, found: 2))
        samples.append(.configNoSuchVersion(0, write: 1))
        samples.append(.configListedTwice("attachments"))
        samples.append(.configMaxDocumentBytes)
        samples.append(.configNoPhases)
        samples.append(.configNoDocuments)
        samples.append(.configPhaseIDTwice("acceptance"))
        samples.append(.configPhaseTitleTwice("验收"))
        samples.append(.configDocumentIDTwice("acceptance-report"))
        samples.append(.configDocumentTitleTwice(other: "acceptance-report", title: "安装验收报告"))
        samples.append(.configDocumentAlreadyCalled(other: "acceptance-report", name: "验收报告"))
        samples.append(.configEnglishTitleTwice(other: "acceptance-report", title: "acceptance report"))
        samples.append(.configPathTwice(other: "acceptance-report", path: "acceptance/安装验收报告.*", caseOnly: true))
        samples.append(.configPathTwice(other: "acceptance-report", path: "acceptance/安装验收报告.*", caseOnly: false))
        samples.append(.configUnknownPhase("acceptence", phases: ["contract", "acceptance"], any: "any"))
        samples.append(.configLonelyGroup("one-of:acceptance-test-record"))
        samples.append(.configPathInReleases(path: "releases/安装验收报告.*", folder: "releases"))
        samples.append(.configPathInFreeFolder(path: "attachments/安装验收报告.*", folder: "attachments"))
        samples.append(.configPathIsReserved(path: "project.*", name: "project.toml"))
        samples.append(.configUnknownDocument("acceptance-reprot", near: "acceptance-report"))
        samples.append(.configUnknownDocument("acceptance-reprot", near: nil))
        samples.append(.configLaterPhase(document: "acceptance-report", phase: "acceptance", leaving: "installation"))
        samples.append(.configApprovalTwice("acceptance-report"))
        samples.append(.configIDKeptForAny("any"))
        samples.append(.configApprovalUnknownKey("rolls", example: "{ document = \"acceptance-report\", roles = [\"cm-engineer\"] }"))
        samples.append(.configApprovalNeedsDocument(example: "{ document = \"acceptance-report\", roles = [\"cm-engineer\"] }"))
        samples.append(.configApprovalNeedsRoles(document: "acceptance-report", example: "{ document = \"acceptance-report\", roles = [\"cm-engineer\"] }"))
        samples.append(.configApprovalRolesStrings(document: "acceptance-report"))
        samples.append(.configNotARole("cm-enginer", roles: ["project-manager", "cm-engineer"], near: "cm-engineer"))
        samples.append(.configNotARole("boss", roles: ["project-manager", "cm-engineer"], near: nil))
        samples.append(.configApprovalRoleTwice(document: "acceptance-report", role: "cm-engineer"))
        samples.append(.configApprovalNoRoles(document: "acceptance-report"))
        samples.append(.configIndependentBool(document: "acceptance-report"))
        samples.append(.configAliasRepeated("验收报告", isTitle: true))
        samples.append(.configAliasRepeated("验收报告", isTitle: false))
        samples.append(.configFileTypesMissing)
        samples.append(.configFileTypesEmpty)
        samples.append(.configNotAnExtension(".PDF", fixed: "pdf"))
        samples.append(.configNotAnExtension("p f", fixed: nil))
        samples.append(.configExtensionNotAllowed(path: "acceptance/安装验收报告.pdf", ext: "pdf"))
        samples.append(.configNotAMultiplicity("several"))
        samples.append(.configManyNeedsWildcard(path: "weekly/周报.docx", example: "weekly/周报-*.*"))
        samples.append(.configNotARequirement("sometimes", spellings: "\"always\", \"large\" or \"one-of:GROUP\""))
        samples.append(.configGroup("Tests", .configNotAnID("Tests")))
        samples.append(.configNotAnID("Acceptance_Report"))
        samples.append(.configTitleEmpty)
        samples.append(.configTitleSpaces(" 安装验收报告"))
        samples.append(.configTitleControl)
        samples.append(.configTitleSlash("安装/验收报告"))
        samples.append(.configFreeFolderNotOne("attachments/old"))
        samples.append(.configFreeFolderWildcard("att*"))
        samples.append(.configFreeFolderReserved("releases"))
        samples.append(.patternEmpty)
        samples.append(.patternAbsolute("/acceptance/安装验收报告.*"))
        samples.append(.patternBackslash("acceptance\\安装验收报告.*"))
        samples.append(.patternControl("acceptance/安装\t验收报告.*"))
        samples.append(.patternWindows("acceptance/安装:验收报告.*", character: ":"))
        samples.append(.patternDoubleStar("acceptance/**/安装验收报告.*"))
        samples.append(.patternNotNFC("acceptance/Café.*"))
        samples.append(.patternEmptyFolder("acceptance//安装验收报告.*"))
        samples.append(.patternDotPart("../安装验收报告.*", part: ".."))
        samples.append(.patternGitName(".git/安装验收报告.*", part: ".git"))
        samples.append(.configInvalidLogin("-wang", maximum: 64))
        samples.append(.configLoginsDifferInCase("wang", "Wang"))
        samples.append(.configUserMustBeTable("wang"))
        samples.append(.configQuoteDottedLogin(login: "li", inner: "wei"))
        samples.append(.configNameEmpty)
        samples.append(.configNameControl)
        samples.append(.configNameAngle)
        samples.append(.configNameTooLong)
        samples.append(.configNotAnEmail("wang.example.com"))
        samples.append(.configRoleUnknown("cm-enginer", near: "cm-engineer", roles: .titledList([Role.projectManager.titled, Role.cmEngineer.titled])))
        samples.append(.configRoleUnknown("boss", near: nil, roles: .titledList([Role.projectManager.titled, Role.cmEngineer.titled])))
        samples.append(.configKeysEntry(index: 0, login: "wang", .configKeyTwice("SHA256:abc")))
        samples.append(.configKeyLoginInvalid("-wang", maximum: 64))
        samples.append(.configKeyNotPlain)
        samples.append(.configKeyFingerprint)
        samples.append(.configKeyTwice("SHA256:abc"))
        samples.append(.configThresholdNegative)
        samples.append(.configServeLimits)
        samples.append(.configVerifyDueAfterDays)
        samples.append(.configVerifyEvery("每天"))
        samples.append(.configNotATimeZone("Asia/Beijing"))
        samples.append(.configMirrorEmptyURL(number: 2, name: "backup"))
        samples.append(.configMirrorEmptyURL(number: 2, name: nil))
        samples.append(.configMirrorNameTwice(number: 2, name: "backup", shown: "backup"))
        samples.append(contentsOf: RecordKind.allCases.map { Message.configNotARecord($0, detail: .recordKeyMissing("blob")) })
        samples.append(.recordKeyMissing("blob"))
        samples.append(.recordNotAnObject)
        samples.append(.recordMustBeString("path"))
        samples.append(.recordNotJSON)
        return samples
    }

    /// The key of a message: an exhaustive switch, so a new key must be named here.
    static func key(_ message: Message) -> String {
        switch message {
        case .verbatim: "verbatim"
        case .joined: "joined"
        case .titled: "titled"
        case .titledList: "titledList"
        case .titledEither: "titledEither"
        case .langNeedsValue: "langNeedsValue"
        case .unknownLanguage: "unknownLanguage"
        case .projectCreated: "projectCreated"
        case .dropFolderIs: "dropFolderIs"
        case .createdLibrary: "createdLibrary"
        case .committedDocuments: "committedDocuments"
        case .inLargeFileStore: "inLargeFileStore"
        case .approved: "approved"
        case .nextRelease: "nextRelease"
        case .managerHoldsNoRole: "managerHoldsNoRole"
        case .grantManagerRole: "grantManagerRole"
        case .projectColumns: "projectColumns"
        case .roleColumns: "roleColumns"
        case .alreadyHasRole: "alreadyHasRole"
        case .statusColumns: "statusColumns"
        case .noProjectMatches: "noProjectMatches"
        case .noProjectsYet: "noProjectsYet"
        case .wrote: "wrote"
        case .statusHeader: "statusHeader"
        case .phaseProblem: "phaseProblem"
        case .phaseProblemFix: "phaseProblemFix"
        case .phaseIs: "phaseIs"
        case .phaseGate: "phaseGate"
        case .documentPresent: "documentPresent"
        case .documentMissing: "documentMissing"
        case .documentNotHeld: "documentNotHeld"
        case .documentNotNeeded: "documentNotNeeded"
        case .approvedBy: "approvedBy"
        case .approvalMissing: "approvalMissing"
        case .softwareReleased: "softwareReleased"
        case .changeRequestsAre: "changeRequestsAre"
        case .weeklyReportsMissing: "weeklyReportsMissing"
        case .toLeave: "toLeave"
        case .toClose: "toClose"
        case .daemonRunning: "daemonRunning"
        case .daemonNotRunning: "daemonNotRunning"
        case .daemonLibrary: "daemonLibrary"
        case .daemonMain: "daemonMain"
        case .inboxWaiting: "inboxWaiting"
        case .waitingColumns: "waitingColumns"
        case .inboxItself: "inboxItself"
        case .noRecentCommits: "noRecentCommits"
        case .recentCommits: "recentCommits"
        case .recentCommitColumns: "recentCommitColumns"
        case .noMirrors: "noMirrors"
        case .mirrorsHeading: "mirrorsHeading"
        case .mirrorColumns: "mirrorColumns"
        case .mirrorFailing: "mirrorFailing"
        case .commitsBehind: "commitsBehind"
        case .never: "never"
        case .released: "released"
        case .releasedToBy: "releasedToBy"
        case .commitAndTag: "commitAndTag"
        case .answersForm: "answersForm"
        case .releaseFileColumns: "releaseFileColumns"
        case .releaseTotals: "releaseTotals"
        case .releasesColumns: "releasesColumns"
        case .noReleases: "noReleases"
        case .releaseWith: "releaseWith"
        case .demoIn: "demoIn"
        case .demoWroteProducts: "demoWroteProducts"
        case .demoCreatedLibrary: "demoCreatedLibrary"
        case .demoCreatedProject: "demoCreatedProject"
        case .demoGaveRoles: "demoGaveRoles"
        case .personInRole: "personInRole"
        case .demoReleaseRecord: "demoReleaseRecord"
        case .demoLookWithGit: "demoLookWithGit"
        case .demoLFSOnce: "demoLFSOnce"
        case .demoOrWithCmkeeper: "demoOrWithCmkeeper"
        case .demoLeadershipApproves: "demoLeadershipApproves"
        case .refusalPrefix: "refusalPrefix"
        case .hintLabel: "hintLabel"
        case .fixLabel: "fixLabel"
        case .problemCount: "problemCount"
        case .filesUnder: "filesUnder"
        case .hookRefused: "hookRefused"
        case .toGetBack: "toGetBack"
        case .invalidChange: "invalidChange"
        case .fixEachProblem: "fixEachProblem"
        case .thisDrop: "thisDrop"
        case .thisSubmission: "thisSubmission"
        case .thisChange: "thisChange"
        case .nothingLanded: "nothingLanded"
        case .pullFirst: "pullFirst"
        case .commitUnderOwnName: "commitUnderOwnName"
        case .amendAuthor: "amendAuthor"
        case .pushAgain: "pushAgain"
        case .squashUnpushed: "squashUnpushed"
        case .restoreKept: "restoreKept"
        case .commitAndPushAgain: "commitAndPushAgain"
        case .dropUnpushed: "dropUnpushed"
        case .deleteRefusedReferences: "deleteRefusedReferences"
        case .takeOutOfCommit: "takeOutOfCommit"
        case .alreadyInUnpushed: "alreadyInUnpushed"
        case .fixAndCommitAgain: "fixAndCommitAgain"
        case .mayNotMoveTag: "mayNotMoveTag"
        case .tagsKeptForEver: "tagsKeptForEver"
        case .tagNeverChanged: "tagNeverChanged"
        case .tagsRecordWhatHappened: "tagsRecordWhatHappened"
        case .tagDiffersOnlyInCase: "tagDiffersOnlyInCase"
        case .tagCaseHint: "tagCaseHint"
        case .lightweightTag: "lightweightTag"
        case .tagsMustBeAnnotated: "tagsMustBeAnnotated"
        case .onlyMainAndTags: "onlyMainAndTags"
        case .pushToMain: "pushToMain"
        case .noRecordNamesTag: "noRecordNamesTag"
        case .tagMadeOnlyByCmkeeper: "tagMadeOnlyByCmkeeper"
        case .notTheRecordedTag: "notTheRecordedTag"
        case .pushOnlyTheRecordedTag: "pushOnlyTheRecordedTag"
        case .mainNeverDeleted: "mainNeverDeleted"
        case .historyKept: "historyKept"
        case .notFastForward: "notFastForward"
        case .pullRebaseThenPush: "pullRebaseThenPush"
        case .inCommit: "inCommit"
        case .authoredBySomeoneElse: "authoredBySomeoneElse"
        case .pushOnlyOwnCommits: "pushOnlyOwnCommits"
        case .keysNotWritten: "keysNotWritten"
        case .accountRunsKeysSync: "accountRunsKeysSync"
        case .cmOnly: "cmOnly"
        case .askCMEngineer: "askCMEngineer"
        case .mayNotDo: "mayNotDo"
        case .roleGivenBy: "roleGivenBy"
        case .isSymbolicLink: "isSymbolicLink"
        case .commitFileNotLink: "commitFileNotLink"
        case .isSubmodule: "isSubmodule"
        case .commitFilesNotSubmodule: "commitFilesNotSubmodule"
        case .notAProjectID: "notAProjectID"
        case .projectsCreatedByCM: "projectsCreatedByCM"
        case .projectDoesNotExist: "projectDoesNotExist"
        case .cmCreatesProjectFirst: "cmCreatesProjectFirst"
        case .mayNotChangeProject: "mayNotChangeProject"
        case .askManagerOrCM: "askManagerOrCM"
        case .managerChangesOnlyPhase: "managerChangesOnlyPhase"
        case .askCMToChangeProject: "askCMToChangeProject"
        case .mayNotChangeDocuments: "mayNotChangeDocuments"
        case .onlyManagerOrCM: "onlyManagerOrCM"
        case .writtenByCmkeeper: "writtenByCmkeeper"
        case .doNotEditByHand: "doNotEditByHand"
        case .mustBeFileType: "mustBeFileType"
        case .saveInFormat: "saveInFormat"
        case .notADocumentHere: "notADocumentHere"
        case .baselineFrozen: "baselineFrozen"
        case .changeGoesThroughRequest: "changeGoesThroughRequest"
        case .largeFileContentMissing: "largeFileContentMissing"
        case .pushWithGitLFS: "pushWithGitLFS"
        case .overDocumentLimit: "overDocumentLimit"
        case .splitOrRaiseLimit: "splitOrRaiseLimit"
        case .belongsInLargeFileStore: "belongsInLargeFileStore"
        case .trackWithGitLFS: "trackWithGitLFS"
        case .unknownRulesFile: "unknownRulesFile"
        case .rulesFilesAre: "rulesFilesAre"
        case .rulesFileNeeded: "rulesFileNeeded"
        case .changeItInstead: "changeItInstead"
        case .fixRulesFile: "fixRulesFile"
        case .fixTheFile: "fixTheFile"
        case .changeKeysWithCommands: "changeKeysWithCommands"
        case .appendOnlyDeleted: "appendOnlyDeleted"
        case .restoreIt: "restoreIt"
        case .appendOnlyChanged: "appendOnlyChanged"
        case .restoreLines: "restoreLines"
        case .notALibrary: "notALibrary"
        case .createOrNameLibrary: "createOrNameLibrary"
        case .noLibraryHere: "noLibraryHere"
        case .nameOrCreateLibrary: "nameOrCreateLibrary"
        case .projectIDHint: "projectIDHint"
        case .mayNotActAsOther: "mayNotActAsOther"
        case .actAsYourself: "actAsYourself"
        case .projectExists: "projectExists"
        case .projectClashes: "projectClashes"
        case .chooseAnotherID: "chooseAnotherID"
        case .projectNeedsName: "projectNeedsName"
        case .giveName: "giveName"
        case .nothingToApprove: "nothingToApprove"
        case .managerSubmitsFirst: "managerSubmitsFirst"
        case .cannotApprove: "cannotApprove"
        case .cmGivesRoles: "cmGivesRoles"
        case .notInRole: "notInRole"
        case .alreadyApproved: "alreadyApproved"
        case .nothingToDo: "nothingToDo"
        case .projectHoldsSeveralFiles: "projectHoldsSeveralFiles"
        case .nameOneWithFile: "nameOneWithFile"
        case .moveBackNeedsReason: "moveBackNeedsReason"
        case .sayWhy: "sayWhy"
        case .notAValidManagerLogin: "notAValidManagerLogin"
        case .useManagersLogin: "useManagersLogin"
        case .changeRequestNeedsID: "changeRequestNeedsID"
        case .changeRequestNumber: "changeRequestNumber"
        case .gitRefuses: "gitRefuses"
        case .renameWhatGitRefuses: "renameWhatGitRefuses"
        case .cannotApproveBecause: "cannotApproveBecause"
        case .approvalRefused: "approvalRefused"
        case .askAnotherApprover: "askAnotherApprover"
        case .submitterMayNotApprove: "submitterMayNotApprove"
        case .alreadyApprovedInOtherRole: "alreadyApprovedInOtherRole"
        case .notAFileOf: "notAFileOf"
        case .approveWhereKept: "approveWhereKept"
        case .approveAgain: "approveAgain"
        case .severalFiles: "severalFiles"
        case .keepOneFile: "keepOneFile"
        case .approvedFileReplaced: "approvedFileReplaced"
        case .approvedFileGone: "approvedFileGone"
        case .submitThenApproveAgain: "submitThenApproveAgain"
        case .approvedFileChanged: "approvedFileChanged"
        case .approvalDoesNotCount: "approvalDoesNotCount"
        case .pathRefused: "pathRefused"
        case .pathEndsWithSlash: "pathEndsWithSlash"
        case .pathHasEmptyFolderName: "pathHasEmptyFolderName"
        case .removeTrailingSlash: "removeTrailingSlash"
        case .writeSingleSlash: "writeSingleSlash"
        case .nameNotUTF8: "nameNotUTF8"
        case .renameInUTF8: "renameInUTF8"
        case .pathEmpty: "pathEmpty"
        case .giveRelativePath: "giveRelativePath"
        case .pathStartsWithSlash: "pathStartsWithSlash"
        case .pathStartsWithBackslash: "pathStartsWithBackslash"
        case .pathStartsWithDrive: "pathStartsWithDrive"
        case .pathTooLong: "pathTooLong"
        case .shortenPath: "shortenPath"
        case .nameEmpty: "nameEmpty"
        case .giveEveryName: "giveEveryName"
        case .nameContainsSlash: "nameContainsSlash"
        case .separateNames: "separateNames"
        case .pathHasDots: "pathHasDots"
        case .writeWithoutDots: "writeWithoutDots"
        case .nameHasControlCharacter: "nameHasControlCharacter"
        case .renameWithoutControl: "renameWithoutControl"
        case .nameNotNFC: "nameNotNFC"
        case .retypeOrNormalise: "retypeOrNormalise"
        case .nameHasBackslash: "nameHasBackslash"
        case .useSlash: "useSlash"
        case .nameIsGitFolder: "nameIsGitFolder"
        case .renameGitFolder: "renameGitFolder"
        case .nameHasInvisibleCharacter: "nameHasInvisibleCharacter"
        case .retypeWithoutInvisible: "retypeWithoutInvisible"
        case .nameHasWindowsReserved: "nameHasWindowsReserved"
        case .renameWithoutReserved: "renameWithoutReserved"
        case .nameIsWindowsDevice: "nameIsWindowsDevice"
        case .renameDevice: "renameDevice"
        case .nameEndsWith: "nameEndsWith"
        case .renameWithoutTrailing: "renameWithoutTrailing"
        case .nameTooLong: "nameTooLong"
        case .shortenName: "shortenName"
        case .noFilesToSubmit: "noFilesToSubmit"
        case .nameFiles: "nameFiles"
        case .dropFiles: "dropFiles"
        case .noProject: "noProject"
        case .projectListShows: "projectListShows"
        case .dropIntoExistingProject: "dropIntoExistingProject"
        case .straightInInbox: "straightInInbox"
        case .dropIntoProjectFolder: "dropIntoProjectFolder"
        case .isTemporary: "isTemporary"
        case .closeAndRemove: "closeAndRemove"
        case .notARegularFile: "notARegularFile"
        case .submitTheDocumentItself: "submitTheDocumentItself"
        case .dropTheDocumentItself: "dropTheDocumentItself"
        case .cannotBeRead: "cannotBeRead"
        case .checkThePath: "checkThePath"
        case .dropAgain: "dropAgain"
        case .nameFitsSeveral: "nameFitsSeveral"
        case .renameToTheOne: "renameToTheOne"
        case .nameSaysNoDocumentDidYouMean: "nameSaysNoDocumentDidYouMean"
        case .nameSaysNoDocument: "nameSaysNoDocument"
        case .nameByTitle: "nameByTitle"
        case .nameByChineseTitle: "nameByChineseTitle"
        case .orGiveType: "orGiveType"
        case .orDropIntoFolder: "orDropIntoFolder"
        case .orAskCM: "orAskCM"
        case .notInItsPlace: "notInItsPlace"
        case .cannotBeDroppedRemoveIt: "cannotBeDroppedRemoveIt"
        case .onlyPeoplesDocuments: "onlyPeoplesDocuments"
        case .typeNotInProcess: "typeNotInProcess"
        case .typeNameHint: "typeNameHint"
        case .mustBeNamedLike: "mustBeNamedLike"
        case .renameLike: "renameLike"
        case .hasNoPlace: "hasNoPlace"
        case .looksLike: "looksLike"
        case .fitsSeveralKeepAs: "fitsSeveralKeepAs"
        case .didYouMean: "didYouMean"
        case .notADocumentType: "notADocumentType"
        case .nameByTitleInFolder: "nameByTitleInFolder"
        case .place: "place"
        case .places: "places"
        case .cmOnlyAttributesLine: "cmOnlyAttributesLine"
        case .nameAndDropInbox: "nameAndDropInbox"
        case .serveNoShell: "serveNoShell"
        case .serveCommandTooLong: "serveCommandTooLong"
        case .serveCommandEmpty: "serveCommandEmpty"
        case .serveOneRepositoryPath: "serveOneRepositoryPath"
        case .serveLFSTransferUsage: "serveLFSTransferUsage"
        case .serveSubmitUsage: "serveSubmitUsage"
        case .serveTooManyArguments: "serveTooManyArguments"
        case .serveNotACommand: "serveNotACommand"
        case .serveHelpHint: "serveHelpHint"
        case .serveNoSuchOption: "serveNoSuchOption"
        case .serveOptionsOpen: "serveOptionsOpen"
        case .optionNeedsValue: "optionNeedsValue"
        case .optionTakesNoValue: "optionTakesNoValue"
        case .serveNotAFileName: "serveNotAFileName"
        case .giveDocumentNameAlone: "giveDocumentNameAlone"
        case .serveRunsNoShell: "serveRunsNoShell"
        case .quoteNotClosed: "quoteNotClosed"
        case .dollarInDoubleQuotes: "dollarInDoubleQuotes"
        case .commandEndsWithBackslash: "commandEndsWithBackslash"
        case .isForAShell: "isForAShell"
        case .commandHoldsControl: "commandHoldsControl"
        case .storeLargeOrSplit: "storeLargeOrSplit"
        case .uploadTooLarge: "uploadTooLarge"
        case .uploadWouldFillDisk: "uploadWouldFillDisk"
        case .freeDiskSpace: "freeDiskSpace"
        case .cannotReadStdin: "cannotReadStdin"
        case .sendFileOnStdin: "sendFileOnStdin"
        case .cannotRun: "cannotRun"
        case .checkGitInstalled: "checkGitInstalled"
        case .cannotEncodeSession: "cannotEncodeSession"
        case .cannotOpen: "cannotOpen"
        case .checkOwnerAndPermissions: "checkOwnerAndPermissions"
        case .cannotAppend: "cannotAppend"
        case .checkDiskRoom: "checkDiskRoom"
        case .lfsVersionOnly1: "lfsVersionOnly1"
        case .lfsObjectNotHeld: "lfsObjectNotHeld"
        case .lockedBy: "lockedBy"
        case .askHolderToUnlock: "askHolderToUnlock"
        case .lfsNotACommand: "lfsNotACommand"
        case .lfsWrongOperation: "lfsWrongOperation"
        case .lfsNeedsObject: "lfsNeedsObject"
        case .lfsSHA256Only: "lfsSHA256Only"
        case .lfsNotObjectAndSize: "lfsNotObjectAndSize"
        case .lfsObjectMissing: "lfsObjectMissing"
        case .lfsObjectSizeDiffers: "lfsObjectSizeDiffers"
        case .lfsTransferFailed: "lfsTransferFailed"
        case .restoreObjectFromBackup: "restoreObjectFromBackup"
        case .lockNeedsPath: "lockNeedsPath"
        case .reasonAndFix: "reasonAndFix"
        case .noSuchLock: "noSuchLock"
        case .lockHeldByAnother: "lockHeldByAnother"
        case .lfsMalformed: "lfsMalformed"
        case .useGitLFS3: "useGitLFS3"
        case .lfsCannotReadClient: "lfsCannotReadClient"
        case .lfsLineTooLong: "lfsLineTooLong"
        case .lfsCannotWriteClient: "lfsCannotWriteClient"
        case .lockFileUnreadable: "lockFileUnreadable"
        case .cmRemovesLockFile: "cmRemovesLockFile"
        case .cannotRecordLock: "cannotRecordLock"
        case .checkOwnerPermissionsSpace: "checkOwnerPermissionsSpace"
        case .cannotRemove: "cannotRemove"
        case .cannotRecordUnlock: "cannotRecordUnlock"
        case .cannotCreate: "cannotCreate"
        case .notOwnFolder: "notOwnFolder"
        case .cannotEncodeLock: "cannotEncodeLock"
        case .giveThePublicKey: "giveThePublicKey"
        case .isPrivateKey: "isPrivateKey"
        case .keyFileLines: "keyFileLines"
        case .keyHasNoType: "keyHasNoType"
        case .notAPublicKey: "notAPublicKey"
        case .cannotRunSSHKeygen: "cannotRunSSHKeygen"
        case .installOpenSSHClient: "installOpenSSHClient"
        case .keygenCannotRead: "keygenCannotRead"
        case .pathUnfitForAuthorizedKeys: "pathUnfitForAuthorizedKeys"
        case .movePathWithoutQuotes: "movePathWithoutQuotes"
        case .notAValidLogin: "notAValidLogin"
        case .loginCharacters: "loginCharacters"
        case .notAValidBaselineName: "notAValidBaselineName"
        case .baselineNameCharacters: "baselineNameCharacters"
        case .alreadyHasBaseline: "alreadyHasBaseline"
        case .baselineNeverChanges: "baselineNeverChanges"
        case .tagExists: "tagExists"
        case .tagMadeByHand: "tagMadeByHand"
        case .nothingToBaseline: "nothingToBaseline"
        case .submitDocumentsFirst: "submitDocumentsFirst"
        case .tagHoldsNoManifest: "tagHoldsNoManifest"
        case .notAReleaseOrBaselineTag: "notAReleaseOrBaselineTag"
        case .tagExample: "tagExample"
        case .noSuchTag: "noSuchTag"
        case .listTagsInClone: "listTagsInClone"
        case .gitLogFailed: "gitLogFailed"
        case .cannotTellFormat: "cannotTellFormat"
        case .nameZipOrTar: "nameZipOrTar"
        case .noBaselineYet: "noBaselineYet"
        case .cmMakesBaseline: "cmMakesBaseline"
        case .noSuchBaseline: "noSuchBaseline"
        case .itsBaselines: "itsBaselines"
        case .tagDoesNotHoldBaseline: "tagDoesNotHoldBaseline"
        case .runVerify: "runVerify"
        case .cannotWriteIn: "cannotWriteIn"
        case .checkFolderWritable: "checkFolderWritable"
        case .notInBaselineTree: "notInBaselineTree"
        case .doesNotHashToBaseline: "doesNotHashToBaseline"
        case .changedWhileArchived: "changedWhileArchived"
        case .productLibraryCannotOpen: "productLibraryCannotOpen"
        case .checkProductLibrarySetting: "checkProductLibrarySetting"
        case .versionEmpty: "versionEmpty"
        case .putPackagesFirst: "putPackagesFirst"
        case .notAValidProductName: "notAValidProductName"
        case .nameOneProductFolder: "nameOneProductFolder"
        case .notAFolder: "notAFolder"
        case .putFolderNotLink: "putFolderNotLink"
        case .noSuchProject: "noSuchProject"
        case .projectListShowsOrCreate: "projectListShowsOrCreate"
        case .notInThatRole: "notInThatRole"
        case .rolesListShows: "rolesListShows"
        case .fieldHasControl: "fieldHasControl"
        case .writeOnOneLine: "writeOnOneLine"
        case .fieldTooLong: "fieldTooLong"
        case .shortenIt: "shortenIt"
        case .noSuchPhase: "noSuchPhase"
        case .nameOneOf: "nameOneOf"
        case .cannotReadHookLine: "cannotReadHookLine"
        case .isHookRunByGit: "isHookRunByGit"
        case .cannotInstallHooks: "cannotInstallHooks"
        case .installAtPlainPath: "installAtPlainPath"
        case .couldNotInstallHooks: "couldNotInstallHooks"
        case .repackCouldNotRun: "repackCouldNotRun"
        case .installGit: "installGit"
        case .nothingToCommit: "nothingToCommit"
        case .settingsFixOrRewrite: "settingsFixOrRewrite"
        case .settingsIsFolder: "settingsIsFolder"
        case .removeFolderThen: "removeFolderThen"
        case .settingsNotUTF8: "settingsNotUTF8"
        case .saveAsUTF8Then: "saveAsUTF8Then"
        case .missingFromLibrary: "missingFromLibrary"
        case .cmRestoresFromHistory: "cmRestoresFromHistory"
        case .cannotReadRepository: "cannotReadRepository"
        case .checkRepositoryReadable: "checkRepositoryReadable"
        case .daemonStopped: "daemonStopped"
        case .seeLogSystemdRestarts: "seeLogSystemdRestarts"
        case .checkFolderPermissions: "checkFolderPermissions"
        case .cannotLock: "cannotLock"
        case .cannotWrite: "cannotWrite"
        case .checkDiskAndPermissions: "checkDiskAndPermissions"
        case .socketPathTooLong: "socketPathTooLong"
        case .keepLibraryShorter: "keepLibraryShorter"
        case .socketFailed: "socketFailed"
        case .checkRunFolder: "checkRunFolder"
        case .couldNotWrite: "couldNotWrite"
        case .alreadyExists: "alreadyExists"
        case .nameNewFolderOrNone: "nameNewFolderOrNone"
        case .couldNotWriteSampleProducts: "couldNotWriteSampleProducts"
        case .fileOperationFailed: "fileOperationFailed"
        case .fileSystemCause: "fileSystemCause"
        case .fileSystemFix: "fileSystemFix"
        case .checkFolderWritableRetry: "checkFolderWritableRetry"
        case .readingSettings: "readingSettings"
        case .makingInboxFolder: "makingInboxFolder"
        case .writingHandover: "writingHandover"
        case .rejectedNote: "rejectedNote"
        case .mirrorNotARepository: "mirrorNotARepository"
        case .sendingLargeFilesFailed: "sendingLargeFilesFailed"
        case .mirrorTagsDiffer: "mirrorTagsDiffer"
        case .configurationError: "configurationError"
        case .configAt: "configAt"
        case .configPhaseNamed: "configPhaseNamed"
        case .configDocumentNamed: "configDocumentNamed"
        case .configUserNamed: "configUserNamed"
        case .configNthTable: "configNthTable"
        case .valueKind: "valueKind"
        case .configNulByte: "configNulByte"
        case .configNotTOML: "configNotTOML"
        case .configUnknownKey: "configUnknownKey"
        case .configMustBe: "configMustBe"
        case .configKeyMissingAdd: "configKeyMissingAdd"
        case .configStringListHolds: "configStringListHolds"
        case .configTableList: "configTableList"
        case .configMustBeTable: "configMustBeTable"
        case .configUsersExample: "configUsersExample"
        case .configKeyMissing: "configKeyMissing"
        case .configWrongType: "configWrongType"
        case .configVersionMissing: "configVersionMissing"
        case .configVersionTooNew: "configVersionTooNew"
        case .configNoSuchVersion: "configNoSuchVersion"
        case .configListedTwice: "configListedTwice"
        case .configMaxDocumentBytes: "configMaxDocumentBytes"
        case .configNoPhases: "configNoPhases"
        case .configNoDocuments: "configNoDocuments"
        case .configPhaseIDTwice: "configPhaseIDTwice"
        case .configPhaseTitleTwice: "configPhaseTitleTwice"
        case .configDocumentIDTwice: "configDocumentIDTwice"
        case .configDocumentTitleTwice: "configDocumentTitleTwice"
        case .configDocumentAlreadyCalled: "configDocumentAlreadyCalled"
        case .configEnglishTitleTwice: "configEnglishTitleTwice"
        case .configPathTwice: "configPathTwice"
        case .configUnknownPhase: "configUnknownPhase"
        case .configLonelyGroup: "configLonelyGroup"
        case .configPathInReleases: "configPathInReleases"
        case .configPathInFreeFolder: "configPathInFreeFolder"
        case .configPathIsReserved: "configPathIsReserved"
        case .configUnknownDocument: "configUnknownDocument"
        case .configLaterPhase: "configLaterPhase"
        case .configApprovalTwice: "configApprovalTwice"
        case .configIDKeptForAny: "configIDKeptForAny"
        case .configApprovalUnknownKey: "configApprovalUnknownKey"
        case .configApprovalNeedsDocument: "configApprovalNeedsDocument"
        case .configApprovalNeedsRoles: "configApprovalNeedsRoles"
        case .configApprovalRolesStrings: "configApprovalRolesStrings"
        case .configNotARole: "configNotARole"
        case .configApprovalRoleTwice: "configApprovalRoleTwice"
        case .configApprovalNoRoles: "configApprovalNoRoles"
        case .configIndependentBool: "configIndependentBool"
        case .configAliasRepeated: "configAliasRepeated"
        case .configFileTypesMissing: "configFileTypesMissing"
        case .configFileTypesEmpty: "configFileTypesEmpty"
        case .configNotAnExtension: "configNotAnExtension"
        case .configExtensionNotAllowed: "configExtensionNotAllowed"
        case .configNotAMultiplicity: "configNotAMultiplicity"
        case .configManyNeedsWildcard: "configManyNeedsWildcard"
        case .configNotARequirement: "configNotARequirement"
        case .configGroup: "configGroup"
        case .configNotAnID: "configNotAnID"
        case .configTitleEmpty: "configTitleEmpty"
        case .configTitleSpaces: "configTitleSpaces"
        case .configTitleControl: "configTitleControl"
        case .configTitleSlash: "configTitleSlash"
        case .configFreeFolderNotOne: "configFreeFolderNotOne"
        case .configFreeFolderWildcard: "configFreeFolderWildcard"
        case .configFreeFolderReserved: "configFreeFolderReserved"
        case .patternEmpty: "patternEmpty"
        case .patternAbsolute: "patternAbsolute"
        case .patternBackslash: "patternBackslash"
        case .patternControl: "patternControl"
        case .patternWindows: "patternWindows"
        case .patternDoubleStar: "patternDoubleStar"
        case .patternNotNFC: "patternNotNFC"
        case .patternEmptyFolder: "patternEmptyFolder"
        case .patternDotPart: "patternDotPart"
        case .patternGitName: "patternGitName"
        case .configInvalidLogin: "configInvalidLogin"
        case .configLoginsDifferInCase: "configLoginsDifferInCase"
        case .configUserMustBeTable: "configUserMustBeTable"
        case .configQuoteDottedLogin: "configQuoteDottedLogin"
        case .configNameEmpty: "configNameEmpty"
        case .configNameControl: "configNameControl"
        case .configNameAngle: "configNameAngle"
        case .configNameTooLong: "configNameTooLong"
        case .configNotAnEmail: "configNotAnEmail"
        case .configRoleUnknown: "configRoleUnknown"
        case .configKeysEntry: "configKeysEntry"
        case .configKeyLoginInvalid: "configKeyLoginInvalid"
        case .configKeyNotPlain: "configKeyNotPlain"
        case .configKeyFingerprint: "configKeyFingerprint"
        case .configKeyTwice: "configKeyTwice"
        case .configThresholdNegative: "configThresholdNegative"
        case .configServeLimits: "configServeLimits"
        case .configVerifyDueAfterDays: "configVerifyDueAfterDays"
        case .configVerifyEvery: "configVerifyEvery"
        case .configNotATimeZone: "configNotATimeZone"
        case .configMirrorEmptyURL: "configMirrorEmptyURL"
        case .configMirrorNameTwice: "configMirrorNameTwice"
        case .configNotARecord: "configNotARecord"
        case .recordKeyMissing: "recordKeyMissing"
        case .recordNotAnObject: "recordNotAnObject"
        case .recordMustBeString: "recordMustBeString"
        case .recordNotJSON: "recordNotJSON"
        case .treeModeLeadingZero: "treeModeLeadingZero"
        case .treeModeNotAllowed: "treeModeNotAllowed"
        case .treeEntryEmptyName: "treeEntryEmptyName"
        case .treeEntryHasSlash: "treeEntryHasSlash"
        case .treeEntryForbidden: "treeEntryForbidden"
        case .treeEntryZeroID: "treeEntryZeroID"
        case .treeEntryListedTwice: "treeEntryListedTwice"
        case .treeNotInGitOrder: "treeNotInGitOrder"
        case .treeCutShort: "treeCutShort"
        case .makeCommitWithRealGit: "makeCommitWithRealGit"
        case .noSuchPhaseOfProcess: "noSuchPhaseOfProcess"
        case .namePhaseByIDOrTitle: "namePhaseByIDOrTitle"
        case .phaseNotInProcess: "phaseNotInProcess"
        case .cmCorrectsPhase: "cmCorrectsPhase"
        case .alreadyInPhase: "alreadyInPhase"
        case .phaseNotHeld: "phaseNotHeld"
        case .chooseAnotherPhase: "chooseAnotherPhase"
        case .phaseComesBefore: "phaseComesBefore"
        case .cmRunsPhaseBack: "cmRunsPhaseBack"
        case .onlyCMMovesBack: "onlyCMMovesBack"
        case .askCMWithReason: "askCMWithReason"
        case .phaseComesAfter: "phaseComesAfter"
        case .leaveOutBack: "leaveOutBack"
        case .gateStops: "gateStops"
        case .gateReasons: "gateReasons"
        case .submitAndApproveMissing: "submitAndApproveMissing"
        case .entersOnlyWithBaseline: "entersOnlyWithBaseline"
        case .cmRunsBaseline: "cmRunsBaseline"
        case .moveRefused: "moveRefused"
        case .cannotMoveTo: "cannotMoveTo"
        case .cannotBaselineBeforeAcceptance: "cannotBaselineBeforeAcceptance"
        case .cannotRebaseline: "cannotRebaseline"
        case .hints: "hints"
        case .movedFrom: "movedFrom"
        case .phaseNotHeldNote: "phaseNotHeldNote"
        case .movedPhase: "movedPhase"
        case .serveHelp: "serveHelp"
        case .baselineTagUntrusted: "baselineTagUntrusted"
        case .cmVerifiesAndRestoresTag: "cmVerifiesAndRestoresTag"
        case .notAChangeRequestID: "notAChangeRequestID"
        case .processHasNoChangeRequests: "processHasNoChangeRequests"
        case .noChangeRequest: "noChangeRequest"
        case .changeRequestNotApproved: "changeRequestNotApproved"
        case .baselineFrozenWithoutRequest: "baselineFrozenWithoutRequest"
        case .nameChangeRequestInMessage: "nameChangeRequestInMessage"
        case .changeRequestsDoNotHold: "changeRequestsDoNotHold"
        case .haveChangeRequestApproved: "haveChangeRequestApproved"
        case .moveBackNeedsReasonLine: "moveBackNeedsReasonLine"
        case .endWithReasonLine: "endWithReasonLine"
        case .notAnLFSTrackingLine: "notAnLFSTrackingLine"
        case .onlyCMAddsAttributes: "onlyCMAddsAttributes"
        case .oneRecordEachLine: "oneRecordEachLine"
        case .mayNotRecordApprovalOf: "mayNotRecordApprovalOf"
        case .approveForYourself: "approveForYourself"
        case .notADocumentTypeOfProcess: "notADocumentTypeOfProcess"
        case .approveWithCommand: "approveWithCommand"
        case .secondFileOf: "secondFileOf"
        case .newVersionReplacesOld: "newVersionReplacesOld"
        case .leftWithoutCMEngineer: "leftWithoutCMEngineer"
        case .keepOneCMEngineer: "keepOneCMEngineer"
        case .notAPhaseOfProcess: "notAPhaseOfProcess"
        case .notAPhase: "notAPhase"
        case .writeOneOfThosePhases: "writeOneOfThosePhases"
        case .ofProject: "ofProject"
        case .keepPhaseWhileUsed: "keepPhaseWhileUsed"
        case .releasedFilesNeverChange: "releasedFilesNeverChange"
        case .releaseNewVersion: "releaseNewVersion"
        case .textFileIsLFSPointer: "textFileIsLFSPointer"
        case .commitTextFileItself: "commitTextFileItself"
        case .attributesLineTakesTextFile: "attributesLineTakesTextFile"
        case .removeOrNarrowAttributesLine: "removeOrNarrowAttributesLine"
        case .differsOnlyInCase: "differsOnlyInCase"
        case .renameOneOfCaseTwins: "renameOneOfCaseTwins"
        case .gitFailed: "gitFailed"
        case .fileIsNotRegular: "fileIsNotRegular"
        case .nameFileItself: "nameFileItself"
        case .fileReplacedAfterCheck: "fileReplacedAfterCheck"
        case .checkWhoChangesIt: "checkWhoChangesIt"
        case .largeFileCorrupt: "largeFileCorrupt"
        case .restoreFromMirror: "restoreFromMirror"
        case .largeFileMissing: "largeFileMissing"
        case .fetchLargeFileFromMirror: "fetchLargeFileFromMirror"
        case .changedWhileCopied: "changedWhileCopied"
        case .waitUntilComplete: "waitUntilComplete"
        case .fixFileAndPush: "fixFileAndPush"
        case .cmRepairs: "cmRepairs"
        case .cannotNameInTag: "cannotNameInTag"
        case .renameWithoutTagCharacters: "renameWithoutTagCharacters"
        case .noProductLibrary: "noProductLibrary"
        case .setProductLibrary: "setProductLibrary"
        case .alreadyReleased: "alreadyReleased"
        case .releasedNeverChanges: "releasedNeverChanges"
        case .releaseLogAppendOnly: "releaseLogAppendOnly"
        case .noProductInLibrary: "noProductInLibrary"
        case .putVersionsUnder: "putVersionsUnder"
        case .knownProducts: "knownProducts"
        case .noVersionOfProduct: "noVersionOfProduct"
        case .putFilesUnder: "putFilesUnder"
        case .knownVersions: "knownVersions"
        case .caseTwinsInVersion: "caseTwinsInVersion"
        case .cannotBeReleased: "cannotBeReleased"
        case .fixVersionFolder: "fixVersionFolder"
        case .theVersionFolder: "theVersionFolder"
        case .cannotBeReadBecause: "cannotBeReadBecause"
        case .cannotBeReadGivePermission: "cannotBeReadGivePermission"
        case .linkInProductLibrary: "linkInProductLibrary"
        case .notAFile: "notAFile"
        case .someoneElsesHook: "someoneElsesHook"
        case .mergeHookByHand: "mergeHookByHand"
        case .keyAlreadyHeld: "keyAlreadyHeld"
        case .eachPersonOwnKey: "eachPersonOwnKey"
        case .noSSHKey: "noSSHKey"
        case .keysListShows: "keysListShows"
        case .nothingChangedSince: "nothingChangedSince"
        case .laterBaselineFollowsRequest: "laterBaselineFollowsRequest"
        case .laterBaselineNeedsRequest: "laterBaselineNeedsRequest"
        case .nameChangeRequestOption: "nameChangeRequestOption"
        case .changeRequestChangedNothing: "changeRequestChangedNothing"
        case .commitChangeNamingRequest: "commitChangeNamingRequest"
        case .repackFailed: "repackFailed"
        case .nothingLostRunRepack: "nothingLostRunRepack"
        case .mainKeptMoving: "mainKeptMoving"
        case .tryAgainLessBusy: "tryAgainLessBusy"
        case .tagNotCreated: "tagNotCreated"
        case .cmCreatesTag: "cmCreatesTag"
        case .alreadyHoldsLibrary: "alreadyHoldsLibrary"
        case .useItOrChooseEmpty: "useItOrChooseEmpty"
        case .cannotBeUserName: "cannotBeUserName"
        case .userNameCharacters: "userNameCharacters"
        case .packageNotWrittenThere: "packageNotWrittenThere"
        case .nameNewPackageFile: "nameNewPackageFile"
        case .writingStatusSite: "writingStatusSite"
        case .cannotReadKeyFile: "cannotReadKeyFile"
        case .giveThePubFile: "giveThePubFile"
        case .notAGitClone: "notAGitClone"
        case .cloneLibraryFirst: "cloneLibraryFirst"
        case .anotherDaemon: "anotherDaemon"
        case .stopThatDaemon: "stopThatDaemon"
        case .dropGoesWhereLaterGoes: "dropGoesWhereLaterGoes"
        case .dropOneFilePerDocument: "dropOneFilePerDocument"
        case .namesNoProject: "namesNoProject"
        case .cmFindsWhoMadeTag: "cmFindsWhoMadeTag"
        case .noRecordAccountsForTag: "noRecordAccountsForTag"
        case .noKindRecordAccountsForTag: "noKindRecordAccountsForTag"
        case .tagsMadeWithCommand: "tagsMadeWithCommand"
        case .releaseNamed: "releaseNamed"
        case .baselineNamed: "baselineNamed"
        case .manifestCannotBeRebuilt: "manifestCannotBeRebuilt"
        case .restoreTagThenVerify: "restoreTagThenVerify"
        case .missingFromRecordingCommit: "missingFromRecordingCommit"
        case .restoreRepository: "restoreRepository"
        case .differsFromRecorded: "differsFromRecorded"
        case .restoreTagAndRepository: "restoreTagAndRepository"
        case .closedButMissing: "closedButMissing"
        case .managerSubmitsThroughRequest: "managerSubmitsThroughRequest"
        case .cannotBeReadError: "cannotBeReadError"
        case .tagMissing: "tagMissing"
        case .restoreTagFromMirror: "restoreTagFromMirror"
        case .lightweightNotAnnotated: "lightweightNotAnnotated"
        case .tagReplacedRestore: "tagReplacedRestore"
        case .tagMovedRestore: "tagMovedRestore"
        case .restoreLogAppendOnly: "restoreLogAppendOnly"
        case .noCommitAddedRecord: "noCommitAddedRecord"
        case .pointerNamesOther: "pointerNamesOther"
        case .restoreLargeObject: "restoreLargeObject"
        case .shouldBeLargePointer: "shouldBeLargePointer"
        case .gitObjectUnreadable: "gitObjectUnreadable"
        case .contentNoLongerHashes: "contentNoLongerHashes"
        case .fsckCouldNotRun: "fsckCouldNotRun"
        case .fsckFailed: "fsckFailed"
        case .tagCallsItself: "tagCallsItself"
        case .tagLacksReleaseRecord: "tagLacksReleaseRecord"
        case .tagManifestNotRecorded: "tagManifestNotRecorded"
        case .tagHoldsNoReadableManifest: "tagHoldsNoReadableManifest"
        case .tagNotAtCommit: "tagNotAtCommit"
        case .tagNotAtRecordingCommit: "tagNotAtRecordingCommit"
        case .verifyChecked: "verifyChecked"
        case .verified: "verified"
        case .theWholeLibrary: "theWholeLibrary"
        case .keepsProcess: "keepsProcess"
        case .breaksProcess: "breaksProcess"
        case .noCommitsYet: "noCommitsYet"
        case .baselined: "baselined"
        case .wroteHandover: "wroteHandover"
        case .installedHooks: "installedHooks"
        case .atLine: "atLine"
        case .writeProjectRecordAsCmkeeper: "writeProjectRecordAsCmkeeper"
        case .approvalMissingBecause: "approvalMissingBecause"
        case .keyColumns: "keyColumns"
        case .unknownHook: "unknownHook"
        case .droppedByNoOne: "droppedByNoOne"
        }
    }
}
