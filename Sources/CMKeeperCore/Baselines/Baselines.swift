import Foundation
import GitKit
import LFSStore

extension LibraryLayout {
    public static func baselineLog(_ id: String) -> String { "\(projectFolder(id))/baselines.jsonl" }
    public static func baselineTag(project: String, name: String) -> String { "baseline/\(project)/\(name)" }
    /// Files of a project folder that are not configuration items: they change when it is baselined.
    static let notConfigurationItems: Set<String> = ["project.toml", "baselines.jsonl"]
}

/// A baseline that landed.
public struct BaselineOutcome: Sendable {
    public let manifest: BaselineManifest
    public let tag: String
    public let commit: CommitOutcome
}

extension Library {
    /// Baselines a project after acceptance (a CM engineer's command): refuses, naming what is
    /// missing by Chinese title, unless the acceptance gate is met; otherwise commits the project's
    /// move to `closed` with the baseline's record in `baselines.jsonl`, and tags that commit
    /// `baseline/PROJECT/NAME` with the manifest of every configuration item. NAME defaults to
    /// `acceptance`, then `acceptance.2`, `acceptance.3` … for baselines after change requests,
    /// each refused while a gate the project passed no longer holds (a changed document not
    /// approved again).
    public func baseline(project projectID: String, name: String? = nil, changeRequest: String? = nil, user: String) throws(CMKeeperError) -> BaselineOutcome {
        let id = try ProjectID(validating: projectID).rawValue
        if let name {
            guard (try? RepositoryPath(validating: name))?.components.count == 1,
                  Repository.isValidReferenceName("refs/tags/" + LibraryLayout.baselineTag(project: id, name: name)) else {
                throw .refused(.notAValidBaselineName(name), hint: .baselineNameCharacters)
            }
        }
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        var made: (BaselineManifest, String)? = nil
        let outcome = try commitOnMain(author: user, date: now) { snapshot in
            try Self.requireRole(.cmEngineer, user: user, in: snapshot, toDo: .makeBaseline)
            guard var project = try self.project(id, in: snapshot) else {
                throw CMKeeperError.notFound(.noProject(id), hint: .projectListShows)
            }
            let process = try snapshot.processDefinition()
            let status = try snapshot.projectStatus(project, process: process, now: now)
            let finalPhase = process.phases.last?.id ?? "closed"
            var passing = ""
            if project.phase != finalPhase {
                let move = PhaseMove(target: finalPhase, byCMEngineer: true, recordsBaseline: true)
                let problems = GateEvaluator.problemsMoving(process: process, status: status, move: move)
                if !problems.isEmpty {
                    throw CMKeeperError.refused(.cannotBaselineBeforeAcceptance(id), problems)
                }
                passing = "\nThe project moves to \(process.phase(finalPhase).map { GateEvaluator.name($0).text(in: .en) } ?? finalPhase) " + GateEvaluator.describeMove(status: status, to: finalPhase) + ".\n"
            } else {
                // A later baseline: every gate passed still holds (a changed document approved again).
                let problems = GateEvaluator.problemsRebaselining(status: status)
                if !problems.isEmpty {
                    throw CMKeeperError.refused(.cannotRebaseline(id), problems)
                }
            }
            let logPath = LibraryLayout.baselineLog(id)
            var log = try snapshot.text(at: logPath) ?? ""
            let existing = try BaselineRecord.parseLog(log, file: logPath)
            let baseName = name ?? "acceptance"
            var chosen = baseName
            if name == nil {
                var n = 1
                while existing.contains(where: { $0.name == chosen }) { n += 1; chosen = "\(baseName).\(n)" }
            } else if existing.contains(where: { $0.name == chosen }) {
                throw CMKeeperError.refused(.alreadyHasBaseline(project: id, baseline: chosen), hint: .baselineNeverChanges(next: "\(baseName).\(existing.count + 1)"))
            }
            let tag = LibraryLayout.baselineTag(project: id, name: chosen)
            if try self.repository.resolveReference("refs/tags/" + tag) != nil {
                throw CMKeeperError.refused(.tagExists(tag), hint: .tagMadeByHand)
            }
            let manifest = try self.manifest(of: id, name: chosen, changeRequest: changeRequest, by: user, at: now, in: snapshot, process: process)
            guard !manifest.items.isEmpty else {
                throw CMKeeperError.refused(.nothingToBaseline(id), hint: .submitDocumentsFirst)
            }
            try self.checkFollowsChange(manifest, changeRequest: changeRequest, project: id, in: snapshot, process: process)
            made = (manifest, tag)
            let record = BaselineRecord(
                name: chosen, tag: tag, manifestSHA256: LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)),
                items: manifest.items.count, createdBy: user, createdAt: now, changeRequest: changeRequest)
            if !log.isEmpty && !log.hasSuffix("\n") { log += "\n" }
            log += record.jsonLine() + "\n"
            var updates: [TreeUpdate] = [.upsert(path: logPath, blob: try self.writeBlob(Data(log.utf8)))]
            if project.phase != finalPhase {
                project.phase = finalPhase
                updates.append(.upsert(path: LibraryLayout.projectFile(id), blob: try self.writeBlob(Data(project.serialized().utf8))))
            }
            return PlannedCommit(
                updates: updates,
                message: "Baseline \(chosen) of \(id): \(manifest.items.count) configuration items\n\n"
                    + "Every document and released file of the project, frozen; tag \(tag) holds the manifest.\n" + passing
                    + (changeRequest.map { "\nChange-Request: \($0)\n" } ?? ""),
                tags: [(tag, manifest.tagMessage())])
        }
        return BaselineOutcome(manifest: made!.0, tag: made!.1, commit: outcome)
    }

    /// The manifest of a baseline of project `id` made on `snapshot`: every configuration item, frozen.
    func manifest(
        of id: String, name: String, changeRequest: String?, by user: String, at date: Date, in snapshot: Snapshot, process: ProcessDefinition
    ) throws -> BaselineManifest {
        BaselineManifest(
            project: id, name: name, phase: process.phases.last?.id ?? "closed", createdBy: user, createdAt: date, changeRequest: changeRequest,
            items: try configurationItems(of: id, in: snapshot, process: process))
    }

    /// The manifest of `record`, made again from the parent of the commit that recorded it, when
    /// it hashes to the recorded SHA-256: what an audit goes by when the tag is gone or replaced.
    func rebuiltManifest(of record: BaselineRecord, project id: String, recordedIn commit: ObjectID) throws -> BaselineManifest? {
        guard let parent = try repository.commit(commit).parents.first else { return nil }
        let snapshot = try Snapshot(repository: repository, commit: parent)
        let manifest = try manifest(
            of: id, name: record.name, changeRequest: record.changeRequest, by: record.createdBy, at: record.createdAt,
            in: snapshot, process: try snapshot.processDefinition())
        return LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)) == record.manifestSHA256 ? manifest : nil
    }

    /// A baseline after the first follows an approved change request of the project that changed
    /// it since the latest baseline (a commit since then names it), and differs from that baseline;
    /// a change request named for the first one must exist and be approved too.
    private func checkFollowsChange(
        _ manifest: BaselineManifest, changeRequest: String?, project id: String, in snapshot: Snapshot, process: ProcessDefinition
    ) throws {
        let latest: BaselineFreeze.Latest?
        switch try BaselineFreeze.latestBaseline(of: id, in: snapshot) {
        case .failure(let problem): throw CMKeeperError.refused(.joined([.verbatim(problem.path + ":"), problem.message], separator: " "), hint: problem.hint)
        case .success(let found): latest = found
        }
        if let latest {
            let unchanged = latest.manifest.items.map { [$0.path, $0.blob] } == manifest.items.map { [$0.path, $0.blob] }
            if unchanged {
                throw CMKeeperError.refused(.nothingChangedSince(project: id, baseline: latest.record.name), hint: .laterBaselineFollowsRequest)
            }
            guard changeRequest != nil else {
                throw CMKeeperError.refused(.laterBaselineNeedsRequest(project: id, baseline: latest.record.name), hint: .nameChangeRequestOption(id))
            }
        }
        guard let changeRequest else { return }
        if let problem = try BaselineFreeze(before: snapshot, after: snapshot).problemWithChangeRequest(changeRequest, project: id, process: process) {
            throw CMKeeperError.refused(problem, hint: .haveChangeRequestApproved(project: id))
        }
        if let latest, try !self.commits(since: latest.tag.target, from: snapshot.commit, changing: LibraryLayout.projectFolder(id)).contains(where: {
            BaselineFreeze.changeRequests(in: $0.message).contains { $0.uppercased() == changeRequest.uppercased() }
        }) {
            throw CMKeeperError.refused(
                .changeRequestChangedNothing(id: changeRequest, project: id, baseline: latest.record.name),
                hint: .commitChangeNamingRequest(project: id, request: changeRequest))
        }
    }

    /// The first-parent commits after `base` up to `start` that changed `folder`, newest first.
    func commits(since base: ObjectID, from start: ObjectID?, changing folder: String) throws -> [CommitInfo] {
        var found: [CommitInfo] = []
        var next = start
        while let id = next, id != base {
            let commit = try repository.commit(id)
            let parent = commit.parents.first
            let before = try parent.map { try repository.commit($0).tree }.flatMap { try repository.entry(at: folder, inTree: $0)?.id }
            if try repository.entry(at: folder, inTree: commit.tree)?.id != before { found.append(commit) }
            next = parent
        }
        return found
    }

    /// Every configuration item of a project in a snapshot, with who last changed it.
    func configurationItems(of id: String, in snapshot: Snapshot, process: ProcessDefinition) throws -> [BaselineManifest.Item] {
        let folder = LibraryLayout.projectFolder(id)
        let entries = try snapshot.files(under: folder).filter {
            !LibraryLayout.notConfigurationItems.contains(String($0.path.dropFirst(folder.count + 1)))
        }
        let authors = try snapshot.lastChanges(under: folder, paths: Set(entries.map(\.path))).mapValues { ($0.name, $0.date) }
        return try entries.sorted { $0.path < $1.path }.map { entry in
            let relative = String(entry.path.dropFirst(folder.count + 1))
            let size = try repository.blobSize(entry.id)
            var sha = ""
            var content = Int64(size)
            var large = false
            let data = size < 1024 ? try repository.blobData(entry.id) : nil
            if let data, let pointer = LFSPointer(parsing: data) {
                sha = pointer.oid
                content = pointer.size
                large = true
            } else {
                sha = LFSStore.sha256(of: try data ?? repository.blobData(entry.id))
            }
            let type: String
            if relative.hasPrefix("releases/") {
                type = "release"
            } else if let t = process.documentType(matching: relative) {
                type = t.id
            } else if relative == "approvals.jsonl" {
                type = "record"
            } else {
                type = "attachment"
            }
            let who = authors[entry.path] ?? ("", Date(timeIntervalSince1970: 0))
            return BaselineManifest.Item(
                path: entry.path, documentType: type, size: content, sha256: sha, blob: entry.id.hex, largeFile: large,
                submittedBy: who.0, submittedAt: who.1)
        }
    }

    /// A project's baselines as recorded in its `baselines.jsonl`, oldest first.
    public func baselines(of projectID: String, in snapshot: Snapshot? = nil) throws(CMKeeperError) -> [BaselineRecord] {
        let current: Snapshot
        if let snapshot { current = snapshot } else { current = try self.snapshot() }
        let path = LibraryLayout.baselineLog(projectID)
        guard let text = try translatingErrors({ try current.text(at: path) }) else { return [] }
        do {
            return try BaselineRecord.parseLog(text, file: path)
        } catch {
            throw .configuration(error)
        }
    }
}
