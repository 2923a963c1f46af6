/// The English catalog.
extension Message {
    var en: String {
        switch self {
        case .verbatim(let text): text
        case .joined(let parts, let separator): parts.map(\.en).joined(separator: separator)
        case .titled(let title, let id, let note): "\(title) (\(id)\(note.map { ", " + $0.en } ?? ""))"
        case .titledList(let items): items.map(\.en).joined(separator: ", ")
        case .titledEither(let items): items.map(\.en).joined(separator: " or ")

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
        case .approved(let path, let project, let role, let blob, let commit): "Approved \(path) of \(project) as \(role.en), blob \(blob), in commit \(commit)"
        case .managerHoldsNoRole(let login): "warning: \(login) holds no role in .cmkeeper/roles.toml"
        case .grantManagerRole(let login): "check the login; to give them one: cmkeeper roles grant \(login) project-manager"
        case .projectColumns: "ID\tNAME\tCUSTOMER\tMANAGER\tSIZE\tPHASE"
        case .roleColumns: "LOGIN\tNAME\tE-MAIL\tROLES"
        case .alreadyHasRole(let user, let role): "\(user) already has \(role.en); nothing changed"
        case .nextRelease(let id): "Next: cmkeeper release \(id) PRODUCT VERSION"
        case .statusColumns: "PROJECT\tNAME\tCUSTOMER\tMANAGER\tPHASE\tWEEKLY\tRELEASES\tBASELINES\tOPEN CRS\tMISSING"
        case .noProjectMatches: "No project matches."
        case .noProjectsYet: "No projects yet. Create one with: cmkeeper project create ID --name NAME --manager LOGIN"
        case .wrote(let path): "Wrote \(path)"
        case .statusHeader(let id, let name, let customer, let manager, let large, let trialRun):
            "\(id) “\(name)”  customer \(customer), manager \(manager), \(large ? "large" : "small") project\(trialRun ? ", with trial run" : "")"
        case .phaseProblem(let problem): "phase: ✘ \(problem)"
        case .phaseProblemFix(let file): "    fix: a CM engineer corrects phase in \(file)"
        case .phaseIs(let title, let id): "phase: \(Message.titled(title: title, id: id).en)"
        case .phaseGate(let title, let id, let gate):
            "\(Message.titled(title: title, id: id).en): \(gate == .skipped ? "skipped (not held)" : gate == .met ? "gate met" : "gate not met")"
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
        case .demoGaveRoles(let roles): "4. Gave the approving roles: \(roles.map(\.en).joined(separator: ", "))"
        case .personInRole(let person, let role): "\(person) as \(role.en)"
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
        case .notTheRecordedTag(let detail): "is not the tag cmkeeper made for its record: \(detail.en)"
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
        case .mayNotDo(let user, let action, let role): "\(user) may not \(action.en): only a \(role.en) may"
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
        case .cannotApprove(let user, let title, let roles): "\(user) cannot approve \(title): it is approved by \(roles.en)"
        case .cmGivesRoles: "a CM engineer gives roles in .cmkeeper/roles.toml"
        case .notInRole(let user, let role): "\(user) is not \(role.en)"
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
        case .askAnotherApprover(let role): "ask another \(role.en) to approve it"
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
        case .nameFitsSeveral(let listed): "its name fits more than one document: \(Message.titledList(listed).en)"
        case .renameToTheOne(let example, let otherwise): "rename it to the one it is (e.g. \(example)), or \(otherwise.en)"
        case .nameSaysNoDocumentDidYouMean(let listed): "its name does not say which document it is; did you mean \(Message.titledList(listed).en)?"
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
        case .looksLike(let title, let id, let path): "this looks like \(Message.titled(title: title, id: id).en): keep it at \(path) in the project folder"
        case .fitsSeveralKeepAs(let places): "its name fits more than one document; keep it as the one it is: \(places.en)"
        case .didYouMean(let places): "did you mean \(places.en)?"
        case .notADocumentType(let id): "“\(id)” is not a document type of the process"
        case .nameByTitleInFolder(let folders, let free): "name it by its Chinese title in its phase's folder (\(folders)), or keep it in \(free)"
        case .place(let title, let id, let path): "\(Message.titled(title: title, id: id).en) at \(path)"
        case .places(let places): places.map(\.en).joined(separator: " or ")
        case .cmOnlyAttributesLine(let line): "only a CM engineer (CM工程师) may change or remove a line of .gitattributes (“\(line)”)"
        case .nameAndDropInbox(let free):
            "name it by its Chinese title (e.g. 安装验收报告.docx) and drop it straight into the project's inbox folder\(free.isEmpty ? "" : ", or drop it into \(free)")"

        case .serveNoShell: "this account gives no shell"
        case .serveCommandTooLong(let bytes, let limit): "the command is \(bytes) bytes long, more than the \(limit) this library takes over ssh"
        case .serveCommandEmpty: "the command is empty"
        case .serveOneRepositoryPath(let command, let given): "\(command) takes one repository path, not \(given)"
        case .serveLFSTransferUsage: "git-lfs-transfer takes a repository path and upload or download"
        case .serveSubmitUsage: "submit takes a project and a file name, with the file on stdin"
        case .serveTooManyArguments(let command, let most, let given): "\(command) takes at most \(most) argument over ssh, not \(given)"
        case .serveNotACommand(let name): "“\(name)” is not a command this library serves over ssh"
        case .serveHelpHint: "ssh cm@server help lists what you can run: git clone/fetch/push, status, releases, verify and submit"
        case .serveNoSuchOption(let command, let option): "\(command) takes no option \(option) over ssh"
        case .serveOptionsOpen(let options): "the options open over ssh are: \(options)"
        case .optionNeedsValue(let name): "\(name) needs a value"
        case .optionTakesNoValue(let name): "\(name) takes no value"
        case .serveNotAFileName(let name): "“\(name)” is not a file name"
        case .giveDocumentNameAlone: "give the document's name alone, e.g. 安装验收报告.docx, and its bytes on stdin"
        case .serveRunsNoShell: "cmkeeper serve runs no shell: send one command, quoting arguments with ' or \""
        case .quoteNotClosed(let quote): "a \(quote) is not closed"
        case .dollarInDoubleQuotes: "$ and ` inside \" are for a shell, which cmkeeper serve does not run"
        case .commandEndsWithBackslash: "the command ends with a \\"
        case .isForAShell(let what): "“\(what)” is for a shell, which cmkeeper serve does not run"
        case .commandHoldsControl: "the command holds a control character"
        case .storeLargeOrSplit: "a CM engineer stores a file this large on the library's machine, or it is split"
        case .uploadTooLarge(let file, let most): "\(file) is larger than \(most), the most this library takes over ssh from anyone but a CM engineer; nothing was stored"
        case .uploadWouldFillDisk(let file, let size, let free, let reserve):
            "\(file) (\(size)) would leave less than \(reserve) free on the library's disk (\(free) free now); nothing was stored"
        case .freeDiskSpace: "ask whoever runs the library's machine to free or add disk space (or lower serve.free_space_reserve_mib in cmkeeper.toml), then try again"
        case .cannotReadStdin(let file, let error): "cannot take \(file) from stdin: \(error)"
        case .sendFileOnStdin(let project, let file): "send the file on stdin: ssh cm@server submit \(project) \(file) < \(file)"
        case .cannotRun(let executable, let error): "cannot run \(executable): \(error)"
        case .checkGitInstalled: "a CM engineer checks that git and cmkeeper are installed on the library's machine"
        case .cannotEncodeSession(let path): "cannot encode the session for \(path)"
        case .cannotOpen(let path, let error): "cannot open \(path): \(error)"
        case .checkOwnerAndPermissions: "check the library folder's owner and permissions"
        case .cannotAppend(let path, let error): "cannot append to \(path): \(error)"
        case .checkDiskRoom: "check that the disk has room"

        case .lfsVersionOnly1(let given): "this library speaks version 1 of git-lfs's ssh protocol, not \(given)"
        case .lfsObjectNotHeld(let oid, let size): "object \(oid) of \(size) bytes is not in the library"
        case .lockedBy(let owner, let since, let id): "is locked by \(owner) since \(since) (lock \(id)): only they may change it"
        case .askHolderToUnlock(let owner, let path): "ask \(owner) to unlock it (`git lfs unlock '\(path)'`), or a CM engineer to open the lock; then try again"
        case .lfsNotACommand(let command): "“\(command)” is not a command of git-lfs's ssh protocol this library serves"
        case .lfsWrongOperation(let command, let operation): "\(command) is not open in a session started for \(operation)"
        case .lfsNeedsObject(let command): "\(command) needs an object id (64 lowercase hexadecimal digits) and size=BYTES"
        case .lfsSHA256Only(let algorithm): "this library keeps objects by sha256, not \(algorithm)"
        case .lfsNotObjectAndSize(let line): "“\(line)” is not an object id and size"
        case .lfsObjectMissing(let oid): "object \(oid) is not in the library"
        case .lfsObjectSizeDiffers(let oid, let size, let asked): "object \(oid) in the library is \(size) bytes, not \(asked)"
        case .lfsTransferFailed(let error): "git-lfs-transfer: \(error)"
        case .restoreObjectFromBackup: "a CM engineer runs cmkeeper verify and restores the object from a mirror or backup"
        case .lockNeedsPath: "lock needs path=PATH"
        case .reasonAndFix(let reason, let fix): "\(reason.en): \(fix.en)"
        case .noSuchLock(let id): "there is no lock \(id)"
        case .lockHeldByAnother(let path, let heldBy, let owner): "only a CM engineer opens a lock another holds: \(path) is locked by \(heldBy); ask \(owner) to unlock it"

        case .lfsMalformed(let what): "git-lfs-transfer: \(what)"
        case .useGitLFS3: "the client is not speaking git-lfs's ssh protocol; use git-lfs 3.0 or later"
        case .lfsCannotReadClient(let error): "git-lfs-transfer: cannot read from the client: \(error)"
        case .lfsLineTooLong(let bytes): "git-lfs-transfer: a line of \(bytes) bytes is too long for a packet"
        case .lfsCannotWriteClient(let error): "git-lfs-transfer: cannot write to the client: \(error)"
        case .lockFileUnreadable(let path): "the lock file \(path) is unreadable"
        case .cmRemovesLockFile: "a CM engineer removes it (the lock is then released)"
        case .cannotRecordLock(let path, let error): "cannot record the lock on \(path): \(error)"
        case .checkOwnerPermissionsSpace: "check the library folder's owner, permissions and free space"
        case .cannotRemove(let path, let error): "cannot remove \(path): \(error)"
        case .cannotRecordUnlock(let path, let error): "cannot record the release of the lock on \(path): \(error)"
        case .cannotCreate(let path, let error): "cannot create \(path): \(error)"
        case .notOwnFolder(let path): "\(path) is not a folder of this account (a link, a file, or another account's)"

        case .cannotEncodeLock(let path): "cannot encode the lock on \(path)"

        case .giveThePublicKey: "give the public key: the one line of the .pub file ssh-keygen made (e.g. ~/.ssh/id_ed25519.pub), never the private key"
        case .isPrivateKey(let source): "\(source) is a private key; it must never leave its owner's computer"
        case .keyFileLines(let source, let count): "\(source) holds \(count) lines; it must hold one public key"
        case .keyHasNoType(let source): "\(source) does not start with a key type (ssh-ed25519, ecdsa-sha2-…, ssh-rsa); options and other text are not taken"
        case .notAPublicKey(let source): "\(source) is not a public key"
        case .cannotRunSSHKeygen(let source, let error): "cannot run ssh-keygen to check \(source): \(error)"
        case .installOpenSSHClient: "install OpenSSH's client (apt-get install openssh-client)"
        case .keygenCannotRead(let source): "\(source) is not a public key ssh-keygen can read"
        case .pathUnfitForAuthorizedKeys(let path): "\(path) holds a quote, a backslash or a line break, which an authorized_keys command cannot carry"
        case .movePathWithoutQuotes: "move cmkeeper or the library to a path without them"
        case .notAValidLogin(let login): "“\(login)” is not a valid login"
        case .loginCharacters(let maximum): "use letters, digits, '.', '_' and '-', at most \(maximum)"
        case .notAValidBaselineName(let name): "“\(name)” is not a valid baseline name"
        case .baselineNameCharacters: "use letters, digits, '.', '-' and '_', e.g. acceptance"
        case .alreadyHasBaseline(let project, let baseline): "project \(project) already has the baseline \(baseline)"
        case .baselineNeverChanges(let next): "a baseline never changes; leave out the name for the next one (\(next))"
        case .tagExists(let tag): "the tag \(tag) already exists"
        case .tagMadeByHand: "run cmkeeper verify: a tag without its record was made by hand"
        case .nothingToBaseline(let project): "project \(project) has no configuration items to baseline"
        case .submitDocumentsFirst: "submit its documents first"
        case .tagHoldsNoManifest: "the tag holds no manifest"
        case .notAReleaseOrBaselineTag(let scope): "“\(scope)” is not a release or baseline tag"
        case .tagExample: "e.g. baseline/P-2026-001/acceptance"
        case .noSuchTag(let tag): "there is no tag \(tag) in the library"
        case .listTagsInClone: "`git tag --list 'release/*' 'baseline/*'` in a clone lists the tags"
        case .gitLogFailed(let path, let output): "git log of \(path) failed: \(output)"

        case .cannotTellFormat(let file): "cannot tell the package's format from “\(file)”"
        case .nameZipOrTar: "name it FILE.zip or FILE.tar"
        case .noBaselineYet(let project): "project \(project) has no baseline yet"
        case .cmMakesBaseline(let project): "a CM engineer makes one after acceptance: cmkeeper baseline \(project)"
        case .noSuchBaseline(let project, let name): "project \(project) has no baseline \(name)"
        case .itsBaselines(let names): "its baselines: \(names)"
        case .tagDoesNotHoldBaseline(let tag): "the tag \(tag) does not hold the baseline recorded for it"
        case .runVerify(let project): "run cmkeeper verify \(project)"
        case .cannotWriteIn(let folder, let error): "cannot write in \(folder): \(error)"
        case .checkFolderWritable: "check the folder exists and is writable"
        case .notInBaselineTree(let path): "\(path) is not in the baseline's tree as recorded"
        case .doesNotHashToBaseline(let path): "\(path) does not hash to its baseline's SHA-256"
        case .changedWhileArchived(let path, let written, let size): "\(path) changed size while being archived (\(written) of \(size) bytes)"
        case .productLibraryCannotOpen(let path): "the product library \(path) cannot be opened"
        case .checkProductLibrarySetting: "check product_library in the library's settings"
        case .versionEmpty(let product, let version, let folder): "\(product) \(version) is empty: \(folder) holds no files"
        case .putPackagesFirst: "put the install packages and documents in it first"
        case .notAValidProductName(let name, let version): "“\(name)” is not a valid \(version ? "version" : "product") name"
        case .nameOneProductFolder: "name one folder of the product library"
        case .notAFolder(let path, let kind): "\(path) is \(kind), not a folder"
        case .putFolderNotLink: "put the folder itself in the product library, not a link to it; nothing was written"
        case .noSuchProject(let id): "no project \(id)"
        case .projectListShowsOrCreate: "`cmkeeper project list` shows the projects; a CM engineer creates one with `cmkeeper project create`"

        case .notInThatRole(let login, let role): "\(login) is not \(role)"
        case .rolesListShows: "cmkeeper roles list shows who is who"
        case .fieldHasControl(let field): "the \(field.en) contains control characters"
        case .writeOnOneLine: "write it on one line, in plain text"
        case .fieldTooLong(let field): "the \(field.en) is longer than 200 characters"
        case .shortenIt: "shorten it"
        case .noSuchPhase(let name): "there is no phase \"\(name)\" in the process"
        case .nameOneOf(let names): "name one of: \(Message.titledList(names).en)"
        case .cannotReadHookLine(let line): "pre-receive: cannot read git's line “\(line)”"
        case .isHookRunByGit: "is this hook run by git?"
        case .cannotInstallHooks(let executable): "cannot install hooks calling “\(executable)”"
        case .installAtPlainPath: "install cmkeeper at a plain absolute path"
        case .couldNotInstallHooks(let folder, let error): "could not install hooks in \(folder): \(error)"
        case .repackCouldNotRun(let error): "git repack could not run: \(error)"
        case .installGit: "install git"
        case .nothingToCommit: "nothing to commit: the library already holds exactly this"
        case .settingsFixOrRewrite(let path): "fix \(path), or write it afresh from a library made with `cmkeeper init`"
        case .settingsIsFolder(let path): "\(path) is a folder, not the library's settings file"
        case .removeFolderThen(let fix): "remove the folder; \(fix.en)"
        case .settingsNotUTF8(let path): "\(path) is not UTF-8 text: it is binary or in another encoding"
        case .saveAsUTF8Then(let fix): "save it as UTF-8; \(fix.en)"
        case .missingFromLibrary(let path): "\(path) is missing from the library"
        case .cmRestoresFromHistory(let path): "a CM engineer restores it from history (git log -- \(path))"
        case .cannotReadRepository(let path, let error): "cannot read \(path): \(error)"
        case .checkRepositoryReadable: "check that the library's repository is there and readable"
        case .daemonStopped(let error): "the daemon stopped: \(error)"
        case .seeLogSystemdRestarts: "see the log above; systemd restarts it (Restart=on-failure)"
        case .checkFolderPermissions: "check the library folder's permissions"
        case .cannotLock(let path, let error): "cannot lock \(path): \(error)"
        case .cannotWrite(let path, let error): "cannot write \(path): \(error)"
        case .checkDiskAndPermissions: "check the disk and the folder's permissions"
        case .socketPathTooLong(let path): "the socket path \(path) is too long for a Unix socket"
        case .keepLibraryShorter: "keep the library at a shorter path"
        case .socketFailed(let step, let path, let error): "cannot \(step.en) the socket \(path): \(error)"
        case .checkRunFolder: "check the permissions of the library's run/ folder"

        case .couldNotWrite(let path, let error): "could not write \(path): \(error)"
        case .alreadyExists(let path): "\(path) already exists"
        case .nameNewFolderOrNone: "name a folder that does not exist yet, or leave it out for a temporary one"
        case .couldNotWriteSampleProducts(let path, let error): "could not write the sample product library in \(path): \(error)"

        case .fileOperationFailed(let doing, let at, let cause):
            "\(doing.map { "\($0.en) failed" } ?? "a file operation failed")\(at.map { " at \($0)" } ?? ""): \(cause.en)"
        case .fileSystemCause(let cause): cause.en.what
        case .fileSystemFix(let cause): cause.en.fix
        case .checkFolderWritableRetry: "check the folder exists and is writable, then try again"
        case .readingSettings: "reading the library's settings"
        case .makingInboxFolder(let id): "making the inbox folder of \(id)"
        case .writingHandover: "writing the handover package"

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

        case .mirrorNotARepository(let path):
            "\(path) is not a git repository (missing, or not mounted): create it with `git init --bare \(path)`, or mount its disk"
        case .sendingLargeFilesFailed(let error): "sending the large files: \(error)"
        case .mirrorTagsDiffer(let count, let tags):
            "\(count) tag\(count == 1 ? "" : "s") differ on the mirror and are never overwritten: \(tags); delete them there and the daemon sends the library's"

        case .configurationError(let error): error.text(in: .en)
        case .configAt(let table, let key, let problem):
            ([table?.en, key].compactMap { $0 }.filter { !$0.isEmpty } + [problem.en]).joined(separator: ": ")
        case .configPhaseNamed(let id): "phase \"\(id)\""
        case .configDocumentNamed(let id): "document \"\(id)\""
        case .configUserNamed(let login): "user \"\(login)\""
        case .configNthTable(let number, let table): "the \(Message.ordinal(number)) [[\(table)]]"
        case .valueKind(let kind): kind.en
        case .configNulByte: "the file contains a NUL byte; it is not a text file, or it is damaged"
        case .configNotTOML(let said, let fixSyntax): "this is not valid TOML: \(said)\(fixSyntax ? "; fix the syntax (https://toml.io)" : "")"
        case .configUnknownKey(let near, let allowed): near.map { "unknown key; did you mean \($0)?" } ?? "unknown key; the keys here are \(allowed.joined(separator: ", "))"
        case .configMustBe(let wanted, let found): "must be \(wanted.en), not \(found.en)"
        case .configKeyMissingAdd(let key, let example): "the key \(key) is missing; add it, e.g. \(key) = \(example)"
        case .configStringListHolds(let found): "must be a list of strings, e.g. [\"a\", \"b\"]; it holds \(found.en)"
        case .configTableList(let example, let holds): "must be a list of tables: write each as \(example)\(holds.map { "; it holds \($0.en)" } ?? "")"
        case .configMustBeTable(let example): "must be a table, e.g. \(example.en)"
        case .configUsersExample: "[users.alice] with name, email and roles"
        case .configKeyMissing(let key): "the key \(key) is missing"
        case .configWrongType(let key, let found, let wanted): "the key \(key) has the wrong type: it is \(found.en), it should be \(wanted.en)"
        case .configVersionMissing(let version): "the key version is missing; start the file with version = \(version)"
        case .configVersionTooNew(let reads, let found):
            "this cmkeeper reads version \(reads) of the process definition, not \(found); upgrade cmkeeper"
        case .configNoSuchVersion(let found, let write): "there is no version \(found); write version = \(write)"
        case .configListedTwice(let value): "\"\(value)\" is listed twice; remove one"
        case .configMaxDocumentBytes: "must be a positive number of bytes, e.g. 104857600 for 100 MiB"
        case .configNoPhases: "there are no phases; add a [[phase]] table for each phase of the process, in order"
        case .configNoDocuments: "there are no documents; add a [[document]] table for each document type of the process"
        case .configPhaseIDTwice(let id): "another phase already has the id \"\(id)\"; give each phase its own id"
        case .configPhaseTitleTwice(let title): "another phase already has the title \"\(title)\"; give each phase its own title"
        case .configDocumentIDTwice(let id): "another document already has the id \"\(id)\"; give each document its own id"
        case .configDocumentTitleTwice(let other, let title): "document \"\(other)\" already has the title \"\(title)\"; give each document its own title"
        case .configDocumentAlreadyCalled(let other, let name):
            "document \"\(other)\" is already called \"\(name)\"; a name must say one document, so give each its own"
        case .configEnglishTitleTwice(let other, let title): "document \"\(other)\" already has the English title \"\(title)\"; give each document its own"
        case .configPathTwice(let other, let path, let caseOnly):
            "document \"\(other)\" already has the path \"\(path)\"\(caseOnly ? " (they differ only in letter case)" : ""); give each document its own place"
        case .configUnknownPhase(let phase, let phases, let any): "\"\(phase)\" is not a phase of this file; use one of \(phases.map { "\"\($0)\"" }.joined(separator: ", ")) or \"\(any)\""
        case .configLonelyGroup(let required):
            "\"\(required)\" names a group with no other document; give at least two documents required = \"\(required)\", or write \"always\""
        case .configPathInReleases(let path, let folder): "\"\(path)\" lies in \(folder)/, which cmkeeper keeps for released software; choose another folder"
        case .configPathInFreeFolder(let path, let folder): "\"\(path)\" lies in \(folder)/, which free_folders leaves free; choose another folder or free another"
        case .configPathIsReserved(let path, let name): "\"\(path)\" would match \(name), which cmkeeper writes itself; choose another name"
        case .configUnknownDocument(let id, let near):
            "\"\(id)\" is not a document of this file; use the id of a [[document]]\(near.map { "; did you mean \"\($0)\"?" } ?? "")"
        case .configLaterPhase(let document, let phase, let leaving):
            "\"\(document)\" belongs to the later phase \"\(phase)\", so no project could leave \"\(leaving)\"; move it to that phase's exit_documents"
        case .configApprovalTwice(let document): "\"\(document)\" is listed twice; list all its approving roles in one entry"
        case .configIDKeptForAny(let any): "\"\(any)\" is kept for documents of every phase; choose another id"
        case .configApprovalUnknownKey(let key, let example): "unknown key \(key) in an approval; write each as \(example)"
        case .configApprovalNeedsDocument(let example): "each approval needs its document as a string; write each as \(example)"
        case .configApprovalNeedsRoles(let document, let example): "the approval of \"\(document)\" needs its roles as a list; write each as \(example)"
        case .configApprovalRolesStrings(let document): "the roles approving \"\(document)\" must be strings, e.g. [\"cm-engineer\", \"customer-service\"]"
        case .configNotARole(let role, let roles, let near): "\"\(role)\" is not a role; use one of \(roles.map { "\"\($0)\"" }.joined(separator: ", "))\(near.map { "; did you mean \"\($0)\"?" } ?? "")"
        case .configApprovalRoleTwice(let document, let role): "the approval of \"\(document)\" lists \"\(role)\" twice; remove one"
        case .configApprovalNoRoles(let document):
            "the approval of \"\(document)\" names no roles; list who approves it, e.g. roles = [\"cm-engineer\", \"customer-service\"]"
        case .configIndependentBool(let document): "independent, in the approval of \"\(document)\", must be true or false"
        case .configAliasRepeated(let alias, let isTitle): "\"\(alias)\" is \(isTitle ? "the title itself" : "listed twice"); remove it"
        case .configFileTypesMissing: "the key file_types is missing; list the allowed extensions, e.g. file_types = [\"docx\", \"pdf\"]"
        case .configFileTypesEmpty: "is empty; list the allowed extensions, e.g. [\"docx\", \"pdf\"]"
        case .configNotAnExtension(let type, let fixed):
            "\"\(type)\" is not an extension as this file writes them: lower case, letters and digits, without the dot\(fixed.map { " (\"\($0)\")" } ?? "")"
        case .configExtensionNotAllowed(let path, let ext):
            "\"\(path)\" ends in .\(ext), which file_types does not allow; add \"\(ext)\" to file_types or change the path"
        case .configNotAMultiplicity(let text): "\"\(text)\" is not a multiplicity; use \"one\" or \"many\""
        case .configManyNeedsWildcard(let path, let example):
            "\"\(path)\" names a single file, but multiplicity is \"many\"; put a '*' in the file name (e.g. \"\(example)\") or write multiplicity = \"one\""
        case .configNotARequirement(let text, let spellings): "\"\(text)\" is not a requirement; use \(spellings)"
        case .configGroup(let group, let problem): "the group \"\(group)\": \(problem.en)"
        case .configNotAnID(let id):
            "\"\(id)\" is not an id; use lower-case letters, digits and single '-', starting with a letter, e.g. \"acceptance-report\""
        case .configTitleEmpty: "is empty; give the title users know"
        case .configTitleSpaces(let title): "\"\(title)\" has spaces at an end; remove them"
        case .configTitleControl: "contains control characters; write it on one line, in plain text"
        case .configTitleSlash(let title): "\"\(title)\" contains a slash; titles are file names, so leave it out"
        case .configFreeFolderNotOne(let folder): "\"\(folder)\" is not one folder name; free folders are directly inside the project folder"
        case .configFreeFolderWildcard(let folder): "\"\(folder)\" contains a wildcard; name the folder"
        case .configFreeFolderReserved(let folder): "\"\(folder)\" is kept by cmkeeper for its own files; choose another name"
        case .patternEmpty: "the path is empty; give the place in the project folder, e.g. \"acceptance/安装验收报告.*\""
        case .patternAbsolute(let pattern):
            "the path \"\(pattern)\" is absolute; write it relative to the project folder, e.g. \"acceptance/安装验收报告.*\""
        case .patternBackslash(let pattern): "the path \"\(pattern)\" contains '\\'; separate folders with '/'"
        case .patternControl(let pattern): "the path \"\(pattern)\" contains control characters; remove them"
        case .patternWindows(let pattern, let character):
            "the path \"\(pattern)\" contains '\(character)', which Windows does not allow in file names; remove it"
        case .patternDoubleStar(let pattern):
            "the path \"\(pattern)\" contains '**', which is not supported; '*' matches within one folder, so name the folders"
        case .patternNotNFC(let pattern): "the path \"\(pattern)\" is not in composed (NFC) Unicode; retype it, or save the file as NFC"
        case .patternEmptyFolder(let pattern):
            "the path \"\(pattern)\" has an empty folder name ('//' or a '/' at the end); remove the extra '/'"
        case .patternDotPart(let pattern, let part):
            "the path \"\(pattern)\" contains \"\(part)\"; a document stays inside its project folder, so write the path without it"
        case .patternGitName(let pattern, let part): "the path \"\(pattern)\" contains \"\(part)\", a name git keeps for itself; choose another name"
        case .configInvalidLogin(let login, let maximum):
            "\"\(login)\" is not a valid login; use up to \(maximum) ASCII letters, digits, '.', '_' and '-', not starting with '-' or '.'"
        case .configLoginsDifferInCase(let one, let other): "the logins \"\(one)\" and \"\(other)\" differ only in letter case; keep one"
        case .configUserMustBeTable(let key): "must be a table: write [users.\(key)] and below it name, email and roles"
        case .configQuoteDottedLogin(let login, let inner):
            "a login with a '.' must be quoted: write [users.\"\(login).\(inner)\"], not [users.\(login).\(inner)]"
        case .configNameEmpty: "is empty; give the user's name or remove the line"
        case .configNameControl: "contains control characters; write the name on one line, in plain text"
        case .configNameAngle: "contains '<' or '>', which a commit signature cannot hold; remove them"
        case .configNameTooLong: "is longer than 200 characters; shorten it"
        case .configNotAnEmail(let email): "\"\(email)\" is not an e-mail address; write it as name@example.com, or remove the line"
        case .configRoleUnknown(let role, let near, let roles):
            "\"\(role)\" is not a role\(near.map { " (did you mean \"\($0)\"?)" } ?? ""); the roles are \(roles.en)"
        case .configKeysEntry(let index, let login, let problem): "keys[\(index)] (\(login)): \(problem.en)"
        case .configKeyLoginInvalid(let login, let maximum):
            "\"\(login)\" is not a valid login; use up to \(maximum) ASCII letters, digits, '.', '_' and '-'"
        case .configKeyNotPlain: "key must be one public key, its type and base64 blob only (as cmkeeper keys add writes it)"
        case .configKeyFingerprint: "fingerprint must be SHA256:… as ssh-keygen -l prints it"
        case .configKeyTwice(let fingerprint): "the key \(fingerprint) is listed twice; a key is one person's identity, keep one"
        case .configThresholdNegative: "library.large_file_threshold must be 0 or more bytes"
        case .configServeLimits: "serve.maximum_upload_mib must be 1 or more and serve.free_space_reserve_mib 0 or more (MiB)"
        case .configVerifyDueAfterDays: "verify.due_after_days must be 1 or more days (30 when absent)"
        case .configVerifyEvery(let every): "verify.every \"\(every)\" is not a period: write a whole number and s, m, h or d, e.g. \"24h\", or remove the line"
        case .configNotATimeZone(let zone):
            "library.timezone \"\(zone)\" is not a time zone: write an IANA name such as \"Asia/Shanghai\", or remove the line to use the machine's"
        case .configMirrorEmptyURL(let number, let name):
            "mirror \(number)\(name.map { " (\($0))" } ?? "") has an empty url: give the repository to push to, e.g. url = \"file:///srv/backup/library.git\""
        case .configMirrorNameTwice(let number, let name, let shown):
            "mirror \(number)\(name.map { " (\($0))" } ?? ""): two mirrors are named \(shown); give each its own name"
        case .configNotARecord(let kind, let detail): "not \(kind.en): \(detail.en)"
        case .recordKeyMissing(let place): "\(place): the key is missing"
        case .recordNotAnObject: "not a JSON object"
        case .recordMustBeString(let place): "\(place): must be a string"
        case .recordNotJSON: "not valid JSON"

        case .treeModeLeadingZero(let mode): "its file mode is written with a leading zero (\(mode))"
        case .treeModeNotAllowed(let mode): "has file mode \(mode), which git does not allow (only 100644, 100755, 120000, 40000, 160000)"
        case .treeEntryEmptyName: "holds an entry with an empty name"
        case .treeEntryHasSlash(let name): "holds an entry named \(name): a name in a tree may not contain '/'"
        case .treeEntryForbidden(let name): "holds an entry named \(name), which no folder may hold"
        case .treeEntryZeroID: "names the all-zero object id"
        case .treeEntryListedTwice(let folder): "is listed twice in \(folder)"
        case .treeNotInGitOrder: "its entries are not in git's order"
        case .treeCutShort: "its tree object is cut short or holds bytes that are not entries"
        case .makeCommitWithRealGit:
            "make the commit again with the real git (git add, git commit): trees made by hand (git hash-object --literally, git mktree) are refused"

        case .unknownHook(let name): "unknown hook “\(name)”: cmkeeper has pre-receive, post-receive and pre-commit"

        case .keyColumns: "LOGIN\tFINGERPRINT\tADDED BY\tADDED AT"

        case .atLine(let line, let message): (line.map { "line \($0): " } ?? "") + message.en
        case .approvalMissingBecause(let title, let why): "\(title) (\(why.en))"
        case .writeProjectRecordAsCmkeeper: "write it as cmkeeper does: id, name, manager, size, phase, created_at, created_by"

        case .keepsProcess(let revision, let commit): "\(revision) (\(commit)) keeps the process: no problems."
        case .breaksProcess(let revision, let commit, let count): "\(revision) (\(commit)) has \(count):"
        case .noCommitsYet: "The library has no commits yet."
        case .baselined(let project, let name, let items, let size, let tag, let commit, let phase):
            """
            Baselined \(project) as \(name): \(items) configuration items, \(size)
              tag \(tag) on commit \(commit); the project is now \(phase)
            Check it any time with: cmkeeper verify \(tag)
            """
        case .wroteHandover(let file, let baseline, let project, let items, let size):
            "Wrote \(file): baseline \(baseline) of \(project), \(items) items, \(size)"
        case .installedHooks(let names, let folder, let executable): "Installed \(names) in \(folder), calling \(executable)"

        case .namesNoProject: "names no project of the library"
        case .cmFindsWhoMadeTag: "a CM engineer finds out who made it and removes it"
        case .noRecordAccountsForTag(let project): "no release or baseline record of \(project) accounts for this tag"
        case .noKindRecordAccountsForTag(let kind, let project): "no \(kind) record of \(project) accounts for this tag"
        case .tagsMadeWithCommand(let kind): "\(kind)s are made with cmkeeper \(kind); a CM engineer finds out who made this one"
        case .releaseNamed(let id): "release \(id)"
        case .baselineNamed(let name): "baseline \(name)"
        case .manifestCannotBeRebuilt: "its manifest cannot be made again from the commit that recorded it, so its items were not re-hashed"
        case .restoreTagThenVerify: "restore the tag from a mirror or backup, then verify again"
        case .missingFromRecordingCommit(let what): "in \(what.en) but missing from the commit that recorded it"
        case .restoreRepository: "restore the repository from a mirror or backup"
        case .differsFromRecorded(let what, let blob, let recorded): "differs from \(what.en) (blob \(blob), recorded \(recorded))"
        case .restoreTagAndRepository: "restore the tag and repository from a mirror or backup"
        case .closedButMissing(let missing): "closed, but missing \(missing.joined(separator: ", "))"
        case .managerSubmitsThroughRequest: "the project manager submits them through a change request; then a CM engineer makes a new baseline"
        case .cannotBeReadError(let error): "cannot be read: \(error)"
        case .tagMissing: "the tag is missing"
        case .restoreTagFromMirror: "restore it from a mirror or backup (git fetch MIRROR 'refs/tags/*:refs/tags/*')"
        case .lightweightNotAnnotated: "is a lightweight tag, not the annotated tag cmkeeper made"
        case .tagReplacedRestore: "the tag was replaced; restore it from a mirror or backup"
        case .tagMovedRestore: "the tag was replaced or moved; restore it from a mirror or backup (tags are never moved)"
        case .restoreLogAppendOnly: "restore the file from a mirror or backup; the log is append-only"
        case .noCommitAddedRecord(let log): "no commit of main's history added its record to \(log)"
        case .pointerNamesOther(let oid, let recorded): "its pointer names \(oid), recorded \(recorded)"
        case .restoreLargeObject(let path): "restore \(path) from a mirror (git lfs fetch --all) or backup"
        case .shouldBeLargePointer: "should be a large-file pointer but is not"
        case .gitObjectUnreadable(let error): "its git object cannot be read: \(error)"
        case .contentNoLongerHashes: "its content no longer hashes to the recorded SHA-256"
        case .fsckCouldNotRun(let error): "git fsck could not run: \(error)"
        case .fsckFailed(let lines): "git fsck failed: \(lines)"
        case .tagCallsItself(let actual, let name): "the tag object calls itself “\(actual)”, not \(name)"
        case .tagLacksReleaseRecord(let id): "does not hold the release record \(id) of the release log as its message"
        case .tagManifestNotRecorded(let log): "its manifest is not the one recorded in \(log)"
        case .tagHoldsNoReadableManifest: "holds no readable manifest"
        case .tagNotAtCommit: "does not point at a commit"
        case .tagNotAtRecordingCommit: "does not point at the commit on main that recorded it"
        case .verifyChecked(let baselines, let releases, let projects, let items, let hashed):
            "\(baselines) baseline\(baselines == 1 ? "" : "s"), \(releases) release\(releases == 1 ? "" : "s"), \(projects) project\(projects == 1 ? "" : "s"), \(items) items, \(hashed) re-hashed"
        case .verified(let scope, let findings, let checked):
            findings == 0
                ? "Verified \(scope): intact. Checked \(checked.en)."
                : "Verified \(scope): \(findings) finding\(findings == 1 ? "" : "s"). Checked \(checked.en)."
        case .theWholeLibrary: "the library"

        case .gitFailed(let error): "git: \(error)"
        case .fileIsNotRegular(let path, let kind): "\(path) is \(kind), not a regular file"
        case .nameFileItself: "name the file itself (a link, pipe or device is never followed)"
        case .fileReplacedAfterCheck(let path): "\(path) was replaced after it was checked (another file or a link was put in its place); nothing was written"
        case .checkWhoChangesIt: "check who changes it and try again"
        case .largeFileCorrupt(let oid, let actual, let path): "large-file object \(oid) is corrupt: its content at \(path) hashes to \(actual)"
        case .restoreFromMirror: "restore it from a mirror or backup"
        case .largeFileMissing(let oid): "large-file object \(oid) is not in the store"
        case .fetchLargeFileFromMirror: "fetch it from a mirror (git lfs push --all) or restore it from backup"
        case .changedWhileCopied(let path): "\(path) changed while it was being copied"
        case .waitUntilComplete: "wait until it is complete and try again"
        case .fixFileAndPush: "fix the file and push the fix (only a CM engineer may change .cmkeeper/)"
        case .cmRepairs(let path): "a CM engineer repairs \(path)"
        case .cannotNameInTag(let product, let version, let tag): "“\(product)” \(version) cannot be named in a git tag (\(tag))"
        case .renameWithoutTagCharacters: "rename the product or version folder without spaces, '~', '^', ':', '?', '*', '[' or '\\'"
        case .noProductLibrary: "this library has no product library configured"
        case .setProductLibrary(let settings): "set product_library in \(settings), or create the library with `cmkeeper init --product-library PATH`"
        case .alreadyReleased(let product, let version, let project): "\(product) \(version) is already released to \(project)"
        case .releasedNeverChanges(let project): "a released version never changes; release a new version, or see `cmkeeper releases \(project)`"
        case .releaseLogAppendOnly: "the release log is append-only; restore it from history"
        case .noProductInLibrary(let library, let product): "the product library (\(library)) has no product “\(product)”"
        case .putVersionsUnder(let path): "put the product's versions under \(path)/VERSION/"
        case .knownProducts(let products): "known products: \(products)"
        case .noVersionOfProduct(let product, let version): "product “\(product)” has no version “\(version)” in the product library"
        case .putFilesUnder(let path): "put its files under \(path)/"
        case .knownVersions(let product, let versions): "known versions of \(product): \(versions)"
        case .caseTwinsInVersion(let a, let b): "“\(a)” and “\(b)” differ only in letter case: Windows and macOS clients cannot hold both"
        case .cannotBeReleased(let product, let version, let problems):
            "\(product) \(version) cannot be released:\n" + problems.map { "  - \($0.en)" }.joined(separator: "\n")
        case .fixVersionFolder(let path): "fix the version folder \(path) in the product library, then release again; nothing was written"
        case .theVersionFolder: "the version folder"
        case .cannotBeReadBecause(let error): "cannot be read (\(error))"
        case .cannotBeReadGivePermission(let error): "cannot be read (\(error)); give cmkeeper read permission"
        case .linkInProductLibrary: "is a symbolic link; put the file itself in the product library"
        case .notAFile(let kind):
            switch kind {
            case .fifo: "is a FIFO (named pipe), not a file"
            case .device: "is a device, not a file"
            case .socket: "is a socket, not a file"
            case .other: "is not a regular file"
            }
        case .someoneElsesHook(let path): "\(path) is someone else's hook; it was left as it is"
        case .mergeHookByHand(let executable, let hook): "merge it by hand: call `\(executable) hook \(hook)` from it"
        case .keyAlreadyHeld(let fingerprint, let login): "the key \(fingerprint) is already \(login)'s"
        case .eachPersonOwnKey: "a key is one person's identity: each person uses their own key"
        case .noSSHKey(let login, let fingerprint): "\(login) has no ssh key\(fingerprint.map { " \($0)" } ?? "")"
        case .keysListShows: "cmkeeper keys list shows every key and its fingerprint"
        case .nothingChangedSince(let project, let baseline): "nothing has changed in project \(project) since \(baseline)"
        case .laterBaselineFollowsRequest: "a later baseline follows an approved change request that changed the project (Change-Request: CR-…)"
        case .laterBaselineNeedsRequest(let project, let baseline):
            "project \(project) already has the baseline \(baseline): a later one follows an approved change request"
        case .nameChangeRequestOption(let project): "name it: cmkeeper baseline \(project) --change-request CR-003"
        case .changeRequestChangedNothing(let id, let project, let baseline):
            "change request \(id) changed nothing in project \(project) since \(baseline): no commit since names it"
        case .commitChangeNamingRequest(let project, let request):
            "commit the change naming it (cmkeeper submit \(project) FILE --change-request \(request)), then baseline"
        case .repackFailed(let status, let output): "git repack failed (exit \(status)): \(output)"
        case .nothingLostRunRepack(let repository): "nothing is lost; run `git --git-dir \(repository) repack -d --geometric=2` to see why"
        case .mainKeptMoving(let attempts, let error): "main kept moving: gave up after \(attempts) attempts (\(error))"
        case .tryAgainLessBusy: "nothing was committed; try again when the library is less busy"
        case .tagNotCreated(let commit, let tag, let error): "\(commit) is on main, but its tag \(tag) could not be created: \(error)"
        case .cmCreatesTag: "a CM engineer creates it with `git tag -a` on that commit, or runs `cmkeeper verify`"
        case .alreadyHoldsLibrary(let path, let parts): "\(path) already holds a library (or part of one: \(parts)); nothing was changed"
        case .useItOrChooseEmpty: "use the library that is there, or choose an empty folder"
        case .cannotBeUserName(let user): "“\(user)” cannot be a user name in roles.toml"
        case .userNameCharacters: "use letters, digits, '.', '_' and '-' (set it with --user or CMKEEPER_USER)"
        case .packageNotWrittenThere(let path, let kind): "\(path) is \(kind): the package is not written there"
        case .nameNewPackageFile(let folder): "name a new file or a regular file to replace, e.g. \(folder)/交付.zip"
        case .writingStatusSite: "writing the status site"
        case .cannotReadKeyFile(let path): "cannot read the key file \(path), or it is larger than a public key"
        case .giveThePubFile: "give the .pub file ssh-keygen made"
        case .notAGitClone(let path): "\(path) is not a git clone (no .git folder)"
        case .cloneLibraryFirst: "clone the library first: git clone …/repo.git"
        case .anotherDaemon(let pid, let library): "another cmkeeper daemon\(pid.map { " (pid \($0))" } ?? "") already keeps the library \(library)"
        case .stopThatDaemon(let pid): "one daemon per library: stop that one first (`systemctl stop cmkeeper` or `kill \(pid ?? "PID")`)"
        case .dropGoesWhereLaterGoes(let file, let to, let later): "\(file) goes to \(to), as does \(later), dropped later"
        case .dropOneFilePerDocument: "drop only one file for each document; drop this one again if it is the right one"

        case .baselineTagUntrusted(let project): "the baseline tag is missing or does not match its record, so project \(project) cannot be changed"
        case .cmVerifiesAndRestoresTag(let project): "a CM engineer runs `cmkeeper verify \(project)` and restores the tag"
        case .notAChangeRequestID(let id): "“\(id)” is not a change request id like CR-003"
        case .processHasNoChangeRequests: "the process has no change requests"
        case .noChangeRequest(let project, let id, let pattern): "project \(project) has no change request \(id) (\(pattern))"
        case .changeRequestNotApproved(let id, let file): "change request \(id) (\(file)) is not approved by a CM engineer as it is"
        case .baselineFrozenWithoutRequest(let project, let baseline, let change):
            Message.baselineFrozen(project: project, baseline: baseline, change: change).en + " without a change request"
        case .nameChangeRequestInMessage:
            "name the approved change request in the commit message: a last line “Change-Request: CR-003” (cmkeeper submit … --change-request CR-003)"
        case .changeRequestsDoNotHold(let project, let baseline, let reasons):
            (baseline.map { "is not in project \(project)'s baseline \($0)" } ?? "is in project \(project)'s baseline") + ": "
                + reasons.map(\.en).joined(separator: "; ")
        case .haveChangeRequestApproved(let project):
            "submit the change request and have a CM engineer approve it (cmkeeper approve \(project) change-request --file …)"
        case .moveBackNeedsReasonLine(let from, let to): "a move back from \(from) to \(to) needs its reason"
        case .endWithReasonLine(let trailer, let project, let phase):
            "end the commit message with a line “\(trailer): …” (cmkeeper phase \(project) \(phase) --back --reason \"…\")"
        case .notAnLFSTrackingLine(let line): "“\(line)” is not a git-lfs tracking line"
        case .onlyCMAddsAttributes: "only a CM engineer adds other attributes; use git lfs track PATTERN"
        case .oneRecordEachLine: "each line must be one record, as cmkeeper writes it"
        case .mayNotRecordApprovalOf(let user, let approver): "\(user) may not record an approval by \(approver)"
        case .approveForYourself: "each approver approves for themselves: cmkeeper approve"
        case .notADocumentTypeOfProcess(let type): "“\(type)” is not a document type of the process"
        case .approveWithCommand: "approve with cmkeeper approve, which names the document by its id in .cmkeeper/process.toml"
        case .secondFileOf(let title, let project, let others):
            "is a second file of \(title), which project \(project) keeps as one document (also \(others))"
        case .newVersionReplacesOld(let old): "a new version replaces the old file: git rm \"\(old)\" in the same commit (cmkeeper submit does this itself)"
        case .leftWithoutCMEngineer: "the library would be left without a CM engineer (CM工程师): nobody could change its rules or roles again"
        case .keepOneCMEngineer: "keep at least one user with the role cm-engineer; grant it to someone else first"
        case .notAPhaseOfProcess(let id, let phases): "phase “\(id)” is not a phase of the process; the phases are \(Message.titledList(phases).en)"
        case .notAPhase(let id): "✘ not a phase: \(id)"
        case .writeOneOfThosePhases(let first):
            "write one of those phase ids; a project starts in \(first ?? "the first phase") and moves forward through its gates"
        case .ofProject(let project, let message): "project \(project): \(message.en)"
        case .keepPhaseWhileUsed: "keep the phase while projects are in it (rename a phase only with every project's record)"
        case .releasedFilesNeverChange(let product, let version, let project, let change):
            "\(product) \(version) is released to project \(project): its files are never \(change == .added ? "added to" : change.en)"
        case .releaseNewVersion(let project, let product):
            "a release is kept as it was released; release a new version instead (cmkeeper release \(project) \(product) NEW-VERSION)"
        case .textFileIsLFSPointer: "is a git-lfs pointer, but cmkeeper reads this file as text"
        case .commitTextFileItself: "commit the file itself: remove the .gitattributes line that sends it to git-lfs, then git add --renormalize it"
        case .attributesLineTakesTextFile(let line, let text, let file):
            "line \(line) “\(text)” would have git-lfs store \(file) as a large-file pointer, but cmkeeper reads that file as text"
        case .removeOrNarrowAttributesLine:
            "remove the line or narrow its pattern to the documents it is for (e.g. projects/**/*.pdf); .cmkeeper/, project.toml, the .jsonl logs and .gitattributes stay plain text"
        case .differsOnlyInCase(let other): "differs from \(other) only in letter case"
        case .renameOneOfCaseTwins: "Windows and macOS clients cannot hold both: rename one"

        case .serveHelp:
            """
            This library serves, over ssh, as the login of your key:
              git clone / fetch / pull / push   ssh://cm@server/repo.git (the pre-receive hook judges you)
              git lfs pull / push / lock / locks / unlock
                                                large files and file locks (git-lfs-transfer)
              status [PROJECT] [--json]         where a project stands, or every project
              releases [PROJECT] [--json]       the software released
              verify [PROJECT|TAG] [--json]     re-hash the releases and baselines
              submit PROJECT NAME [--type T] [--message M] [--change-request CR-…] < FILE
                                                submit one document, read from stdin
              help                              this text
            Nothing else runs: this account gives no shell.

            """

        case .noSuchPhaseOfProcess(let name, let phases): "there is no phase \"\(name)\"; the phases are \(Message.titledList(phases).en)"
        case .namePhaseByIDOrTitle: "name a phase by its id or its Chinese title"
        case .phaseNotInProcess(let phase, let phases): "the project's phase \"\(phase)\" is not in the process; the phases are \(phases)"
        case .cmCorrectsPhase(let file): "a CM engineer corrects phase in \(file)"
        case .alreadyInPhase(let phase): "the project is already in \(phase.en)"
        case .phaseNotHeld(let phase): "\(phase.en) is optional and this project does not hold it (no trial run)"
        case .chooseAnotherPhase: "choose another phase; a project holds a trial run when its project.toml says trial_run = true"
        case .phaseComesBefore(let phase, let current):
            "\(phase.en) comes before the project's current phase \(current.en), and a project moves back only when a CM engineer says so"
        case .cmRunsPhaseBack(let project, let phase): "a CM engineer runs: cmkeeper phase \(project) \(phase) --back --reason \"…\""
        case .onlyCMMovesBack(let from, let to): "only a CM engineer (CM工程师) may move a project back, from \(from.en) to \(to.en)"
        case .askCMWithReason: "ask a CM engineer, with the reason"
        case .phaseComesAfter(let phase, let current): "\(phase.en) comes after the project's current phase \(current.en): --back moves a project back"
        case .leaveOutBack: "leave out --back to move it forward"
        case .gateStops(let phase, let stop, let reasons):
            switch stop {
            case .left: "\(phase.en) cannot be left: \(reasons.en)"
            case .skipped: "\(phase.en) cannot be skipped: \(reasons.en)"
            case .entered: "\(phase.en) cannot be entered: \(reasons.en)"
            case .noLongerHolds: "the gate of \(phase.en) no longer holds: \(reasons.en)"
            }
        case .gateReasons(let missing, let noRelease):
            ((missing.isEmpty ? [] : ["missing " + missing.map(\.en).joined(separator: ", ")])
                + (noRelease ? ["no software has been released (\(GateEvaluator.releasesTitle))"] : [])).joined(separator: "; ")
        case .submitAndApproveMissing(let project): "submit and approve what is missing (cmkeeper status \(project) lists it), then try again"
        case .entersOnlyWithBaseline(let phase): "a project enters \(phase.en) only with its baseline"
        case .cmRunsBaseline(let project): "once every gate is met a CM engineer runs: cmkeeper baseline \(project)"
        case .moveRefused(let summary, let problems): summary.en + ":\n" + problems.map { "  - \($0.en)" }.joined(separator: "\n")
        case .cannotMoveTo(let project, let phase): "project \(project) cannot move to \(phase)"
        case .cannotBaselineBeforeAcceptance(let project): "project \(project) cannot be baselined before its acceptance is complete"
        case .cannotRebaseline(let project): "project \(project) cannot have its next baseline while a gate it passed no longer holds"
        case .hints(let hints): hints.map(\.en).joined(separator: "; ")
        case .movedFrom(let from, let passing): "from \(from.en)" + (passing.isEmpty ? "" : ", passing " + passing.map(\.en).joined(separator: ", "))
        case .phaseNotHeldNote: "not held"
        case .movedPhase(let project, let phase, let how, let commit): "Moved \(project) to \(phase) \(how.en), in commit \(commit)"
        case .droppedByNoOne(let user):
            """
            The file belongs to the account \(user), who is no one in the library's roles and manages no project: \
            a share that lets guests in writes their files as such an account. Log on to the share with your own \
            user name and password and drop the file again; if you have none, ask a CM engineer for one.
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

extension ValueKind {
    var en: String {
        switch self {
        case .string: "a string"
        case .wholeNumber: "a whole number"
        case .fraction: "a number with a fraction"
        case .bool: "true or false"
        case .list: "a list"
        case .table: "a table"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date and time"
        case .quotedString: "a string in quotes"
        case .stringList: "a list of strings, e.g. [\"a\", \"b\"]"
        case .integer: "an integer"
        case .decimalNumber: "a decimal number"
        case .array: "an array"
        case .dateOrTime: "a date or time"
        case .integerExample: "an integer (no quotes), e.g. 2000"
        case .number: "a number"
        case .anotherType: "another type"
        }
    }
}

extension RecordKind {
    var en: String {
        switch self {
        case .release: "a release record"
        case .baseline: "a baseline record"
        case .approval: "an approval record"
        }
    }
}

extension Message {
    /// 1st, 2nd, 3rd, 4th, 11th …
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
