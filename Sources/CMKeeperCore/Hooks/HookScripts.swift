import Foundation

/// The git hook scripts cmkeeper installs: the text of `Hooks/` (a test checks they agree),
/// with the cmkeeper binary's path filled in.
public enum HookScripts {
    /// Hooks for the library's bare repository.
    public static let server = ["pre-receive", "post-receive"]
    /// Hooks for a project manager's clone.
    public static let client = ["pre-commit"]

    static let templates: [String: String] = [
        "pre-receive": """
            #!/bin/sh
            # cmkeeper: refuse, before anything lands, a push that breaks the process.
            # Installed by `cmkeeper init` and `cmkeeper hooks install`; @CMKEEPER@ is the cmkeeper binary.
            exec "@CMKEEPER@" hook pre-receive

            """,
        "post-receive": """
            #!/bin/sh
            # cmkeeper: tell the library's daemon, when one runs, that refs moved.
            # Installed by `cmkeeper init` and `cmkeeper hooks install`; @CMKEEPER@ is the cmkeeper binary.
            exec "@CMKEEPER@" hook post-receive

            """,
        "pre-commit": """
            #!/bin/sh
            # cmkeeper: check the staged change against the library's rules before it is committed,
            # so problems show before the push. Installed in a clone by `cmkeeper hooks install --client`.
            exec "@CMKEEPER@" hook pre-commit

            """,
    ]

    /// The script for `name`, calling `executable`.
    public static func script(_ name: String, executable: String) -> String {
        templates[name]!.replacingOccurrences(of: "@CMKEEPER@", with: executable)
    }

    /// Writes the hooks into `gitDirectory/hooks`, executable, replacing cmkeeper's own and
    /// refusing to overwrite a hook someone else wrote.
    public static func install(_ names: [String], into gitDirectory: URL, executable: String) throws(CMKeeperError) {
        guard executable.hasPrefix("/"), !executable.contains("\""), !executable.contains("$"), !executable.contains("`") else {
            throw .refused(.cannotInstallHooks(executable), hint: .installAtPlainPath)
        }
        let folder = gitDirectory.appendingPathComponent("hooks", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in names {
                let url = folder.appendingPathComponent(name)
                if let existing = try? String(contentsOf: url, encoding: .utf8), !existing.contains("# cmkeeper:") {
                    throw CMKeeperError.refused(.someoneElsesHook(url.path), hint: .mergeHookByHand(executable: executable, hook: name))
                }
                try Data(script(name, executable: executable).utf8).write(to: url, options: .atomic)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            }
        } catch let error as CMKeeperError {
            throw error
        } catch {
            throw CMKeeperError(.storage, Message.couldNotInstallHooks(folder: folder.path, error: error.localizedDescription))
        }
    }

    /// The absolute path of the running executable.
    public static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
