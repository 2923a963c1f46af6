/// What someone may do in the library, as the implementation process names the roles.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// 项目经理: runs a project; pushes its documents and weekly reports; prepares acceptance.
    case projectManager = "project-manager"
    /// CM工程师: releases software from the product library; approves acceptance reports; baselines; keeps `.cmkeeper/`.
    case cmEngineer = "cm-engineer"
    /// 客户服务部: approves acceptance reports with the CM engineer; tracks issues left open at acceptance.
    case customerService = "customer-service"
    /// 市场部: buys the hardware a project needs; customer satisfaction survey.
    case marketing
    /// 项目实施组: installs and commissions on site; handles problems.
    case implementationTeam = "implementation-team"
    /// 分管领导: approves the overall plan (the process's entry criterion); supervises through weekly reports.
    case leadership

    /// The Chinese title users know.
    public var title: String {
        switch self {
        case .projectManager: return "项目经理"
        case .cmEngineer: return "CM工程师"
        case .customerService: return "客户服务部"
        case .marketing: return "市场部"
        case .implementationTeam: return "项目实施组"
        case .leadership: return "分管领导"
        }
    }

    /// The role as messages name it, by title and id: `CM工程师（cm-engineer）` in Chinese.
    public var titled: Message { .titled(title: title, id: rawValue) }

    public var englishTitle: String {
        switch self {
        case .projectManager: return "project manager"
        case .cmEngineer: return "CM engineer"
        case .customerService: return "customer service"
        case .marketing: return "marketing"
        case .implementationTeam: return "implementation team"
        case .leadership: return "leadership"
        }
    }
}
