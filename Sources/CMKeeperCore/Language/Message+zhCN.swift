/// 简体中文目录 (the Chinese catalog). Paths, ids, commands and git's own words stay as they are.
extension Message {
    var zhCN: String {
        switch self {
        case .verbatim(let text): text
        case .joined(let parts, let separator): parts.map(\.zhCN).joined(separator: separator)
        case .titled(let title, let id, let note): "\(title)（\(id)\(note.map { "，" + $0.zhCN } ?? "")）"
        case .titledList(let items): items.map(\.zhCN).joined(separator: "、")
        case .titledEither(let items): items.map(\.zhCN).joined(separator: " 或 ")

        case .langNeedsValue: "--lang 需要一种语言：zh-CN 或 en"
        case .unknownLanguage(let name): "cmkeeper 不支持“\(name)”：请用 zh-CN 或 en"
        case .projectCreated(let id, let name, let manager, let size, let phase, let commit):
            "已建立项目 \(id)“\(name)”（项目经理 \(manager)，规模 \(size)，阶段 \(phase)），提交 \(commit)"
        case .dropFolderIs(let path): "项目经理把文档放进 \(path)"
        case .createdLibrary(let path, let repository, let inbox, let products, let settings, let cm):
            """
            已建立配置库 \(path)
              仓库        \(repository)（分支 main）
              收件文件夹  \(inbox)
              产品库      \(products ?? "（尚未设置：在 \(settings) 中设置 product_library）")
              CM工程师    \(cm)

            下一步：cmkeeper project create 编号 --name 名称 --manager 登录名 --library \(path)
            """
        case .committedDocuments(let count, let project, let commit): "已向 \(project) 提交 \(count) 个文档，提交 \(commit)："
        case .inLargeFileStore: "（大文件存储）"
        case .approved(let path, let project, let role, let blob, let commit): "已以 \(role.zhCN) 身份审批 \(project) 的 \(path)，blob \(blob)，提交 \(commit)"
        case .managerHoldsNoRole(let login): "注意：\(login) 在 .cmkeeper/roles.toml 中没有任何角色"
        case .grantManagerRole(let login): "请核对登录名；授予角色：cmkeeper roles grant \(login) project-manager"
        case .projectColumns: "编号\t名称\t客户\t项目经理\t规模\t阶段"
        case .roleColumns: "登录名\t姓名\t邮箱\t角色"
        case .alreadyHasRole(let user, let role): "\(user) 已有 \(role.zhCN)，未作改动"
        case .nextRelease(let id): "下一步：cmkeeper release \(id) 产品 版本"
        case .statusColumns: "项目\t名称\t客户\t项目经理\t阶段\t最近周报\t发行\t基线\t未结变更\t缺少"
        case .noProjectMatches: "没有符合条件的项目。"
        case .noProjectsYet: "还没有项目。建立项目：cmkeeper project create 编号 --name 名称 --manager 登录名"
        case .wrote(let path): "已写入 \(path)"
        case .statusHeader(let id, let name, let customer, let manager, let large, let trialRun):
            "\(id)“\(name)”  客户 \(customer)，项目经理 \(manager)，\(large ? "大型" : "小型")项目\(trialRun ? "，含试运行" : "")"
        case .phaseProblem(let problem): "阶段：✘ \(problem)"
        case .phaseProblemFix(let file): "    改正：由 CM工程师 修改 \(file) 中的 phase"
        case .phaseIs(let title, let id): "阶段：\(Message.titled(title: title, id: id).zhCN)"
        case .phaseGate(let title, let id, let gate):
            "\(Message.titled(title: title, id: id).zhCN)：\(gate == .skipped ? "跳过（不进行）" : gate == .met ? "已达到阶段要求" : "未达到阶段要求")"
        case .documentPresent(let title, let paths): "✔ \(title)  \(paths)"
        case .documentMissing(let title): "✘ \(title)  缺少"
        case .documentNotHeld(let title): "· \(title)  不进行"
        case .documentNotNeeded(let title): "· \(title)  不需要"
        case .approvedBy(let title, let by, let at): "✔ \(title)  \(by) 于 \(at)"
        case .approvalMissing(let title): "✘ \(title)  缺少"
        case .softwareReleased(let count): "软件发行  \(count) 次"
        case .changeRequestsAre(let list): "需求变更申请单：\(list)"
        case .weeklyReportsMissing(let list): "缺少的项目周报：\(list)"
        case .toLeave(let phase, let missing): "进入下一阶段前（\(phase)）还需：\(missing)"
        case .toClose(let phase, let missing, let id): "结项（\(phase)）：\(missing.isEmpty ? "" : "\(missing)，然后")由 CM工程师 执行 cmkeeper baseline \(id)"
        case .daemonRunning(let pid, let since): "守护进程  运行中（pid \(pid)\(since.map { "，自 \($0) 起" } ?? "")）"
        case .daemonNotRunning:
            "守护进程  未运行：没有人接收收件文件夹，也没有人推送镜像（启动：`cmkeeper daemon` 或 `systemctl start cmkeeper`）"
        case .daemonLibrary(let path): "配置库    \(path)"
        case .daemonMain(let commit): "main      \(commit ?? "（空）")"
        case .inboxWaiting(let count): "收件文件夹 \(count == 0 ? "没有等待的文件" : "\(count) 个文件等待中")"
        case .waitingColumns: "项目\t文件数"
        case .inboxItself: "（inbox/ 本身）"
        case .noRecentCommits(let running): "最近的提交：无\(running ? "（自守护进程启动以来）" : "")"
        case .recentCommits(let running): "最近的提交\(running ? "" : "（上次运行的守护进程）")"
        case .recentCommitColumns: "时间\t项目\t提交\t提交人\t文件"
        case .noMirrors: "镜像：无（在 cmkeeper.toml 中加 [[mirror]] 即可增加）"
        case .mirrorsHeading: "镜像"
        case .mirrorColumns: "名称\t状态\t落后\t最近成功\t最近错误"
        case .mirrorFailing(let count): "失败（\(count) 次）"
        case .commitsBehind(let count): count.map { "\($0) 个提交" } ?? "未知"
        case .never: "从未"
        case .released(let product, let version, let project, let id): "已向 \(project) 发行 \(product) \(version)，发行编号 \(id)"
        case .releasedToBy(let recipient, let by, let at): "  接收人 \(recipient)，发行人 \(by)，时间 \(at)"
        case .commitAndTag(let commit, let tag): "  提交 \(commit)，标签 \(tag)"
        case .answersForm(let path): "  对应申请 \(path)"
        case .releaseFileColumns: "大小\tSHA-256\t文件"
        case .releaseTotals(let files, let size, let new): "  共 \(files) 个文件，\(size)（大文件存储新增 \(new)）"
        case .releasesColumns: "发行时间\t发行编号\t项目\t产品\t版本\t接收人\t发行人\t文件数\t大小"
        case .noReleases(let project): project.map { "\($0) 还没有发行。" } ?? "还没有发行。"
        case .releaseWith: "发行：cmkeeper release 项目 产品 版本"
        case .demoIn(let path): "cmkeeper 演示，位于 \(path)"
        case .demoWroteProducts(let path, let product, let version):
            "1. 写入了示例产品库：\(path)\n   \(product)/\(version)/，含安装包、用户安装手册和发行说明"
        case .demoCreatedLibrary(let path, let me): "2. 建立了配置库：\(path)（您 \(me) 是它的第一位 CM工程师）"
        case .demoCreatedProject(let id, let name, let customer, let manager): "3. 建立了项目 \(id)“\(name)”，客户 \(customer)，项目经理 \(manager)"
        case .demoGaveRoles(let roles): "4. 授予了审批角色：\(roles.map(\.zhCN).joined(separator: "，"))"
        case .personInRole(let person, let role): "\(person) 为 \(role.zhCN)"
        case .demoReleaseRecord(let file): "发行记录（\(file)）："
        case .demoLookWithGit: "用 git 和 git-lfs 查看："
        case .demoLFSOnce: "每个用户执行一次，克隆时才会检出大文件"
        case .demoOrWithCmkeeper: "或者用 cmkeeper 查看："
        case .demoLeadershipApproves: "项目经理提交总体计划后，由分管领导审批（进入条件）："
        case .refusalPrefix: "cmkeeper："
        case .hintLabel: "提示："
        case .fixLabel: "改正："
        case .problemCount(let count): "\(count) 个问题"
        case .filesUnder(let count, let folder): folder.isEmpty ? "\(count) 个文件：" : "\(folder)/ 下的 \(count) 个文件："
        case .hookRefused(let commit, let count): "cmkeeper 拒绝了这次\(commit ? "提交（commit）" : "推送（push）")（\(count) 个问题）："
        case .toGetBack: "如何恢复："
        case .invalidChange(let what, let problems):
            "\(what.zhCN)不符合流程（\(ValidationProblem.count(problems, in: .zhCN))），什么都没有提交：\n" + ValidationProblem.list(problems, in: .zhCN)
        case .fixEachProblem: "逐一改正上面的问题后重试"
        case .thisDrop: "这次投放"
        case .thisSubmission: "这次提交"
        case .thisChange: "这次修改"

        case .nothingLanded: "这次推送的内容都没有进入配置库"
        case .pullFirst: "在您上次拉取之后有人推送了 main：先 git pull --rebase origin main，再重新推送"
        case .commitUnderOwnName(let name, let email):
            "用 roles.toml 中您自己的姓名提交：git config user.name \(name) && git config user.email \(email)"
        case .amendAuthor:
            "把尚未推送的提交的作者改为您自己：最后一个用 git commit --amend --no-edit --reset-author，多个用 git rebase -r origin/main --exec 'git commit --amend --no-edit --reset-author'"
        case .pushAgain: "然后重新推送：git push origin HEAD:main"
        case .squashUnpushed:
            "配置库保留每一个提交，所以每个提交都必须符合流程；把尚未推送的提交合为一个（文件保持不变）：git reset --soft origin/main"
        case .restoreKept(let files, let arguments):
            "把\(Self.files(files))恢复为配置库中的版本（您对它们的修改会丢弃，请先把需要的内容另存）：git restore --staged --worktree -- \(arguments)"
        case .commitAndPushAgain: "然后重新提交并推送：git commit -m \"…\" && git push origin HEAD:main"
        case .dropUnpushed(let upstream): "或者丢弃所有尚未推送的提交（其中的修改会丢失）：git reset --hard \(upstream)"
        case .deleteRefusedReferences:
            "在您的克隆中删除被拒绝的引用（标签用 git tag -d 名称），只推送 main：git push origin HEAD:main"
        case .takeOutOfCommit(let files, let arguments):
            "把\(Self.files(files))移出这次提交（您对它们的修改会丢弃，请先把需要的内容另存）：git restore --staged --worktree -- \(arguments)"
        case .alreadyInUnpushed(let files, let upstream, let arguments):
            "\(Self.files(files))已在尚未推送的提交中：用 git restore --source=\(upstream) --staged --worktree -- \(arguments) 恢复为配置库中的版本，再提交；推送前把尚未推送的提交合为一个：git reset --soft \(upstream)，然后 git commit"
        case .fixAndCommitAgain: "按上面所说改正文件，git add 后重新提交"

        case .mayNotMoveTag(let user, let kind, let deleting): "\(user) 不可\(deleting ? "删除" : "移动")\(Self.tag(kind))标签"
        case .tagsKeptForEver(let kind): "\(Self.tag(kind))标签永久保留；只有 CM工程师 可以建立新的标签"
        case .tagNeverChanged(let kind, let deleting): "\(Self.tag(kind))标签永远不可\(deleting ? "删除" : "移动")"
        case .tagsRecordWhatHappened(let kind): "\(Self.tag(kind))标签记录已发生的事；请另建一个新标签"
        case .tagDiffersOnlyInCase(let twin): "与已有标签 \(twin) 只有字母大小写不同"
        case .tagCaseHint(let kind): "Windows 和 macOS 的客户端分不清它们；\(Self.tag(kind))标签由 cmkeeper \(kind) 建立"
        case .lightweightTag: "是轻量标签"
        case .tagsMustBeAnnotated(let kind): "\(Self.tag(kind))标签必须是附注标签：git tag -a"
        case .onlyMainAndTags: "配置库只接受 main 分支以及 release/ 和 baseline/ 标签"
        case .pushToMain: "把您的工作推送到 main（git push origin HEAD:main）"
        case .noRecordNamesTag(let kind): "main 上没有指向这个标签的\(Self.tag(kind))记录"
        case .tagMadeOnlyByCmkeeper(let kind, let log):
            "\(Self.tag(kind))标签只由 cmkeeper \(kind) 建立，并逐一记入 projects/ID/\(log)；请推送 cmkeeper 建立的标签，或者不推送标签"
        case .notTheRecordedTag(let detail): "不是 cmkeeper 为其记录建立的标签：\(detail.zhCN)"
        case .pushOnlyTheRecordedTag(let kind, let name):
            "只推送 cmkeeper \(kind) 建立的标签（从配置库取得：git fetch origin tag \(name)），或者不推送"
        case .mainNeverDeleted: "main 不可删除"
        case .historyKept: "配置库的历史永久保留"
        case .notFastForward: "这次推送会改写 main 的历史（不是快进）"
        case .pullRebaseThenPush: "先拉取（git pull --rebase origin main），再重新推送；切勿强制推送配置库"
        case .inCommit(let message, let commit, let subject): "\(message.zhCN)（在提交 \(commit)“\(subject)”中）"
        case .authoredBySomeoneElse(let subject, let author, let email, let known, let user):
            "“\(subject)”的作者是 \(author) <\(email)>\(known.map { "（roles.toml 中的 \($0)）" } ?? "")，不是推送它的 \(user)"
        case .pushOnlyOwnCommits:
            "提交的作者就是提交其文档的人：只推送您自己的提交，使用 roles.toml 中您的姓名或邮箱（只有 CM工程师 可以推送别人的提交）"

        case .keysNotWritten(let file, let error): "推送已完成，但 \(file) 没有重新写入：\(error.zhCN)"
        case .accountRunsKeysSync: "请由配置库的账户执行 cmkeeper keys sync"
        case .cmOnly(let action): "只有 CM工程师 可以\(action.zhCN)"
        case .askCMEngineer: "请联系 CM工程师"
        case .mayNotDo(let user, let action, let role): "\(user) 不可\(action.zhCN)：只有 \(role.zhCN) 可以"
        case .roleGivenBy(let user): "请 CM工程师 在 .cmkeeper/roles.toml 中给 \(user) 这个角色，或以有这个角色的用户身份执行（--user）"
        case .isSymbolicLink: "是符号链接"
        case .commitFileNotLink: "请提交文件本身；配置库不保存链接"
        case .isSubmodule: "是子模块"
        case .commitFilesNotSubmodule: "请提交文件本身；配置库不保存子模块"
        case .notAProjectID(let id): "“\(id)”不是有效的项目编号"
        case .projectsCreatedByCM: "项目由 CM工程师 用 `cmkeeper project create` 建立"
        case .projectDoesNotExist(let id): "项目 \(id) 不存在（没有 project.toml）"
        case .cmCreatesProjectFirst(let id): "请 CM工程师 先建立它：cmkeeper project create \(id) …"
        case .mayNotChangeProject(let user, let project, let manager): "\(user) 不可修改项目 \(project)：它的项目经理是 \(manager)"
        case .askManagerOrCM(let manager): "请联系 \(manager) 或 CM工程师"
        case .managerChangesOnlyPhase: "项目经理在这里只能修改 phase 和 trial_run"
        case .askCMToChangeProject: "请 CM工程师 修改项目的名称、客户、项目经理或规模"
        case .mayNotChangeDocuments(let user, let project): "\(user) 不可修改项目 \(project) 的文档"
        case .onlyManagerOrCM(let manager): "只有它的项目经理\(manager.map { "（\($0)）" } ?? "")或 CM工程师 可以修改"
        case .writtenByCmkeeper(let title): "\(title)由 cmkeeper 自动生成"
        case .doNotEditByHand: "请勿手工修改"
        case .mustBeFileType(let title, let types): "\(title)必须是 \(types) 文件"
        case .saveInFormat: "请另存为其中一种格式（扫描签字件用 .pdf）"
        case .notADocumentHere: "不是流程在这里规定的文档"
        case .baselineFrozen(let project, let baseline, let change):
            "\(baseline.map { "不在项目 \(project) 的基线 \($0) 中" } ?? "在项目 \(project) 的基线中")，不可\(change == .deleted ? "删除" : change == .added ? "添加" : "修改")"
        case .changeGoesThroughRequest: "验收之后的修改须经需求变更申请单，由 CM工程师 办理"
        case .largeFileContentMissing(let oid): "它的大文件内容（\(oid)…）不在配置库的大文件存储中"
        case .pushWithGitLFS: "先用 git-lfs 推送（git lfs push origin main），再重新推送"
        case .overDocumentLimit(let size, let maximum): "有 \(size) 字节，超过了文档 \(maximum) 字节的上限"
        case .splitOrRaiseLimit: "请拆分或压缩，或请 CM工程师 调高 .cmkeeper/process.toml 中的 max_document_bytes"
        case .belongsInLargeFileStore(let size, let threshold): "有 \(size) 字节：超过 \(threshold) 字节的文件应放在大文件存储中"
        case .trackWithGitLFS(let pattern): "在您的克隆中执行 git lfs track '\(pattern)'，再重新提交（或使用 cmkeeper submit）"
        case .unknownRulesFile: "不是 cmkeeper 在 .cmkeeper/ 中认识的文件"
        case .rulesFilesAre: "那里只有 process.toml、roles.toml 和 keys.toml"
        case .rulesFileNeeded: "不可删除：配置库依赖它运行"
        case .changeItInstead: "请修改它，而不是删除"
        case .fixRulesFile: "请改正这个文件；cmkeeper 从不按读不懂的规则运行"
        case .fixTheFile: "请改正这个文件"
        case .changeKeysWithCommands: "用 cmkeeper keys add 和 cmkeeper keys remove 修改密钥"
        case .appendOnlyDeleted: "只可追加，不可删除"
        case .restoreIt: "请恢复它"
        case .appendOnlyChanged: "只可追加：已有的行被修改或删除了"
        case .restoreLines: "请恢复已有的行；新行只加在末尾"

        case .notALibrary(let path, let file): "\(path) 不是 cmkeeper 配置库（没有 \(file)）"
        case .createOrNameLibrary(let path): "用 `cmkeeper init \(path)` 建立配置库，或用 --library 或 CMKEEPER_LIBRARY 指明您的配置库"
        case .noLibraryHere(let folder): "这里（\(folder)）及上级文件夹都没有 cmkeeper 配置库"
        case .nameOrCreateLibrary: "用 --library 目录 或 CMKEEPER_LIBRARY 指明配置库，或用 `cmkeeper init 目录` 建立一个"
        case .projectIDHint(let maximum): "使用 1 到 \(maximum) 个字母、数字、'-'、'_' 或 '.'，不以点开头（例如 P-2026-001）"
        case .mayNotActAsOther(let me, let owner, let named):
            "您是 \(me)；只有 root 或配置库的账户（\(owner)）可以以他人身份执行：--user 或 CMKEEPER_USER \(named) 被拒绝"
        case .actAsYourself(let named):
            "去掉 --user 和 CMKEEPER_USER 以您自己的身份执行，或请 \(named) 本人执行；通过 ssh 时由您的密钥确定身份"
        case .projectExists(let id): "项目 \(id) 已存在"
        case .projectClashes(let id, let existing): "项目 \(id) 与已有项目 \(existing) 冲突（编号只有字母大小写不同）"
        case .chooseAnotherID: "请换一个编号；`cmkeeper project list` 列出已用的编号"
        case .projectNeedsName(let id): "项目 \(id) 需要名称"
        case .giveName: "用 --name 给出，例如 --name \"某某银行核心系统实施\""
        case .nothingToApprove(let project, let title, let file): "项目 \(project) 没有可审批的\(title)\(file.map { "（\($0)）" } ?? "")"
        case .managerSubmitsFirst(let project, let title): "请项目经理先提交：cmkeeper submit \(project) \(title).docx"
        case .cannotApprove(let user, let title, let roles): "\(user) 不能审批\(title)：它由 \(roles.zhCN) 审批"
        case .cmGivesRoles: "角色由 CM工程师 在 .cmkeeper/roles.toml 中授予"
        case .notInRole(let user, let role): "\(user) 不是 \(role.zhCN)"
        case .alreadyApproved(let title, let project, let role, let by): "\(project) 的\(title)当前版本已由\(role)审批（\(by)）"
        case .nothingToDo: "无需操作"
        case .projectHoldsSeveralFiles(let project, let count, let title, let files): "项目 \(project) 有 \(count) 个\(title)文件（\(files)）"
        case .nameOneWithFile(let name): "用 --file 指明要审批的那个，例如 --file \(name)"
        case .moveBackNeedsReason(let id): "把项目 \(id) 退回前一阶段需要说明原因"
        case .sayWhy(let project, let phase): "说明原因：cmkeeper phase \(project) \(phase) --back --reason \"…\""
        case .notAValidManagerLogin(let login): "“\(login)”不是有效的项目经理登录名"
        case .useManagersLogin: "请使用项目经理的登录名：字母、数字、'.'、'_' 和 '-'"
        case .changeRequestNeedsID: "--change-request 需要需求变更申请单的编号，例如 CR-003"
        case .changeRequestNumber: "即需求变更申请单的编号"
        case .gitRefuses(let what): "git 拒绝了它：\(what)"
        case .renameWhatGitRefuses: "请重命名 git 拒绝的文件或文件夹，然后重新放入或推送"
        case .cannotApproveBecause(let user, let title, let project, let why): "\(user) 不能审批 \(project) 的\(title)：\(why.zhCN)"
        case .approvalRefused(let title, let user, let why): "\(user) 对\(title)的审批：\(why.zhCN)"
        case .askAnotherApprover(let role): "请另一位 \(role.zhCN) 审批"
        case .submitterMayNotApprove(let submitter, let path, let title): "\(submitter) 提交了 \(path)，因此不能审批它：\(title)须由他人审批"
        case .alreadyApprovedInOtherRole(let user, let role, let title, let at, let other):
            "\(user) 已以\(role)身份审批了\(title)（\(at)）；\(other)的审批须由他人给出"
        case .notAFileOf(let path, let title): "\(path) 不是\(title)的文件"
        case .approveWhereKept(let pattern): "请审批流程规定位置上的文档：\(pattern)"
        case .approveAgain: "请重新审批"
        case .severalFiles(let count, let files): "共有 \(count) 个文件（\(files)）；审批只对文档唯一的文件有效"
        case .keepOneFile(let path): "只保留文档的一个文件（删除其他的）；如果留下的不是审批过的 \(path)，请重新审批"
        case .approvedFileReplaced(let path, let other): "审批过的文件 \(path) 已被 \(other) 替换"
        case .approvedFileGone(let path): "审批过的文件 \(path) 已不存在"
        case .submitThenApproveAgain: "请重新提交，然后重新审批"
        case .approvedFileChanged(let path, let by): "审批过的文件 \(path) 在 \(by) 审批之后已被修改"
        case .approvalDoesNotCount(let title, let why, let fix): "\(title)：\(why.zhCN)；\(fix.zhCN)"
        case .pathRefused(let path, let message): "路径“\(path)”被拒绝：\(message.zhCN)"
        case .pathEndsWithSlash: "路径以 '/' 结尾"
        case .pathHasEmptyFolderName: "路径中有空的文件夹名（'//'）"
        case .removeTrailingSlash: "请去掉末尾的 '/'"
        case .writeSingleSlash: "文件夹名之间只写一个 '/'"
        case .nameNotUTF8(let byte, let offset): "名称不是有效的 UTF-8（第 \(offset) 字节为 0x\(byte)），任何客户端都无法一致地显示或保存"
        case .renameInUTF8: "请在原来的磁盘上用能写 Unicode（UTF-8）名称的程序重命名，然后重试"
        case .pathEmpty: "路径为空"
        case .giveRelativePath: "请给出相对于仓库根目录的路径，例如 projects/P-001/plan.docx"
        case .pathStartsWithSlash: "路径以 '/' 开头，是绝对路径，不在仓库内"
        case .pathStartsWithBackslash: "路径以 '\\' 开头，是 Windows 的绝对路径或网络路径，不在仓库内"
        case .pathStartsWithDrive(let drive): "路径以 Windows 盘符“\(drive):”开头，不在仓库内"
        case .pathTooLong(let bytes, let limit): "路径的 UTF-8 长度为 \(bytes) 字节，上限为 \(limit)"
        case .shortenPath: "请缩短文件夹名和文件名，或减少文件夹层数（一个汉字占 3 字节）"
        case .nameEmpty: "其中一个名称为空"
        case .giveEveryName: "请给每个文件和文件夹起名"
        case .nameContainsSlash(let name): "名称 \(name) 含有 '/'，它用来分隔文件夹，不能用在名称中"
        case .separateNames: "请把文件夹分开写，或重命名去掉 '/'"
        case .pathHasDots(let up): up ? "路径含有“..”，会跳出所在文件夹" : "路径含有“.”，它不是文件名或文件夹名"
        case .writeWithoutDots: "请写不含 '.' 和 '..' 的、相对于仓库根目录的路径"
        case .nameHasControlCharacter(let what, let code): "\(what.zhCN)含有控制字符 \(code)，各客户端的显示和保存方式不同"
        case .renameWithoutControl: "请重命名，去掉控制字符（制表符、换行、转义码）"
        case .nameNotNFC(let what, let decomposed):
            decomposed
                ? "\(what.zhCN)是分解形式（重音记号单独存放，macOS 就这样写名称），不是 git 和其他客户端期望的合成形式（NFC）"
                : "\(what.zhCN)不是 git 和其他客户端期望的 Unicode 合成形式（NFC）：含有 NFC 会替换的字符（如开尔文符号或 CJK 兼容汉字）或顺序不对的组合记号"
        case .retypeOrNormalise: "请重新输入名称来重命名，或让 cmkeeper 把它规范为 NFC"
        case .nameHasBackslash(let what): "\(what.zhCN)含有 '\\'，Windows 把它当作文件夹分隔符"
        case .useSlash: "文件夹之间请用 '/'，或重命名去掉 '\\'"
        case .nameIsGitFolder(let what, let spelling):
            switch spelling {
            case .shortName: "\(what.zhCN)是 git 自用文件夹 .git 的 Windows 短名称（8.3）"
            case .exact: "\(what.zhCN)是 git 自用的文件夹"
            case .other: "\(what.zhCN)是 git 自用文件夹 .git 的另一种写法"
            }
        case .renameGitFolder(let isLast):
            isLast ? "请重命名；git 和 cmkeeper 不接受任何写法的 .git 文件或文件夹" : "请重命名这个文件夹；git 和 cmkeeper 不接受 .git 下的文件"
        case .nameHasInvisibleCharacter(let what, let code, _, let at, let of):
            "\(what.zhCN)在第 \(at) 个字符（共 \(of) 个）处含有不可见字符 \(code)，可能冒充外观相同的另一个名称"
        case .retypeWithoutInvisible: "请重新输入名称来重命名；零宽字符和文字方向字符不能出现在配置库的名称中"
        case .nameHasWindowsReserved(let what, let character): "\(what.zhCN)含有 '\(character)'，Windows 无法在名称中保存它"
        case .renameWithoutReserved: "请重命名，不要用 < > : \" | ? * 中的任何字符"
        case .nameIsWindowsDevice(let what, let device): "\(what.zhCN)是 Windows 设备名 \(device)，即使带扩展名，Windows 也不能用作文件名或文件夹名"
        case .renameDevice(let device): "请重命名，使点号前不是 CON、PRN、AUX、NUL、COM1–COM9 或 LPT1–LPT9（例如 \(device)-1）"
        case .nameEndsWith(let what, let dot): "\(what.zhCN)以\(dot ? "点号" : "空格")结尾，Windows 会悄悄去掉它"
        case .renameWithoutTrailing(let dot): "请重命名，去掉末尾的\(dot ? "点号" : "空格")"
        case .nameTooLong(let what, let bytes, let limit): "\(what.zhCN)的 UTF-8 长度为 \(bytes) 字节，上限为 \(limit)"
        case .shortenName: "请缩短名称（一个汉字占 3 字节）"
        case .noFilesToSubmit: "没有要提交的文件"
        case .nameFiles: "请给出一个或多个文件"
        case .dropFiles: "请放入一个或多个文件"
        case .noProject(let id): "配置库中没有项目 \(id)"
        case .projectListShows: "`cmkeeper project list` 列出所有项目"
        case .dropIntoExistingProject: "请把文件放进已有项目的收件文件夹；项目编号可向 CM工程师 询问"
        case .straightInInbox(let name): "\(name) 直接放在了 inbox/ 中，不在任何项目的文件夹里"
        case .dropIntoProjectFolder(let name): "请放进项目编号的文件夹，例如 inbox/P-2026-001/\(name)"
        case .isTemporary(let kind): "是\(kind.zhCN)"
        case .closeAndRemove(let verb): "请关闭文档并删除这个文件；只\(verb.zhCN)文档本身"
        case .notARegularFile(let kind): "是\(Self.zhCNKind(kind))，不是普通文件"
        case .submitTheDocumentItself: "请提交文档本身，而不是链接、文件夹或设备"
        case .dropTheDocumentItself: "请放入文档本身，而不是链接或设备"
        case .cannotBeRead(let reason): "无法读取（\(reason)）"
        case .checkThePath: "请检查路径"
        case .dropAgain: "请重新放入"
        case .nameFitsSeveral(let listed): "文件名可对应多个文档：\(Message.titledList(listed).zhCN)"
        case .renameToTheOne(let example, let otherwise): "请改为它实际对应的文档名（例如 \(example)），或\(otherwise.zhCN)"
        case .nameSaysNoDocumentDidYouMean(let listed): "文件名看不出是哪个文档；您是指 \(Message.titledList(listed).zhCN) 吗？"
        case .nameSaysNoDocument: "文件名看不出是哪个文档"
        case .nameByTitle(let example, let otherwise): "请以文档标题命名（例如 \(example)），或\(otherwise.zhCN)"
        case .nameByChineseTitle(let example, let otherwise): "请以文档的中文标题命名（例如 \(example)），或\(otherwise.zhCN)"
        case .orGiveType: "用 --type 指明文档类型"
        case .orDropIntoFolder(let folder): "如果它不是流程规定的文档，放进 \(folder)/"
        case .orAskCM: "询问 CM工程师 它是哪个文档"
        case .notInItsPlace(let free): "不是流程在此位置规定的文档\(free.isEmpty ? "" : "，也不属于 \(free)")"
        case .cannotBeDroppedRemoveIt: "它不能通过收件文件夹放入；请把它从收件文件夹中删除"
        case .onlyPeoplesDocuments(let verb): "只\(verb.zhCN)由人编写的文档"
        case .typeNotInProcess(let given): "--type \(given) 不是流程中的文档类型"
        case .typeNameHint: "请使用 .cmkeeper/process.toml 中的编号、中文标题或别名，例如 acceptance-report 或 安装验收报告"
        case .mustBeNamedLike(let title, let pattern): "\(title)必须按 \(pattern) 命名"
        case .renameLike(let example): "请重命名，例如 \(example)"
        case .hasNoPlace: "没有可放的位置"
        case .looksLike(let title, let id, let path): "这看来是\(Message.titled(title: title, id: id).zhCN)：请放在项目文件夹的 \(path)"
        case .fitsSeveralKeepAs(let places): "文件名可对应多个文档；请按它实际对应的文档存放：\(places.zhCN)"
        case .didYouMean(let places): "您是指 \(places.zhCN) 吗？"
        case .notADocumentType(let id): "“\(id)”不是流程中的文档类型"
        case .nameByTitleInFolder(let folders, let free): "请以中文标题命名并放在所属阶段的文件夹（\(folders)），或放在 \(free)"
        case .place(let title, let id, let path): "\(Message.titled(title: title, id: id).zhCN)：\(path)"
        case .places(let places): places.map(\.zhCN).joined(separator: "，或 ")
        case .cmOnlyAttributesLine(let line): "只有 CM工程师 可以修改或删除 .gitattributes 的行（“\(line)”）"
        case .nameAndDropInbox(let free):
            "请以文档的中文标题命名（例如 安装验收报告.docx），直接放进项目的收件文件夹\(free.isEmpty ? "" : "，或放进 \(free)")"

        case .serveNoShell: "此账号不提供 shell"
        case .serveCommandTooLong(let bytes, let limit): "命令长 \(bytes) 字节，超过了本配置库通过 ssh 接受的上限 \(limit) 字节"
        case .serveCommandEmpty: "命令为空"
        case .serveOneRepositoryPath(let command, let given): "\(command) 只接受一个仓库路径，而不是 \(given) 个"
        case .serveLFSTransferUsage: "git-lfs-transfer 需要一个仓库路径，以及 upload 或 download"
        case .serveSubmitUsage: "submit 需要一个项目和一个文件名，文件内容从标准输入传入"
        case .serveTooManyArguments(let command, let most, let given): "\(command) 通过 ssh 最多接受 \(most) 个参数，而不是 \(given) 个"
        case .serveNotACommand(let name): "“\(name)” 不是本配置库通过 ssh 提供的命令"
        case .serveHelpHint: "运行 ssh cm@server help 可查看可用的命令：git clone/fetch/push、status、releases、verify 和 submit"
        case .serveNoSuchOption(let command, let option): "\(command) 通过 ssh 不接受选项 \(option)"
        case .serveOptionsOpen(let options): "通过 ssh 可用的选项有：\(options)"
        case .optionNeedsValue(let name): "\(name) 需要一个值"
        case .optionTakesNoValue(let name): "\(name) 不接受值"
        case .serveNotAFileName(let name): "“\(name)” 不是文件名"
        case .giveDocumentNameAlone: "请只给出文档的名称（例如 安装验收报告.docx），文件内容从标准输入传入"
        case .serveRunsNoShell: "cmkeeper serve 不运行 shell：请只发送一条命令，参数用 ' 或 \" 引起来"
        case .quoteNotClosed(let quote): "引号 \(quote) 没有闭合"
        case .dollarInDoubleQuotes: "\" 中的 $ 和 ` 是 shell 的语法，cmkeeper serve 不运行 shell"
        case .commandEndsWithBackslash: "命令以 \\ 结尾"
        case .isForAShell(let what): "“\(what)” 是 shell 的语法，cmkeeper serve 不运行 shell"
        case .commandHoldsControl: "命令中含有控制字符"
        case .storeLargeOrSplit: "请 CM工程师在配置库所在的机器上存入这么大的文件，或者将文件拆分"
        case .uploadTooLarge(let file, let most): "\(file) 大于 \(most)，超过了本库通过 ssh 接受的上限（CM工程师除外）；没有保存任何内容"
        case .uploadWouldFillDisk(let file, let size, let free, let reserve):
            "存入 \(file)（\(size)）后，配置库所在磁盘的剩余空间将少于 \(reserve)（现在剩余 \(free)）；没有保存任何内容"
        case .freeDiskSpace: "请配置库所在机器的管理员清理或扩充磁盘空间（或调低 cmkeeper.toml 中的 serve.free_space_reserve_mib），然后重试"
        case .cannotReadStdin(let file, let error): "无法从标准输入读取 \(file)：\(error)"
        case .sendFileOnStdin(let project, let file): "请从标准输入传入文件：ssh cm@server submit \(project) \(file) < \(file)"
        case .cannotRun(let executable, let error): "无法运行 \(executable)：\(error)"
        case .checkGitInstalled: "请 CM工程师检查配置库所在的机器上是否已安装 git 和 cmkeeper"
        case .cannotEncodeSession(let path): "无法为 \(path) 编码本次会话"
        case .cannotOpen(let path, let error): "无法打开 \(path)：\(error)"
        case .checkOwnerAndPermissions: "请检查配置库文件夹的所有者和权限"
        case .cannotAppend(let path, let error): "无法追加写入 \(path)：\(error)"
        case .checkDiskRoom: "请检查磁盘是否还有空间"

        case .lfsVersionOnly1(let given): "本配置库使用 git-lfs ssh 协议的第 1 版，而不是 \(given)"
        case .lfsObjectNotHeld(let oid, let size): "配置库中没有对象 \(oid)（\(size) 字节）"
        case .lockedBy(let owner, let since, let id): "已被 \(owner) 锁定（自 \(since) 起，锁 \(id)）：只有锁定人可以修改"
        case .askHolderToUnlock(let owner, let path): "请 \(owner) 解锁（`git lfs unlock '\(path)'`），或请 CM工程师 打开此锁，然后再试"
        case .lfsNotACommand(let command): "“\(command)” 不是本配置库提供的 git-lfs ssh 协议命令"
        case .lfsWrongOperation(let command, let operation): "在为 \(operation) 打开的会话中不能使用 \(command)"
        case .lfsNeedsObject(let command): "\(command) 需要一个对象 id（64 位小写十六进制数字）和 size=字节数"
        case .lfsSHA256Only(let algorithm): "本配置库按 sha256 保存对象，而不是 \(algorithm)"
        case .lfsNotObjectAndSize(let line): "“\(line)” 不是对象 id 和大小"
        case .lfsObjectMissing(let oid): "配置库中没有对象 \(oid)"
        case .lfsObjectSizeDiffers(let oid, let size, let asked): "配置库中的对象 \(oid) 为 \(size) 字节，而不是 \(asked) 字节"
        case .lfsTransferFailed(let error): "git-lfs-transfer：\(error)"
        case .restoreObjectFromBackup: "请 CM工程师运行 cmkeeper verify，并从镜像或备份中恢复该对象"
        case .lockNeedsPath: "lock 需要 path=路径"
        case .reasonAndFix(let reason, let fix): "\(reason.zhCN)：\(fix.zhCN)"
        case .noSuchLock(let id): "没有锁 \(id)"
        case .lockHeldByAnother(let path, let heldBy, let owner): "只有 CM工程师可以解除别人持有的锁：\(path) 已被 \(heldBy) 锁定；请联系 \(owner) 解锁"

        case .lfsMalformed(let what): "git-lfs-transfer：客户端发来的数据不符合协议（\(what)）"
        case .useGitLFS3: "客户端没有使用 git-lfs 的 ssh 协议；请使用 git-lfs 3.0 或更高版本"
        case .lfsCannotReadClient(let error): "git-lfs-transfer：无法读取客户端发来的数据：\(error)"
        case .lfsLineTooLong(let bytes): "git-lfs-transfer：一行 \(bytes) 字节，超出了一个数据包的长度"
        case .lfsCannotWriteClient(let error): "git-lfs-transfer：无法向客户端写入：\(error)"
        case .lockFileUnreadable(let path): "锁文件 \(path) 无法读取"
        case .cmRemovesLockFile: "请 CM工程师删除该文件（锁随之解除）"
        case .cannotRecordLock(let path, let error): "无法记录 \(path) 上的锁：\(error)"
        case .checkOwnerPermissionsSpace: "请检查配置库文件夹的所有者、权限和剩余空间"
        case .cannotRemove(let path, let error): "无法删除 \(path)：\(error)"
        case .cannotRecordUnlock(let path, let error): "无法记录 \(path) 上的锁已解除：\(error)"
        case .cannotCreate(let path, let error): "无法创建 \(path)：\(error)"
        case .notOwnFolder(let path): "\(path) 不是本账户的文件夹（是链接、文件，或属于其他账户）"

        case .cannotEncodeLock(let path): "无法为 \(path) 上的锁编码"

        case .giveThePublicKey: "请提供公钥：ssh-keygen 生成的 .pub 文件中的那一行（例如 ~/.ssh/id_ed25519.pub），切勿提供私钥"
        case .isPrivateKey(let source): "\(source) 是私钥；私钥绝不能离开其所有者的电脑"
        case .keyFileLines(let source, let count): "\(source) 有 \(count) 行；它应当只包含一个公钥"
        case .keyHasNoType(let source): "\(source) 不是以密钥类型（ssh-ed25519、ecdsa-sha2-…、ssh-rsa）开头；不接受选项或其他文字"
        case .notAPublicKey(let source): "\(source) 不是公钥"
        case .cannotRunSSHKeygen(let source, let error): "无法运行 ssh-keygen 检查 \(source)：\(error)"
        case .installOpenSSHClient: "请安装 OpenSSH 客户端（`apt-get install openssh-client`）"
        case .keygenCannotRead(let source): "\(source) 不是 ssh-keygen 能读取的公钥"
        case .pathUnfitForAuthorizedKeys(let path): "\(path) 含有引号、反斜杠或换行，authorized_keys 中的命令无法包含这些字符"
        case .movePathWithoutQuotes: "请把 cmkeeper 或配置库移到不含这些字符的路径下"
        case .notAValidLogin(let login): "“\(login)” 不是有效的登录名"
        case .loginCharacters(let maximum): "请使用字母、数字、'.'、'_' 和 '-'，最多 \(maximum) 个字符"
        case .notAValidBaselineName(let name): "“\(name)” 不是有效的基线名称"
        case .baselineNameCharacters: "请使用字母、数字、'.'、'-' 和 '_'，例如 acceptance"
        case .alreadyHasBaseline(let project, let baseline): "项目 \(project) 已有基线 \(baseline)"
        case .baselineNeverChanges(let next): "基线建立后不再改变；不写名称即可建立下一条基线（\(next)）"
        case .tagExists(let tag): "标签 \(tag) 已存在"
        case .tagMadeByHand: "请运行 cmkeeper verify：没有对应记录的标签是手工建立的"
        case .nothingToBaseline(let project): "项目 \(project) 没有可纳入基线的配置项"
        case .submitDocumentsFirst: "请先提交项目的文档"
        case .tagHoldsNoManifest: "该标签中没有清单"
        case .notAReleaseOrBaselineTag(let scope): "“\(scope)” 不是发行标签或基线标签"
        case .tagExample: "例如 baseline/P-2026-001/acceptance"
        case .noSuchTag(let tag): "配置库中没有标签 \(tag)"
        case .listTagsInClone: "在克隆中运行 `git tag --list 'release/*' 'baseline/*'` 可列出所有标签"
        case .gitLogFailed(let path, let output): "对 \(path) 运行 git log 失败：\(output)"

        case .cannotTellFormat(let file): "无法从 “\(file)” 判断交付包的格式"
        case .nameZipOrTar: "请命名为 文件名.zip 或 文件名.tar"
        case .noBaselineYet(let project): "项目 \(project) 还没有基线"
        case .cmMakesBaseline(let project): "验收后由 CM工程师建立基线：cmkeeper baseline \(project)"
        case .noSuchBaseline(let project, let name): "项目 \(project) 没有基线 \(name)"
        case .itsBaselines(let names): "该项目的基线有：\(names)"
        case .tagDoesNotHoldBaseline(let tag): "标签 \(tag) 中的内容与为它记录的基线不符"
        case .runVerify(let project): "请运行 cmkeeper verify \(project)"
        case .cannotWriteIn(let folder, let error): "无法写入 \(folder)：\(error)"
        case .checkFolderWritable: "请检查该文件夹是否存在、是否可写"
        case .notInBaselineTree(let path): "\(path) 不在所记录的基线目录树中"
        case .doesNotHashToBaseline(let path): "\(path) 的 SHA-256 与基线中记录的不符"
        case .changedWhileArchived(let path, let written, let size): "\(path) 在打包过程中大小发生了变化（已写入 \(written) 字节，共 \(size) 字节）"
        case .productLibraryCannotOpen(let path): "无法打开产品库 \(path)"
        case .checkProductLibrarySetting: "请检查配置库设置中的 product_library"
        case .versionEmpty(let product, let version, let folder): "\(product) \(version) 是空的：\(folder) 中没有文件"
        case .putPackagesFirst: "请先把安装包和文档放进去"
        case .notAValidProductName(let name, let version): "“\(name)” 不是有效的\(version ? "版本" : "产品")名称"
        case .nameOneProductFolder: "请写产品库中的一个文件夹名"
        case .notAFolder(let path, let kind): "\(path) 是\(Self.zhCNKind(kind))，不是文件夹"
        case .putFolderNotLink: "请把文件夹本身放进产品库，而不是指向它的链接；没有写入任何内容"
        case .noSuchProject(let id): "没有项目 \(id)"
        case .projectListShowsOrCreate: "运行 `cmkeeper project list` 可查看所有项目；新项目由 CM工程师用 `cmkeeper project create` 建立"

        case .notInThatRole(let login, let role): "\(login) 不是 \(role)"
        case .rolesListShows: "运行 cmkeeper roles list 可查看每个人的角色"
        case .fieldHasControl(let field): "\(field.zhCN)中含有控制字符"
        case .writeOnOneLine: "请写成一行纯文本"
        case .fieldTooLong(let field): "\(field.zhCN)超过了 200 个字符"
        case .shortenIt: "请缩短"
        case .noSuchPhase(let name): "流程中没有阶段 “\(name)”"
        case .nameOneOf(let names): "请写其中之一：\(Message.titledList(names).zhCN)"
        case .cannotReadHookLine(let line): "pre-receive：无法读取 git 传来的行 “\(line)”"
        case .isHookRunByGit: "这个钩子是由 git 运行的吗？"
        case .cannotInstallHooks(let executable): "无法安装调用 “\(executable)” 的钩子"
        case .installAtPlainPath: "请把 cmkeeper 安装在一个普通的绝对路径下"
        case .couldNotInstallHooks(let folder, let error): "无法在 \(folder) 中安装钩子：\(error)"
        case .repackCouldNotRun(let error): "无法运行 git repack：\(error)"
        case .installGit: "请安装 git"
        case .nothingToCommit: "没有需要提交的内容：配置库中已经是完全相同的内容"
        case .settingsFixOrRewrite(let path): "请修正 \(path)，或参照用 `cmkeeper init` 建立的配置库重新编写"
        case .settingsIsFolder(let path): "\(path) 是文件夹，不是配置库的设置文件"
        case .removeFolderThen(let fix): "请删除该文件夹；\(fix.zhCN)"
        case .settingsNotUTF8(let path): "\(path) 不是 UTF-8 文本：它是二进制文件或使用了其他编码"
        case .saveAsUTF8Then(let fix): "请另存为 UTF-8；\(fix.zhCN)"
        case .missingFromLibrary(let path): "配置库中缺少 \(path)"
        case .cmRestoresFromHistory(let path): "请 CM工程师从历史中恢复它（git log -- \(path)）"
        case .cannotReadRepository(let path, let error): "无法读取 \(path)：\(error)"
        case .checkRepositoryReadable: "请检查配置库的仓库是否存在、是否可读"
        case .daemonStopped(let error): "守护进程已停止：\(error)"
        case .seeLogSystemdRestarts: "请查看上面的日志；systemd 会重新启动它（Restart=on-failure）"
        case .checkFolderPermissions: "请检查配置库文件夹的权限"
        case .cannotLock(let path, let error): "无法锁定 \(path)：\(error)"
        case .cannotWrite(let path, let error): "无法写入 \(path)：\(error)"
        case .checkDiskAndPermissions: "请检查磁盘和文件夹的权限"
        case .socketPathTooLong(let path): "套接字路径 \(path) 太长，Unix 套接字无法使用"
        case .keepLibraryShorter: "请把配置库放在较短的路径下"
        case .socketFailed(let step, let path, let error):
            step == .createPipe ? "无法为套接字 \(path) 创建管道：\(error)" : "无法\(step.zhCN)套接字 \(path)：\(error)"
        case .checkRunFolder: "请检查配置库 run/ 文件夹的权限"

        case .couldNotWrite(let path, let error): "无法写入 \(path)：\(error)"
        case .alreadyExists(let path): "\(path) 已存在"
        case .nameNewFolderOrNone: "请写一个尚不存在的文件夹，或者不写，使用临时文件夹"
        case .couldNotWriteSampleProducts(let path, let error): "无法在 \(path) 中写入示例产品库：\(error)"

        case .fileOperationFailed(let doing, let at, let cause):
            "\(doing.map { "\($0.zhCN)失败" } ?? "文件操作失败")\(at.map { "（位置：\($0)）" } ?? "")：\(cause.zhCN)"
        case .fileSystemCause(let cause): cause.zhCN.what
        case .fileSystemFix(let cause): cause.zhCN.fix
        case .checkFolderWritableRetry: "请检查该文件夹是否存在、是否可写，然后重试"
        case .readingSettings: "读取配置库设置"
        case .makingInboxFolder(let id): "建立 \(id) 的收件文件夹"
        case .writingHandover: "写入交付包"

        case .rejectedNote(let file, let what, let todo, let droppedAs, let user, let time, let folder):
            """
            \(file) 没有收入配置库。

            问题：
            \(what.zhCN)

            怎么办：
            \(todo?.zhCN ?? Message.askCMEngineer.zhCN)

            它由 \(user) 以 \(droppedAs) 放入，于 \(time) 被退回。
            改正后请重新放进 \(folder)。这个说明文件和旁边的退回文件都可以删除。
            """

        case .mirrorNotARepository(let path): "\(path) 不是 git 仓库（不存在或未挂载）：请用 `git init --bare \(path)` 建立，或挂载它所在的磁盘"
        case .sendingLargeFilesFailed(let error): "发送大文件失败：\(error)"
        case .mirrorTagsDiffer(let count, let tags): "镜像上有 \(count) 个标签与配置库不同，这些标签永远不会被覆盖：\(tags)；请在镜像上删除它们，守护进程会发送配置库的标签"

        case .configurationError(let error): error.text(in: .zhCN)
        case .configAt(let table, let key, let problem):
            switch (table?.zhCN, key) {
            case (let table?, let key?): "\(table)的 \(key)：\(problem.zhCN)"
            case (let table?, nil): "\(table)：\(problem.zhCN)"
            case (nil, let key?): "\(key)：\(problem.zhCN)"
            case (nil, nil): problem.zhCN
            }
        case .configPhaseNamed(let id): "阶段“\(id)”"
        case .configDocumentNamed(let id): "文档“\(id)”"
        case .configUserNamed(let login): "用户“\(login)”"
        case .configNthTable(let number, let table): "第 \(number) 个 [[\(table)]]"
        case .valueKind(let kind): kind.zhCN
        case .configNulByte: "文件中有 NUL 字节：它不是文本文件，或者已经损坏"
        case .configNotTOML(let said, let fixSyntax): "不是有效的 TOML（解析器原文：\(said)）\(fixSyntax ? "；请改正语法（https://toml.io）" : "")"
        case .configUnknownKey(let near, let allowed): near.map { "未知的键；是不是 \($0)？" } ?? "未知的键；这里可用的键是 \(allowed.joined(separator: "、"))"
        case .configMustBe(let wanted, let found): "应为\(wanted.zhCN)，而不是\(found.zhCN)"
        case .configKeyMissingAdd(let key, let example): "缺少键 \(key)；请加上，例如 \(key) = \(example)"
        case .configStringListHolds(let found): "应为字符串列表，例如 [\"a\", \"b\"]；其中有\(found.zhCN)"
        case .configTableList(let example, let holds): "应为表的列表：每一项写成 \(example)\(holds.map { "；其中有\($0.zhCN)" } ?? "")"
        case .configMustBeTable(let example): "应为表，例如 \(example.zhCN)"
        case .configUsersExample: "[users.alice]，其下写 name、email 和 roles"
        case .configKeyMissing(let key): "缺少键 \(key)"
        case .configWrongType(let key, let found, let wanted): "键 \(key) 的类型不对：现在是\(found.zhCN)，应为\(wanted.zhCN)"
        case .configVersionMissing(let version): "缺少键 version；请在文件开头写 version = \(version)"
        case .configVersionTooNew(let reads, let found): "这个 cmkeeper 读取第 \(reads) 版流程定义，而不是第 \(found) 版；请升级 cmkeeper"
        case .configNoSuchVersion(let found, let write): "没有第 \(found) 版；请写 version = \(write)"
        case .configListedTwice(let value): "“\(value)”列出了两次；请删去一个"
        case .configMaxDocumentBytes: "应为正的字节数，例如 104857600 表示 100 MiB"
        case .configNoPhases: "没有阶段；请按顺序为流程的每个阶段加一个 [[phase]] 表"
        case .configNoDocuments: "没有文档；请为流程的每种文档加一个 [[document]] 表"
        case .configPhaseIDTwice(let id): "另一个阶段已经用了 id“\(id)”；每个阶段的 id 要各不相同"
        case .configPhaseTitleTwice(let title): "另一个阶段已经用了名称“\(title)”；每个阶段的名称要各不相同"
        case .configDocumentIDTwice(let id): "另一种文档已经用了 id“\(id)”；每种文档的 id 要各不相同"
        case .configDocumentTitleTwice(let other, let title): "文档“\(other)”已经用了名称“\(title)”；每种文档的名称要各不相同"
        case .configDocumentAlreadyCalled(let other, let name): "文档“\(other)”已经叫“\(name)”；一个名称只能指一种文档，请各用各的名称"
        case .configEnglishTitleTwice(let other, let title): "文档“\(other)”已经用了英文名称“\(title)”；请各用各的"
        case .configPathTwice(let other, let path, let caseOnly):
            "文档“\(other)”已经用了路径“\(path)”\(caseOnly ? "（两者只差大小写）" : "")；每种文档要有自己的位置"
        case .configUnknownPhase(let phase, let phases, let any): "“\(phase)”不是本文件中的阶段；请用\(phases.map { "“\($0)”" }.joined(separator: "、"))或“\(any)”之一"
        case .configLonelyGroup(let required):
            "“\(required)”所指的组里没有别的文档；请至少给两种文档写 required = \"\(required)\"，或者写 \"always\""
        case .configPathInReleases(let path, let folder): "“\(path)”位于 \(folder)/ 中，该文件夹由 cmkeeper 留给已发布的软件；请换一个文件夹"
        case .configPathInFreeFolder(let path, let folder): "“\(path)”位于 \(folder)/ 中，该文件夹已被 free_folders 设为自由文件夹；请换一个文件夹，或改设别的自由文件夹"
        case .configPathIsReserved(let path, let name): "“\(path)”会匹配 \(name)，该文件由 cmkeeper 自己写；请换一个名称"
        case .configUnknownDocument(let id, let near):
            "“\(id)”不是本文件中的文档；请用某个 [[document]] 的 id\(near.map { "；是不是“\($0)”？" } ?? "")"
        case .configLaterPhase(let document, let phase, let leaving):
            "“\(document)”属于后面的阶段“\(phase)”，这样任何项目都无法离开“\(leaving)”；请把它移到那个阶段的 exit_documents 中"
        case .configApprovalTwice(let document): "“\(document)”列出了两次；请把审批它的角色都写在一项里"
        case .configIDKeptForAny(let any): "“\(any)”留给适用于所有阶段的文档；请换一个 id"
        case .configApprovalUnknownKey(let key, let example): "审批中有未知的键 \(key)；每一项写成 \(example)"
        case .configApprovalNeedsDocument(let example): "每项审批都要以字符串写明文档；每一项写成 \(example)"
        case .configApprovalNeedsRoles(let document, let example): "“\(document)”的审批要以列表写明角色；每一项写成 \(example)"
        case .configApprovalRolesStrings(let document): "审批“\(document)”的角色应为字符串，例如 [\"cm-engineer\", \"customer-service\"]"
        case .configNotARole(let role, let roles, let near): "“\(role)”不是角色；请用\(roles.map { "“\($0)”" }.joined(separator: "、"))之一\(near.map { "；是不是“\($0)”？" } ?? "")"
        case .configApprovalRoleTwice(let document, let role): "“\(document)”的审批把“\(role)”列了两次；请删去一个"
        case .configApprovalNoRoles(let document): "“\(document)”的审批没有写角色；请写明由谁审批，例如 roles = [\"cm-engineer\", \"customer-service\"]"
        case .configIndependentBool(let document): "“\(document)”的审批中，independent 应为 true 或 false"
        case .configAliasRepeated(let alias, let isTitle): "“\(alias)”\(isTitle ? "就是名称本身" : "列出了两次")；请删去"
        case .configFileTypesMissing: "缺少键 file_types；请列出允许的扩展名，例如 file_types = [\"docx\", \"pdf\"]"
        case .configFileTypesEmpty: "是空的；请列出允许的扩展名，例如 [\"docx\", \"pdf\"]"
        case .configNotAnExtension(let type, let fixed):
            "“\(type)”不是本文件写法的扩展名：小写字母和数字，不带点\(fixed.map { "（“\($0)”）" } ?? "")"
        case .configExtensionNotAllowed(let path, let ext): "“\(path)”以 .\(ext) 结尾，但 file_types 不允许；请把 \"\(ext)\" 加入 file_types，或者改路径"
        case .configNotAMultiplicity(let text): "“\(text)”不是份数；请用 \"one\" 或 \"many\""
        case .configManyNeedsWildcard(let path, let example):
            "“\(path)”只指一个文件，但 multiplicity 是 \"many\"；请在文件名中放一个 '*'（例如“\(example)”），或者写 multiplicity = \"one\""
        case .configNotARequirement(let text, let spellings): "“\(text)”不是要求；请用 \(spellings)"
        case .configGroup(let group, let problem): "组“\(group)”：\(problem.zhCN)"
        case .configNotAnID(let id): "“\(id)”不是 id；请用小写字母、数字和单个 '-'，以字母开头，例如 \"acceptance-report\""
        case .configTitleEmpty: "是空的；请写用户熟悉的名称"
        case .configTitleSpaces(let title): "“\(title)”首尾有空格；请删去"
        case .configTitleControl: "含有控制字符；请写成一行纯文本"
        case .configTitleSlash(let title): "“\(title)”含有斜杠；名称会用作文件名，请去掉斜杠"
        case .configFreeFolderNotOne(let folder): "“\(folder)”不是单个文件夹名；自由文件夹直接位于项目文件夹中"
        case .configFreeFolderWildcard(let folder): "“\(folder)”含有通配符；请写出文件夹名"
        case .configFreeFolderReserved(let folder): "“\(folder)”由 cmkeeper 留给自己的文件；请换一个名称"
        case .patternEmpty: "路径是空的；请写出在项目文件夹中的位置，例如 \"acceptance/安装验收报告.*\""
        case .patternAbsolute(let pattern): "路径“\(pattern)”是绝对路径；请写成相对于项目文件夹的路径，例如 \"acceptance/安装验收报告.*\""
        case .patternBackslash(let pattern): "路径“\(pattern)”含有 '\\'；请用 '/' 分隔文件夹"
        case .patternControl(let pattern): "路径“\(pattern)”含有控制字符；请删去"
        case .patternWindows(let pattern, let character): "路径“\(pattern)”含有 '\(character)'，Windows 不允许文件名中出现它；请删去"
        case .patternDoubleStar(let pattern): "路径“\(pattern)”含有 '**'，不支持；'*' 只在一个文件夹内匹配，请写出各级文件夹"
        case .patternNotNFC(let pattern): "路径“\(pattern)”不是组合形式（NFC）的 Unicode；请重新输入，或把文件存为 NFC"
        case .patternEmptyFolder(let pattern): "路径“\(pattern)”中有空的文件夹名（'//' 或末尾的 '/'）；请删去多余的 '/'"
        case .patternDotPart(let pattern, let part): "路径“\(pattern)”含有“\(part)”；文档只能在自己的项目文件夹中，请去掉它"
        case .patternGitName(let pattern, let part): "路径“\(pattern)”含有“\(part)”，这是 git 自己保留的名称；请换一个名称"
        case .configInvalidLogin(let login, let maximum):
            "“\(login)”不是有效的登录名；请用最多 \(maximum) 个 ASCII 字母、数字、'.'、'_' 和 '-'，不要以 '-' 或 '.' 开头"
        case .configLoginsDifferInCase(let one, let other): "登录名“\(one)”和“\(other)”只差大小写；请保留一个"
        case .configUserMustBeTable(let key): "应为表：写 [users.\(key)]，其下写 name、email 和 roles"
        case .configQuoteDottedLogin(let login, let inner):
            "含 '.' 的登录名要加引号：写 [users.\"\(login).\(inner)\"]，而不是 [users.\(login).\(inner)]"
        case .configNameEmpty: "是空的；请写用户的姓名，或删去这一行"
        case .configNameControl: "含有控制字符；请把姓名写成一行纯文本"
        case .configNameAngle: "含有 '<' 或 '>'，提交签名中不能有它们；请删去"
        case .configNameTooLong: "超过 200 个字符；请缩短"
        case .configNotAnEmail(let email): "“\(email)”不是电子邮件地址；请写成 name@example.com 的形式，或删去这一行"
        case .configRoleUnknown(let role, let near, let roles):
            "“\(role)”不是角色\(near.map { "（是不是“\($0)”？）" } ?? "")；角色有 \(roles.zhCN)"
        case .configKeysEntry(let index, let login, let problem): "keys[\(index)]（\(login)）：\(problem.zhCN)"
        case .configKeyLoginInvalid(let login, let maximum): "“\(login)”不是有效的登录名；请用最多 \(maximum) 个 ASCII 字母、数字、'.'、'_' 和 '-'"
        case .configKeyNotPlain: "key 只能是一个公钥：类型和 base64 内容（与 cmkeeper keys add 写入的一样）"
        case .configKeyFingerprint: "fingerprint 应为 SHA256:…，与 ssh-keygen -l 显示的一样"
        case .configKeyTwice(let fingerprint): "密钥 \(fingerprint) 列出了两次；一个密钥代表一个人的身份，请保留一个"
        case .configThresholdNegative: "library.large_file_threshold 应为 0 或更多字节"
        case .configServeLimits: "serve.maximum_upload_mib 应为 1 或更大，serve.free_space_reserve_mib 应为 0 或更大（单位 MiB）"
        case .configVerifyDueAfterDays: "verify.due_after_days 应为 1 天或更多（不写时为 30）"
        case .configVerifyEvery(let every): "verify.every “\(every)” 不是时间间隔：请写整数加 s、m、h 或 d，例如 \"24h\"，或删除这一行"
        case .configNotATimeZone(let zone):
            "library.timezone“\(zone)”不是时区：请写 IANA 名称，例如 \"Asia/Shanghai\"，或删去这一行以使用本机的时区"
        case .configMirrorEmptyURL(let number, let name):
            "第 \(number) 个镜像\(name.map { "（\($0)）" } ?? "")的 url 是空的：请写出要推送到的仓库，例如 url = \"file:///srv/backup/library.git\""
        case .configMirrorNameTwice(let number, let name, let shown):
            "第 \(number) 个镜像\(name.map { "（\($0)）" } ?? "")：有两个镜像都叫 \(shown)；请各起各的名称"
        case .configNotARecord(let kind, let detail): "不是\(kind.zhCN)：\(detail.zhCN)"
        case .recordKeyMissing(let place): "\(place)：缺少这个键"
        case .recordNotAnObject: "不是 JSON 对象"
        case .recordMustBeString(let place): "\(place)：应为字符串"
        case .recordNotJSON: "不是有效的 JSON"

        case .treeModeLeadingZero(let mode): "其文件模式前面多了一个 0（\(mode)）"
        case .treeModeNotAllowed(let mode): "文件模式为 \(mode)，git 不允许（只允许 100644、100755、120000、40000、160000）"
        case .treeEntryEmptyName: "含有一个名称为空的条目"
        case .treeEntryHasSlash(let name): "含有名为 \(name) 的条目：树中的名称不能含有 '/'"
        case .treeEntryForbidden(let name): "含有名为 \(name) 的条目，任何文件夹都不能有这样的条目"
        case .treeEntryZeroID: "指向全零的对象 id"
        case .treeEntryListedTwice(let folder): "在 \(folder) 中出现了两次"
        case .treeNotInGitOrder: "其条目没有按 git 的顺序排列"
        case .treeCutShort: "其树对象被截断，或含有不是条目的字节"
        case .makeCommitWithRealGit: "请用真正的 git 重新提交（git add、git commit）：手工构造的树（git hash-object --literally、git mktree）会被拒绝"

        case .unknownHook(let name): "没有钩子“\(name)”：cmkeeper 只有 pre-receive、post-receive 和 pre-commit"

        case .keyColumns: "登录名\t指纹\t添加人\t添加时间"

        case .atLine(let line, let message): (line.map { "第 \($0) 行：" } ?? "") + message.zhCN
        case .approvalMissingBecause(let title, let why): "\(title)（\(why.zhCN)）"
        case .writeProjectRecordAsCmkeeper: "请按 cmkeeper 写入的格式填写：id、name、manager、size、phase、created_at、created_by"

        case .keepsProcess(let revision, let commit): "\(revision)（\(commit)）符合流程：没有问题。"
        case .breaksProcess(let revision, let commit, let count): "\(revision)（\(commit)）有 \(count)："
        case .noCommitsYet: "配置库还没有任何提交。"
        case .baselined(let project, let name, let items, let size, let tag, let commit, let phase):
            """
            已为 \(project) 建立基线 \(name)：\(items) 个配置项，\(size)
              标签 \(tag)，提交 \(commit)；项目现处于 \(phase)
            随时可以核对：cmkeeper verify \(tag)
            """
        case .wroteHandover(let file, let baseline, let project, let items, let size):
            "已写入 \(file)：\(project) 的基线 \(baseline)，\(items) 个配置项，\(size)"
        case .installedHooks(let names, let folder, let executable): "已在 \(folder) 安装 \(names)，调用 \(executable)"

        case .namesNoProject: "指向的项目不在配置库中"
        case .cmFindsWhoMadeTag: "由 CM工程师 查明是谁建立的，并删除它"
        case .noRecordAccountsForTag(let project): "\(project) 的发行记录和基线记录中都没有这个标签"
        case .noKindRecordAccountsForTag(let kind, let project): "\(project) 的\(kind == "release" ? "发行" : "基线")记录中没有这个标签"
        case .tagsMadeWithCommand(let kind): "\(kind == "release" ? "发行" : "基线")标签只由 cmkeeper \(kind) 建立；由 CM工程师 查明这个是谁建立的"
        case .releaseNamed(let id): "发行 \(id)"
        case .baselineNamed(let name): "基线 \(name)"
        case .manifestCannotBeRebuilt: "无法从记录它的提交重新生成清单，因此没有重新核对其配置项"
        case .restoreTagThenVerify: "请从镜像或备份恢复该标签，然后重新核对"
        case .missingFromRecordingCommit(let what): "属于\(what.zhCN)，但记录它的提交中没有它"
        case .restoreRepository: "请从镜像或备份恢复仓库"
        case .differsFromRecorded(let what, let blob, let recorded): "与\(what.zhCN)不一致（blob \(blob)，记录为 \(recorded)）"
        case .restoreTagAndRepository: "请从镜像或备份恢复标签和仓库"
        case .closedButMissing(let missing): "已结项，但缺少 \(missing.joined(separator: "、"))"
        case .managerSubmitsThroughRequest: "由项目经理通过变更申请提交这些文档，然后由 CM工程师 建立新基线"
        case .cannotBeReadError(let error): "无法读取：\(error)"
        case .tagMissing: "标签不存在"
        case .restoreTagFromMirror: "请从镜像或备份恢复（git fetch 镜像 'refs/tags/*:refs/tags/*'）"
        case .lightweightNotAnnotated: "是轻量标签，不是 cmkeeper 建立的附注标签"
        case .tagReplacedRestore: "该标签已被替换；请从镜像或备份恢复"
        case .tagMovedRestore: "该标签已被替换或移动；请从镜像或备份恢复（标签永不移动）"
        case .restoreLogAppendOnly: "请从镜像或备份恢复该文件；日志只能追加"
        case .noCommitAddedRecord(let log): "main 的历史中没有提交把它的记录加入 \(log)"
        case .pointerNamesOther(let oid, let recorded): "它的指针指向 \(oid)，记录为 \(recorded)"
        case .restoreLargeObject(let path): "请从镜像（git lfs fetch --all）或备份恢复 \(path)"
        case .shouldBeLargePointer: "应当是大文件指针，但不是"
        case .gitObjectUnreadable(let error): "无法读取它的 git 对象：\(error)"
        case .contentNoLongerHashes: "内容的 SHA-256 与记录不符"
        case .fsckCouldNotRun(let error): "无法运行 git fsck：\(error)"
        case .fsckFailed(let lines): "git fsck 发现问题：\(lines)"
        case .tagCallsItself(let actual, let name): "标签对象自称“\(actual)”，而不是 \(name)"
        case .tagLacksReleaseRecord(let id): "其说明不是发行日志中的发行记录 \(id)"
        case .tagManifestNotRecorded(let log): "其清单不是 \(log) 中记录的那一份"
        case .tagHoldsNoReadableManifest: "没有可读的清单"
        case .tagNotAtCommit: "没有指向提交"
        case .tagNotAtRecordingCommit: "没有指向 main 上记录它的那个提交"
        case .verifyChecked(let baselines, let releases, let projects, let items, let hashed):
            "\(baselines) 个基线、\(releases) 次发行、\(projects) 个项目、\(items) 个配置项，重新计算哈希 \(hashed)"
        case .verified(let scope, let findings, let checked):
            findings == 0
                ? "已核对 \(scope)：完好。核对了 \(checked.zhCN)。"
                : "已核对 \(scope)：发现 \(findings) 个问题。核对了 \(checked.zhCN)。"
        case .theWholeLibrary: "整个配置库"

        case .gitFailed(let error): "git 出错：\(error)"
        case .fileIsNotRegular(let path, let kind): "\(path) 是\(Self.zhCNKind(kind))，不是普通文件"
        case .nameFileItself: "请指明文件本身（cmkeeper 从不跟随链接、管道或设备）"
        case .fileReplacedAfterCheck(let path): "\(path) 在检查之后被替换了（换成了另一个文件或链接）；什么都没有写入"
        case .checkWhoChangesIt: "请查明是谁在修改它，然后重试"
        case .largeFileCorrupt(let oid, let actual, let path): "大文件对象 \(oid) 已损坏：\(path) 处内容的哈希是 \(actual)"
        case .restoreFromMirror: "请从镜像或备份中恢复"
        case .largeFileMissing(let oid): "大文件对象 \(oid) 不在大文件存储中"
        case .fetchLargeFileFromMirror: "请从镜像取回（git lfs push --all）或从备份恢复"
        case .changedWhileCopied(let path): "\(path) 在复制过程中发生了变化"
        case .waitUntilComplete: "请等它写完后重试"
        case .fixFileAndPush: "请改正该文件并推送（只有 CM工程师 可以修改 .cmkeeper/）"
        case .cmRepairs(let path): "由 CM工程师 修复 \(path)"
        case .cannotNameInTag(let product, let version, let tag): "“\(product)” \(version) 无法用作 git 标签名（\(tag)）"
        case .renameWithoutTagCharacters: "请重命名产品或版本文件夹，去掉空格和 '~'、'^'、':'、'?'、'*'、'[' 或 '\\'"
        case .noProductLibrary: "本配置库没有设置产品库"
        case .setProductLibrary(let settings): "请在 \(settings) 中设置 product_library，或用 `cmkeeper init --product-library 路径` 建立配置库"
        case .alreadyReleased(let product, let version, let project): "\(product) \(version) 已经发行给 \(project)"
        case .releasedNeverChanges(let project): "已发行的版本永不改变；请发行新版本，或查看 `cmkeeper releases \(project)`"
        case .releaseLogAppendOnly: "发行日志只能追加；请从历史中恢复"
        case .noProductInLibrary(let library, let product): "产品库（\(library)）中没有产品“\(product)”"
        case .putVersionsUnder(let path): "请把产品的各版本放在 \(path)/版本号/ 下"
        case .knownProducts(let products): "现有产品：\(products)"
        case .noVersionOfProduct(let product, let version): "产品库中产品“\(product)”没有版本“\(version)”"
        case .putFilesUnder(let path): "请把它的文件放在 \(path)/ 下"
        case .knownVersions(let product, let versions): "\(product) 的现有版本：\(versions)"
        case .caseTwinsInVersion(let a, let b): "“\(a)”和“\(b)”只有字母大小写不同：Windows 和 macOS 的客户端无法同时保存两者"
        case .cannotBeReleased(let product, let version, let problems):
            "\(product) \(version) 不能发行：\n" + problems.map { "  - \($0.zhCN)" }.joined(separator: "\n")
        case .fixVersionFolder(let path): "请改正产品库中的版本文件夹 \(path)，然后重新发行；什么都没有写入"
        case .theVersionFolder: "版本文件夹"
        case .cannotBeReadBecause(let error): "无法读取（\(error)）"
        case .cannotBeReadGivePermission(let error): "无法读取（\(error)）；请给 cmkeeper 读权限"
        case .linkInProductLibrary: "是符号链接；请把文件本身放进产品库"
        case .notAFile(let kind):
            switch kind {
            case .fifo: "是 FIFO（命名管道），不是文件"
            case .device: "是设备，不是文件"
            case .socket: "是套接字，不是文件"
            case .other: "不是普通文件"
            }
        case .someoneElsesHook(let path): "\(path) 是别人的钩子，已保持原样"
        case .mergeHookByHand(let executable, let hook): "请手工合并：在其中调用 `\(executable) hook \(hook)`"
        case .keyAlreadyHeld(let fingerprint, let login): "密钥 \(fingerprint) 已属于 \(login)"
        case .eachPersonOwnKey: "密钥代表一个人的身份：每人使用自己的密钥"
        case .noSSHKey(let login, let fingerprint): "\(login) 没有\(fingerprint.map { " \($0) 这个" } ?? "任何") ssh 密钥"
        case .keysListShows: "运行 cmkeeper keys list 可查看每个密钥及其指纹"
        case .nothingChangedSince(let project, let baseline): "项目 \(project) 自 \(baseline) 以来没有任何变化"
        case .laterBaselineFollowsRequest: "后续基线须跟随一个已审批、且修改了项目的变更申请（Change-Request: CR-…）"
        case .laterBaselineNeedsRequest(let project, let baseline): "项目 \(project) 已有基线 \(baseline)：后续基线须跟随已审批的变更申请"
        case .nameChangeRequestOption(let project): "请写明变更申请：cmkeeper baseline \(project) --change-request CR-003"
        case .changeRequestChangedNothing(let id, let project, let baseline):
            "变更申请 \(id) 自 \(baseline) 以来没有修改项目 \(project) 的任何内容：此后没有提交写明它"
        case .commitChangeNamingRequest(let project, let request):
            "请先提交写明它的修改（cmkeeper submit \(project) 文件 --change-request \(request)），再建立基线"
        case .repackFailed(let status, let output): "git repack 失败（退出码 \(status)）：\(output)"
        case .nothingLostRunRepack(let repository): "没有丢失任何内容；运行 `git --git-dir \(repository) repack -d --geometric=2` 查看原因"
        case .mainKeptMoving(let attempts, let error): "main 一直在变动：尝试 \(attempts) 次后放弃（\(error)）"
        case .tryAgainLessBusy: "什么都没有提交；请在配置库不那么忙时重试"
        case .tagNotCreated(let commit, let tag, let error): "\(commit) 已在 main 上，但无法建立它的标签 \(tag)：\(error)"
        case .cmCreatesTag: "由 CM工程师 在该提交上用 `git tag -a` 建立标签，或运行 `cmkeeper verify`"
        case .alreadyHoldsLibrary(let path, let parts): "\(path) 中已有配置库（或其一部分：\(parts)）；未作任何改动"
        case .useItOrChooseEmpty: "请使用已有的配置库，或选一个空文件夹"
        case .cannotBeUserName(let user): "“\(user)”不能用作 roles.toml 中的用户名"
        case .userNameCharacters: "请使用字母、数字、'.'、'_' 和 '-'（用 --user 或 CMKEEPER_USER 设置）"
        case .packageNotWrittenThere(let path, let kind): "\(path) 是\(Self.zhCNKind(kind))：交付包不会写到那里"
        case .nameNewPackageFile(let folder): "请指定一个新文件或要替换的普通文件，例如 \(folder)/交付.zip"
        case .writingStatusSite: "写入状态网站"
        case .cannotReadKeyFile(let path): "无法读取密钥文件 \(path)，或它比公钥大"
        case .giveThePubFile: "请给出 ssh-keygen 生成的 .pub 文件"
        case .notAGitClone(let path): "\(path) 不是 git 克隆（没有 .git 文件夹）"
        case .cloneLibraryFirst: "请先克隆配置库：git clone …/repo.git"
        case .anotherDaemon(let pid, let library): "已有另一个 cmkeeper 守护进程\(pid.map { "（pid \($0)）" } ?? "")在管理配置库 \(library)"
        case .stopThatDaemon(let pid): "每个配置库只能有一个守护进程：请先停止那一个（`systemctl stop cmkeeper` 或 `kill \(pid ?? "PID")`）"
        case .dropGoesWhereLaterGoes(let file, let to, let later): "\(file) 应放到 \(to)，而稍后放入的 \(later) 也放到那里"
        case .dropOneFilePerDocument: "每个文档只放一个文件；如果这个才是对的，请重新放入它"

        case .baselineTagUntrusted(let project): "基线标签缺失或与其记录不符，因此项目 \(project) 不能修改"
        case .cmVerifiesAndRestoresTag(let project): "由 CM工程师 执行 `cmkeeper verify \(project)` 并恢复该标签"
        case .notAChangeRequestID(let id): "“\(id)”不是变更申请编号（应形如 CR-003）"
        case .processHasNoChangeRequests: "流程中没有变更申请"
        case .noChangeRequest(let project, let id, let pattern): "项目 \(project) 没有变更申请 \(id)（\(pattern)）"
        case .changeRequestNotApproved(let id, let file): "变更申请 \(id)（\(file)）的当前版本未经 CM工程师 审批"
        case .baselineFrozenWithoutRequest(let project, let baseline, let change):
            "\(baseline.map { "不在项目 \(project) 的基线 \($0) 中" } ?? "在项目 \(project) 的基线中")，没有变更申请不可\(change == .deleted ? "删除" : change == .added ? "添加" : "修改")"
        case .nameChangeRequestInMessage:
            "请在提交说明中写明已审批的变更申请：最后一行写“Change-Request: CR-003”（cmkeeper submit … --change-request CR-003）"
        case .changeRequestsDoNotHold(let project, let baseline, let reasons):
            (baseline.map { "不在项目 \(project) 的基线 \($0) 中" } ?? "在项目 \(project) 的基线中") + "："
                + reasons.map(\.zhCN).joined(separator: "；")
        case .haveChangeRequestApproved(let project):
            "请提交变更申请并由 CM工程师 审批（cmkeeper approve \(project) change-request --file …）"
        case .moveBackNeedsReasonLine(let from, let to): "从 \(from) 退回到 \(to) 需要写明原因"
        case .endWithReasonLine(let trailer, let project, let phase):
            "请在提交说明的最后一行写“\(trailer): …”（cmkeeper phase \(project) \(phase) --back --reason \"…\"）"
        case .notAnLFSTrackingLine(let line): "“\(line)”不是 git-lfs 跟踪行"
        case .onlyCMAddsAttributes: "其他属性只能由 CM工程师 添加；跟踪大文件请用 git lfs track 模式"
        case .oneRecordEachLine: "每行必须是一条记录，与 cmkeeper 写入的格式相同"
        case .mayNotRecordApprovalOf(let user, let approver): "\(user) 不能代 \(approver) 记录审批"
        case .approveForYourself: "每位审批人只能以自己的身份审批：cmkeeper approve"
        case .notADocumentTypeOfProcess(let type): "“\(type)”不是流程中的文档类型"
        case .approveWithCommand: "请用 cmkeeper approve 审批，它按 .cmkeeper/process.toml 中的 id 指明文档"
        case .secondFileOf(let title, let project, let others): "是\(title)的第二个文件，而项目 \(project) 只保留一份该文档（另有 \(others)）"
        case .newVersionReplacesOld(let old): "新版本应替换旧文件：在同一次提交中 git rm \"\(old)\"（cmkeeper submit 会自动这样做）"
        case .leftWithoutCMEngineer: "配置库将没有 CM工程师：再也没有人能修改其规则和角色"
        case .keepOneCMEngineer: "至少保留一名具有 cm-engineer 角色的用户；请先把该角色授予他人"
        case .notAPhaseOfProcess(let id, let phases): "“\(id)”不是流程中的阶段；流程的阶段是：\(Message.titledList(phases).zhCN)"
        case .notAPhase(let id): "✘ 不是流程中的阶段：\(id)"
        case .writeOneOfThosePhases(let first):
            "请写上述阶段 id 之一；项目从 \(first ?? "第一个阶段") 开始，逐个通过门禁向前推进"
        case .ofProject(let project, let message): "项目 \(project)：\(message.zhCN)"
        case .keepPhaseWhileUsed: "仍有项目处于该阶段时请保留它（重命名阶段须同时修改每个项目的记录）"
        case .releasedFilesNeverChange(let product, let version, let project, let change):
            "\(product) \(version) 已发行给项目 \(project)：其文件永远不可\(change == .deleted ? "删除" : change == .added ? "添加" : "修改")"
        case .releaseNewVersion(let project, let product):
            "发行保持发行时的原样；请改为发行新版本（cmkeeper release \(project) \(product) 新版本号）"
        case .textFileIsLFSPointer: "是 git-lfs 指针文件，但 cmkeeper 要把这个文件当作文本读取"
        case .commitTextFileItself: "请提交文件本身：删除 .gitattributes 中把它交给 git-lfs 的那一行，然后 git add --renormalize 该文件"
        case .attributesLineTakesTextFile(let line, let text, let file):
            "第 \(line) 行“\(text)”会让 git-lfs 把 \(file) 存成大文件指针，但 cmkeeper 要把它当作文本读取"
        case .removeOrNarrowAttributesLine:
            "请删除该行，或把模式缩小到它要管的文档（如 projects/**/*.pdf）；.cmkeeper/、project.toml、各 .jsonl 日志和 .gitattributes 都保持纯文本"
        case .differsOnlyInCase(let other): "与 \(other) 只有字母大小写不同"
        case .renameOneOfCaseTwins: "Windows 和 macOS 的客户端无法同时保存两者：请重命名其中一个"

        case .serveHelp:
            """
            本配置库通过 ssh 提供以下服务，身份是你的密钥对应的登录名：
              git clone / fetch / pull / push   ssh://cm@server/repo.git（由 pre-receive 钩子检查）
              git lfs pull / push / lock / locks / unlock
                                                大文件和文件锁（git-lfs-transfer）
              status [项目] [--json]            某个项目或所有项目的状态
              releases [项目] [--json]          已发行的软件
              verify [项目|标签] [--json]       重新核对发行和基线的哈希
              submit 项目 文件名 [--type 类型] [--message 说明] [--change-request CR-…] < 文件
                                                提交一个文档，内容从标准输入读取
              help                              显示本说明
            除此之外什么都不能运行：这个账号没有 shell。

            """

        case .noSuchPhaseOfProcess(let name, let phases): "没有阶段“\(name)”；流程的阶段是：\(Message.titledList(phases).zhCN)"
        case .namePhaseByIDOrTitle: "请用阶段的 id 或中文名称指明阶段"
        case .phaseNotInProcess(let phase, let phases): "项目的阶段“\(phase)”不在流程中；流程的阶段是：\(phases)"
        case .cmCorrectsPhase(let file): "由 CM工程师 改正 \(file) 中的 phase"
        case .alreadyInPhase(let phase): "项目已处于 \(phase.zhCN)"
        case .phaseNotHeld(let phase): "\(phase.zhCN) 是可选阶段，本项目不举行（没有试运行）"
        case .chooseAnotherPhase: "请选择其他阶段；项目的 project.toml 写明 trial_run = true 时才举行试运行"
        case .phaseComesBefore(let phase, let current): "\(phase.zhCN) 在项目当前阶段 \(current.zhCN) 之前，项目只有经 CM工程师 决定才能退回"
        case .cmRunsPhaseBack(let project, let phase): "由 CM工程师 执行：cmkeeper phase \(project) \(phase) --back --reason \"…\""
        case .onlyCMMovesBack(let from, let to): "只有 CM工程师 可以让项目从 \(from.zhCN) 退回到 \(to.zhCN)"
        case .askCMWithReason: "请向 CM工程师 说明原因，由其退回"
        case .phaseComesAfter(let phase, let current): "\(phase.zhCN) 在项目当前阶段 \(current.zhCN) 之后：--back 只用于退回"
        case .leaveOutBack: "去掉 --back 即可向前推进"
        case .gateStops(let phase, let stop, let reasons):
            switch stop {
            case .left: "不能离开 \(phase.zhCN)：\(reasons.zhCN)"
            case .skipped: "不能跳过 \(phase.zhCN)：\(reasons.zhCN)"
            case .entered: "不能进入 \(phase.zhCN)：\(reasons.zhCN)"
            case .noLongerHolds: "\(phase.zhCN) 的门禁已不再满足：\(reasons.zhCN)"
            }
        case .gateReasons(let missing, let noRelease):
            ((missing.isEmpty ? [] : ["缺少 " + missing.map(\.zhCN).joined(separator: "、")]) + (noRelease ? ["尚未发行软件"] : [])).joined(separator: "；")
        case .submitAndApproveMissing(let project): "请提交并审批缺少的内容（cmkeeper status \(project) 会列出），然后重试"
        case .entersOnlyWithBaseline(let phase): "项目只有在建立基线时才进入 \(phase.zhCN)"
        case .cmRunsBaseline(let project): "所有门禁满足后，由 CM工程师 执行：cmkeeper baseline \(project)"
        case .moveRefused(let summary, let problems): summary.zhCN + "：\n" + problems.map { "  - \($0.zhCN)" }.joined(separator: "\n")
        case .cannotMoveTo(let project, let phase): "项目 \(project) 不能转入阶段 \(phase)"
        case .cannotBaselineBeforeAcceptance(let project): "项目 \(project) 验收完成之前不能建立基线"
        case .cannotRebaseline(let project): "项目 \(project) 已通过的门禁不再满足，不能建立下一个基线"
        case .hints(let hints): hints.map(\.zhCN).joined(separator: "；")
        case .movedFrom(let from, let passing): "从 \(from.zhCN)" + (passing.isEmpty ? "" : "，经过 " + passing.map(\.zhCN).joined(separator: "、"))
        case .phaseNotHeldNote: "不举行"
        case .movedPhase(let project, let phase, let how, let commit): "已将 \(project) 转入 \(phase)，\(how.zhCN)，提交 \(commit)"
        case .droppedByNoOne(let user):
            """
            该文件属于账号 \(user)，配置库的角色名单里没有这个账号，它也不是任何项目的项目经理：\
            允许访客登录的共享会以这样的账号写入文件。请用您自己的用户名和密码登录共享后重新放入；\
            如果还没有账号，请向 CM工程师 申请。
            """
        }
    }

    private static func files(_ count: Int) -> String { count == 1 ? "这个文件" : "这 \(count) 个文件" }
    private static func tag(_ kind: String) -> String { kind == "release" ? "发行" : kind == "baseline" ? "基线" : kind }
}

extension CMAction {
    var zhCN: String {
        switch self {
        case .changeRules: "修改配置库的规则（.cmkeeper/）"
        case .changeOutsideProject: "修改项目文件夹以外的文件"
        case .createProject: "建立项目"
        case .rewriteProjectRecord: "改写项目记录"
        case .deleteProject: "删除项目"
        case .writeReleaseLog: "写发行记录日志"
        case .recordBaselines: "记录基线"
        case .changeReleasedSoftware: "修改已发行的软件"
        case .removeAttributes: "删除 .gitattributes"
        case .createReleaseTags: "建立发行标签"
        case .createBaselineTags: "建立基线标签"
        case .changeRoles: "修改角色"
        case .changeKeys: "修改 ssh 密钥"
        case .makeBaseline: "建立基线"
        case .releaseSoftware: "发行软件"
        }
    }
}

extension TemporaryKind {
    var zhCN: String {
        switch self {
        case .officeLock: "Office 锁文件（~$…），文档打开时产生"
        case .libreOfficeLock: "LibreOffice/WPS 锁文件（.~…），文档打开时产生"
        case .editorCopy: "编辑器的临时副本"
        case .download: "临时文件或未下载完的文件"
        case .systemFile: "操作系统自动写入的文件"
        }
    }
}

extension Verb {
    var zhCN: String {
        switch self {
        case .push: "推送"
        case .submit: "提交"
        case .drop: "放入"
        }
    }
}

extension NameInPath {
    var zhCN: String { isFolder ? "文件夹名 \(name) " : "名称 \(name) " }
}

extension ProjectField {
    var zhCN: String {
        switch self {
        case .name: "项目名称"
        case .customer: "客户名称"
        }
    }
}

extension Message {
    /// A kind of file as `OpenedFile.describe` names it in English, in Chinese.
    static func zhCNKind(_ kind: String) -> String {
        switch kind {
        case "a regular file": "普通文件"
        case "a folder": "文件夹"
        case "a symbolic link": "符号链接"
        case "a FIFO (named pipe)": "FIFO（命名管道）"
        case "a device": "设备"
        case "a socket": "套接字"
        case "not a regular file": "特殊文件"
        default: kind
        }
    }
}

extension SocketStep {
    var zhCN: String {
        switch self {
        case .create: "创建"
        case .bind: "绑定"
        case .createPipe: "创建管道"
        }
    }
}

extension FileSystemCause {
    var zhCN: (what: String, fix: String) {
        switch self {
        case .diskFull: ("磁盘已满", "请清理该磁盘的空间（df -h 可查看），或写到别处，然后重试")
        case .quota: ("该用户的磁盘配额已用完", "请清理你的文件或申请更大的配额，然后重试")
        case .readOnly: ("文件系统是只读的", "请以读写方式挂载，或写到别处")
        case .permission: ("权限不足", "请检查文件及其所在文件夹的所有者和权限（ls -ld）")
        case .inputOutput: ("输入/输出错误：磁盘可能出现故障", "重试之前请先检查磁盘（dmesg、smartctl）；如已损坏，请从镜像或备份中恢复")
        case .missing: ("文件或其所在文件夹不存在", "请检查路径，并先建立文件夹")
        case .tooLarge: ("文件超出了文件系统或进程允许的文件大小上限", "请写到其他文件系统，或提高上限（ulimit -f）")
        }
    }
}

extension ValueKind {
    var zhCN: String {
        switch self {
        case .string: "字符串"
        case .wholeNumber: "整数"
        case .fraction: "小数"
        case .bool: "布尔值（true 或 false）"
        case .list: "列表"
        case .table: "表"
        case .date: "日期"
        case .time: "时间"
        case .dateTime: "日期时间"
        case .quotedString: "带引号的字符串"
        case .stringList: "字符串列表，例如 [\"a\", \"b\"]"
        case .integer: "整数"
        case .decimalNumber: "小数"
        case .array: "数组"
        case .dateOrTime: "日期或时间"
        case .integerExample: "整数（不加引号），例如 2000"
        case .number: "数字"
        case .anotherType: "别的类型"
        }
    }
}

extension RecordKind {
    var zhCN: String {
        switch self {
        case .release: "一条发布记录"
        case .baseline: "一条基线记录"
        case .approval: "一条审批记录"
        }
    }
}
