// swift-tools-version:6.0
// The character-table generator: tooling, not product, so it has its own package and never enters `swift test`.
// It derives data/names/hanzi.tsv and data/names/variants.tsv from Unihan (Debian's unicode-data package).
// Run it with: swift run --package-path tools/char-tables gazetteer-char-tables /usr/share/unicode data/names
import PackageDescription

let package = Package(
    name: "GazetteerCharTables",
    targets: [
        .executableTarget(name: "gazetteer-char-tables"),
    ],
    swiftLanguageModes: [.v6]
)
