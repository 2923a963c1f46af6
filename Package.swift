// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cmkeeper",
    platforms: [.macOS(.v13)],
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
        // A small Swift wrapper over the parts of libgit2 cmkeeper uses. Knows nothing of projects.
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
        // The configuration library's domain: process, roles, projects, releases.
        .target(
            name: "CMKeeperCore",
            dependencies: [
                "GitKit",
                "LFSStore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
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
