import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The product library: a folder of `PRODUCT/VERSION/…`, each version's install packages and
/// documents (user installation manual, release notes), any names, any depth.
public struct ProductLibrary: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// One file of a version, as it will be released.
    public struct File: Sendable, Equatable {
        /// Path inside the version folder.
        public let relativePath: RepositoryPath
        public let absolutePath: String
        public let size: Int64
    }

    /// The products (top-level folders), sorted.
    public func products() -> [String] {
        (try? Self.folderNames(root.path)) ?? []
    }

    /// The versions of a product, sorted.
    public func versions(of product: String) -> [String] {
        (try? Self.folderNames(root.appendingPathComponent(product).path)) ?? []
    }

    /// Every file of `PRODUCT/VERSION/`, sorted by path, checked to be releasable.
    ///
    /// Refuses, listing every problem: an unknown product or version, an empty version, a
    /// symlink, device, FIFO, socket or unreadable file, and a name that is not a safe git path
    /// or that differs from another only in letter case.
    public func files(product: String, version: String) throws(CMKeeperError) -> [File] {
        try Self.checkName(product, of: "product")
        try Self.checkName(version, of: "version")
        var isDir: ObjCBool = false
        let productPath = root.appendingPathComponent(product).path
        guard FileManager.default.fileExists(atPath: productPath, isDirectory: &isDir), isDir.boolValue else {
            let known = products()
            throw .notFound(
                "the product library (\(root.path)) has no product “\(product)”",
                hint: known.isEmpty ? "put the product's versions under \(productPath)/VERSION/" : "known products: \(known.joined(separator: ", "))")
        }
        let versionPath = productPath + "/" + version
        guard FileManager.default.fileExists(atPath: versionPath, isDirectory: &isDir), isDir.boolValue else {
            let known = versions(of: product)
            throw .notFound(
                "product “\(product)” has no version “\(version)” in the product library",
                hint: known.isEmpty ? "put its files under \(versionPath)/" : "known versions of \(product): \(known.joined(separator: ", "))")
        }

        var files: [File] = []
        var problems: [String] = []
        walk(folder: versionPath, relative: [], into: &files, problems: &problems)
        for (a, b) in RepositoryPath.caseCollisions(in: files.map(\.relativePath)) {
            problems.append("“\(a)” and “\(b)” differ only in letter case: Windows and macOS clients cannot hold both")
        }
        if !problems.isEmpty {
            throw .refused(
                "\(product) \(version) cannot be released:\n" + problems.map { "  - \($0)" }.joined(separator: "\n"),
                hint: "fix the version folder \(versionPath) in the product library, then release again; nothing was written")
        }
        guard !files.isEmpty else {
            throw .refused("\(product) \(version) is empty: \(versionPath) holds no files", hint: "put the install packages and documents in it first")
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    /// Refuses a product or version name that is not one safe folder name.
    public static func checkName(_ name: String, of what: String) throws(CMKeeperError) {
        guard (try? RepositoryPath(validating: name))?.components.count == 1 else {
            throw .refused("“\(name)” is not a valid \(what) name", hint: "name one folder of the product library")
        }
    }

    private func walk(folder: String, relative: [String], into files: inout [File], problems: inout [String]) {
        let shown = relative.isEmpty ? "the version folder" : relative.joined(separator: "/")
        let entries: [[UInt8]]
        do {
            entries = try Self.rawNames(folder)
        } catch {
            problems.append("\(shown): cannot be read (\(error.localizedDescription))")
            return
        }
        for nameBytes in entries {
            let name: String
            do {
                name = try RepositoryPath(validatingBytes: nameBytes).string
            } catch {
                let display = (relative + [String(decoding: nameBytes, as: UTF8.self)]).joined(separator: "/")
                problems.append("\(display.debugDescription.dropFirst().dropLast()): \(error.reason)")
                continue
            }
            let components = relative + [name]
            let display = components.joined(separator: "/")
            let absolute = folder + "/" + name
            var info = stat()
            guard lstat(absolute, &info) == 0 else {
                problems.append("\(display): cannot be read (\(String(cString: strerror(errno))))")
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(folder: absolute, relative: components, into: &files, problems: &problems)
            case S_IFREG:
                guard access(absolute, R_OK) == 0 else {
                    problems.append("\(display): cannot be read (\(String(cString: strerror(errno)))); give cmkeeper read permission")
                    continue
                }
                do {
                    let path = try RepositoryPath(components: components)
                    files.append(File(relativePath: path, absolutePath: absolute, size: Int64(info.st_size)))
                } catch {
                    problems.append("\(display): \(error.reason)")
                }
            case S_IFLNK:
                problems.append("\(display): is a symbolic link; put the file itself in the product library")
            case S_IFIFO:
                problems.append("\(display): is a FIFO (named pipe), not a file")
            case S_IFCHR, S_IFBLK:
                problems.append("\(display): is a device, not a file")
            case S_IFSOCK:
                problems.append("\(display): is a socket, not a file")
            default:
                problems.append("\(display): is not a regular file")
            }
        }
    }

    /// The raw names in a folder (as bytes: names need not be UTF-8), without . and ..
    static func rawNames(_ folder: String) throws -> [[UInt8]] {
        guard let dir = opendir(folder) else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if bytes == [46] || bytes == [46, 46] { continue }
            names.append(bytes)
        }
        return names
    }

    static func folderNames(_ path: String) throws -> [String] {
        try rawNames(path).compactMap { bytes -> String? in
            guard let name = String(validating: bytes, as: UTF8.self) else { return nil }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDir), isDir.boolValue else { return nil }
            return name
        }.sorted()
    }
}
