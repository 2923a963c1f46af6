import Foundation
import GitKit
import LFSStore

extension Library {
    /// Audits the library, one project, or one `release/` or `baseline/` tag.
    ///
    /// Physical audit: every item of each baseline's manifest is in the tagged tree with the
    /// same blob, its content hashes to the recorded SHA-256, and every large file is in the
    /// store and hashes to its id; every release tag holds its record from the release log; no
    /// baseline or release tag has moved (each must point at the very commit that added its
    /// record to the project's log, a commit on main). Functional audit: each closed project
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
            if !tagInfo.message.contains(record.jsonLine()) {
                report.findings.append(.init(audit: .physical, subject: tag, message: "does not hold the release record \(record.id) of the release log", hint: "the tag was replaced; restore it from a mirror or backup"))
            }
            try checkTagPointsAtRecordCommit(tag, target: tagInfo.target, logPath: logPath, line: record.jsonLine(), into: &report)
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
            guard let manifest = try? BaselineManifest.parse(tagMessage: tagInfo.message) else {
                report.findings.append(.init(audit: .physical, subject: record.tag, message: "holds no readable manifest", hint: "the tag was replaced; restore it from a mirror or backup"))
                continue
            }
            if LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)) != record.manifestSHA256 {
                report.findings.append(.init(audit: .physical, subject: record.tag, message: "its manifest is not the one recorded in \(logPath)", hint: "the tag was replaced; restore it from a mirror or backup"))
            }
            try checkTagPointsAtRecordCommit(record.tag, target: tagInfo.target, logPath: logPath, line: record.jsonLine(), into: &report)
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

    /// A tag has not moved when it points at the commit, on main, that added its record line.
    private func checkTagPointsAtRecordCommit(_ tag: String, target: ObjectID, logPath: String, line: String, into report: inout AuditReport) throws {
        guard repository.objectType(target) == "commit" else {
            report.findings.append(.init(audit: .physical, subject: tag, message: "does not point at a commit", hint: "restore the tag from a mirror or backup"))
            return
        }
        let main = try repository.resolveReference(LibraryLayout.mainReference)
        let onMain = try main.map { try repository.isAncestor(target, of: $0) } ?? false
        let commit = try repository.commit(target)
        let has = { (tree: ObjectID?) throws -> Bool in
            guard let tree, let entry = try self.repository.entry(at: logPath, inTree: tree) else { return false }
            return String(decoding: try self.repository.blobData(entry.id), as: UTF8.self).split(separator: "\n").contains(Substring(line))
        }
        let parentHas = try commit.parents.first.map { try has(try repository.commit($0).tree) } ?? false
        let recordedHere = try has(commit.tree)
        if !onMain || !recordedHere || parentHas {
            report.findings.append(.init(
                audit: .physical, subject: tag, message: "has moved: it does not point at the commit on main that recorded it",
                hint: "restore the tag from a mirror or backup; tags are never moved"))
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
