// swift-tools-version:6.0
// The demo-data generator: tooling, not product, so it has its own package and never enters `swift test` or
// `make build`. It writes data/boundaries and data/names from authored facts, deterministically.
// Run it with `make data` (swift run --package-path tools/demo-data gazetteer-demo-data data).
import PackageDescription

let package = Package(
    name: "GazetteerDemoData",
    dependencies: [
        // Named explicitly: a path dependency's identity is otherwise its folder name, which differs between clones.
        .package(name: "Gazetteer", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "gazetteer-demo-data",
            dependencies: [
                .product(name: "Gazetteer", package: "Gazetteer"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
