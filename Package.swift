// swift-tools-version:6.0
import PackageDescription

// cmkeeper runs on Linux only: it watches the inbox with inotify and calls Glibc directly.
// SwiftPM's `platforms` can only raise the minimum version of Apple systems, not name Linux
// alone, so it is left out; InboxEvents.swift, OpenedFile.swift and PackWriter.swift stop a
// build elsewhere with `#error`.
let package = Package(
    name: "cmkeeper",
    products: [
        .executable(name: "cmkeeper", targets: ["cmkeeper"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // libgit2, as Debian's libgit2-dev installs it (with zlib, which it depends on).
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // git for cmkeeper, over libgit2 (imported `internal`, so no C type leaks): objects, trees,
        // commits, tags, references, diffs and pushes; it writes each commit's objects as one pack
        // with its index itself, fsynced. Knows nothing of projects.
        .target(
            name: "GitKit",
            dependencies: [
                "CLibGit2",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The git-lfs compatible large-file store inside a bare repository.
        .target(
            name: "LFSStore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The configuration library's domain: process, roles, projects, releases. The default
        // process is Config/process.toml, embedded (Process/process.toml links to it).
        .target(
            name: "CMKeeperCore",
            dependencies: [
                "GitKit",
                "LFSStore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            resources: [.embedInCode("Process/process.toml")]
        ),
        // The background service that keeps a library: the inbox, the post-receive seam.
        .target(
            name: "CMKeeperDaemon",
            dependencies: [
                "CMKeeperCore",
                "GitKit",
                "LFSStore",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The command-line front.
        .executableTarget(
            name: "cmkeeper",
            dependencies: [
                "CMKeeperCore",
                "CMKeeperDaemon",
                "LFSStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Builds real libraries, product libraries and clones in temporary folders for the tests.
        .target(
            name: "CMKeeperTestSupport",
            dependencies: ["CMKeeperCore", "GitKit"],
            path: "Tests/Support"
        ),
        .testTarget(name: "GitKitTests", dependencies: ["GitKit", "CMKeeperTestSupport"]),
        .testTarget(name: "LFSStoreTests", dependencies: ["LFSStore", "CMKeeperTestSupport"]),
        .testTarget(name: "CMKeeperCoreTests", dependencies: ["CMKeeperCore", "LFSStore", "CMKeeperTestSupport"]),
        .testTarget(name: "CMKeeperCLITests", dependencies: ["cmkeeper", "CMKeeperTestSupport"]),
        .testTarget(name: "CMKeeperDaemonTests", dependencies: ["cmkeeper", "CMKeeperDaemon", "CMKeeperTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
