import Foundation
import LFSStore
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
        /// The file as the scan found it: a release copies it only if it is still that file.
        public let identity: FileIdentity
        public var size: Int64 { identity.size }
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
        let productPath = root.appendingPathComponent(product).path
        let versionPath = productPath + "/" + version
        // Every folder on the way is opened from the one above without following a link, so
        // none can be swapped for a link while the version is scanned.
        let rootFolder = try Self.folder(root.path, shownAs: root.path, in: nil) {
            .notFound(.productLibraryCannotOpen(root.path), hint: .checkProductLibrarySetting)
        }
        let productFolder = try Self.folder(product, shownAs: productPath, in: rootFolder) {
            let known = products()
            return .notFound(
                .noProductInLibrary(library: root.path, product: product),
                hint: known.isEmpty ? .putVersionsUnder(productPath) : .knownProducts(known.joined(separator: ", ")))
        }
        let versionFolder = try Self.folder(version, shownAs: versionPath, in: productFolder) {
            let known = versions(of: product)
            return .notFound(
                .noVersionOfProduct(product: product, version: version),
                hint: known.isEmpty ? .putFilesUnder(versionPath) : .knownVersions(product: product, known.joined(separator: ", ")))
        }

        var files: [File] = []
        var problems: [Message] = []
        walk(versionFolder, path: versionPath, relative: [], into: &files, problems: &problems)
        for (a, b) in RepositoryPath.caseCollisions(in: files.map(\.relativePath)) {
            problems.append(Message.caseTwinsInVersion(a.string, b.string))
        }
        if !problems.isEmpty {
            throw .refused(.cannotBeReleased(product: product, version: version, problems: problems), hint: .fixVersionFolder(versionPath))
        }
        guard !files.isEmpty else {
            throw .refused(.versionEmpty(product: product, version: version, folder: versionPath), hint: .putPackagesFirst)
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    /// Refuses a product or version name that is not one safe folder name.
    public static func checkName(_ name: String, of what: String) throws(CMKeeperError) {
        guard (try? RepositoryPath(validating: name))?.components.count == 1 else {
            throw .refused(.notAValidProductName(name, version: what == "version"), hint: .nameOneProductFolder)
        }
    }

    /// Opens a folder of the product library (the root may be a link the administrator made; no
    /// other): a missing one is `missing()`, a link or a file is refused.
    private static func folder(
        _ name: String, shownAs shown: String, in parent: OpenedFile?, missing: () -> CMKeeperError
    ) throws(CMKeeperError) -> OpenedFile {
        do {
            return try OpenedFile.openFolder(name, in: parent, shownAs: shown, followingLink: parent == nil)
        } catch .io(_, _, ENOENT) {
            throw missing()
        } catch .notRegularFile(_, let kind) {
            throw .refused(.notAFolder(path: shown, kind: kind), hint: .putFolderNotLink)
        } catch {
            throw .lfs(error)
        }
    }

    private func walk(_ folder: OpenedFile, path: String, relative: [String], into files: inout [File], problems: inout [Message]) {
        let shown: Message = relative.isEmpty ? .theVersionFolder : .verbatim(relative.joined(separator: "/"))
        let entries: [[UInt8]]
        do {
            entries = try folder.names()
        } catch {
            problems.append(.reasonAndFix(shown, fix: .cannotBeReadBecause("\(error)")))
            return
        }
        for nameBytes in entries {
            let name: String
            do {
                name = try RepositoryPath(validatingBytes: nameBytes).string
            } catch {
                let display = (relative + [String(decoding: nameBytes, as: UTF8.self)]).joined(separator: "/")
                problems.append(.reasonAndFix(.verbatim(String(display.debugDescription.dropFirst().dropLast())), fix: error.message))
                continue
            }
            let components = relative + [name]
            let display = components.joined(separator: "/")
            let absolute = path + "/" + name
            let info: stat
            do {
                info = try folder.status(of: name)
            } catch {
                problems.append(.reasonAndFix(.verbatim(display), fix: .cannotBeReadBecause("\(error)")))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                do {
                    let inner = try OpenedFile.openFolder(name, in: folder, shownAs: absolute)
                    walk(inner, path: absolute, relative: components, into: &files, problems: &problems)
                } catch {
                    problems.append(.reasonAndFix(.verbatim(display), fix: CMKeeperError.lfs(error).message))
                }
            case S_IFREG:
                guard faccessat(folder.descriptor.rawValue, name, R_OK, 0) == 0 else {
                    problems.append(.reasonAndFix(.verbatim(display), fix: .cannotBeReadGivePermission(String(cString: strerror(errno)))))
                    continue
                }
                do {
                    let path = try RepositoryPath(components: components)
                    files.append(File(relativePath: path, absolutePath: absolute, identity: FileIdentity(info)))
                } catch {
                    problems.append(.reasonAndFix(.verbatim(display), fix: error.message))
                }
            case S_IFLNK:
                problems.append(.reasonAndFix(.verbatim(display), fix: .linkInProductLibrary))
            case S_IFIFO:
                problems.append(.reasonAndFix(.verbatim(display), fix: .notAFile(.fifo)))
            case S_IFCHR, S_IFBLK:
                problems.append(.reasonAndFix(.verbatim(display), fix: .notAFile(.device)))
            case S_IFSOCK:
                problems.append(.reasonAndFix(.verbatim(display), fix: .notAFile(.socket)))
            default:
                problems.append(.reasonAndFix(.verbatim(display), fix: .notAFile(.other)))
            }
        }
    }

    /// The names of the folders (not links to folders) in the folder at `path`, sorted.
    static func folderNames(_ path: String) throws -> [String] {
        let folder = try OpenedFile.openFolder(path, followingLink: true)
        return try folder.names().compactMap { bytes -> String? in
            guard let name = String(validating: bytes, as: UTF8.self),
                  (try? folder.status(of: name)).map({ $0.st_mode & S_IFMT == S_IFDIR }) == true
            else { return nil }
            return name
        }.sorted()
    }
}
