// Workloads 5 and 6: the registry's own exchange path against GDAL's ogr2ogr, on N boundary markers of one line.
//
//   markers  writes the shared input: N markers of line 1523 (蒙黑线) as GeoJSONSeq, and the line itself as GeoJSON
//   import   GeoPackageStore.create + the line imported untimed, then Importer.run(GeoJSONImportSource, .markers) timed.
//            Peer: ogr2ogr -f GPKG out.gpkg markers.geojsonl -nln markers -a_srs EPSG:4490 (peers/gdal.py)
//   export   LayerExporter(.geojson) of the markers of the registry that `import` left. Peer: ogr2ogr -f GeoJSON on
//            the same registry file.
//
// The answers are checked by bench/compare.py, which reads both GeoPackages (and both GeoJSON files) itself with
// Python's sqlite3 and json modules, so neither Gazetteer's nor GDAL's reader judges its own output.
import Foundation
import Gazetteer
import GazetteerGeoPackage

/// The line the markers stand on: 蒙黑线, a polyline roughly along the Inner Mongolia–Heilongjiang boundary.
let markerLineCode = "1523"
let markerLineVertices: [Coordinate] = [
    Coordinate(121.50, 53.30), Coordinate(122.50, 52.00), Coordinate(123.30, 50.50),
    Coordinate(124.00, 49.50), Coordinate(123.80, 48.30), Coordinate(124.30, 47.40),
]

/// The GeoJSON FeatureCollection of the one line record, imported before the markers so their `line` resolves.
func markerLineGeoJSON() -> String {
    let coordinates = markerLineVertices.map { "[\($0.x),\($0.y)]" }.joined(separator: ",")
    return #"{"type":"FeatureCollection","features":[{"type":"Feature","id":"1523","properties":{"code":"1523","name":"蒙黑线","level":"provincial","left_unit":"150000","right_unit":"230000","status":"agreed"},"geometry":{"type":"LineString","coordinates":["# + coordinates + "]}}]}\n"
}

/// One GeoJSONSeq line per marker, deterministic for a count and seed. Positions are spread evenly along the
/// polyline, moved by up to ±0.001° with the LCG of Points.swift, and written with 9 decimals. Properties: the
/// marker layer's simple fields (docs/LAYERS.md); `landmarks` (a JSON array) and the lifespan are left out.
func writeMarkerFiles(_ options: Options) throws {
    let count = options.count ?? 100_000
    var random = LCG(state: options.seed)
    let materials = ["花岗岩", "钢筋混凝土", "不锈钢"]
    let statuses = ["intact", "intact", "intact", "intact", "damaged", "displaced", "rebuilt"]
    var text = ""
    text.reserveCapacity(count * 330)
    let segments = markerLineVertices.count - 1
    for i in 0..<count {
        // Position along the line: parameter t in [0, 1), then the segment and the point on it.
        let t = (Double(i) + 0.5) / Double(count) * Double(segments)
        let s = min(Int(t), segments - 1), f = t - Double(s)
        let a = markerLineVertices[s], b = markerLineVertices[s + 1]
        let x = a.x + (b.x - a.x) * f + (random.next() - 0.5) * 0.002
        let y = a.y + (b.y - a.y) * f + (random.next() - 0.5) * 0.002
        let height = 200 + (random.next() * 80_000).rounded() / 100
        let number = String(format: "1523-%06d", i + 1)
        let kind = i % 50 == 0 ? "triple" : i % 10 == 0 ? "pair" : "single"
        var properties = #"{"number":"\#(number)","line":"\#(markerLineCode)","kind":"\#(kind)","faces":\#(kind == "triple" ? 3 : 2)"#
        properties += #","height":\#(String(format: "%.2f", height)),"survey_crs":"EPSG:4549","accuracy":0.05"#
        properties += #","material":"\#(materials[i % materials.count])","emplaced":"\#(String(format: "20%02d-%02d-%02d", 1 + i % 24, 1 + i % 12, 1 + i % 28))""#
        if i % 10 == 3 { properties += #","device_id":"IM-\#(String(format: "%08X", i))""# }
        properties += #","status":"\#(statuses[i % statuses.count])"}"#
        text += #"{"type":"Feature","properties":\#(properties),"geometry":{"type":"Point","coordinates":[\#(String(format: "%.9f", x)),\#(String(format: "%.9f", y))]}}"#
        text += "\n"
    }
    let out = options.output(options.markers)
    try Data(text.utf8).write(to: URL(fileURLWithPath: out))
    try Data(markerLineGeoJSON().utf8).write(to: URL(fileURLWithPath: options.line))
    FileHandle.standardError.write(Data("gazetteer-bench: wrote \(count) markers (seed \(options.seed)) to \(out), their line to \(options.line)\n".utf8))
}

/// Number of lines of a GeoJSONSeq file (one feature each).
func countLines(_ path: String) throws -> Int {
    try Data(contentsOf: URL(fileURLWithPath: path)).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
}

/// Removes a GeoPackage and its SQLite side files, if present.
func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

/// What the import left, for compare.py: the file to read, and the importer's own tally.
struct ImportAnswer: Encodable {
    var gpkg: String
    var read: Int
    var created: Int
    var rejected: Int
}

/// `gazetteer-bench import`: each run makes a fresh registry at `--registry`, imports the line (untimed), then
/// times `Importer.run` for the markers: a validating first pass over the file, then the write pass in one
/// transaction (insert with R-tree trigger, change event per record, audit entry, gpkg_contents extent).
func runImportWorkload(_ options: Options) throws {
    let workload = "import"
    let count = try countLines(options.markers)
    let effective = RegistryDate(year: 2025, month: 1, day: 1)!
    let mapping = FieldMapping()
    var seconds: [Double] = []
    var last: ImportResult?
    let clock = ContinuousClock()
    for _ in 0..<options.runs {
        removeDatabase(options.registry)
        let registry = try GeoPackageStore.create(at: options.registry)
        let lineOptions = ImportOptions(effective: effective, command: "gazetteer-bench import lines", actor: "bench")
        let lines = try Importer.run(GeoJSONImportSource(file: options.line, layer: .lines, mapping: mapping),
                                     layer: .lines, into: registry, options: lineOptions)
        guard lines.created == 1 else { fail("\(options.line): expected 1 line created, got \(lines)") }
        let source = GeoJSONImportSource(file: options.markers, layer: .markers, mapping: mapping)
        let markerOptions = ImportOptions(effective: effective, command: "gazetteer-bench import markers", actor: "bench")
        let start = clock.now
        let result = try Importer.run(source, layer: .markers, into: registry, options: markerOptions)
        let elapsed = clock.now - start
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        guard result.read == count, result.created == count, result.rejected == 0 else {
            fail("\(options.markers): expected \(count) markers created, got read \(result.read), created \(result.created), rejected \(result.rejected)")
        }
        last = result
    }
    let answer = ImportAnswer(gpkg: options.registry, read: last!.read, created: last!.created, rejected: last!.rejected)
    try report(BenchResult(
        workload: workload, size: "\(count) markers",
        timed: "Importer.run(GeoJSONImportSource, .markers) into a fresh registry holding the line: validate pass + write pass in one transaction",
        seconds: seconds, best: seconds.min()!, answer: answer), options)
}

/// What the export wrote, for compare.py.
struct ExportAnswer: Encodable {
    var geojson: String
    var features: Int
    var registry: String
}

/// `gazetteer-bench export`: times `LayerExporter(format: .geojson)` writing the current markers of `--registry`
/// (left by `import`) to `--out` through `TextOutput` (temporary file renamed into place). Opening the registry is
/// not timed.
func runExportWorkload(_ options: Options) throws {
    let workload = "export"
    guard FileManager.default.fileExists(atPath: options.registry) else {
        fail("\(options.registry) is absent: run `gazetteer-bench import` first")
    }
    let registry = try GeoPackageStore.open(at: options.registry, access: .read)
    let exporter = LayerExporter(format: .geojson)
    let out = options.output("bench/out/export.swift.geojson")
    let (seconds, written) = try timed(runs: options.runs) { () throws -> Int in
        try? FileManager.default.removeItem(atPath: out)
        let output = try TextOutput(path: out)
        let n = try exporter.export(.markers, from: registry, to: output)
        try output.finish()
        return n
    }
    try report(BenchResult(
        workload: workload, size: "\(written) markers",
        timed: "LayerExporter(format: .geojson).export(.markers) to a file (7 decimals), TextOutput.finish included",
        seconds: seconds, best: seconds.min()!, answer: ExportAnswer(geojson: out, features: written, registry: options.registry)),
        options)
}
