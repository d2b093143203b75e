// Workload 2: locate 1,000,000 pseudo-random points (bench/out/points.f64) in the 14 real county polygons.
// Peer: shapely 2 (peers/pip.py). Each point is tested against every county whose envelope holds it, and
// counted in each county that contains it (interior, not boundary), so overlapping counties cannot make the two
// sides disagree by stopping at different first hits. The counts must match exactly.
//
// Three forms of the same answer, all with preparing (and index building) inside the timed region:
//   pip          the caller tests each county's envelope (PreparedGeometry.envelope), then prepared contains
//   pip-builtin  the caller calls PreparedGeometry.contains(_: Coordinate) for every county and relies on
//                its built-in envelope test (14 library calls per point)
//   pip-strtree  SpatialIndex (an STR-packed R-tree) picks the candidate counties, then prepared contains
import Gazetteer

/// Points per county, plus those in no county and those in more than one.
struct LocateCounts: Encodable {
    var codes: [String]
    var counts: [Int]
    var outside = 0
    var inSeveral = 0
    var points = 0

    init(codes: [String]) {
        self.codes = codes
        counts = [Int](repeating: 0, count: codes.count)
    }

    /// Records one point that lay in `hits` counties.
    mutating func record(hits: Int) {
        points += 1
        if hits == 0 { outside += 1 } else if hits > 1 { inSeveral += 1 }
    }

    enum CodingKeys: String, CodingKey {
        case codes, counts, outside, inSeveral = "in_several", points
    }
}

/// `gazetteer-bench pip`, `pip-builtin` or `pip-strtree` (`form`).
func runPointInPolygonWorkload(_ options: Options, form: String) throws {
    guard let counties = try loadCounties(options.data) else {
        return try reportSkipped(form, reason: missingData(options.data), options)
    }
    let points = try readPointFile(options.points)
    let codes = counties.map(\.code)
    let timedText: String
    let locate: () throws -> LocateCounts
    switch form {
    case "pip":
        timedText = "prepare \(counties.count) counties + \(points.count) points x (caller's envelope test, then PreparedGeometry.contains)"
        locate = { try locateWithEnvelopes(points, counties, codes) }
    case "pip-builtin":
        timedText = "prepare \(counties.count) counties + \(points.count) points x \(counties.count) PreparedGeometry.contains calls (library's envelope test)"
        locate = { try locateWithBuiltinEnvelopes(points, counties, codes) }
    case "pip-strtree":
        timedText = "build SpatialIndex + prepare \(counties.count) counties + \(points.count) points x (SpatialIndex.query, contains on candidates)"
        locate = { try locateWithSpatialIndex(points, counties, codes) }
    default:
        fail("unknown point-in-polygon form '\(form)'")
    }
    let (seconds, answer) = try timed(runs: options.runs, locate)
    try report(BenchResult(
        workload: form, size: "\(points.count) points, \(counties.count) counties", timed: timedText, seconds: seconds, best: seconds.min()!, answer: answer), options)
}

/// Envelope prefilter in the caller's loop; GEOS (`GEOSPreparedContains_r`) only for points inside the envelope.
func locateWithEnvelopes(_ points: [Coordinate], _ counties: [County], _ codes: [String]) throws -> LocateCounts {
    let prepared = try counties.map { try PreparedGeometry($0.geometry) }
    let boxes = prepared.map(\.envelope)
    var tally = LocateCounts(codes: codes)
    for point in points {
        var hits = 0
        for i in prepared.indices where boxes[i].contains(point) {
            if try prepared[i].contains(point) {
                tally.counts[i] += 1
                hits += 1
            }
        }
        tally.record(hits: hits)
    }
    return tally
}

/// No prefilter in the caller: `PreparedGeometry.contains(_: Coordinate)` rejects points outside the envelope itself.
func locateWithBuiltinEnvelopes(_ points: [Coordinate], _ counties: [County], _ codes: [String]) throws -> LocateCounts {
    let prepared = try counties.map { try PreparedGeometry($0.geometry) }
    var tally = LocateCounts(codes: codes)
    for point in points {
        var hits = 0
        for i in prepared.indices where try prepared[i].contains(point) {
            tally.counts[i] += 1
            hits += 1
        }
        tally.record(hits: hits)
    }
    return tally
}

/// `SpatialIndex` chooses the candidates; a point is queried as a zero-size envelope (as when this workload was
/// first measured; `candidates(at:)` is the point query now).
func locateWithSpatialIndex(_ points: [Coordinate], _ counties: [County], _ codes: [String]) throws -> LocateCounts {
    let index = try SpatialIndex(counties.map(\.geometry))
    let prepared = try counties.map { try PreparedGeometry($0.geometry) }
    var tally = LocateCounts(codes: codes)
    for point in points {
        var hits = 0
        for i in index.query(Envelope(minX: point.x, minY: point.y, maxX: point.x, maxY: point.y))
        where try prepared[i].contains(point) {
            tally.counts[i] += 1
            hits += 1
        }
        tally.record(hits: hits)
    }
    return tally
}
