// swift-tools-version:6.0
// Gazetteer: a registry of administrative boundaries, boundary markers and place names.
//
// Targets and what each may touch (the compiler enforces it: a C module is visible only to the targets that list it):
//   CGeos, CProj, CSQLite   system libraries (Debian's libgeos-dev, libproj-dev, libsqlite3-dev)
//   GazetteerGeometry       the only target that links GEOS and PROJ: geometry values, codecs, operations, geodesy
//   Gazetteer               model, findings, the RegistryStore protocol, exchange, checks, reports (no C modules)
//   GazetteerGeoPackage     the only target that links SQLite: the registry as a GeoPackage file (GeoPackageStore)
//   gazetteer-cli           the `gazetteer` command
// The demo-data generator (tools/demo-data) and the benchmarks (bench/) are packages of their own.
import PackageDescription

let package = Package(
    name: "Gazetteer",
    products: [
        .library(name: "Gazetteer", targets: ["Gazetteer", "GazetteerGeoPackage"]),
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
            name: "GazetteerGeometry",
            dependencies: ["CGeos", "CProj"]
        ),
        .target(
            name: "Gazetteer",
            dependencies: ["GazetteerGeometry"]
        ),
        .target(
            name: "GazetteerGeoPackage",
            dependencies: ["Gazetteer", "CSQLite"]
        ),
        .executableTarget(
            name: "gazetteer-cli",
            dependencies: [
                "Gazetteer",
                "GazetteerGeoPackage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GazetteerGeometryTests",
            dependencies: ["GazetteerGeometry"]
        ),
        .testTarget(
            name: "GazetteerTests",
            dependencies: ["Gazetteer", "GazetteerGeoPackage", "gazetteer-cli"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
