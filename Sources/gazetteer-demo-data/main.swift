import Foundation
import Gazetteer

// Regenerates the bundled demo data from the authored facts in this target.
// Usage: swift run gazetteer-demo-data [DATA_DIR]   (default: ./data)
// The output is deterministic: running it twice gives identical files (scattered values come from
// fixed-seed streams, see SeededGenerator.swift).
//
// Files written (schemas in docs/LAYERS.md):
//   boundaries/demo_units.geojson            the 14 county-level units (Partition.swift)
//   boundaries/demo_lines.geojson            蒙黑线, 呼兴线 and the county lines (Lines.swift)
//   boundaries/demo_markers.geojson          boundary markers along every line (Markers.swift)
//   boundaries/demo_inspection_round.geojson a 2025 joint inspection of 蒙黑线 (InspectionRound.swift)
//   names/demo_names.csv, names/categories.tsv  place names and their category tree (PlaceNames.swift)

let dataDirectory = CommandLine.arguments.dropFirst().first ?? "data"

do {
    let polygons = try Partition.build()
    try UnitsLayer.write(polygons, to: dataDirectory + "/boundaries/demo_units.geojson")
    print("wrote units: \(Authored.units.count)")
    let lines = try Lines.build(units: polygons)
    try Lines.write(lines, to: dataDirectory + "/boundaries/demo_lines.geojson")
    let markers = try Markers.build(lines: lines, units: polygons)
    try Markers.write(markers, to: dataDirectory + "/boundaries/demo_markers.geojson")
    print("wrote markers: \(markers.count) posts")
    let observed = try InspectionRound.write(markers, to: dataDirectory + "/boundaries/demo_inspection_round.geojson")
    print("wrote inspection round \(InspectionRound.name): \(observed) observations")
    print("wrote lines: \(lines.count) (\(lines.filter { $0.level == .county }.count) county lines in \(lines.filter { $0.level == .county }.reduce(0) { $0 + $1.pieces.count }) pieces)")
} catch {
    FileHandle.standardError.write(Data("gazetteer-demo-data: \(error)\n".utf8))
    exit(1)
}
