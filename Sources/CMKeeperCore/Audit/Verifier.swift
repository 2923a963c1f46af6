import Foundation
import GitKit
import LFSStore

extension Library {
    /// Audits the library, one project, or one `release/` or `baseline/` tag.
    ///
    /// Physical audit: every item of each baseline's manifest is in the tagged tree with the
    /// same blob, its content hashes to the recorded SHA-256, and every large file is in the
    /// store and hashes to its id; every release and baseline tag is exactly the one cmkeeper
    /// made for its record (`RecordedTag`: its message, and the very commit on main that added the
    /// record to the project's log). Functional audit: each closed project
    /// has every document its process requires. Then git's fsck of the repository.
    ///
    /// Each record is audited in the commit of main's history that added it, whatever became of
    /// its tag. A log line that is no record, or an object git cannot read, is a finding and the
    /// audit goes on, so that it lists every problem. A tag that does not exist is `notFound`.
    public func verify(_ scope: String? = nil, progress: (@Sendable (String) -> Void)? = nil) throws(CMKeeperError) -> AuditReport {
        let snapshot = try self.snapshot()
        var report = AuditReport(scope: scope ?? "the library")
        var projectIDs: [String]
        // The records read to list the projects, so that each is parsed once.
        var records: [String: ProjectRecord] = [:]
        var onlyTag: String? = nil
        if let scope, scope.hasPrefix("release/") || scope.hasPrefix("baseline/") || scope.hasPrefix("refs/tags/") {
            let tag = scope.hasPrefix("refs/tags/") ? String(scope.dropFirst("refs/tags/".count)) : scope
            let parts = tag.split(separator: "/")
            guard parts.count >= 3 else { throw .refused(.notAReleaseOrBaselineTag(scope), hint: .tagExample) }
            onlyTag = tag
            projectIDs = [String(parts[1])]
        } else if let scope {
            let id = try ProjectID(validating: scope).rawValue
            guard try project(id, in: snapshot) != nil else {
                throw .notFound(.noProject(id), hint: .projectListShows)
            }
            projectIDs = [id]
        } else {
            let all = try projects()
            projectIDs = all.map(\.id)
            records = Dictionary(all.map { ($0.id, $0) }) { first, _ in first }
        }
        // git reads every object on a core of its own while the records are audited here.
        let fsck = GitCommand(gitDirectory: repositoryURL).start(["fsck", "--full", "--strict", "--no-dangling", "--no-progress"])
        defer { _ = try? fsck.wait() }

        try translatingErrors {
            for id in projectIDs {
                progress?(id)
                let first = report.findings.count
                defer { if onlyTag == nil { report.checked.append(.init(project: id, tag: nil, findings: first..<report.findings.count)) } }
                unreadable(LibraryLayout.releaseLog(id), into: &report) { report in
                    try auditReleases(of: id, in: snapshot, onlyTag: onlyTag, into: &report)
                }
                unreadable(LibraryLayout.baselineLog(id), into: &report) { report in
                    try auditBaselines(of: id, in: snapshot, onlyTag: onlyTag, into: &report)
                }
                if onlyTag == nil {
                    unreadable(id, into: &report) { report in try auditDocuments(of: id, record: records[id], in: snapshot, into: &report) }
                }
            }
            if scope == nil {
                // Tags of projects that do not exist, or that no record accounts for.
                let known = Set(projectIDs)
                for (name, _) in try repository.references(matching: "refs/tags/*") {
                    let tag = String(name.dropFirst("refs/tags/".count))
                    let parts = tag.split(separator: "/")
                    guard parts.first == "release" || parts.first == "baseline" else { continue }
                    if parts.count < 3 || !known.contains(String(parts[1])) {
                        report.findings.append(.init(audit: .physical, subject: tag, message: .namesNoProject, hint: .cmFindsWhoMadeTag))
                    }
                }
            }
            if let onlyTag, report.releases + report.baselines == 0 {
                guard try repository.resolveReference("refs/tags/" + onlyTag) != nil else {
                    throw CMKeeperError.notFound(.noSuchTag(onlyTag), hint: .listTagsInClone)
                }
                report.findings.append(.init(audit: .physical, subject: onlyTag, message: .noRecordAccountsForTag(projectIDs[0]), hint: .cmFindsWhoMadeTag))
            }
            self.fsck(fsck, into: &report)
        }
        return report
    }

    // MARK: Releases

    private func auditReleases(of id: String, in snapshot: Snapshot, onlyTag: String?, into report: inout AuditReport) throws {
        let logPath = LibraryLayout.releaseLog(id)
        let records = try log(logPath, in: snapshot, kind: .release, of: ReleaseRecord.self, into: &report)
        let recordedIn = records.isEmpty ? [:] : try recordingCommits(of: logPath)
        var tagged = Set<String>()
        for record in records {
            let tag = LibraryLayout.releaseTag(project: id, product: record.product, version: record.version)
            tagged.insert(tag)
            if let onlyTag, onlyTag != tag { continue }
            report.releases += 1
            let first = report.findings.count
            unreadable(tag, into: &report) { report in
                guard let commit = recordingCommit(of: record.jsonLine(), subject: tag, in: recordedIn, logPath: logPath, into: &report) else { return }
                try auditRelease(record, tag: tag, logPath: logPath, recordedIn: commit, into: &report)
            }
            report.checked.append(.init(project: id, tag: tag, findings: first..<report.findings.count))
        }
        if onlyTag == nil {
            try reportUnaccountedTags("release", of: id, known: tagged, into: &report)
        }
    }

    /// One release: its tag, then its files as the record says, whatever became of the tag.
    private func auditRelease(_ record: ReleaseRecord, tag: String, logPath: String, recordedIn commit: ObjectID, into report: inout AuditReport) throws {
        if let tagInfo = try annotatedTag(tag, into: &report) {
            try checkRecordedTag(RecordedTag(name: tag, record: .release(record), logPath: logPath), tagInfo, into: &report)
        }
        let tree = try repository.commit(commit).tree
        for file in record.files {
            checkRecordedFile(file.path, in: tree, of: .releaseNamed(record.id), blob: nil, sha256: file.sha256, size: file.size, expectLarge: true, into: &report)
        }
    }

    // MARK: Baselines

    private func auditBaselines(of id: String, in snapshot: Snapshot, onlyTag: String?, into report: inout AuditReport) throws {
        let logPath = LibraryLayout.baselineLog(id)
        let records = try log(logPath, in: snapshot, kind: .baseline, of: BaselineRecord.self, into: &report)
        let recordedIn = records.isEmpty ? [:] : try recordingCommits(of: logPath)
        var recorded = Set<String>()
        for record in records {
            recorded.insert(record.tag)
            if let onlyTag, onlyTag != record.tag { continue }
            report.baselines += 1
            let first = report.findings.count
            unreadable(record.tag, into: &report) { report in
                guard let commit = recordingCommit(of: record.jsonLine(), subject: record.tag, in: recordedIn, logPath: logPath, into: &report) else { return }
                try auditBaseline(record, project: id, logPath: logPath, recordedIn: commit, into: &report)
            }
            report.checked.append(.init(project: id, tag: record.tag, findings: first..<report.findings.count))
        }
        if onlyTag == nil {
            try reportUnaccountedTags("baseline", of: id, known: recorded, into: &report)
        }
    }

    /// One baseline: its tag's manifest against the record, then each item in the commit that
    /// recorded it, by the tag's manifest or, when the tag is gone or replaced, by the manifest
    /// made again from that commit's parent, if it hashes to the recorded SHA-256.
    private func auditBaseline(_ record: BaselineRecord, project id: String, logPath: String, recordedIn commit: ObjectID, into report: inout AuditReport) throws {
        var manifest: BaselineManifest? = nil
        if let tagInfo = try annotatedTag(record.tag, into: &report) {
            // Each way the tag differs from the one cmkeeper made is a finding; its manifest is
            // used only when it is the one recorded.
            try checkRecordedTag(RecordedTag(name: record.tag, record: .baseline(record), logPath: logPath), tagInfo, into: &report)
            manifest = (try? BaselineManifest.parse(tagMessage: tagInfo.message)).flatMap {
                LFSStore.sha256(of: Data($0.canonicalJSON().utf8)) == record.manifestSHA256 ? $0 : nil
            }
        }
        guard let manifest = try manifest ?? rebuiltManifest(of: record, project: id, recordedIn: commit) else {
            report.findings.append(.init(
                audit: .physical, subject: record.tag, message: .manifestCannotBeRebuilt, hint: .restoreTagThenVerify))
            return
        }
        let tree = try repository.commit(commit).tree
        for item in manifest.items {
            checkRecordedFile(item.path, in: tree, of: .baselineNamed(record.name), blob: item.blob, sha256: item.sha256, size: item.size, expectLarge: item.largeFile, into: &report)
        }
    }

    /// A file of a release or baseline (`what`) in the tree of the commit that recorded it: there,
    /// with the recorded blob when one is recorded, and its content re-hashed.
    private func checkRecordedFile(
        _ path: String, in tree: ObjectID, of what: Message, blob: String?, sha256: String, size: Int64, expectLarge: Bool, into report: inout AuditReport
    ) {
        report.items += 1
        unreadable(path, into: &report) { report in
            guard let entry = try repository.entry(at: path, inTree: tree) else {
                report.findings.append(.init(audit: .physical, subject: path, message: .missingFromRecordingCommit(what), hint: .restoreRepository))
                return
            }
            if let blob, entry.id.hex != blob {
                report.findings.append(.init(audit: .physical, subject: path, message: .differsFromRecorded(what, blob: String(entry.id.hex.prefix(12)), recorded: String(blob.prefix(12))), hint: .restoreTagAndRepository))
                return
            }
            try checkContent(path: path, blob: entry.id, sha256: sha256, size: size, expectLarge: expectLarge, into: &report)
        }
    }

    // MARK: Documents

    private func auditDocuments(of id: String, record: ProjectRecord?, in snapshot: Snapshot, into report: inout AuditReport) throws {
        guard let project = try record ?? project(id, in: snapshot) else { return }
        report.projects += 1
        let process = try snapshot.processDefinition()
        guard project.phase == process.phases.last?.id else { return }
        let status = try snapshot.projectStatus(project, process: process, now: Date())
        let missing = status.phases.dropLast().flatMap(\.missingDocuments)
        if !missing.isEmpty {
            report.findings.append(.init(
                audit: .functional, subject: id, message: .closedButMissing(missing), hint: .managerSubmitsThroughRequest))
        }
    }

    // MARK: Checks

    /// A `release/` or `baseline/` tag of the project that no record in its log accounts for.
    private func reportUnaccountedTags(_ kind: String, of id: String, known: Set<String>, into report: inout AuditReport) throws {
        for (name, _) in try repository.references(matching: "refs/tags/\(kind)/\(id)/*") {
            let tag = String(name.dropFirst("refs/tags/".count))
            if !known.contains(tag) {
                report.findings.append(.init(
                    audit: .physical, subject: tag, message: .noKindRecordAccountsForTag(kind: kind, project: id), hint: .tagsMadeWithCommand(kind: kind)))
            }
        }
    }

    /// Runs one item's checks; an object git cannot read (corrupt, missing) is a finding, not the end of the audit.
    private func unreadable(_ subject: String, into report: inout AuditReport, _ body: (inout AuditReport) throws -> Void) {
        do {
            try body(&report)
        } catch {
            report.findings.append(.init(audit: .physical, subject: subject, message: .cannotBeReadError("\(error)"), hint: .restoreRepository))
        }
    }

    /// The annotated tag, or nil with a finding.
    private func annotatedTag(_ tag: String, into report: inout AuditReport) throws -> TagInfo? {
        guard let id = try repository.resolveReference("refs/tags/" + tag) else {
            report.findings.append(.init(audit: .physical, subject: tag, message: .tagMissing, hint: .restoreTagFromMirror))
            return nil
        }
        guard let info = try repository.tag(id) else {
            report.findings.append(.init(audit: .physical, subject: tag, message: .lightweightNotAnnotated, hint: .tagReplacedRestore))
            return nil
        }
        return info
    }

    /// The tag is the one cmkeeper made for its record: its message, and the commit on main that added the record.
    private func checkRecordedTag(_ expected: RecordedTag, _ tag: TagInfo, into report: inout AuditReport) throws {
        let main = try repository.resolveReference(LibraryLayout.mainReference)
        for message in try expected.problems(tag, main: main, in: repository) {
            report.findings.append(.init(
                audit: .physical, subject: expected.name, message: message, hint: .tagMovedRestore))
        }
    }

    /// The records of a log on main; each line that is not a record is a finding, and the others are still audited.
    private func log<Record: Decodable>(_ path: String, in snapshot: Snapshot, kind: RecordKind, of: Record.Type, into report: inout AuditReport) throws -> [Record] {
        let lines = JSONLines<Record>(try snapshot.text(at: path) ?? "", file: path, kind: kind)
        for problem in lines.problems {
            report.findings.append(.init(audit: .physical, subject: problem.file, message: .configurationError(problem), hint: .restoreLogAppendOnly))
        }
        return lines.records
    }

    /// The commit that added a record's line, or nil with a finding.
    private func recordingCommit(of line: String, subject: String, in recordedIn: [String: ObjectID], logPath: String, into report: inout AuditReport) -> ObjectID? {
        guard let commit = recordedIn[line] else {
            report.findings.append(.init(audit: .physical, subject: subject, message: .noCommitAddedRecord(logPath), hint: .restoreRepository))
            return nil
        }
        return commit
    }

    /// For each line of the log at `path`, the commit of main's history that added it, read
    /// from the history rather than from any tag, which anyone with push rights could replace.
    /// One `git log` over the whole history: asked only for a log that holds records.
    private func recordingCommits(of path: String) throws -> [String: ObjectID] {
        let result = try GitCommand(gitDirectory: repositoryURL).run(["log", "--reverse", "--format=%H", LibraryLayout.mainReference, "--", path])
        guard result.succeeded else { throw CMKeeperError(.storage, Message.gitLogFailed(path: path, output: result.output)) }
        var added: [String: ObjectID] = [:]
        for hex in result.output.split(separator: "\n") {
            guard let id = ObjectID(hex: String(hex)), let entry = try repository.entry(at: path, inTree: try repository.commit(id).tree) else { continue }
            for line in String(decoding: try repository.blobData(entry.id), as: UTF8.self).split(separator: "\n") where added[String(line)] == nil {
                added[String(line)] = id
            }
        }
        return added
    }

    /// A blob's content is what was recorded: its SHA-256 and size, from the store for a large file.
    private func checkContent(path: String, blob: ObjectID, sha256: String, size: Int64, expectLarge: Bool, into report: inout AuditReport) throws {
        let blobSize = try repository.blobSize(blob)
        let data = blobSize < 1024 ? try repository.blobData(blob) : nil
        if let data, let pointer = LFSPointer(parsing: data) {
            guard pointer.oid == sha256, pointer.size == size else {
                report.findings.append(.init(audit: .physical, subject: path, message: .pointerNamesOther(String(pointer.oid.prefix(12)), recorded: String(sha256.prefix(12))), hint: .restoreRepository))
                return
            }
            do {
                try lfs.verify(pointer)
                report.bytesHashed += pointer.size
            } catch {
                report.findings.append(.init(audit: .physical, subject: path, message: CMKeeperError.lfs(error).message, hint: .restoreLargeObject(lfs.objectPath(pointer.oid))))
            }
            return
        }
        if expectLarge && size > 0 {
            report.findings.append(.init(audit: .physical, subject: path, message: .shouldBeLargePointer, hint: .restoreRepository))
            return
        }
        let content: Data
        do {
            content = try data ?? repository.blobData(blob)
        } catch {
            report.findings.append(.init(audit: .physical, subject: path, message: .gitObjectUnreadable("\(error)"), hint: .restoreRepository))
            return
        }
        report.bytesHashed += Int64(content.count)
        if LFSStore.sha256(of: content) != sha256 || Int64(content.count) != size {
            report.findings.append(.init(audit: .physical, subject: path, message: .contentNoLongerHashes, hint: .restoreRepository))
        }
    }

    /// git's own full check of the repository, with the real git.
    private func fsck(_ running: GitCommand.Running, into report: inout AuditReport) {
        let result: GitCommand.Result
        do {
            result = try running.wait()
        } catch {
            report.findings.append(.init(audit: .repository, subject: repositoryURL.path, message: .fsckCouldNotRun("\(error)"), hint: .installGit))
            return
        }
        if !result.succeeded {
            let lines = result.output.split(separator: "\n").prefix(20).joined(separator: "; ")
            report.findings.append(.init(audit: .repository, subject: repositoryURL.path, message: .fsckFailed(lines), hint: .restoreRepository))
        }
    }
}
