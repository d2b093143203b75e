import Foundation
import Gazetteer

// Regenerates the bundled demo data from the authored facts in this target.
// Usage: swift run --package-path tools/demo-data gazetteer-demo-data [DATA_DIR]   (default: ./data)
// The output is deterministic: running it twice gives identical files (scattered values come from
// fixed-seed streams, see SeededGenerator.swift).
//
// Files written (schemas in docs/LAYERS.md):
//   boundaries/demo_units.geojson             the 14 county-level units (Partition.swift, Units.swift)
//   boundaries/demo_units_2024.geojson        a 2024 version of 扎兰屯市 with its seat moved (PlantedFaults.swift)
//   boundaries/demo_lines.geojson             蒙黑线, 呼兴线 and the county lines (Lines.swift), two of them with
//                                             planted faults (PlantedFaults.swift)
//   boundaries/demo_markers.geojson           markers along every line (Markers.swift, MarkerConditions.swift)
//   boundaries/demo_inspection_round.geojson  a 2025 joint inspection of 蒙黑线 (InspectionRound.swift, which
//                                             documents the format)
//   boundaries/demo_telemetry.jsonl          six weeks of smart-marker messages with planted alerts (Telemetry.swift)
//   names/demo_names.csv, names/categories.tsv  place names and their category tree (PlaceNames.swift,
//                                             NameCatalogue.swift, Names*.swift, NameCategories.swift)
//   names/demo_names_lines.geojson            names planted across a boundary (MisplacedNames.swift; its
//                                             misfiled points go to demo_names.csv)
//   names/demo_renames_2023.csv               a later rename, for the history demo (Renames.swift)
// data/names/README.md is written by hand.

let dataDirectory = CommandLine.arguments.dropFirst().first ?? "data"
let boundaries = dataDirectory + "/boundaries/"

do {
    let polygons = try Partition.build()
    try UnitsLayer.write(polygons, to: boundaries + "demo_units.geojson")
    print("wrote units: \(Authored.units.count)")
    try UnitsLayer.write(polygons, to: boundaries + "demo_units_2024.geojson", only: [PlantedFaults.movedSeatUnit], seat: PlantedFaults.seat2024)
    print("wrote the 2024 version of \(PlantedFaults.movedSeatUnit): its seat moved, for import without a decision")

    let lines = try Lines.build(units: polygons)
    // The markers (below) stand on the true lines; the lines file carries the planted line faults.
    try Lines.write(PlantedFaults.lines(lines), to: boundaries + "demo_lines.geojson")
    let county = lines.filter { $0.level == .county }
    print("wrote lines: \(lines.count) (1 provincial, 1 prefectural, \(county.count) county lines in "
        + "\(county.reduce(0) { $0 + $1.pieces.count }) pieces)")

    let markers = try Markers.build(lines: lines, units: polygons)
    try Markers.write(markers, to: boundaries + "demo_markers.geojson")
    print("wrote markers: \(markers.count) posts")

    let observed = try InspectionRound.write(markers, to: boundaries + "demo_inspection_round.geojson")
    print("wrote inspection round \(InspectionRound.name): \(observed) observations")

    let messages = try Telemetry.write(markers, to: boundaries + "demo_telemetry.jsonl")
    print("wrote telemetry: \(messages) messages from \(MarkerConditions.smart.count) smart markers")

    let catalogued = try PlaceNames.build(units: polygons)
    let names = catalogued + (try MisplacedNames.misfiledRecords(after: catalogued.count, units: polygons))
    try PlaceNames.write(names, to: dataDirectory + "/names/demo_names.csv")
    try MisplacedNames.writeLines(after: names.count, units: polygons, to: dataDirectory + "/names/demo_names_lines.geojson")
    try NameCategories.write(to: dataDirectory + "/names/categories.tsv")
    let renamed = try Renames.write(names, to: dataDirectory + "/names/demo_renames_2023.csv")
    print("wrote the 2023 rename of \(renamed): \(Renames.oldName) → \(Renames.newName)")
    print("wrote names: \(names.count) (\(names.filter { $0.entry.latin != nil }.count) with mongolian_latin, "
        + "\(PlaceNames.problems(names).count) deliberately faulty, \(MisplacedNames.misfiled.count) registered in the wrong unit, "
        + "\(MisplacedNames.straddling.count) lines across a boundary)")
} catch {
    FileHandle.standardError.write(Data("gazetteer-demo-data: \(error)\n".utf8))
    exit(1)
}
