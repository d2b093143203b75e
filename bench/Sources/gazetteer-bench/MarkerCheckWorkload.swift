// Workload 11: the marker check (`gazetteer inspect markers --lines FILE --markers FILE`) on a 界桩成果表 of
// 100,000 markers along Hulunbuir's county lines.
//
//   marker-check-input  derives the lines between the DataV file's counties (LineDerivation, as
//                       `gazetteer geometry derive-lines --scope 150700`) and writes them as a lines-layer GeoJSON;
//                       then N markers spread along them in proportion to length, each moved off its line
//                       perpendicularly by up to 8 m, 1% of them by 40–120 m (off-line), some 210 pairs of numbers
//                       swapped seven markers apart (out of order), each with three landmarks (bearing, distance);
//                       numbers CODE-NNNNN increasing along each line; written as a GeoJSON FeatureCollection
//   marker-check        MarkerInputReader.read of both files (untimed: the file readers are workloads 5 and 6), then
//                       MarkerCheck.findings timed: every line projected into its zone and indexed, every marker
//                       located, the position, numbering, spacing and landmark checks
// Peer: pyproj + shapely, the same rules in Python (peers/marker_check.py). Each side writes its findings as
// "code|subject,subject" keys; compare.py requires the same set, and the same sum of off-line distances.
import Foundation
import Gazetteer

/// `gazetteer-bench marker-check-input`.
func writeMarkerCheckInput(_ options: Options) throws {
    guard FileManager.default.fileExists(atPath: options.data) else { fail(missingData(options.data)) }
    let input = try CheckInputReader.read(files: [options.data], idField: "adcode", nameField: "name", crs: nil,
                                          selection: UnitSelection(level: .county))
    let derived = try LineDerivation.derive(input.units, scope: "150700").lines
    let linesText = GeoJSONExporter().featureCollection(derived.map(\.line.record), name: "lines")
    try Data(linesText.utf8).write(to: URL(fileURLWithPath: options.line))

    // Each part of each line, in its zone, with its planar length: markers are spread in proportion to it.
    struct Part { var line: BoundaryLine; var zone: GaussKrugerZone; var native: NativeGeometry; var length: Double }
    var parts: [Part] = []
    for d in derived {
        guard let geometry = d.line.geometry else { continue }
        let zone = try GaussKrugerZone(for: geometry)
        for part in geometry.lineStrings where part.coordinates.count >= 2 {
            let native = try NativeGeometry(try zone.project(.lineString(part)))
            parts.append(Part(line: d.line, zone: zone, native: native, length: try native.length()))
        }
    }
    let total = parts.map(\.length).reduce(0, +)
    let count = options.count ?? 100_000
    var random = LCG(state: options.seed)
    struct Marker { var line: String; var position: Coordinate; var sequence: Int }
    var markers: [Marker] = []
    markers.reserveCapacity(count)
    var sequences: [String: Int] = [:]
    var offLine = 0
    var before = 0.0
    for part in parts {
        let first = Int((before / total * Double(count)).rounded()), last = Int(((before + part.length) / total * Double(count)).rounded())
        before += part.length
        let n = last - first
        guard n > 0 else { continue }
        var metres: [Coordinate] = []
        metres.reserveCapacity(n)
        for k in 0..<n {
            let along = (Double(k) + 0.5) / Double(n) * part.length
            let here = try part.native.interpolate(along)
            let ahead = try part.native.interpolate(min(along + 1, part.length))
            let behind = try part.native.interpolate(max(along - 1, 0))
            let (dx, dy) = (ahead.x - behind.x, ahead.y - behind.y)
            let norm = max((dx * dx + dy * dy).squareRoot(), 1e-9)
            var offset = (random.next() * 2 - 1) * 8
            if random.next() < 0.01 {
                offset = (offset < 0 ? -1 : 1) * (40 + random.next() * 80)
                offLine += 1
            }
            metres.append(Coordinate(here.x - dy / norm * offset, here.y + dx / norm * offset))
        }
        let degrees = try part.zone.projection().inverse.transform(metres)
        for p in degrees {
            let sequence = sequences[part.line.code, default: 0] + 1
            sequences[part.line.code] = sequence
            markers.append(Marker(line: part.line.code, position: p, sequence: sequence))
        }
    }
    // Swapped numbers: marker i takes i + 7's number and the other way round, on the same line, no marker twice.
    var swapped = Set<Int>()
    for i in 0..<max(0, markers.count - 7) where random.next() < 0.0021 {
        let j = i + 7
        guard markers[i].line == markers[j].line, !swapped.contains(i), !swapped.contains(j) else { continue }
        (markers[i].sequence, markers[j].sequence) = (markers[j].sequence, markers[i].sequence)
        swapped.formUnion([i, j])
    }
    var text = #"{"type":"FeatureCollection","name":"markers","features":["# + "\n"
    for (i, m) in markers.enumerated() {
        let number = "\(m.line)-" + String(format: "%05d", m.sequence)
        let landmarks = (1...3).map { k in
            let bearing = String(format: "%.1f", random.next() * 359.9), distance = String(format: "%.1f", 50 + random.next() * 350)
            return #"{"name":"方位物\#(k)","bearing":\#(bearing),"distance":\#(distance)}"#
        }.joined(separator: ",")
        text += #"{"type":"Feature","properties":{"number":"\#(number)","line":"\#(m.line)","kind":"single","landmarks":[\#(landmarks)]},"#
            + #""geometry":{"type":"Point","coordinates":[\#(String(format: "%.9f", m.position.x)),\#(String(format: "%.9f", m.position.y))]}}"#
            + (i + 1 < markers.count ? ",\n" : "\n")
    }
    text += "]}\n"
    let out = options.output("bench/out/marker-check-markers.geojson")
    try Data(text.utf8).write(to: URL(fileURLWithPath: out))
    FileHandle.standardError.write(Data(("gazetteer-bench: wrote \(derived.count) lines (\(String(format: "%.1f", total / 1000)) km) to \(options.line) "
        + "and \(markers.count) markers (\(offLine) planted off-line, \(swapped.count / 2) swapped pairs; seed \(options.seed)) to \(out)\n").utf8))
}

/// What each side of workload 11 reports: the findings by code, the file of finding keys, and a measured sum.
struct MarkerCheckAnswer: Encodable {
    var markers: Int
    var lines: Int
    var findings: Int
    var byCode: [String: Int]
    /// One "code|subject,subject" key per finding, sorted.
    var keys: String
    /// The sum of the off-line findings' distances (metres).
    var sumOffLine: Double

    enum CodingKeys: String, CodingKey {
        case markers, lines, findings, byCode = "by_code", keys, sumOffLine = "sum_off_line"
    }
}

/// `gazetteer-bench marker-check`.
func runMarkerCheckWorkload(_ options: Options) throws {
    guard FileManager.default.fileExists(atPath: options.line), FileManager.default.fileExists(atPath: options.markers) else {
        return try reportSkipped("marker-check", reason: "\(options.line) or \(options.markers) is absent: run `gazetteer-bench marker-check-input` first (it needs the DataV file)", options)
    }
    let input = try MarkerInputReader.read(linesFile: options.line, markersFile: options.markers, crs: nil)
    _ = try MarkerCheck.findings(input)  // warm-up, not recorded
    let (seconds, findings) = try timed(runs: options.runs) { try MarkerCheck.findings(input) }
    let keys = findings.map { "\($0.code.id)|\($0.subjects.joined(separator: ","))" }.sorted()
    let path = options.output("bench/out/marker-check.swift.keys")
    try Data((keys.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    var byCode: [String: Int] = [:]
    for f in findings { byCode[f.code.id, default: 0] += 1 }
    let sumOffLine = findings.filter { $0.code == .markerOffLine }.compactMap(\.measured?.value).reduce(0, +)
    try report(BenchResult(
        workload: "marker-check", size: "\(input.markers.count) markers, \(input.lines.count) lines",
        timed: "MarkerCheck.findings: lines projected and indexed, markers located, position + numbering + spacing + landmark checks (files read untimed; after one warm-up run)",
        seconds: seconds, best: seconds.min()!, median: median(seconds),
        answer: MarkerCheckAnswer(markers: input.markers.count, lines: input.lines.count, findings: findings.count, byCode: byCode,
                                  keys: path, sumOffLine: sumOffLine)),
        options)
}
