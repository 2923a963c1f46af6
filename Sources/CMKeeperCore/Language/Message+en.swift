/// The English catalog.
extension Message {
    var en: String {
        switch self {
        case .verbatim(let text), .untranslated(let text): text
        case .joined(let parts, let separator): parts.map(\.en).joined(separator: separator)

        case .langNeedsValue: "--lang needs a language: zh-CN or en"
        case .unknownLanguage(let name): "cmkeeper does not speak “\(name)”: use zh-CN or en"
        case .projectCreated(let id, let name, let manager, let size, let phase, let commit):
            "Created project \(id) “\(name)” (manager \(manager), \(size), phase \(phase)) in commit \(commit)"
        case .dropFolderIs(let path): "Its project manager drops documents into \(path)"
        case .createdLibrary(let path, let repository, let inbox, let products, let settings, let cm):
            """
            Created the library \(path)
              repository     \(repository) (branch main)
              inbox          \(inbox)
              product library \(products ?? "(none yet: set product_library in \(settings))")
              CM engineer    \(cm)

            Next: cmkeeper project create ID --name NAME --manager LOGIN --library \(path)
            """
        case .committedDocuments(let count, let project, let commit): "Committed \(count) document\(count == 1 ? "" : "s") to \(project) in \(commit):"
        case .inLargeFileStore: "(large-file store)"
        case .approved(let path, let project, let role, let blob, let commit): "Approved \(path) of \(project) as \(role), blob \(blob), in commit \(commit)"
        case .managerHoldsNoRole(let login): "warning: \(login) holds no role in .cmkeeper/roles.toml"
        case .grantManagerRole(let login): "check the login; to give them one: cmkeeper roles grant \(login) project-manager"
        case .projectColumns: "ID\tNAME\tCUSTOMER\tMANAGER\tSIZE\tPHASE"
        case .roleColumns: "LOGIN\tNAME\tE-MAIL\tROLES"
        case .alreadyHasRole(let user, let role): "\(user) already has \(role); nothing changed"
        case .nextRelease(let id): "Next: cmkeeper release \(id) PRODUCT VERSION"
        case .statusColumns: "PROJECT\tNAME\tCUSTOMER\tMANAGER\tPHASE\tWEEKLY\tRELEASES\tBASELINES\tOPEN CRS\tMISSING"
        case .noProjectMatches: "No project matches."
        case .noProjectsYet: "No projects yet. Create one with: cmkeeper project create ID --name NAME --manager LOGIN"
        case .wrote(let path): "Wrote \(path)"
        case .statusHeader(let id, let name, let customer, let manager, let large, let trialRun):
            "\(id) “\(name)”  customer \(customer), manager \(manager), \(large ? "large" : "small") project\(trialRun ? ", with trial run" : "")"
        case .phaseProblem(let problem): "phase: ✘ \(problem)"
        case .phaseProblemFix(let file): "    fix: a CM engineer corrects phase in \(file)"
        case .phaseIs(let title, let id): "phase: \(title) (\(id))"
        case .phaseGate(let title, let id, let gate):
            "\(title) (\(id)): \(gate == .skipped ? "skipped (not held)" : gate == .met ? "gate met" : "gate not met")"
        case .documentPresent(let title, let paths): "✔ \(title)  \(paths)"
        case .documentMissing(let title): "✘ \(title)  missing"
        case .documentNotHeld(let title): "· \(title)  not held"
        case .documentNotNeeded(let title): "· \(title)  not needed"
        case .approvedBy(let title, let by, let at): "✔ \(title)  by \(by) at \(at)"
        case .approvalMissing(let title): "✘ \(title)  missing"
        case .softwareReleased(let count): "软件发行 (software released)  \(count) release\(count == 1 ? "" : "s")"
        case .changeRequestsAre(let list): "change requests (需求变更申请单): \(list)"
        case .weeklyReportsMissing(let list): "weekly reports (项目周报) missing: \(list)"
        case .toLeave(let phase, let missing): "To leave \(phase): \(missing)"
        case .toClose(let phase, let missing, let id): "To close (\(phase)): \(missing.isEmpty ? "" : "\(missing), then ")a CM engineer runs cmkeeper baseline \(id)"
        case .daemonRunning(let pid, let since): "daemon    running (pid \(pid)\(since.map { " since \($0)" } ?? ""))"
        case .daemonNotRunning:
            "daemon    not running: nothing takes the inbox or pushes the mirrors (start it: `cmkeeper daemon` or `systemctl start cmkeeper`)"
        case .daemonLibrary(let path): "library   \(path)"
        case .daemonMain(let commit): "main      \(commit ?? "(empty)")"
        case .inboxWaiting(let count): "inbox     \(count == 0 ? "nothing waiting" : "\(count) file\(count == 1 ? "" : "s") waiting")"
        case .waitingColumns: "PROJECT\tFILES"
        case .inboxItself: "(inbox/ itself)"
        case .noRecentCommits(let running): "last commits: none\(running ? " since the daemon started" : "")"
        case .recentCommits(let running): "last commits\(running ? "" : " (of the daemon that ran last)")"
        case .recentCommitColumns: "TIME\tPROJECT\tCOMMIT\tBY\tFILES"
        case .noMirrors: "mirrors: none ([[mirror]] in cmkeeper.toml adds one)"
        case .mirrorsHeading: "mirrors"
        case .mirrorColumns: "NAME\tSTATE\tBEHIND\tLAST SUCCESS\tLAST ERROR"
        case .mirrorFailing(let count): "failing (\(count)×)"
        case .commitsBehind(let count): count.map { "\($0) commit\($0 == 1 ? "" : "s")" } ?? "unknown"
        case .never: "never"
        case .released(let product, let version, let project, let id): "Released \(product) \(version) to \(project) as \(id)"
        case .releasedToBy(let recipient, let by, let at): "  to \(recipient), by \(by), at \(at)"
        case .commitAndTag(let commit, let tag): "  commit \(commit), tag \(tag)"
        case .answersForm(let path): "  answers \(path)"
        case .releaseFileColumns: "SIZE\tSHA-256\tFILE"
        case .releaseTotals(let files, let size, let new): "  \(files) file\(files == 1 ? "" : "s"), \(size) (\(new) new to the large-file store)"
        case .releasesColumns: "RELEASED AT\tID\tPROJECT\tPRODUCT\tVERSION\tTO\tBY\tFILES\tSIZE"
        case .noReleases(let project): project.map { "No releases to \($0) yet." } ?? "No releases yet."
        case .releaseWith: "Release with: cmkeeper release PROJECT PRODUCT VERSION"
        case .demoIn(let path): "cmkeeper demo, in \(path)"
        case .demoWroteProducts(let path, let product, let version):
            "1. Wrote a sample product library: \(path)\n   \(product)/\(version)/ with an install package, a user installation manual and release notes"
        case .demoCreatedLibrary(let path, let me): "2. Created the library: \(path) (you, \(me), are its first CM engineer)"
        case .demoCreatedProject(let id, let name, let customer, let manager): "3. Created project \(id) “\(name)” for \(customer), manager \(manager)"
        case .demoGaveRoles(let roles): "4. Gave the approving roles: \(roles)"
        case .demoReleaseRecord(let file): "The release record (\(file)):"
        case .demoLookWithGit: "Look at it with git and git-lfs:"
        case .demoLFSOnce: "once per user, so that clones check out large files"
        case .demoOrWithCmkeeper: "Or with cmkeeper:"
        case .demoLeadershipApproves: "Once its manager has submitted the overall plan, the leadership approves it (the entry criterion):"
        case .refusalPrefix: "cmkeeper: "
        case .hintLabel: "hint: "
        case .fixLabel: "fix: "
        case .problemCount(let count): count == 1 ? "1 problem" : "\(count) problems"
        case .filesUnder(let count, let folder): "\(count) files\(folder.isEmpty ? "" : " under \(folder)/"):"
        case .hookRefused(let commit, let count): "cmkeeper refused this \(commit ? "commit" : "push") (\(Message.problemCount(count).en)):"
        case .toGetBack: "To get back:"
        case .invalidChange(let what, let problems):
            "\(what.en) breaks the process (\(ValidationProblem.count(problems, in: .en))); nothing was committed:\n" + ValidationProblem.list(problems, in: .en)
        case .fixEachProblem: "fix each problem above and try again"
        case .thisDrop: "this drop"
        case .thisSubmission: "this submission"
        case .thisChange: "this change"

        case .nothingLanded: "nothing of this push landed"
        case .pullFirst: "someone pushed to main since you last pulled: git pull --rebase origin main, then push again"
        case .commitUnderOwnName(let name, let email):
            "commit under your own name, as roles.toml knows you: git config user.name \(name) && git config user.email \(email)"
        case .amendAuthor:
            "make yourself the author of your unpushed commits: git commit --amend --no-edit --reset-author for the last one, or for several: git rebase -r origin/main --exec 'git commit --amend --no-edit --reset-author'"
        case .pushAgain: "then push again: git push origin HEAD:main"
        case .squashUnpushed:
            "the library keeps every commit, so each must keep the process; make your unpushed commits one, your files staying as they are: git reset --soft origin/main"
        case .restoreKept(let files, let arguments):
            "bring \(Self.files(files)) back to what the library has (your edits of \(Self.them(files)) are dropped: copy what you need elsewhere first): git restore --staged --worktree -- \(arguments)"
        case .commitAndPushAgain: "then commit and push again: git commit -m \"…\" && git push origin HEAD:main"
        case .dropUnpushed(let upstream): "or drop all your unpushed commits (their changes are lost): git reset --hard \(upstream)"
        case .deleteRefusedReferences(let count):
            "delete the refused \(count == 1 ? "reference" : "references") in your clone (git tag -d NAME for a tag) and push only main: git push origin HEAD:main"
        case .takeOutOfCommit(let files, let arguments):
            "take \(Self.files(files)) out of this commit (your edits of \(Self.them(files)) are dropped: copy what you need elsewhere first): git restore --staged --worktree -- \(arguments)"
        case .alreadyInUnpushed(let files, let upstream, let arguments):
            "\(Self.files(files)) \(files == 1 ? "is" : "are") already in commits you have not pushed: bring \(Self.them(files)) back to what the library has with git restore --source=\(upstream) --staged --worktree -- \(arguments), then commit; before you push, make your unpushed commits one: git reset --soft \(upstream), then git commit"
        case .fixAndCommitAgain: "fix the files as said above, git add them, and commit again"

        case .mayNotMoveTag(let user, let kind, let deleting): "\(user) may not \(deleting ? "delete" : "move") a \(kind) tag"
        case .tagsKeptForEver(let kind): "\(kind) tags are kept for ever; only a CM engineer makes new ones"
        case .tagNeverChanged(let kind, let deleting): "a \(kind) tag is never \(deleting ? "deleted" : "moved")"
        case .tagsRecordWhatHappened(let kind): "\(kind) tags record what happened; make a new one instead"
        case .tagDiffersOnlyInCase(let twin): "differs from the existing tag \(twin) only in letter case"
        case .tagCaseHint(let kind): "clients on Windows and macOS cannot tell them apart; \(kind) tags are made by cmkeeper \(kind)"
        case .lightweightTag: "is a lightweight tag"
        case .tagsMustBeAnnotated(let kind): "\(kind) tags must be annotated: git tag -a"
        case .onlyMainAndTags: "the library takes only main and release/ and baseline/ tags"
        case .pushToMain: "push your work to main (git push origin HEAD:main)"
        case .noRecordNamesTag(let kind): "no \(kind) record on main names this tag"
        case .tagMadeOnlyByCmkeeper(let kind, let log):
            "\(kind) tags are made only by cmkeeper \(kind), which records each in projects/ID/\(log); push the tag cmkeeper made, or none"
        case .notTheRecordedTag(let detail): "is not the tag cmkeeper made for its record: \(detail)"
        case .pushOnlyTheRecordedTag(let kind, let name):
            "push only the tag cmkeeper \(kind) made (fetch it from the library: git fetch origin tag \(name)), or none"
        case .mainNeverDeleted: "main cannot be deleted"
        case .historyKept: "the library's history is kept for good"
        case .notFastForward: "the push would rewrite main's history (not a fast-forward)"
        case .pullRebaseThenPush: "pull first (git pull --rebase origin main), then push again; never force-push the library"
        case .inCommit(let message, let commit, let subject): "\(message.en) (in commit \(commit) “\(subject)”)"
        case .authoredBySomeoneElse(let subject, let author, let email, let known, let user):
            "“\(subject)” is authored by \(author) <\(email)>\(known.map { ", \($0) in roles.toml" } ?? ""), not by \(user) who pushes it"
        case .pushOnlyOwnCommits:
            "a commit's author is who submitted its documents: push only commits you made yourself, under the name or e-mail roles.toml gives you (only a CM engineer pushes others' commits)"

        case .keysNotWritten(let file, let error): "the push landed, but \(file) was not written again: \(error.en)"
        case .accountRunsKeysSync: "the library's account runs cmkeeper keys sync"
        case .cmOnly(let action): "only a CM engineer (CM工程师) may \(action.en)"
        case .askCMEngineer: "ask a CM engineer"
        case .mayNotDo(let user, let action, let role): "\(user) may not \(action.en): only a \(role) may"
        case .roleGivenBy(let user): "a CM engineer adds \(user) to .cmkeeper/roles.toml, or act as a user who has that role (--user)"
        case .isSymbolicLink: "is a symbolic link"
        case .commitFileNotLink: "commit the file itself; the library keeps no links"
        case .isSubmodule: "is a submodule"
        case .commitFilesNotSubmodule: "commit the files themselves; the library keeps no submodules"
        case .notAProjectID(let id): "“\(id)” is not a valid project id"
        case .projectsCreatedByCM: "projects are created by a CM engineer with `cmkeeper project create`"
        case .projectDoesNotExist(let id): "project \(id) does not exist (no project.toml)"
        case .cmCreatesProjectFirst(let id): "a CM engineer creates it first: cmkeeper project create \(id) …"
        case .mayNotChangeProject(let user, let project, let manager): "\(user) may not change project \(project): its manager is \(manager)"
        case .askManagerOrCM(let manager): "ask \(manager) or a CM engineer"
        case .managerChangesOnlyPhase: "a project manager may change only phase and trial_run here"
        case .askCMToChangeProject: "ask a CM engineer to change the project's name, customer, manager or size"
        case .mayNotChangeDocuments(let user, let project): "\(user) may not change the documents of project \(project)"
        case .onlyManagerOrCM(let manager): "only its manager\(manager.map { " (\($0))" } ?? "") or a CM engineer may"
        case .writtenByCmkeeper(let title): "\(title) is written by cmkeeper itself"
        case .doNotEditByHand: "do not edit it by hand"
        case .mustBeFileType(let title, let types): "\(title) must be a \(types) file"
        case .saveInFormat: "save it in one of those formats (scanned and signed: .pdf)"
        case .notADocumentHere: "is not a document of the process here"
        case .baselineFrozen(let project, let baseline, let change):
            "\(baseline.map { "is not in project \(project)'s baseline \($0)" } ?? "is in project \(project)'s baseline") and cannot be \(change.en)"
        case .changeGoesThroughRequest: "after acceptance a change goes through a change request (需求变更申请单), made by a CM engineer"
        case .largeFileContentMissing(let oid): "its large-file content (\(oid)…) is not in the library's store"
        case .pushWithGitLFS: "push it with git-lfs (git lfs push origin main), then push again"
        case .overDocumentLimit(let size, let maximum): "is \(size) bytes, over the limit of \(maximum) bytes for a document"
        case .splitOrRaiseLimit: "split or compress it, or ask a CM engineer to raise max_document_bytes in .cmkeeper/process.toml"
        case .belongsInLargeFileStore(let size, let threshold): "is \(size) bytes: files over \(threshold) bytes belong in the large-file store"
        case .trackWithGitLFS(let pattern): "in your clone: git lfs track '\(pattern)', then commit again (or use cmkeeper submit)"
        case .unknownRulesFile: "is not a file cmkeeper knows in .cmkeeper/"
        case .rulesFilesAre: "only process.toml, roles.toml and keys.toml live there"
        case .rulesFileNeeded: "cannot be deleted: the library runs on it"
        case .changeItInstead: "change it instead"
        case .fixRulesFile: "fix the file; cmkeeper never runs on rules it cannot read"
        case .fixTheFile: "fix the file"
        case .changeKeysWithCommands: "change keys with cmkeeper keys add and cmkeeper keys remove"
        case .appendOnlyDeleted: "is append-only and cannot be deleted"
        case .restoreIt: "restore it"
        case .appendOnlyChanged: "is append-only: an existing line was changed or removed"
        case .restoreLines: "restore the existing lines; only add new ones at the end"

        case .notALibrary(let path, let file): "\(path) is not a cmkeeper library (no \(file))"
        case .createOrNameLibrary(let path): "create one with `cmkeeper init \(path)`, or name yours with --library or CMKEEPER_LIBRARY"
        case .noLibraryHere(let folder): "no cmkeeper library here (\(folder)) or above"
        case .nameOrCreateLibrary: "name one with --library DIR or CMKEEPER_LIBRARY, or create one with `cmkeeper init DIR`"
        case .projectIDHint(let maximum): "use 1 to \(maximum) letters, digits, '-', '_' or '.', not starting with a dot (for example P-2026-001)"
        case .mayNotActAsOther(let me, let owner, let named):
            "you are \(me), and only root or the library's account (\(owner)) may act as someone else: --user or CMKEEPER_USER \(named) is refused"
        case .actAsYourself(let named):
            "leave out --user and CMKEEPER_USER to act as yourself, or ask \(named) to do it; over ssh, your key says who you are"
        case .projectExists(let id): "project \(id) already exists"
        case .projectClashes(let id, let existing): "project \(id) would clash with the existing project \(existing) (ids differ only in letter case)"
        case .chooseAnotherID: "choose another id; `cmkeeper project list` shows those in use"
        case .projectNeedsName(let id): "project \(id) needs a name"
        case .giveName: "give it with --name, for example --name \"某某银行核心系统实施\""
        case .nothingToApprove(let project, let title, let file): "project \(project) has no \(title)\(file.map { " named \($0)" } ?? "") to approve"
        case .managerSubmitsFirst(let project, let title): "its manager submits it first: cmkeeper submit \(project) \(title).docx"
        case .cannotApprove(let user, let title, let roles): "\(user) cannot approve \(title): it is approved by \(roles)"
        case .cmGivesRoles: "a CM engineer gives roles in .cmkeeper/roles.toml"
        case .notInRole(let user, let role): "\(user) is not \(role)"
        case .alreadyApproved(let title, let project, let role, let by): "\(title) of \(project) is already approved by \(role) as it is now (\(by))"
        case .nothingToDo: "nothing to do"
        case .projectHoldsSeveralFiles(let project, let count, let title, let files): "project \(project) holds \(count) files for \(title) (\(files))"
        case .nameOneWithFile(let name): "name the one to approve with --file, e.g. --file \(name)"
        case .moveBackNeedsReason(let id): "moving project \(id) back needs a reason"
        case .sayWhy(let project, let phase): "say why: cmkeeper phase \(project) \(phase) --back --reason \"…\""
        case .notAValidManagerLogin(let login): "“\(login)” is not a valid user name for the manager"
        case .useManagersLogin: "use the manager's login: letters, digits, '.', '_' and '-'"
        case .changeRequestNeedsID: "--change-request needs the id of a change request, like CR-003"
        case .changeRequestNumber: "the number of its 需求变更申请单"
        case .gitRefuses(let what): "git refuses it: \(what)"
        case .renameWhatGitRefuses: "rename the file or folder git refuses, then drop or push it again"
        case .cannotApproveBecause(let user, let title, let project, let why): "\(user) cannot approve \(title) of \(project): \(why.en)"
        case .approvalRefused(let title, let user, let why): "the approval of \(title) by \(user): \(why.en)"
        case .askAnotherApprover(let role): "ask another \(role) to approve it"
        case .submitterMayNotApprove(let submitter, let path, let title):
            "\(submitter) submitted \(path) and so may not approve it: \(title) needs the approval of someone else"
        case .alreadyApprovedInOtherRole(let user, let role, let title, let at, let other):
            "\(user) already gave the \(role) approval of \(title) (\(at)); the \(other) approval must come from someone else"
        case .notAFileOf(let path, let title): "\(path) is not a file of \(title)"
        case .approveWhereKept(let pattern): "approve the document where the process keeps it: \(pattern)"
        case .approveAgain: "approve it again"
        case .severalFiles(let count, let files): "there are \(count) files (\(files)); an approval holds only for the document's one file"
        case .keepOneFile(let path): "keep only the document's file (remove the others); if that is not \(path) as approved, approve it again"
        case .approvedFileReplaced(let path, let other): "the approved file \(path) was replaced by \(other)"
        case .approvedFileGone(let path): "the approved file \(path) is no longer there"
        case .submitThenApproveAgain: "submit it, then approve it again"
        case .approvedFileChanged(let path, let by): "the approved file \(path) has changed since \(by) approved it"
        case .approvalDoesNotCount(let title, let why, let fix): "\(title): \(why.en); \(fix.en)"
        case .pathRefused(let path, let message): "path “\(path)” refused: \(message.en)"
        case .pathEndsWithSlash: "the path ends with '/'"
        case .pathHasEmptyFolderName: "the path has an empty folder name ('//')"
        case .removeTrailingSlash: "remove the trailing '/'"
        case .writeSingleSlash: "write a single '/' between folder names"
        case .nameNotUTF8(let byte, let offset):
            "the name is not valid UTF-8 (byte 0x\(byte) at offset \(offset)), so no client could show or store it the same way"
        case .renameInUTF8: "rename it on the disk it came from with a program that writes Unicode (UTF-8) names, then try again"
        case .pathEmpty: "the path is empty"
        case .giveRelativePath(let definite): "give \(definite ? "the" : "a") path relative to the repository root, such as projects/P-001/plan.docx"
        case .pathStartsWithSlash: "the path starts with '/', so it is absolute, not inside the repository"
        case .pathStartsWithBackslash: "the path starts with '\\', a Windows absolute or network path, not inside the repository"
        case .pathStartsWithDrive(let drive): "the path starts with the Windows drive “\(drive):”, not inside the repository"
        case .pathTooLong(let bytes, let limit): "the path is \(bytes) bytes long in UTF-8; the limit is \(limit)"
        case .shortenPath: "shorten the folder and file names or nest fewer folders (a Chinese character takes 3 bytes)"
        case .nameEmpty: "one of the names is empty"
        case .giveEveryName: "give every file and folder a name"
        case .nameContainsSlash(let name): "the name \(name) contains '/', which separates folders and cannot be part of a name"
        case .separateNames: "give the folders as separate names, or rename without '/'"
        case .pathHasDots(let up): up ? "the path contains “..”, which would climb out of its folder" : "the path contains “.”, which is not a file or folder name"
        case .writeWithoutDots: "write the path without '.' and '..', relative to the repository root"
        case .nameHasControlCharacter(let what, let code): "\(what.en) contains the control character \(code), which clients show and store differently"
        case .renameWithoutControl: "rename it without control characters (tabs, line breaks, escape codes)"
        case .nameNotNFC(let what, let decomposed):
            decomposed
                ? "\(what.en) is decomposed (accents stored as separate marks, as macOS writes names), not in the composed Unicode form (NFC) git and other clients expect"
                : "\(what.en) is not in the composed Unicode form (NFC) git and other clients expect: it holds characters NFC replaces (such as the Kelvin sign or a CJK compatibility ideograph) or combining marks out of order"
        case .retypeOrNormalise: "rename it by retyping the name, or let cmkeeper normalise it to NFC"
        case .nameHasBackslash(let what): "\(what.en) contains '\\', which Windows reads as a folder separator"
        case .useSlash: "use '/' between folders, or rename it without '\\'"
        case .nameIsGitFolder(let what, let spelling):
            switch spelling {
            case .shortName: "\(what.en) is the Windows short (8.3) name of git's own folder .git"
            case .exact: "\(what.en) is git's own folder"
            case .other: "\(what.en) is git's own folder .git in another spelling"
            }
        case .renameGitFolder(let isLast):
            isLast ? "rename it; git and cmkeeper never accept a file or folder named .git in any spelling" : "rename the folder; git and cmkeeper never accept a file under .git"
        case .nameHasInvisibleCharacter(let what, let code, let character, let at, let of):
            "\(what.en) contains the invisible character \(code) \(character) at character \(at) of \(of), so it can pass for another name that looks the same"
        case .retypeWithoutInvisible: "rename it by retyping the name; zero-width and text-direction characters are never part of a library name"
        case .nameHasWindowsReserved(let what, let character): "\(what.en) contains '\(character)', which Windows cannot store in a name"
        case .renameWithoutReserved: "rename it without any of < > : \" | ? *"
        case .nameIsWindowsDevice(let what, let device):
            "\(what.en) is the Windows device name \(device), which Windows cannot use as a file or folder name, even with an extension"
        case .renameDevice(let device): "rename it so it does not start with CON, PRN, AUX, NUL, COM1–COM9 or LPT1–LPT9 before a dot (for example \(device)-1)"
        case .nameEndsWith(let what, let dot): "\(what.en) ends with \(dot ? "a dot" : "a space"), which Windows silently removes"
        case .renameWithoutTrailing(let dot): "rename it without the trailing \(dot ? "dot" : "space")"
        case .nameTooLong(let what, let bytes, let limit): "\(what.en) is \(bytes) bytes long in UTF-8; the limit is \(limit)"
        case .shortenName: "shorten it (a Chinese character takes 3 bytes)"
        case .noFilesToSubmit: "no files to submit"
        case .nameFiles: "name one or more files"
        case .dropFiles: "drop one or more files"
        case .noProject(let id): "no project \(id) in the library"
        case .projectListShows: "`cmkeeper project list` shows the projects"
        case .dropIntoExistingProject: "drop files into the inbox folder of an existing project; a CM engineer tells you its number"
        case .straightInInbox(let name): "\(name) lies straight in inbox/, not in a project's folder"
        case .dropIntoProjectFolder(let name): "drop it into inbox/PROJECT-ID/, e.g. inbox/P-2026-001/\(name)"
        case .isTemporary(let kind): "is \(kind.en)"
        case .closeAndRemove(let verb): "close the document and remove this file; \(verb.rawValue) only the document itself"
        case .notARegularFile(let kind): "is \(kind), not a regular file"
        case .submitTheDocumentItself: "submit the document itself, not a link, a folder or a device"
        case .dropTheDocumentItself: "drop the document itself, not a link or a device"
        case .cannotBeRead(let reason): "cannot be read (\(reason))"
        case .checkThePath: "check the path"
        case .dropAgain: "drop it again"
        case .nameFitsSeveral(let listed): "its name fits more than one document: \(listed)"
        case .renameToTheOne(let example, let otherwise): "rename it to the one it is (e.g. \(example)), or \(otherwise.en)"
        case .nameSaysNoDocumentDidYouMean(let listed): "its name does not say which document it is; did you mean \(listed)?"
        case .nameSaysNoDocument: "its name does not say which document it is"
        case .nameByTitle(let example, let otherwise): "name it by its title (e.g. \(example)), or \(otherwise.en)"
        case .nameByChineseTitle(let example, let otherwise): "name it by its Chinese title (e.g. \(example)), or \(otherwise.en)"
        case .orGiveType: "give --type"
        case .orDropIntoFolder(let folder): "drop it into \(folder)/ if it is no document of the process"
        case .orAskCM: "ask a CM engineer which document it is"
        case .notInItsPlace(let free): "is not a document of the process in its place\(free.isEmpty ? "" : ", nor in \(free)")"
        case .cannotBeDroppedRemoveIt: "it cannot be dropped; remove it from the inbox"
        case .onlyPeoplesDocuments(let verb): "\(verb.rawValue) only the documents people write"
        case .typeNotInProcess(let given): "--type \(given) is not a document type of the process"
        case .typeNameHint: "use an id, Chinese title or alias from .cmkeeper/process.toml, e.g. acceptance-report or 安装验收报告"
        case .mustBeNamedLike(let title, let pattern): "a \(title) must be named like \(pattern)"
        case .renameLike(let example): "rename it, e.g. \(example)"
        case .hasNoPlace: "has no place"
        case .looksLike(let title, let id, let path): "this looks like \(title) (\(id)): keep it at \(path) in the project folder"
        case .fitsSeveralKeepAs(let places): "its name fits more than one document; keep it as the one it is: \(places.en)"
        case .didYouMean(let places): "did you mean \(places.en)?"
        case .notADocumentType(let id): "“\(id)” is not a document type of the process"
        case .nameByTitleInFolder(let folders, let free): "name it by its Chinese title in its phase's folder (\(folders)), or keep it in \(free)"
        case .place(let title, let id, let path): "\(title) (\(id)) at \(path)"
        case .places(let places): places.map(\.en).joined(separator: " or ")
        case .cmOnlyAttributesLine(let line): "only a CM engineer (CM工程师) may change or remove a line of .gitattributes (“\(line)”)"
        case .nameAndDropInbox(let free):
            "name it by its Chinese title (e.g. 安装验收报告.docx) and drop it straight into the project's inbox folder\(free.isEmpty ? "" : ", or drop it into \(free)")"

        case .rejectedNote(let file, let what, let todo, let droppedAs, let user, let time, let folder):
            """
            \(file) was not taken into the library.

            What is wrong:
            \(what.en)

            What to do:
            \(todo?.en ?? Message.askCMEngineer.en)

            It was dropped as \(droppedAs) by \(user) and refused at \(time).
            Fix it and drop it into \(folder) again. You may delete this file and the copy beside it.
            """
        }
    }

    private static func files(_ count: Int) -> String { count == 1 ? "this file" : "these \(count) files" }
    private static func them(_ count: Int) -> String { count == 1 ? "it" : "them" }
}

extension CMAction {
    var en: String {
        switch self {
        case .changeRules: "change the library's rules (.cmkeeper/)"
        case .changeOutsideProject: "change files outside a project folder"
        case .createProject: "create a project"
        case .rewriteProjectRecord: "rewrite a project record"
        case .deleteProject: "delete a project"
        case .writeReleaseLog: "write the release log"
        case .recordBaselines: "record baselines"
        case .changeReleasedSoftware: "change released software"
        case .removeAttributes: "remove .gitattributes"
        case .createReleaseTags: "create release tags"
        case .createBaselineTags: "create baseline tags"
        case .changeRoles: "change roles"
        case .changeKeys: "change ssh keys"
        case .makeBaseline: "make a baseline"
        case .releaseSoftware: "release software"
        }
    }
}

extension TemporaryKind {
    var en: String {
        switch self {
        case .officeLock: "an Office lock file (~$…), left while the document is open"
        case .libreOfficeLock: "a LibreOffice/WPS lock file (.~…), left while the document is open"
        case .editorCopy: "an editor's temporary copy"
        case .download: "a temporary or unfinished download"
        case .systemFile: "a file the operating system writes by itself"
        }
    }
}

extension NameInPath {
    var en: String { isFolder ? "the folder name \(name)" : "the name \(name)" }
}
