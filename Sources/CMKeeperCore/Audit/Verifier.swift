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
    public func verify(_ scope: String? = nil, progress: (@Sendable (String) -> Void)? = nil) throws(CMKeeperError) -> AuditReport {
        let snapshot = try self.snapshot()
        var report = AuditReport(scope: scope ?? "the library")
        var projectIDs: [String]
        var onlyTag: String? = nil
        if let scope, scope.hasPrefix("release/") || scope.hasPrefix("baseline/") || scope.hasPrefix("refs/tags/") {
            let tag = scope.hasPrefix("refs/tags/") ? String(scope.dropFirst("refs/tags/".count)) : scope
            let parts = tag.split(separator: "/")
            guard parts.count >= 3 else { throw .refused("“\(scope)” is not a release or baseline tag", hint: "e.g. baseline/P-2026-001/acceptance") }
            onlyTag = tag
            projectIDs = [String(parts[1])]
        } else if let scope {
            let id = try ProjectID(validating: scope).rawValue
            guard try project(id, in: snapshot) != nil else {
                throw .notFound("no project \(id) in the library", hint: "`cmkeeper project list` shows the projects")
            }
            projectIDs = [id]
        } else {
            projectIDs = try projects().map(\.id)
        }

        try translatingErrors {
            for id in projectIDs {
                progress?(id)
                try auditReleases(of: id, in: snapshot, onlyTag: onlyTag, into: &report)
                try auditBaselines(of: id, in: snapshot, onlyTag: onlyTag, into: &report)
                if onlyTag == nil { try auditDocuments(of: id, in: snapshot, into: &report) }
            }
            if scope == nil {
                // Tags of projects that do not exist, or that no record accounts for.
                let known = Set(projectIDs)
                for (name, _) in try repository.references(matching: "refs/tags/*") {
                    let tag = String(name.dropFirst("refs/tags/".count))
                    let parts = tag.split(separator: "/")
                    guard parts.first == "release" || parts.first == "baseline" else { continue }
                    if parts.count < 3 || !known.contains(String(parts[1])) {
                        report.findings.append(.init(audit: .physical, subject: tag, message: "names no project of the library", hint: "a CM engineer finds out who made it and removes it"))
                    }
                }
            }
            try fsck(into: &report)
        }
        return report
    }

    // MARK: Releases

    private func auditReleases(of id: String, in snapshot: Snapshot, onlyTag: String?, into report: inout AuditReport) throws {
        let logPath = LibraryLayout.releaseLog(id)
        let records = try ReleaseLog.parse(try snapshot.text(at: logPath) ?? "", file: logPath).records
        var tagged = Set<String>()
        for record in records {
            let tag = LibraryLayout.releaseTag(project: id, product: record.product, version: record.version)
            tagged.insert(tag)
            if let onlyTag, onlyTag != tag { continue }
            report.releases += 1
            guard let tagInfo = try annotatedTag(tag, into: &report) else { continue }
            try checkRecordedTag(RecordedTag(name: tag, record: .release(record), logPath: logPath), tagInfo, into: &report)
            guard repository.objectType(tagInfo.target) == "commit" else { continue }
            let tree = try repository.commit(tagInfo.target).tree
            for file in record.files {
                report.items += 1
                unreadable(file.path, into: &report) { report in
                    guard let entry = try repository.entry(at: file.path, inTree: tree) else {
                        report.findings.append(.init(audit: .physical, subject: file.path, message: "released in \(record.id) but missing from the release's commit", hint: "restore the repository from a mirror or backup"))
                        return
                    }
                    try checkContent(path: file.path, blob: entry.id, sha256: file.sha256, size: file.size, expectLarge: true, into: &report)
                }
            }
        }
        if onlyTag == nil {
            try reportUnaccountedTags("release", of: id, known: tagged, into: &report)
        }
    }

    // MARK: Baselines

    private func auditBaselines(of id: String, in snapshot: Snapshot, onlyTag: String?, into report: inout AuditReport) throws {
        let logPath = LibraryLayout.baselineLog(id)
        let records = try BaselineRecord.parseLog(try snapshot.text(at: logPath) ?? "", file: logPath)
        var recorded = Set<String>()
        for record in records {
            recorded.insert(record.tag)
            if let onlyTag, onlyTag != record.tag { continue }
            report.baselines += 1
            guard let tagInfo = try annotatedTag(record.tag, into: &report) else { continue }
            try checkRecordedTag(RecordedTag(name: record.tag, record: .baseline(record), logPath: logPath), tagInfo, into: &report)
            guard let manifest = try? BaselineManifest.parse(tagMessage: tagInfo.message),
                  repository.objectType(tagInfo.target) == "commit" else { continue }
            let tree = try repository.commit(tagInfo.target).tree
            for item in manifest.items {
                report.items += 1
                unreadable(item.path, into: &report) { report in
                    guard let entry = try repository.entry(at: item.path, inTree: tree) else {
                        report.findings.append(.init(audit: .physical, subject: item.path, message: "in baseline \(record.name) but missing from its commit", hint: "restore the repository from a mirror or backup"))
                        return
                    }
                    if entry.id.hex != item.blob {
                        report.findings.append(.init(audit: .physical, subject: item.path, message: "differs from baseline \(record.name) (blob \(entry.id.hex.prefix(12)), recorded \(item.blob.prefix(12)))", hint: "restore the tag and repository from a mirror or backup"))
                        return
                    }
                    try checkContent(path: item.path, blob: entry.id, sha256: item.sha256, size: item.size, expectLarge: item.largeFile, into: &report)
                }
            }
        }
        if onlyTag == nil {
            try reportUnaccountedTags("baseline", of: id, known: recorded, into: &report)
        }
    }

    // MARK: Documents

    private func auditDocuments(of id: String, in snapshot: Snapshot, into report: inout AuditReport) throws {
        guard let project = try project(id, in: snapshot) else { return }
        report.projects += 1
        let process = try snapshot.processDefinition()
        guard project.phase == process.phases.last?.id else { return }
        let status = try snapshot.projectStatus(project, process: process, now: Date())
        let missing = status.phases.dropLast().flatMap(\.missingDocuments)
        if !missing.isEmpty {
            report.findings.append(.init(
                audit: .functional, subject: id, message: "closed, but missing \(missing.joined(separator: ", "))",
                hint: "the project manager submits them through a change request; then a CM engineer makes a new baseline"))
        }
    }

    // MARK: Checks

    /// A `release/` or `baseline/` tag of the project that no record in its log accounts for.
    private func reportUnaccountedTags(_ kind: String, of id: String, known: Set<String>, into report: inout AuditReport) throws {
        for (name, _) in try repository.references(matching: "refs/tags/\(kind)/\(id)/*") {
            let tag = String(name.dropFirst("refs/tags/".count))
            if !known.contains(tag) {
                report.findings.append(.init(
                    audit: .physical, subject: tag, message: "no \(kind) record of \(id) accounts for this tag",
                    hint: "\(kind)s are made with cmkeeper \(kind); a CM engineer finds out who made this one"))
            }
        }
    }

    /// Runs one item's checks; an object git cannot read (corrupt, missing) is a finding, not the end of the audit.
    private func unreadable(_ subject: String, into report: inout AuditReport, _ body: (inout AuditReport) throws -> Void) {
        do {
            try body(&report)
        } catch {
            report.findings.append(.init(audit: .physical, subject: subject, message: "cannot be read: \(error)", hint: "restore the repository from a mirror or backup"))
        }
    }

    /// The annotated tag, or nil with a finding.
    private func annotatedTag(_ tag: String, into report: inout AuditReport) throws -> TagInfo? {
        guard let id = try repository.resolveReference("refs/tags/" + tag) else {
            report.findings.append(.init(audit: .physical, subject: tag, message: "the tag is missing", hint: "restore it from a mirror or backup (git fetch MIRROR 'refs/tags/*:refs/tags/*')"))
            return nil
        }
        guard let info = try repository.tag(id) else {
            report.findings.append(.init(audit: .physical, subject: tag, message: "is a lightweight tag, not the annotated tag cmkeeper made", hint: "the tag was replaced; restore it from a mirror or backup"))
            return nil
        }
        return info
    }

    /// The tag is the one cmkeeper made for its record: its message, and the commit on main that added the record.
    private func checkRecordedTag(_ expected: RecordedTag, _ tag: TagInfo, into report: inout AuditReport) throws {
        let main = try repository.resolveReference(LibraryLayout.mainReference)
        for message in try expected.problems(tag, main: main, in: repository) {
            report.findings.append(.init(
                audit: .physical, subject: expected.name, message: message,
                hint: "the tag was replaced or moved; restore it from a mirror or backup (tags are never moved)"))
        }
    }

    /// A blob's content is what was recorded: its SHA-256 and size, from the store for a large file.
    private func checkContent(path: String, blob: ObjectID, sha256: String, size: Int64, expectLarge: Bool, into report: inout AuditReport) throws {
        let blobSize = try repository.blobSize(blob)
        let data = blobSize < 1024 ? try repository.blobData(blob) : nil
        if let data, let pointer = LFSPointer(parsing: data) {
            guard pointer.oid == sha256, pointer.size == size else {
                report.findings.append(.init(audit: .physical, subject: path, message: "its pointer names \(pointer.oid.prefix(12)), recorded \(sha256.prefix(12))", hint: "restore the repository from a mirror or backup"))
                return
            }
            do {
                try lfs.verify(pointer)
                report.bytesHashed += pointer.size
            } catch {
                report.findings.append(.init(audit: .physical, subject: path, message: error.description, hint: "restore \(lfs.objectPath(pointer.oid)) from a mirror (git lfs fetch --all) or backup"))
            }
            return
        }
        if expectLarge && size > 0 {
            report.findings.append(.init(audit: .physical, subject: path, message: "should be a large-file pointer but is not", hint: "restore the repository from a mirror or backup"))
            return
        }
        let content: Data
        do {
            content = try data ?? repository.blobData(blob)
        } catch {
            report.findings.append(.init(audit: .physical, subject: path, message: "its git object cannot be read: \(error)", hint: "restore the repository from a mirror or backup"))
            return
        }
        report.bytesHashed += Int64(content.count)
        if LFSStore.sha256(of: content) != sha256 || Int64(content.count) != size {
            report.findings.append(.init(audit: .physical, subject: path, message: "its content no longer hashes to the recorded SHA-256", hint: "restore the repository from a mirror or backup"))
        }
    }

    /// git's own full check of the repository, with the real git.
    private func fsck(into report: inout AuditReport) throws {
        let result: GitCommand.Result
        do {
            result = try GitCommand(gitDirectory: repositoryURL).run(["fsck", "--full", "--strict", "--no-dangling", "--no-progress"])
        } catch {
            report.findings.append(.init(audit: .repository, subject: repositoryURL.path, message: "git fsck could not run: \(error)", hint: "install git"))
            return
        }
        if !result.succeeded {
            let lines = result.output.split(separator: "\n").prefix(20).joined(separator: "; ")
            report.findings.append(.init(audit: .repository, subject: repositoryURL.path, message: "git fsck failed: \(lines)", hint: "restore the repository from a mirror or backup"))
        }
    }
}
