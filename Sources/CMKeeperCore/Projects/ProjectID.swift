/// A project's id: the name of its folder under `projects/` and part of its tags.
///
/// Letters, digits, `-`, `_` and `.`, not starting with a dot, at most 64 characters, and
/// a name every client can check out (not `CON`, not ending in a dot).
public struct ProjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public static let maximumLength = 64

    public init(validating value: String) throws(CMKeeperError) {
        let allowed = value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
        guard !value.isEmpty, value.count <= Self.maximumLength, allowed, !value.hasPrefix(".") else {
            throw .refused(.notAProjectID(String(value.debugDescription.dropFirst().dropLast())), hint: .projectIDHint(maximum: Self.maximumLength))
        }
        do {
            _ = try RepositoryPath(validating: value)
        } catch {
            throw .refused(.joined([.notAProjectID(value), error.message], separator: ": "), hint: error.fix)
        }
        rawValue = value
    }

    public var description: String { rawValue }
    public static func < (a: ProjectID, b: ProjectID) -> Bool { a.rawValue < b.rawValue }
}
