import Foundation
import Testing

@testable import CMKeeperCore

@Suite("The hook scripts")
struct HookScriptsTests {
    static let hooksFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Hooks")

    @Test(arguments: HookScripts.server + HookScripts.client)
    func theEmbeddedScriptIsHooksFolderCopy(name: String) throws {
        let file = try String(contentsOf: Self.hooksFolder.appendingPathComponent(name), encoding: .utf8)
        #expect(HookScripts.script(name, executable: "@CMKEEPER@") == file)
    }

    @Test func installWritesExecutableHooksAndLeavesOthersAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hooks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HookScripts.install(["pre-receive"], into: folder, executable: "/usr/local/bin/cmkeeper")
        let path = folder.appendingPathComponent("hooks/pre-receive").path
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("exec \"/usr/local/bin/cmkeeper\" hook pre-receive"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
        // Re-installing cmkeeper's own hook is fine; someone else's is refused.
        try HookScripts.install(["pre-receive"], into: folder, executable: "/opt/cmkeeper")
        try "#!/bin/sh\necho mine\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: CMKeeperError.self) { try HookScripts.install(["pre-receive"], into: folder, executable: "/opt/cmkeeper") }
        #expect(throws: CMKeeperError.self) { try HookScripts.install(["pre-commit"], into: folder, executable: "relative/cmkeeper") }
    }
}
