import Foundation
import GitKit

/// What `project create` is asked to make.
public struct NewProject: Sendable {
    public var id: String
    public var name: String
    public var customer: String?
    public var manager: String
    public var size: ProjectSize

    public init(id: String, name: String, customer: String? = nil, manager: String, size: ProjectSize = .small) {
        self.id = id
        self.name = name
        self.customer = customer
        self.manager = manager
        self.size = size
    }
}

extension Library {
    /// Creates a project: commits `projects/ID/project.toml` in phase `preparation`.
    ///
    /// Only a CM engineer may. Refuses an invalid id, an id that exists (in any letter case),
    /// an empty name, or a manager login roles.toml could not hold; nothing is committed then.
    public func createProject(_ request: NewProject, by user: String) throws(CMKeeperError) -> (ProjectRecord, CommitOutcome) {
        let id = try ProjectID(validating: request.id)
        let name = request.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            throw .refused(.projectNeedsName(id.rawValue), hint: .giveName)
        }
        try Self.checkTextField(name, field: .name)
        if let customer = request.customer { try Self.checkTextField(customer, field: .customer) }
        guard RoleBook.isValidLogin(request.manager) else {
            throw .refused(.notAValidManagerLogin(request.manager), hint: .useManagersLogin)
        }
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        var record: ProjectRecord? = nil
        let outcome = try commitOnMain(author: user, date: now) { snapshot in
            try Self.requireRole(.cmEngineer, user: user, in: snapshot, toDo: .createProject)
            let existing = try snapshot.children(of: LibraryLayout.projectsFolder)
            if let clash = existing.first(where: { $0.path.lowercased() == id.rawValue.lowercased() }) {
                throw CMKeeperError.refused(
                    clash.path == id.rawValue ? .projectExists(id.rawValue) : .projectClashes(id.rawValue, existing: clash.path), hint: .chooseAnotherID)
            }
            let phase = try snapshot.processDefinition().phases.first?.id ?? "preparation"
            let made = ProjectRecord(
                id: id.rawValue, name: name, customer: request.customer, manager: request.manager, size: request.size,
                phase: phase, createdAt: now, createdBy: user)
            record = made
            return PlannedCommit(
                updates: [.upsert(path: LibraryLayout.projectFile(id.rawValue), blob: try self.writeBlob(Data(made.serialized().utf8)))],
                message: "Create project \(id): \(name)\n\nManager: \(request.manager)\(request.customer.map { "\nCustomer: \($0)" } ?? "")\nSize: \(request.size.rawValue)")
        }
        return (record!, outcome)
    }

    /// Every project on `main`, by id.
    public func projects() throws(CMKeeperError) -> [ProjectRecord] {
        let snapshot = try self.snapshot()
        var result: [ProjectRecord] = []
        for entry in try translatingErrors({ try snapshot.children(of: LibraryLayout.projectsFolder) }) where entry.kind == .tree {
            if let record = try project(entry.path, in: snapshot) { result.append(record) }
        }
        return result.sorted { $0.id < $1.id }
    }

    /// The project record of `id` in a snapshot, or nil if there is no such project.
    public func project(_ id: String, in snapshot: Snapshot) throws(CMKeeperError) -> ProjectRecord? {
        let path = LibraryLayout.projectFile(id)
        guard let text = try translatingErrors({ try snapshot.text(at: path) }) else { return nil }
        do {
            return try ProjectRecord.parse(text, file: path)
        } catch {
            throw CMKeeperError(.configuration, .configurationError(error), hint: .cmRepairs(path))
        }
    }

    /// Refuses unless `user` holds `role` in the snapshot's roles.toml.
    static func requireRole(_ role: Role, user: String, in snapshot: Snapshot, toDo action: CMAction) throws(CMKeeperError) {
        let roles = try snapshot.roleBook()
        guard roles.has(role, user) else {
            throw .refused(.mayNotDo(user: user, action: action, role: role.titled), hint: .roleGivenBy(user: user))
        }
    }

    /// Refuses text that would be unreadable in a record: control characters other than none.
    static func checkTextField(_ text: String, field: ProjectField) throws(CMKeeperError) {
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }) {
            throw .refused(.fieldHasControl(field), hint: .writeOnOneLine)
        }
        if text.count > 200 {
            throw .refused(.fieldTooLong(field), hint: .shortenIt)
        }
    }
}
