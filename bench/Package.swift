// swift-tools-version:6.0
// GazetteerBench: benchmarks of the Gazetteer library against its Python peers (shapely, pyproj).
// A separate package so that benchmarks never enter the library's build or test graph.
// Build (release only): swift build -c release --package-path bench --scratch-path bench/.build
// Run everything, with the peers and the comparison table: bash bench/run.sh
import PackageDescription

let package = Package(
    name: "GazetteerBench",
    dependencies: [
        // Named explicitly: a path dependency's identity is otherwise its folder name, which differs between clones.
        .package(name: "Gazetteer", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "gazetteer-bench",
            dependencies: [
                .product(name: "Gazetteer", package: "Gazetteer"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
