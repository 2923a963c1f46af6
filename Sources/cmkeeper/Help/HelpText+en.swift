extension HelpText {
    /// The English help.
    var english: String {
        switch self {
        case .approveAbstract: "Record your approval (审批) of a project's document."
        case .approveDiscussion:
            """
            Appends to projects/PROJECT/approvals.jsonl who approved, in which role, when, and \
            the git blob id of the document as it is now. An approval counts only while the file \
            it approved is the document's one file, unchanged: a new version, or a file of \
            another type in its place or beside it, needs approving again. The overall plan \
            (项目实施及验收总体计划) needs the leadership's approval (分管领导) before the project \
            leaves preparation; the acceptance report (安装验收报告, or 系统安装验收报告 for a \
            large project) needs the approval of a CM engineer and of customer service: two \
            different people, and neither the one who submitted it (independent = true in \
            process.toml).

            Example:
            """
        case .projectID: "The project id."
        case .approveDocumentType: "The document type: id, Chinese title or alias (实施计划)."
        case .approveFile: "Which file, for kinds kept many times (change requests): its name or path in the project."
        case .approveRole: "Approve in this role (default: the first role the process asks for that you hold)."
        case .baselineAbstract: "Baseline a project after acceptance (a CM engineer's command)."
        case .baselineDiscussion:
            """
            Refuses, listing what is missing by Chinese title, until the project's acceptance \
            gate is met (every required document present, the acceptance report approved by the \
            CM engineer and customer service) and the implementation summary report \
            (项目实施总结报告) is in. Then moves the project to closed (验收完成) — the only way \
            there — and creates the annotated tag baseline/PROJECT/NAME whose message is the \
            manifest: every document and released file with its path, type, size, SHA-256, git \
            blob, and who submitted it when.

            From then on the project is frozen: a file is changed, deleted or added only in a \
            commit by a CM engineer whose message names an approved change request \
            (Change-Request: CR-003, which submit --change-request writes); only new change \
            requests and approvals come in freely. The next baseline is NAME.2, NAME.3 …: it \
            names the change request, which a commit since the last baseline must name, and is \
            refused when nothing has changed. Earlier baselines stay as they were.

            Examples:
            """
        case .baselineName: "The baseline's name (default: acceptance, then acceptance.2 …)."
        case .baselineChangeRequest: "The approved change request this baseline follows (every baseline after the first)."
        case .rootAbstract: "Keep a company's configuration library: projects, their documents and the software released to them."
        case .rootDiscussion:
            """
            A library is a folder holding a bare git repository (repo.git) in which every customer \
            project is a folder of artifacts: the process documents its project manager submits, \
            and the software a CM engineer releases to it from the product library, with a release \
            record (发行记录) for each release. Large files are kept git-lfs style, so a plain \
            `git clone` followed by `git lfs pull` gives back every byte.

            Commands find the library by --library DIR, else the CMKEEPER_LIBRARY variable, else \
            the current folder or the nearest one above it. They act as your login name; --user or \
            CMKEEPER_USER may name someone else only for root and the library's account (the \
            owner of repo.git). Over ssh (cmkeeper serve), your key says who you are.

            Everything a person reads comes in the library's language (language in \
            cmkeeper.toml: zh-CN or en); --lang NAME on any command, or CMKEEPER_LANG, chooses \
            another for one command. JSON keys and values for scripts never change.

            Start here (a CM engineer, then a project manager, then the CM engineer again):
            """
        case .libraryOption: "The library folder (default: $CMKEEPER_LIBRARY, else the current folder or one above it)."
        case .userOption: "Act as this user (default: $CMKEEPER_USER, else your login name); naming someone else is for root and the library's account only."
        case .jsonFlag: "Print JSON for scripts instead of text for people."
        case .daemonAbstract: "Keep the library in the background: commit what project managers drop into its inbox."
        case .daemonDiscussion:
            """
            `cmkeeper daemon` (or `cmkeeper daemon run`) runs the daemon; `cmkeeper daemon status` \
            says whether one runs, what waits in the inbox, its last commits and how far behind \
            each mirror is.
            """
        case .daemonRunAbstract: "Run the daemon in the foreground (the default of `cmkeeper daemon`)."
        case .daemonRunDiscussion:
            """
            Runs in the foreground until SIGTERM or SIGINT (under systemd: Config/cmkeeper.service). \
            One daemon per library: a second one says which pid holds the library and exits.

            Project managers drop files into DIR/inbox/PROJECT/, by Chinese title \
            (inbox/P-2026-001/安装验收报告.docx) or at their place in the project folder \
            (inbox/P-2026-001/attachments/现场照片.jpg). Once a project's files have been \
            unchanged for [daemon] quiet_period_ms (cmkeeper.toml, default 2000) and no one is \
            writing them, they are committed in one commit, as their owner, checked as a push \
            is checked, and removed from the inbox. A refused file is moved to \
            DIR/rejected/PROJECT/ with a .reason file beside it saying what is wrong and what to do. \
            Office and editor temp files (~$*, .~*, *.swp, *.tmp) wait until renamed. Projects \
            due at the same moment get a commit each, written together with one fsync. Files \
            are read and hashed while they wait. Once \
            repo.git holds more than 50 packs, the daemon merges them with \
            `git repack -d --geometric=2` (git must be on PATH), keeping every object.

            Each [[mirror]] of cmkeeper.toml (url = a path, file://, ssh:// or https://; \
            optional name) receives main, every tag and the large files at start and after each \
            change of the library, never forced. A mirror that fails is tried again after 1 s, \
            doubling up to 5 minutes; it never stops the inbox. ssh logs in with the ssh agent \
            (SSH_AUTH_SOCK); https with the URL's user:token, else CMKEEPER_MIRROR_USERNAME and \
            CMKEEPER_MIRROR_PASSWORD. Large files go to a mirror on this machine by copy, to \
            others with `git lfs push --all` (git-lfs must be on PATH).

            The log goes to standard error, one line per event: which file was committed, \
            refused or found already committed, which mirror was pushed or failed. With \
            --log-format json, one JSON object per line.
            """
        case .daemonLogFormat: "How to write the log on standard error: text or json."
        case .daemonStatusAbstract: "Say whether a daemon keeps the library, what waits in its inbox, and how far behind each mirror is."
        case .daemonStatusDiscussion:
            """
            Reads the daemon's lock (DIR/run/daemon.lock), the state it keeps in \
            DIR/run/status.json and DIR/run/mirrors.json, and the repository; asks no mirror \
            anything. A mirror is up-to-date, behind (the daemon is pushing), failing (tried \
            again with back-off; see its last error) or pending (no daemon has tried it yet). \
            Behind counts the commits of main the mirror lacks, as of the daemon's last look \
            at it; unknown when it was never reached.
            """
        case .demoAbstract: "Run cmkeeper's main job on an embedded sample, and show what it did."
        case .demoDiscussion:
            """
            Writes a sample product library (产品库) with the product 核心业务平台 2.1.0, creates a \
            library beside it, creates the project P-2026-001, gives the approving roles (customer \
            service zhao.cs, leadership liu.lead) and releases the product to the project, then prints \
            the release record and how to look at the result with git and git-lfs.
            """
        case .demoDirectory: "Where to put the sample (default: a new temporary folder). Must not exist yet."
        case .exportAbstract: "Write a project's handover package: its baseline's documents and software, with a checklist."
        case .exportDiscussion:
            """
            Writes the baseline's documents and released software (the files themselves, not \
            LFS pointers) under PROJECT-NAME/, with the handover checklist \
            (项目验收移交客户资料清单.html to print and sign, .txt for machines) generated from \
            the manifest and a SHA256SUMS the customer checks with `sha256sum -c SHA256SUMS` \
            (on Windows: certutil -hashfile FILE SHA256, or PowerShell's Get-FileHash). \
            Internal records (approvals, the release log, weekly reports, change requests) stay \
            out unless --internal is given. The same baseline always gives the same bytes.

            Example:
            """
        case .exportBaseline: "The baseline (default: the latest)."
        case .exportOutput: "The package to write: FILE.zip or FILE.tar."
        case .exportInternal: "Also hand over the internal records: approvals, the release log, weekly reports and change requests."
        case .hookAbstract: "Run one of cmkeeper's git hooks (git calls this; see `cmkeeper hooks install`)."
        case .hookDiscussion:
            """
            pre-receive   in the library's repository: refuses, before anything lands, a push that \
            breaks the process. The pusher is the first of CMKEEPER_AUTHENTICATED_USER (the \
            ssh key's login, set by cmkeeper serve), GL_USERNAME, GITOLITE_USER and REMOTE_USER \
            (the name the server in front authenticated), then CMKEEPER_USER, \
            then the login name of the hook's uid; USER is never read.
            post-receive  in the library's repository: tells the daemon, when one runs, that refs \
            moved (a datagram to DIR/run/daemon.sock).
            pre-commit    in a project manager's clone: checks the same way what the commit changes \
            against the server's tip (the branch's upstream, origin/main), so problems show before \
            the push, and undoing a change not pushed yet is always taken.

            A refusal lists each problem once (many files with the same problem in one line) and \
            ends with how to get back: the git commands that take the change out again.
            """
        case .hookName: "pre-receive, post-receive or pre-commit."
        case .hooksAbstract: "Install cmkeeper's git hooks."
        case .hooksInstallAbstract: "Install the hooks into the library's repository, or into a clone with --client."
        case .hooksInstallDiscussion:
            """
            Without --client: writes pre-receive and post-receive into the library's repo.git/hooks \
            and brings repo.git/config up to date, among it git's own check of every pushed or \
            fetched object, as git fsck --strict checks them (init already \
            does this; use it after moving cmkeeper, or for a library made by an older cmkeeper).
            With --client DIR: writes pre-commit into the clone at DIR, so that a project manager \
            sees problems when committing, before pushing.

            A hook someone else wrote is never overwritten.
            """
        case .hooksInstallClient: "A clone to install the client-side pre-commit hook into."
        case .initAbstract: "Create a configuration library in a folder."
        case .initDiscussion:
            """
            Creates DIR/repo.git (a bare repository on branch main whose first commit holds the \
            process definition .cmkeeper/process.toml and the roles .cmkeeper/roles.toml, with you \
            as the first CM engineer), DIR/inbox/ for the daemon, DIR/rejected/ and the settings \
            DIR/cmkeeper.toml. A folder that already holds a library is refused and left as it is.

            Serve DIR/repo.git as any git repository: `git clone DIR/repo.git` works, and \
            `git lfs pull` in the clone fetches the released software.
            """
        case .initDirectory: "The folder to create the library in (made if missing)."
        case .initProductLibrary: "The product library: PRODUCT/VERSION/ folders of install packages and documents."
        case .keysAbstract: "Show and change the ssh keys people reach the library with (.cmkeeper/keys.toml)."
        case .keysDiscussion:
            """
            Each key is one login's identity over ssh: cmkeeper serve acts as that login, and \
            nothing the client sends changes it. add and remove record the change in the \
            repository (a CM engineer's command) and write DIR/ssh/authorized_keys, which sshd's \
            AuthorizedKeysFile points at for the library's account; sync writes it again from \
            the repository (after keys.toml was pushed).

            Examples:
            """
        case .keysListAbstract: "List the keys and whose each is."
        case .keysAddAbstract: "Record a public key as a login's identity (a CM engineer's command)."
        case .keysAddLogin: "The login the key is for."
        case .keysAddKeyFile: "The public key file (e.g. id_ed25519.pub)."
        case .keysRemoveAbstract: "Remove a login's key, or all their keys (a CM engineer's command)."
        case .keysRemoveLogin: "The login."
        case .keysRemoveFingerprint: "The key's fingerprint (SHA256:…, as keys list shows it); default: every key of the login."
        case .keysSyncAbstract: "Write DIR/ssh/authorized_keys again from .cmkeeper/keys.toml on main."
        case .phaseAbstract: "Move a project on to a later phase when the gates on the way are met, or back (a CM engineer)."
        case .phaseDiscussion:
            """
            Phases, in order: preparation (项目准备), installation (系统安装调试), trial-run \
            (试运行, only when the project holds one), training (用户培训), go-live (系统正式上线), \
            acceptance (项目验收), closed (验收完成); name one by its id or its Chinese title. A \
            refusal lists what is missing by its Chinese title; a move past several phases names \
            each one. The project's manager or a CM engineer moves it forward; only `cmkeeper \
            baseline` moves it to closed, once 项目实施总结报告 is in. Only a CM engineer moves \
            it back, with --back and a reason, which the commit message keeps (Reason: …).

            Examples:
            """
        case .phaseTarget: "The phase to move to: its id or Chinese title."
        case .phaseBack: "Move the project back to an earlier phase (a CM engineer, with --reason)."
        case .phaseReason: "Why the project moves back; recorded in the commit message."
        case .projectAbstract: "Create and list customer projects."
        case .projectCreateAbstract: "Create a project (a CM engineer's command)."
        case .projectCreateDiscussion:
            """
            Commits projects/ID/project.toml: the project's name, customer, manager, size and \
            phase (preparation). The id is 1 to 64 letters, digits, '-', '_' or '.', not starting \
            with a dot, and must not exist yet in any letter case.

            Example:
            """
        case .projectCreateID: "The project id, e.g. P-2026-001."
        case .projectCreateName: "The project's name, as people know it."
        case .projectCreateManager: "The project manager's login; they push the project's documents."
        case .projectCreateCustomer: "The customer."
        case .projectCreateSize: "large or small: decides which acceptance documents the process needs."
        case .projectListAbstract: "List the projects."
        case .releaseAbstract: "Release a product version from the product library to a project (a CM engineer's command)."
        case .releaseDiscussion:
            """
            Copies every file of PRODUCT/VERSION/ in the product library into \
            projects/PROJECT/releases/PRODUCT/VERSION/ in one commit on main: the content goes to \
            the large-file store (git-lfs compatible), the commit holds the LFS pointers. The same \
            commit appends the release record (发行记录) to projects/PROJECT/release-log.jsonl: \
            what, which version, to whom (the project's manager), by whom, when, and every file \
            with its size and SHA-256. The annotated tag release/PROJECT/PRODUCT/VERSION marks it.

            A version is released to a project once; a released version never changes.

            Example:
            """
        case .releaseProduct: "The product: a folder of the product library."
        case .releaseVersion: "The version: a folder of the product."
        case .releaseMessage: "A note kept in the release record and the commit message."
        case .releasesAbstract: "Show the release log, newest first."
        case .releasesDiscussion:
            """
            Prints the release records (发行记录) of one project, or of every project: id, product, \
            version, recipient, who released it and when; with PROJECT, also each release's \
            record as its tag reads (`git tag -n99` shows the same). --json prints every record \
            in full, with each file's path, size and SHA-256.
            """
        case .releasesProject: "Only this project's releases."
        case .rolesAbstract: "Show and change who is who (.cmkeeper/roles.toml)."
        case .rolesDiscussion:
            """
            Roles: cm-engineer (CM工程师), customer-service (客户服务部), leadership (分管领导), \
            marketing (市场部), implementation-team (项目实施组), project-manager (项目经理). A \
            project's manager is the one named in its project.toml. Only a CM engineer changes roles.

            Examples:
            """
        case .rolesListAbstract: "List the users and their roles."
        case .rolesGrantAbstract: "Give a user a role (a CM engineer's command)."
        case .userLogin: "The user's login."
        case .roleArgument: "The role."
        case .rolesGrantName: "The user's name, as commits show it."
        case .rolesGrantEmail: "The user's e-mail, as commits show it."
        case .rolesRevokeAbstract: "Take a role from a user (a CM engineer's command)."
        case .serveAbstract: "Serve one ssh session as the login of its key (the forced command of DIR/ssh/authorized_keys)."
        case .serveDiscussion:
            """
            sshd runs it for every key cmkeeper keys add recorded, with the command the client \
            asked for in SSH_ORIGINAL_COMMAND. It runs git-upload-pack and git-receive-pack on the \
            library's repository (the pre-receive hook judges the key's login), git-lfs-transfer \
            (git-lfs's ssh protocol: large files and file locks, in repo.git/lfs), and status, \
            releases, verify, submit (the document on stdin) and help; it refuses anything else, \
            and logs every session to DIR/run/serve.log. Only root and the library's account may \
            run it, as only they may name a --user. An upload (submit, a git-lfs object) is \
            bounded by [serve] in cmkeeper.toml: maximum_upload_mib for anyone but a CM engineer, \
            and free_space_reserve_mib left free on the library's disk.

            Examples (from a person's computer):
            """
        case .serveLibrary: "The library folder."
        case .serveUser: "The login of the key the client authenticated with."
        case .siteAbstract: "Write the status site: the status report (配置状态报告) and a page for every project."
        case .siteDiscussion:
            """
            Writes index.html, opening with what needs attention (gates blocked longest, \
            approvals waiting, weekly reports overdue, files the inbox rejected), then every \
            project, and projects/ID.html for each project: its phase timeline, every document \
            with who submitted and approved it and when and its history, its releases with their \
            records, its baselines with their manifests and its change requests. Static files \
            that any web server or file share serves; no scripts; they print well.

            Only what changed is written again: a project's page when its folder changed. The \
            daemon keeps DIR/site/ current after every change it sees.

            Example:
            """
        case .siteOutput: "The folder to write (default: the library's site/)."
        case .statusAbstract: "Show where a project stands, or every project."
        case .statusDiscussion:
            """
            With PROJECT: its phase, and for each phase every document of the process as \
            present, missing or not needed (by Chinese title), the approvals, whether software \
            was released, whether the gate is met, and the weekly reports (项目周报) missing.

            Without: the configuration status accounting (配置状态报告), one line per project: \
            customer, manager, phase, last weekly report, releases, baselines, open change \
            requests and what stops its current gate; --phase and --manager filter it, --html \
            writes it as a page leadership opens in a browser.

            Examples:
            """
        case .statusPhase: "Only projects in this phase (e.g. acceptance)."
        case .statusManager: "Only projects of this manager."
        case .statusHTML: "Also write the report (配置状态报告) as a self-contained HTML page."
        case .submitAbstract: "Commit a project's documents without git (for project managers)."
        case .submitDiscussion:
            """
            Recognises each file's document type from its name, or from --type. A name holds \
            the Chinese title as users know it, one part of a title joined by 或者 (销售合同), \
            or an alias from process.toml (实施计划), with anything before and after it: \
            某银行-安装验收报告-签字版.pdf, 项目实施申请表 (2).xlsx, 需求变更申请单-003.docx. A \
            name that fits two documents, or none, is refused naming them (or the nearest); \
            office lock and temp files (~$…, .~lock…#, Thumbs.db) are always refused. Each file \
            is kept where the process says, by its title (acceptance/安装验收报告.pdf), and the \
            commit message keeps the name it had. The change is checked as a push is checked, and \
            all the files are committed in one commit. Refused input commits nothing, and every \
            problem is listed with how to fix it. A baselined project takes new or changed files \
            only from a CM engineer naming an approved change request (--change-request CR-003).

            Examples:
              cmkeeper submit P-2026-001 ~/文档/安装验收报告.docx ~/文档/功能测试情况表.xlsx
              cmkeeper submit P-2026-001 scan0001.pdf --type acceptance-report --message "签字盖章版"
              cmkeeper submit P-2026-001 安装验收报告.docx --change-request CR-003   # after the baseline
            """
        case .submitFiles: "The documents to submit."
        case .submitType: "The document type (id, Chinese title or alias) for every file, when the names do not say."
        case .submitMessage: "A note for the commit message."
        case .submitChangeRequest: "The approved change request these files follow, for a baselined project (a CM engineer)."
        case .validateAbstract: "Check a whole revision of the library against the process."
        case .validateDiscussion:
            """
            Checks every file of REV (default: main) as the hooks check a push: well-formed \
            trees (as git fsck --strict reads them), safe paths, \
            each document a known type in its place with an allowed file type and size, large \
            files in the large-file store, readable rules and logs. Lists every problem with \
            how to fix it, and exits 1 when there is any.
            """
        case .validateRevision: "A revision: main, a tag, a commit id."
        case .verifyAbstract: "Audit the library, a project or a tag: prove the baselines and releases intact."
        case .verifyDiscussion:
            """
            Physical audit: every item of each baseline's manifest is in the tagged tree with the \
            same blob and content; every large file is in the store and hashes to its id; every \
            release tag holds its record from the release log; no baseline or release tag has \
            moved. Functional audit: each closed project has every document its process requires. \
            Then git fsck. Prints each finding with what to do, how much it checked, and exits 1 \
            when anything is wrong. The result is recorded in run/verify.json for the status site.

            Examples:
            """
        case .verifyScope: "A project id or a release/ or baseline/ tag (default: the whole library)."
        }
    }
}
