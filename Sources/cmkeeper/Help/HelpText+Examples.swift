extension HelpText {
    /// The example commands that end a discussion, the same in every language: each language's
    /// discussion ends with the heading they follow (`Examples:`, `示例：`).
    var examples: String? {
        switch self {
        case .approveDiscussion:
            """
              cmkeeper approve P-2026-001 项目实施及验收总体计划
              cmkeeper approve P-2026-001 安装验收报告
              cmkeeper approve P-2026-001 需求变更申请单 --file 需求变更申请单-003.docx
            """
        case .baselineDiscussion:
            """
              cmkeeper baseline P-2026-001
              cmkeeper baseline P-2026-001 --change-request CR-003      # acceptance.2
            """
        case .rootDiscussion:
            """
              cmkeeper demo
              cmkeeper init /srv/cm --product-library /srv/products
              cmkeeper project create P-2026-001 --name "某银行核心系统实施" --manager wang
              cmkeeper release P-2026-001 核心业务平台 2.1.0
              cmkeeper submit P-2026-001 项目实施申请表.xlsx
              cmkeeper status P-2026-001
              cmkeeper baseline P-2026-001
              cmkeeper verify
            """
        case .exportDiscussion:
            """
              cmkeeper export P-2026-001 --output P-2026-001-交付.zip
            """
        case .keysDiscussion:
            """
              cmkeeper keys add wang.pm wang.pub
              cmkeeper keys list
              cmkeeper keys remove wang.pm SHA256:…
            """
        case .phaseDiscussion:
            """
              cmkeeper phase P-2026-001 installation
              cmkeeper phase P-2026-001 系统安装调试
              cmkeeper phase P-2026-001 installation --back --reason "客户更换服务器，重新安装"
            """
        case .projectCreateDiscussion:
            """
              cmkeeper project create P-2026-001 --name "某银行核心系统实施" --customer 某银行 --manager wang --size large
            """
        case .releaseDiscussion:
            """
              cmkeeper release P-2026-001 核心业务平台 2.1.0 --message "首次安装"
            """
        case .rolesDiscussion:
            """
              cmkeeper roles list
              cmkeeper roles grant zhao customer-service --name 赵敏 --email zhao@example.com
              cmkeeper roles revoke zhao customer-service
            """
        case .serveDiscussion:
            """
              git clone ssh://cm@server/repo.git && cd repo && git lfs pull
              git lfs lock projects/P-2026-001/preparation/项目实施申请表.xlsx
              ssh cm@server status P-2026-001
              ssh cm@server submit P-2026-001 安装验收报告.docx < 安装验收报告.docx
            """
        case .siteDiscussion:
            """
              cmkeeper site --output /srv/www/cm
            """
        case .statusDiscussion:
            """
              cmkeeper status P-2026-001
              cmkeeper status --phase acceptance --html /srv/www/配置状态报告.html
            """
        case .verifyDiscussion:
            """
              cmkeeper verify
              cmkeeper verify P-2026-001
              cmkeeper verify baseline/P-2026-001/acceptance
            """
        default: nil
        }
    }
}
