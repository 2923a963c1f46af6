import Foundation

/// The `Key: value` lines of a commit message that cmkeeper reads: `Change-Request: CR-003`
/// (the change request that opens a baselined project) and `Reason: …` (why a project moved back).
public enum CommitTrailers {
    /// The non-empty values of every line `KEY: value` in `message`, in order; the key in any letter case.
    public static func values(_ key: String, in message: String) -> [String] {
        let wanted = key.lowercased()
        return message.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == wanted else { return nil }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
    }

    /// `message` with `lines` appended as its last paragraph.
    public static func appending(_ lines: [String], to message: String) -> String {
        guard !lines.isEmpty else { return message }
        var text = message
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n\n" + lines.joined(separator: "\n") + "\n"
    }
}
