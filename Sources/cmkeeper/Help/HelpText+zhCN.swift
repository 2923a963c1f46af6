extension HelpText {
    /// The Chinese help, in the process's own terms (CM工程师, 项目经理, 阶段, 基线, 发行…).
    var chinese: String {
        switch self {
        case .approveAbstract: "记录你对项目某个文档的审批。"
        case .approveDiscussion:
            """
            在 projects/PROJECT/approvals.jsonl 末尾追加一条记录：谁、以什么角色、何时审批，
            以及文档此刻的 git blob id。审批只在它批准的那个文件仍是该文档唯一的文件、且没有
            改动时有效：新版本，或在原处或旁边放了另一种类型的文件，都需要重新审批。
            项目离开项目准备阶段之前，项目实施及验收总体计划需要分管领导审批；安装验收报告
            （大项目为系统安装验收报告）需要 CM工程师 和客户服务部审批：必须是两个不同的人，
            且都不能是提交它的人（process.toml 中的 independent = true）。

            示例：
            """
        case .projectID: "项目编号。"
        case .approveDocumentType: "文档类型：类型 id、中文名称或别名（如 实施计划）。"
        case .approveFile: "哪一个文件（用于可有多份的文档，如变更申请）：文件名或它在项目中的路径。"
        case .approveRole: "以此角色审批（默认：流程要求的角色中你担任的第一个）。"
        case .baselineAbstract: "项目验收后建立基线（CM工程师 的命令）。"
        case .baselineDiscussion:
            """
            项目满足验收关口（所需文档齐全，安装验收报告已由 CM工程师 和客户服务部审批）、
            且项目实施总结报告已提交之前，拒绝执行，并按中文名称列出所缺内容。满足后，
            把项目转入验收完成（closed）——这是进入该阶段的唯一途径——并创建附注标签
            baseline/PROJECT/NAME，标签说明就是基线清单：每个文档和已发行文件的路径、类型、
            大小、SHA-256、git blob，以及由谁在何时提交。

            此后项目即被冻结：只有 CM工程师 的提交、且提交说明写明一份已审批的变更申请
            （Change-Request: CR-003，submit --change-request 会写入），才能修改、删除或
            添加文件；只有新的变更申请和审批可以随时进入。下一条基线名为 NAME.2、NAME.3 ……：
            它写明变更申请，且自上一条基线以来必须有提交写明该申请；没有任何改动时拒绝。
            之前的基线保持原样。

            示例：
            """
        case .baselineName: "基线名称（默认：acceptance，之后依次为 acceptance.2 …）。"
        case .baselineChangeRequest: "此基线所依据的已审批变更申请（第一条基线之后的每一条都需要）。"
        case .rootAbstract: "管理公司的配置库：客户项目、项目文档，以及发行给项目的软件。"
        case .rootDiscussion:
            """
            配置库是一个文件夹，其中有一个裸 git 仓库（repo.git），每个客户项目在仓库中
            是一个存放其全部产物的文件夹：项目经理提交的过程文档，以及 CM工程师 从产品库
            发行给项目的软件，每次发行都有一份发行记录。大文件按 git-lfs 的方式保存，
            普通的 `git clone` 之后再 `git lfs pull`，就能取回每一个字节。

            命令按以下顺序找配置库：--library DIR，否则环境变量 CMKEEPER_LIBRARY，否则
            当前文件夹或其上最近的配置库文件夹。命令以你的登录名执行；只有 root 和配置库
            账户（repo.git 的所有者）可以用 --user 或 CMKEEPER_USER 指定他人。通过 ssh
            （cmkeeper serve）访问时，由你的密钥确定你是谁。

            人阅读的一切都使用配置库的语言（cmkeeper.toml 中的 language：zh-CN 或 en）；
            任何命令都可以用 --lang NAME 或 CMKEEPER_LANG 为这一条命令另选语言。
            供脚本使用的 JSON 键和值始终不变。

            从这里开始（先是 CM工程师，然后是项目经理，最后又是 CM工程师）：
            """
        case .libraryOption: "配置库文件夹（默认：$CMKEEPER_LIBRARY，否则当前文件夹或其上层文件夹）。"
        case .userOption: "以此用户身份执行（默认：$CMKEEPER_USER，否则你的登录名）；只有 root 和配置库账户可以指定他人。"
        case .jsonFlag: "输出供脚本使用的 JSON，而不是给人看的文字。"
        case .daemonAbstract: "在后台维护配置库：提交项目经理放进收件箱的文件。"
        case .daemonDiscussion:
            """
            `cmkeeper daemon`（或 `cmkeeper daemon run`）运行守护进程；
            `cmkeeper daemon status` 显示是否有守护进程在运行、收件箱中等待的文件、
            最近的提交，以及每个镜像落后多少。
            """
        case .daemonRunAbstract: "在前台运行守护进程（`cmkeeper daemon` 的默认子命令）。"
        case .daemonRunDiscussion:
            """
            在前台运行，直到收到 SIGTERM 或 SIGINT（systemd 下见 Config/cmkeeper.service）。
            每个配置库只有一个守护进程：再启动一个时，它说明哪个 pid 占用着配置库并退出。

            项目经理把文件放进 DIR/inbox/PROJECT/，按中文名称命名
            （inbox/P-2026-001/安装验收报告.docx），或放在项目文件夹中的对应位置
            （inbox/P-2026-001/attachments/现场照片.jpg）。一个项目的文件在
            [daemon] quiet_period_ms（cmkeeper.toml，默认 2000）内没有变化、也没有人在写时，
            就以文件所有者的身份在一次提交中提交，像推送一样接受检查，然后从收件箱移走。
            被拒绝的文件移到 DIR/rejected/PROJECT/，旁边的 .reason 文件说明问题和处理办法。
            Office 和编辑器的临时文件（~$*、.~*、*.swp、*.tmp）要等改名后才处理。同一时刻
            到期的各个项目各得一次提交，一起写入，只需一次 fsync。文件在等待期间就已读取
            并计算哈希。repo.git 中的 pack 超过 50 个时，守护进程用
            `git repack -d --geometric=2` 合并它们（PATH 中须有 git），不丢弃任何对象。

            cmkeeper.toml 中的每个 [[mirror]]（url 为路径、file://、ssh:// 或 https://；
            name 可选）都会在启动时和配置库每次变化后收到 main、所有标签和大文件，从不强制
            推送。推送失败的镜像在 1 秒后重试，间隔逐次加倍，最长 5 分钟；它从不阻挡收件箱。
            ssh 通过 ssh agent（SSH_AUTH_SOCK）登录；https 使用 URL 中的 user:token，否则
            使用 CMKEEPER_MIRROR_USERNAME 和 CMKEEPER_MIRROR_PASSWORD。大文件复制到本机上的
            镜像，其他镜像用 `git lfs push --all` 推送（PATH 中须有 git-lfs）。

            日志写到标准错误，每个事件一行：哪个文件已提交、被拒绝或发现早已提交，哪个镜像
            推送成功或失败。使用 --log-format json 时，每行一个 JSON 对象。
            """
        case .daemonLogFormat: "日志在标准错误上的格式：text 或 json。"
        case .daemonStatusAbstract: "显示是否有守护进程在维护配置库、收件箱中等待的文件，以及每个镜像落后多少。"
        case .daemonStatusDiscussion:
            """
            读取守护进程的锁（DIR/run/daemon.lock）、它保存在 DIR/run/status.json 和
            DIR/run/mirrors.json 中的状态，以及仓库；不询问任何镜像。镜像的状态为
            up-to-date（最新）、behind（落后，守护进程正在推送）、failing（失败，按退避
            间隔重试；见其最近的错误）或 pending（待定，还没有守护进程尝试过）。落后数是
            镜像缺少的 main 上的提交数，以守护进程最后一次查看时为准；从未连上时为 unknown。
            """
        case .demoAbstract: "用内置样例运行 cmkeeper 的主要工作，并展示它做了什么。"
        case .demoDiscussion:
            """
            写出一个样例产品库，其中有产品 核心业务平台 2.1.0；在旁边创建一个配置库，创建
            项目 P-2026-001，分配审批角色（客户服务部 zhao.cs、分管领导 liu.lead），把该产品
            发行给项目，然后打印发行记录，并说明如何用 git 和 git-lfs 查看结果。
            """
        case .demoDirectory: "样例放在哪里（默认：新建一个临时文件夹）。该位置必须尚不存在。"
        case .exportAbstract: "写出项目的移交包：其基线的文档和软件，附带清单。"
        case .exportDiscussion:
            """
            把基线的文档和已发行软件（文件本身，而非 LFS 指针）写到 PROJECT-NAME/ 下，
            附带由基线清单生成的项目验收移交客户资料清单（.html 供打印签字，.txt 供机器
            读取），以及一个 SHA256SUMS，客户用 `sha256sum -c SHA256SUMS` 核对（Windows 上：
            `certutil -hashfile FILE SHA256`，或 PowerShell 的 Get-FileHash）。内部记录
            （审批、发行日志、项目周报、变更申请）不包含在内，除非给出 --internal。
            同一条基线总是产生完全相同的字节。

            示例：
            """
        case .exportBaseline: "基线（默认：最新的一条）。"
        case .exportOutput: "要写出的移交包：FILE.zip 或 FILE.tar。"
        case .exportInternal: "同时移交内部记录：审批、发行日志、项目周报和变更申请。"
        case .hookAbstract: "运行 cmkeeper 的某个 git 钩子（由 git 调用；见 `cmkeeper hooks install`）。"
        case .hookDiscussion:
            """
            pre-receive   在配置库的仓库中：在任何内容落地之前，拒绝违反流程的推送。
                          推送者依次取 CMKEEPER_AUTHENTICATED_USER（ssh 密钥的登录名，
                          由 `cmkeeper serve` 设置）、GL_USERNAME、GITOLITE_USER 和
                          REMOTE_USER（前端服务器认证过的名字）中的第一个，然后是
                          CMKEEPER_USER，最后是钩子 uid 的登录名；从不读取 USER。
            post-receive  在配置库的仓库中：如有守护进程在运行，通知它引用已移动
                          （向 DIR/run/daemon.sock 发送一个数据报）。
            pre-commit    在项目经理的克隆中：以同样方式对照服务器端的最新提交（分支的
                          上游，origin/main）检查本次提交的改动，使问题在推送之前就显现；
                          撤销尚未推送的改动总是被接受。

            拒绝时每个问题只列一次（许多文件有同一问题时合为一行），最后说明如何恢复：
            把改动撤回的 git 命令。
            """
        case .hookName: "pre-receive、post-receive 或 pre-commit。"
        case .hooksAbstract: "安装 cmkeeper 的 git 钩子。"
        case .hooksInstallAbstract: "把钩子装进配置库的仓库，或用 --client 装进一个克隆。"
        case .hooksInstallDiscussion:
            """
            不带 --client：把 pre-receive 和 post-receive 写入配置库的 repo.git/hooks，
            并更新 repo.git/config，其中包括 git 自己对每个推送或获取的对象所做的检查，
            与 `git fsck --strict` 的检查相同（init 已经做了这些；移动 cmkeeper 之后，
            或对旧版 cmkeeper 创建的配置库，使用此命令）。
            带 --client DIR：把 pre-commit 写入 DIR 处的克隆，让项目经理在提交时、推送
            之前就看到问题。

            从不覆盖别人写的钩子。
            """
        case .hooksInstallClient: "要装入客户端 pre-commit 钩子的克隆。"
        case .initAbstract: "在一个文件夹中创建配置库。"
        case .initDiscussion:
            """
            创建 DIR/repo.git（main 分支上的裸仓库，第一个提交包含流程定义
            .cmkeeper/process.toml 和角色 .cmkeeper/roles.toml，你是第一位 CM工程师）、
            供守护进程使用的收件箱 DIR/inbox/、DIR/rejected/ 和设置文件 DIR/cmkeeper.toml。
            已存放配置库的文件夹会被拒绝，并保持原样。

            像任何 git 仓库一样提供 DIR/repo.git：`git clone DIR/repo.git` 即可，
            在克隆中 `git lfs pull` 会取回已发行的软件。
            """
        case .initDirectory: "创建配置库的文件夹（不存在时会创建）。"
        case .initProductLibrary: "产品库：按 PRODUCT/VERSION/ 存放安装包和文档的文件夹。"
        case .keysAbstract: "查看和修改人们访问配置库所用的 ssh 密钥（.cmkeeper/keys.toml）。"
        case .keysDiscussion:
            """
            每个密钥代表一个登录名在 ssh 上的身份：`cmkeeper serve` 以该登录名执行，
            客户端发送的任何内容都不能改变它。add 和 remove 把改动记入仓库（CM工程师 的
            命令），并写出 DIR/ssh/authorized_keys，sshd 的 AuthorizedKeysFile 为配置库
            账户指向这个文件；sync 根据仓库重新写出该文件（在推送了 keys.toml 之后）。

            示例：
            """
        case .keysListAbstract: "列出密钥及其所属的人。"
        case .keysAddAbstract: "把一个公钥记录为某个登录名的身份（CM工程师 的命令）。"
        case .keysAddLogin: "密钥所属的登录名。"
        case .keysAddKeyFile: "公钥文件（例如 id_ed25519.pub）。"
        case .keysRemoveAbstract: "删除某个登录名的一个密钥，或其全部密钥（CM工程师 的命令）。"
        case .keysRemoveLogin: "登录名。"
        case .keysRemoveFingerprint: "密钥的指纹（SHA256:…，与 keys list 显示的一致）；默认：该登录名的全部密钥。"
        case .keysSyncAbstract: "根据 main 上的 .cmkeeper/keys.toml 重新写出 DIR/ssh/authorized_keys。"
        case .phaseAbstract: "途经的关口都满足时把项目推进到后面的阶段，或退回（CM工程师）。"
        case .phaseDiscussion:
            """
            各阶段依次为：项目准备（preparation）、系统安装调试（installation）、
            试运行（trial-run，仅当项目有试运行时）、用户培训（training）、
            系统正式上线（go-live）、项目验收（acceptance）、验收完成（closed）；
            可用 id 或中文名称指定阶段。拒绝时按中文名称列出所缺内容；一次跨越多个阶段时
            逐一说明。项目经理或 CM工程师 可以把项目向前推进；只有 `cmkeeper baseline`
            在项目实施总结报告提交后把项目转入验收完成。只有 CM工程师 可以退回项目，需要
            --back 和理由，理由记入提交说明（Reason: …）。

            示例：
            """
        case .phaseTarget: "要转入的阶段：id 或中文名称。"
        case .phaseBack: "把项目退回到之前的阶段（CM工程师，需 --reason）。"
        case .phaseReason: "退回的理由；记入提交说明。"
        case .projectAbstract: "创建和列出客户项目。"
        case .projectCreateAbstract: "创建项目（CM工程师 的命令）。"
        case .projectCreateDiscussion:
            """
            提交 projects/ID/project.toml：项目名称、客户、项目经理、规模和阶段
            （preparation，项目准备）。id 为 1 到 64 个字母、数字、'-'、'_' 或 '.'，
            不能以点开头，且不区分大小写地与已有项目都不相同。

            示例：
            """
        case .projectCreateID: "项目编号，例如 P-2026-001。"
        case .projectCreateName: "项目名称，用大家熟知的叫法。"
        case .projectCreateManager: "项目经理的登录名；由他推送项目文档。"
        case .projectCreateCustomer: "客户。"
        case .projectCreateSize: "large 或 small：决定流程需要哪些验收文档。"
        case .projectListAbstract: "列出项目。"
        case .releaseAbstract: "把产品的一个版本从产品库发行给项目（CM工程师 的命令）。"
        case .releaseDiscussion:
            """
            在 main 上用一次提交，把产品库中 PRODUCT/VERSION/ 的每个文件复制到
            projects/PROJECT/releases/PRODUCT/VERSION/：内容进入大文件存储
            （与 git-lfs 兼容），提交中保存 LFS 指针。同一提交在
            projects/PROJECT/release-log.jsonl 末尾追加发行记录：发行了什么、哪个版本、
            发给谁（项目经理）、由谁、何时，以及每个文件的大小和 SHA-256。附注标签
            release/PROJECT/PRODUCT/VERSION 标记这次发行。

            同一版本只向一个项目发行一次；已发行的版本永不改变。

            示例：
            """
        case .releaseProduct: "产品：产品库中的一个文件夹。"
        case .releaseVersion: "版本：产品下的一个文件夹。"
        case .releaseMessage: "备注，记入发行记录和提交说明。"
        case .releasesAbstract: "显示发行日志，最新的在前。"
        case .releasesDiscussion:
            """
            打印某个项目或所有项目的发行记录：id、产品、版本、接收人、发行人和时间；
            指定 PROJECT 时，还打印每次发行在其标签中的记录（`git tag -n99` 显示的相同）。
            --json 打印每条记录的全部内容，包括每个文件的路径、大小和 SHA-256。
            """
        case .releasesProject: "只看这个项目的发行。"
        case .rolesAbstract: "查看和修改谁担任什么角色（.cmkeeper/roles.toml）。"
        case .rolesDiscussion:
            """
            角色：cm-engineer（CM工程师）、customer-service（客户服务部）、
            leadership（分管领导）、marketing（市场部）、implementation-team（项目实施组）、
            project-manager（项目经理）。项目的项目经理是其 project.toml 中指定的人。
            只有 CM工程师 可以修改角色。

            示例：
            """
        case .rolesListAbstract: "列出用户及其角色。"
        case .rolesGrantAbstract: "授予用户一个角色（CM工程师 的命令）。"
        case .userLogin: "用户的登录名。"
        case .roleArgument: "角色。"
        case .rolesGrantName: "用户的姓名，显示在提交中。"
        case .rolesGrantEmail: "用户的电子邮件，显示在提交中。"
        case .rolesRevokeAbstract: "收回用户的一个角色（CM工程师 的命令）。"
        case .serveAbstract: "以密钥对应的登录名服务一次 ssh 会话（DIR/ssh/authorized_keys 中的强制命令）。"
        case .serveDiscussion:
            """
            sshd 为 `cmkeeper keys add` 记录的每个密钥运行它，客户端请求的命令在
            SSH_ORIGINAL_COMMAND 中。它在配置库的仓库上运行 git-upload-pack 和
            git-receive-pack（由 pre-receive 钩子评判密钥的登录名）、git-lfs-transfer
            （git-lfs 的 ssh 协议：大文件和文件锁，位于 repo.git/lfs），以及 status、
            releases、verify、submit（文档从标准输入读入）和 help；其他一律拒绝，每次会话
            都记入 DIR/run/serve.log。只有 root 和配置库账户可以运行它，正如只有他们可以
            指定 --user。上传（submit、git-lfs 对象）受 cmkeeper.toml 的 [serve] 限制：
            CM工程师以外的人受 maximum_upload_mib 限制，且须在配置库所在磁盘上留出
            free_space_reserve_mib 的剩余空间。

            示例（在个人电脑上）：
            """
        case .serveLibrary: "配置库文件夹。"
        case .serveUser: "客户端认证所用密钥的登录名。"
        case .siteAbstract: "写出状态网站：配置状态报告，以及每个项目的页面。"
        case .siteDiscussion:
            """
            写出 index.html，开头是需要关注的事项（阻塞最久的关口、等待中的审批、逾期的
            项目周报、收件箱拒绝的文件），然后是所有项目；并为每个项目写出
            projects/ID.html：阶段时间线，每个文档由谁提交、谁审批、何时，及其历史，
            发行及其记录，基线及其清单，以及变更申请。都是静态文件，任何网站服务器或
            文件共享都能提供；没有脚本；打印效果良好。

            只重写有变化的部分：项目文件夹有变化时才重写该项目的页面。守护进程在每次
            发现变化后都让 DIR/site/ 保持最新。

            示例：
            """
        case .siteOutput: "要写入的文件夹（默认：配置库的 site/）。"
        case .statusAbstract: "显示一个项目或所有项目的进展。"
        case .statusDiscussion:
            """
            指定 PROJECT 时：项目所处阶段；每个阶段中流程的每个文档按中文名称显示为已有、
            缺少或不需要；审批情况；是否已发行软件；关口是否满足；以及缺少的项目周报。

            不指定时：配置状态报告，每个项目一行：客户、项目经理、阶段、最近一份项目周报、
            发行、基线、未关闭的变更申请，以及当前关口还差什么；--phase 和 --manager 用于
            筛选，--html 把它写成领导可以在浏览器中打开的网页。

            示例：
            """
        case .statusPhase: "只看处于此阶段的项目（例如 acceptance）。"
        case .statusManager: "只看此项目经理的项目。"
        case .statusHTML: "同时把报告（配置状态报告）写成一个独立的 HTML 网页。"
        case .submitAbstract: "不用 git 提交项目文档（供项目经理使用）。"
        case .submitDiscussion:
            """
            根据文件名或 --type 识别每个文件的文档类型。文件名中含有用户熟知的中文名称、
            以“或者”连接的名称中的一部分（销售合同），或 process.toml 中的别名（实施计划），
            前后可以有其他内容：某银行-安装验收报告-签字版.pdf、项目实施申请表 (2).xlsx、
            需求变更申请单-003.docx。与两个文档都相符、或一个都不相符的文件名会被拒绝，
            并列出相符的文档（或最接近的）；Office 锁文件和临时文件（~$…、.~lock…#、
            Thumbs.db）一律拒绝。每个文件按流程规定的位置、以其中文名称保存
            （acceptance/安装验收报告.pdf），提交说明保留它原来的文件名。改动像推送一样
            接受检查，所有文件在一次提交中提交。被拒绝的输入不会提交任何内容，每个问题
            都附有改正方法。已建立基线的项目，只接受 CM工程师 写明已审批变更申请
            （--change-request CR-003）时提交的新文件或改动过的文件。

            示例：
              cmkeeper submit P-2026-001 ~/文档/安装验收报告.docx ~/文档/功能测试情况表.xlsx
              cmkeeper submit P-2026-001 scan0001.pdf --type acceptance-report --message "签字盖章版"
              cmkeeper submit P-2026-001 安装验收报告.docx --change-request CR-003   # 建立基线之后
            """
        case .submitFiles: "要提交的文档。"
        case .submitType: "所有文件的文档类型（类型 id、中文名称或别名），用于文件名看不出类型时。"
        case .submitMessage: "写入提交说明的备注。"
        case .submitChangeRequest: "这些文件所依据的已审批变更申请，用于已建立基线的项目（CM工程师）。"
        case .validateAbstract: "按流程检查配置库的一个完整版本。"
        case .validateDiscussion:
            """
            像钩子检查推送那样检查 REV（默认：main）中的每个文件：树结构完好（按
            `git fsck --strict` 的标准）、路径安全、每个文档都是已知类型且位置正确、
            文件类型和大小符合规定、大文件在大文件存储中、规则和日志可读。列出每个问题
            及改正方法，有任何问题时以状态 1 退出。
            """
        case .validateRevision: "一个版本：main、标签或提交 id。"
        case .verifyAbstract: "审计整个配置库、一个项目或一个标签：证明基线和发行完好无损。"
        case .verifyDiscussion:
            """
            物理审计：每条基线清单中的每一项都在所标记的树中，blob 和内容都相同；每个
            大文件都在存储中，且哈希与其 id 相符；每个发行标签都保存着发行日志中的那条
            记录；基线和发行标签都没有移动过。功能审计：每个已结项（验收完成）的项目都
            具备流程要求的全部文档。然后运行 git fsck。打印每个发现及处理办法、检查了
            多少内容，有任何问题时以状态 1 退出。结果记入 run/verify.json，供状态网站显示。

            示例：
            """
        case .verifyScope: "项目编号，或 release/、baseline/ 标签（默认：整个配置库）。"
        }
    }
}
