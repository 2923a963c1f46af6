import Foundation
import GitKit
import LFSStore

/// The kinds of handover package `export` writes.
public enum ArchiveFormat: String, Sendable, CaseIterable {
    case zip, tar

    /// The format a file name asks for, by its extension.
    public init?(fileName: String) {
        self.init(rawValue: (fileName as NSString).pathExtension.lowercased())
    }
}

/// A handover package written.
public struct ExportOutcome: Sendable {
    public let file: URL
    public let baseline: String
    public let items: Int
    public let bytes: Int64
}

extension Library {
    /// Writes the handover package of a project's baseline (default: its latest): every document
    /// and released file of the baseline (large files' content, not pointers), under
    /// `PROJECT-NAME/`, with a handover checklist (项目验收移交客户资料清单) generated from the
    /// manifest and a `SHA256SUMS` the customer checks with `sha256sum -c`. The same baseline
    /// always gives the same bytes. The file appears only when complete (written aside,
    /// fsynced, renamed).
    public func export(project projectID: String, baseline name: String? = nil, to output: URL, progress: (@Sendable (Int64, Int64) -> Void)? = nil) throws(CMKeeperError) -> ExportOutcome {
        let id = try ProjectID(validating: projectID).rawValue
        guard let format = ArchiveFormat(fileName: output.lastPathComponent) else {
            throw .refused("cannot tell the package's format from “\(output.lastPathComponent)”", hint: "name it FILE.zip or FILE.tar")
        }
        let snapshot = try self.snapshot()
        let records = try baselines(of: id, in: snapshot)
        guard let record = name.map({ n in records.first { $0.name == n } }) ?? records.last else {
            throw records.isEmpty
                ? .refused("project \(id) has no baseline yet", hint: "a CM engineer makes one after acceptance: cmkeeper baseline \(id)")
                : .notFound("project \(id) has no baseline \(name ?? "")", hint: "its baselines: \(records.map(\.name).joined(separator: ", "))")
        }
        let (manifest, tree) = try translatingErrors { () throws -> (BaselineManifest, ObjectID) in
            guard let tagID = try repository.resolveReference("refs/tags/" + record.tag), let tag = try repository.tag(tagID),
                  let manifest = try? BaselineManifest.parse(tagMessage: tag.message),
                  LFSStore.sha256(of: Data(manifest.canonicalJSON().utf8)) == record.manifestSHA256
            else {
                throw CMKeeperError(.storage, "the tag \(record.tag) does not hold the baseline recorded for it", hint: "run cmkeeper verify \(id)")
            }
            return (manifest, try repository.commit(tag.target).tree)
        }

        let folder = LibraryLayout.projectFolder(id) + "/"
        let root = "\(id)-\(record.name)/"
        let total = manifest.totalSize
        try Self.checkOutput(output)
        let temporary: TemporaryFile
        do {
            temporary = try TemporaryFile(in: output.deletingLastPathComponent().path, prefix: ".\(output.lastPathComponent).")
        } catch {
            throw CMKeeperError(.storage, "cannot write in \(output.deletingLastPathComponent().path): \(error)", hint: "check the folder exists and is writable")
        }
        let handle = FileHandle(fileDescriptor: temporary.descriptor.rawValue, closeOnDealloc: false)
        var done: Int64 = 0
        do {
            let out = ArchiveOutput(handle: handle)
            var writer: any ArchiveWriter = format == .tar
                ? TarWriter(output: out, modificationTime: Int64(manifest.createdAt.timeIntervalSince1970))
                : ZipWriter(output: out, date: manifest.createdAt)
            for item in manifest.items.sorted(by: { $0.path < $1.path }) {
                let relative = item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path
                guard let entry = try repository.entry(at: item.path, inTree: tree), entry.id.hex == item.blob else {
                    throw CMKeeperError(.storage, "\(item.path) is not in the baseline's tree as recorded", hint: "run cmkeeper verify \(id)")
                }
                try writer.addFile(path: root + relative, size: item.size) { write in
                    if item.largeFile {
                        try lfs.read(LFSPointer(oid: item.sha256, size: item.size)) { chunk in
                            try write(chunk)
                            done += Int64(chunk.count)
                            progress?(done, total)
                        }
                    } else {
                        let data = try repository.blobData(entry.id)
                        guard LFSStore.sha256(of: data) == item.sha256 else {
                            throw CMKeeperError(.storage, "\(item.path) does not hash to its baseline's SHA-256", hint: "run cmkeeper verify \(id)")
                        }
                        try data.withUnsafeBytes { try write($0) }
                        done += Int64(data.count)
                        progress?(done, total)
                    }
                }
            }
            for (name, text) in [("项目验收移交客户资料清单.txt", Self.checklist(manifest, root: root, folder: folder)), ("SHA256SUMS", Self.sums(manifest, folder: folder))] {
                let data = Data(text.utf8)
                try writer.addFile(path: root + name, size: Int64(data.count)) { write in try data.withUnsafeBytes { try write($0) } }
            }
            try writer.finish()
            try handle.synchronize()
        } catch {
            temporary.remove()
            throw translatingErrorsValue(error, doing: "writing the handover package", at: output.path)
        }
        do {
            try temporary.rename(to: output.path)
        } catch {
            temporary.remove()
            throw .lfs(error)
        }
        return ExportOutcome(file: output, baseline: record.name, items: manifest.items.count, bytes: total)
    }

    /// Refuses an output path that is a link, FIFO, device or folder: the package only ever
    /// replaces a regular file (it is renamed into place, never written through a link).
    static func checkOutput(_ output: URL) throws(CMKeeperError) {
        var info = stat()
        guard lstat(output.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG else { return }
        throw .refused(
            "\(output.path) is \(OpenedFile.describe(info.st_mode & S_IFMT)): the package is not written there",
            hint: "name a new file or a regular file to replace, e.g. \(output.deletingLastPathComponent().path)/交付.zip")
    }

    /// The handover checklist: what the customer receives, each item with its SHA-256.
    static func checklist(_ m: BaselineManifest, root: String, folder: String) -> String {
        var lines = [
            "项目验收移交客户资料清单 (handover checklist)",
            "项目 (project): \(m.project)",
            "基线 (baseline): \(m.name), \(Timestamp.format(m.createdAt)), by \(m.createdBy)",
            "条目 (items): \(m.items.count), \(m.totalSize) bytes",
            "",
            "Check every file with: cd \(root.dropLast()) && sha256sum -c SHA256SUMS",
            "",
            "SHA-256\tsize\ttype\tsubmitted by\tsubmitted at\tpath",
        ]
        for item in m.items.sorted(by: { $0.path < $1.path }) {
            let relative = item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path
            lines.append("\(item.sha256)\t\(item.size)\t\(item.documentType)\t\(item.submittedBy)\t\(Timestamp.format(item.submittedAt))\t\(relative)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `sha256sum -c` input for the package's files.
    static func sums(_ m: BaselineManifest, folder: String) -> String {
        m.items.sorted(by: { $0.path < $1.path }).map { item in
            "\(item.sha256)  \(item.path.hasPrefix(folder) ? String(item.path.dropFirst(folder.count)) : item.path)\n"
        }.joined()
    }
}
