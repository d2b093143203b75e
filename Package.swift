// swift-tools-version:6.0
// Gazetteer: a registry of administrative boundaries, boundary markers and place names.
import PackageDescription

let package = Package(
    name: "Gazetteer",
    products: [
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .executable(name: "gazetteer", targets: ["gazetteer-cli"]),
    ],
    dependencies: [
        // The only package dependency: the CLI's argument parsing. GEOS, PROJ and SQLite come from Debian.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGeos",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]
        ),
        .systemLibrary(
            name: "CProj",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "Gazetteer",
            dependencies: ["CGeos", "CProj", "CSQLite"]
        ),
        .executableTarget(
            name: "gazetteer-cli",
            dependencies: [
                "Gazetteer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gazetteer-demo-data",
            dependencies: ["Gazetteer"]
        ),
        .testTarget(
            name: "GazetteerTests",
            dependencies: ["Gazetteer", "gazetteer-cli"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
