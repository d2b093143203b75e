// Workload 7: the marker check's measuring step. 100,000 markers against one boundary line, in the line's
// Gauss-Krüger plane: for each marker, its distance to the line and its position along it (chainage).
//
//   locate-input  writes the shared input: the line (the longest county ring of the DataV file, opened at its last
//                 vertex, moved into its Gauss-Krüger zone) and N markers spread evenly along it and moved by up to
//                 ±200 m in x and y with the LCG of Points.swift; both as little-endian Float64 x/y pairs
//   locate        LineSegmentIndex built, then locate(_:) for every marker: distance and position in one search
//   locate-geos   NativeGeometry of the line (prepared), then distance(to:) and lineLocatePoint(_:) per marker:
//                 GEOSPreparedDistance_r + GEOSProject_r, each walking the line's segments
// Peer: shapely.distance and shapely.line_locate_point, vectorised over shapely.points (peers/locate.py).
// Each side writes its answers (distance, position per marker) to a Float64 file; compare.py checks every marker.
import Foundation
import Gazetteer

/// `gazetteer-bench locate-input`.
func writeLocateInput(_ options: Options) throws {
    guard let counties = try loadCounties(options.data) else { fail(missingData(options.data)) }
    // The longest exterior ring of any county; its closing vertex is dropped so that the line has two distinct ends.
    guard let ring = counties.flatMap({ $0.geometry.polygons.map(\.exterior) }).max(by: { $0.count < $1.count }) else {
        fail("\(options.data): no polygon")
    }
    let degrees = Geometry.lineString(LineString(Array(ring.dropLast())))
    let zone = try GaussKrugerZone(for: degrees)
    guard case .lineString(let line) = try zone.project(degrees) else { fail("projected line is not a LineString") }
    let native = try NativeGeometry(.lineString(line))
    let length = try native.length()
    let count = options.count ?? 100_000
    var random = LCG(state: options.seed)
    var markers: [Coordinate] = []
    markers.reserveCapacity(count)
    for i in 0..<count {
        let c = try native.interpolate((Double(i) + 0.5) / Double(count) * length)
        markers.append(Coordinate(c.x + (random.next() - 0.5) * 400, c.y + (random.next() - 0.5) * 400))
    }
    try writeCoordinates(line.coordinates, to: options.line)
    try writeCoordinates(markers, to: options.output("bench/out/locate-markers.f64"))
    FileHandle.standardError.write(Data(("gazetteer-bench: wrote a \(line.coordinates.count)-vertex line (\(String(format: "%.1f", length / 1000)) km, "
        + "\(zone)) to \(options.line) and \(count) markers (seed \(options.seed)) to \(options.output("bench/out/locate-markers.f64"))\n").utf8))
}

/// What each side of workload 7 reports: sums for the log, and the file holding every marker's answers.
struct LocateAnswer: Encodable {
    /// Float64 pairs (distance, position), one per marker, in marker order.
    var answers: String
    var markers: Int
    var vertices: Int
    var sumDistance: Double
    var sumPosition: Double

    enum CodingKeys: String, CodingKey {
        case answers, markers, vertices, sumDistance = "sum_distance", sumPosition = "sum_position"
    }
}

/// `gazetteer-bench locate` or `locate-geos` (`form`).
func runLocateWorkload(_ options: Options, form: String) throws {
    guard FileManager.default.fileExists(atPath: options.line) else {
        return try reportSkipped(form, reason: "\(options.line) is absent: run `gazetteer-bench locate-input` first (it needs the DataV file)", options)
    }
    let line = try readPointFile(options.line)
    let markers = try readPointFile(options.points)
    let geometry = Geometry.lineString(LineString(line))
    let timedText: String
    let measure: () throws -> [Double]
    switch form {
    case "locate":
        timedText = "LineSegmentIndex(line) + \(markers.count) x locate(marker): distance and position in one search"
        measure = {
            let index = try LineSegmentIndex(geometry)
            var out = [Double]()
            out.reserveCapacity(2 * markers.count)
            for m in markers {
                let found = try index.locate(m)
                out.append(found.distance)
                out.append(found.position)
            }
            return out
        }
    case "locate-geos":
        timedText = "NativeGeometry(line) prepared + \(markers.count) x (distance(to:), lineLocatePoint(_:)): GEOSPreparedDistance_r + GEOSProject_r"
        measure = {
            let native = try NativeGeometry(geometry)
            try native.prepare()
            var out = [Double]()
            out.reserveCapacity(2 * markers.count)
            for m in markers {
                out.append(try native.distance(to: m))
                out.append(try native.lineLocatePoint(m))
            }
            return out
        }
    default:
        fail("unknown locate form '\(form)'")
    }
    _ = try measure()  // warm-up, not recorded
    let (seconds, answers) = try timed(runs: options.runs, measure)
    let path = options.output("bench/out/\(form).swift.f64")
    try answers.withUnsafeBufferPointer { try Data(buffer: $0).write(to: URL(fileURLWithPath: path)) }
    var sumDistance = 0.0, sumPosition = 0.0
    for i in stride(from: 0, to: answers.count, by: 2) {
        sumDistance += answers[i]
        sumPosition += answers[i + 1]
    }
    try report(BenchResult(
        workload: form, size: "\(markers.count) markers, \(line.count)-vertex line", timed: timedText + " (after one warm-up run)",
        seconds: seconds, best: seconds.min()!, median: median(seconds),
        answer: LocateAnswer(answers: path, markers: markers.count, vertices: line.count, sumDistance: sumDistance, sumPosition: sumPosition)),
        options)
}

/// Writes coordinates as little-endian Float64 x/y pairs, the format of ``readPointFile(_:)``.
func writeCoordinates(_ coordinates: [Coordinate], to path: String) throws {
    try coordinates.withUnsafeBufferPointer { try Data(buffer: $0).write(to: URL(fileURLWithPath: path)) }
}

/// The middle value of `values` (the mean of the two middle ones for an even count).
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
