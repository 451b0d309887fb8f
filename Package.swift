// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ConflictArchive",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "archive", targets: ["ArchiveCLI"]),
        .library(name: "ArchiveKit", targets: ["ArchiveKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // Debian's libcmark-dev, seen through pkg-config. Only Render/CMark.swift imports it.
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE): swaps the new site into place in one step (SiteWriter).
        .target(name: "CFileSwap"),
        .target(
            name: "ArchiveKit",
            dependencies: [
                "Ccmark",
                "CFileSwap",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/gazetteer.yaml")]
        ),
        .executableTarget(
            name: "ArchiveCLI",
            dependencies: [
                "ArchiveKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over ingest, extraction and front matter: see fuzz/README.md.
        // A plain build gives a replayer that runs saved inputs, so the target always compiles.
        .executableTarget(
            name: "FuzzIngest",
            dependencies: ["ArchiveKit"]
        ),
        .testTarget(
            name: "ArchiveKitTests",
            dependencies: ["ArchiveKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ArchiveCLITests",
            dependencies: ["ArchiveKit"]
        ),
    ]
)
