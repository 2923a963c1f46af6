import Foundation

/// The embedded sample: a product library with one product, for `cmkeeper demo` and for trying
/// cmkeeper out without real data.
public enum SampleLibrary {
    public static let product = "核心业务平台"
    public static let version = "2.1.0"
    public static let projectID = "P-2026-001"
    public static let projectName = "示例银行核心系统实施"
    public static let customer = "示例银行"
    public static let manager = "wang.pm"
    /// Who approves in the sample besides its CM engineer: customer service (客户服务部) the
    /// acceptance report, the leadership (分管领导) the overall plan.
    public static let approvers: [(login: String, name: String, role: Role)] = [
        ("zhao.cs", "赵敏", .customerService),
        ("liu.lead", "刘总", .leadership),
    ]

    /// Writes the sample product library into `folder` (created if missing): one product, one
    /// version with an install package (`installerBytes` of deterministic noise), a user
    /// installation manual and release notes.
    public static func writeProductLibrary(at folder: URL, installerBytes: Int = 8 << 20) throws {
        let version = folder.appendingPathComponent("\(product)/\(version)", isDirectory: true)
        let fm = FileManager.default
        try fm.createDirectory(at: version.appendingPathComponent("安装包"), withIntermediateDirectories: true)
        try fm.createDirectory(at: version.appendingPathComponent("文档"), withIntermediateDirectories: true)
        try Data(manual.utf8).write(to: version.appendingPathComponent("文档/用户安装手册.md"))
        try Data(notes.utf8).write(to: version.appendingPathComponent("文档/发行说明.txt"))
        try noise(count: installerBytes).write(to: version.appendingPathComponent("安装包/core-platform-2.1.0-linux-x86_64.tar.gz"))
    }

    /// Deterministic incompressible bytes (xorshift), so the sample is the same on every machine.
    static func noise(count: Int) -> Data {
        var data = Data(count: count)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        data.withUnsafeMutableBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for i in 0..<words.count {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                words[i] = state
            }
            for i in (words.count * 8)..<raw.count { raw[i] = UInt8(truncatingIfNeeded: i) }
        }
        return data
    }

    static let manual = """
        # 核心业务平台 2.1.0 用户安装手册

        1. 确认服务器满足《项目实施客户确认表》中的环境要求。
        2. 解压 安装包/core-platform-2.1.0-linux-x86_64.tar.gz 到 /opt/core-platform。
        3. 运行 /opt/core-platform/bin/install.sh 并按提示完成配置。
        4. 安装调试完成后填写《安装调试报告》，交用户确认。

        """

    static let notes = """
        核心业务平台 2.1.0 发行说明
        - 新增：批量对账接口
        - 修复：日终批处理在跨月时的重复记账问题

        """
}
