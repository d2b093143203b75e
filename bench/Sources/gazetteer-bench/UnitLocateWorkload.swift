// Workload 8: locate 1,000,000 points (bench/out/points.f64, as workload 2) among the 14 real county polygons with
// the locate command's own engine, UnitLocator: an R-tree over the units' polygons, then prepared contains (and
// covers, for the boundary) on the candidates. Peer: shapely 2's prepared contains_xy (peers/pip.py, as 2a).
//
//   units-locate           one thread: UnitLocator + one LocatorProbe, units(at:) per point
//   units-locate-parallel  every core: UnitLocator.units(at:workers:), one probe per worker
//   units-locate-cli       `gazetteer locate --input points.csv --registry R -o out.csv` as a process: reading the
//                          CSV, the full location of each point (units, Gauss-Krüger coordinates, distance to the
//                          nearest unit edge, boundary flag), writing the CSV. Peer: peers/locate_units.py, which
//                          reads the CSV with numpy, runs prepared contains_xy per unit and writes the CSV with a
//                          county column.
// Each point is counted in every unit that holds it in its interior (contains), so the counts must equal the peer's.
// Median of the runs after one warm-up run.
import Foundation
import Gazetteer

/// `gazetteer-bench units-locate` or `units-locate-parallel`.
func runUnitLocateWorkload(_ options: Options, form: String) throws {
    guard let counties = try loadCounties(options.data) else {
        return try reportSkipped(form, reason: missingData(options.data), options)
    }
    let points = try readPointFile(options.points)
    let codes = counties.map(\.code)
    let units = counties.map { AdminUnit(code: $0.code, names: NameForms(standard: $0.name), level: .county, boundary: $0.geometry) }
    let workers = ProcessInfo.processInfo.activeProcessorCount
    let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
    /// Counts one point's hits, as the peer counts its boolean arrays.
    func count(_ h: [PointLocation.UnitHit], into counts: inout LocateCounts) {
        var inside = 0
        for hit in h where hit.position == .interior {
            counts.counts[position[hit.code]!] += 1
            inside += 1
        }
        counts.record(hits: inside)
    }
    func tally(_ hits: [[PointLocation.UnitHit]]) -> LocateCounts {
        var counts = LocateCounts(codes: codes)
        for h in hits { count(h, into: &counts) }
        return counts
    }
    let timedText: String
    let measure: () throws -> LocateCounts
    switch form {
    case "units-locate":
        timedText = "UnitLocator + LocatorProbe (R-tree over \(units.count) units' polygons, prepared) + \(points.count) x units(at:), one thread"
        measure = {
            // Each point's hits counted as they come, as the peer counts per county: keeping a million result
            // arrays first, then counting and freeing them, was a third of this run (0.213 s against 0.142 s).
            let probe = try UnitLocator(units: units).makeProbe()
            var counts = LocateCounts(codes: codes)
            for p in points { count(try probe.units(at: p), into: &counts) }
            return counts
        }
    case "units-locate-parallel":
        timedText = "UnitLocator + UnitLocator.units(at: \(points.count) points, workers: \(workers)), a probe per worker"
        measure = { tally(try UnitLocator(units: units).units(at: points, workers: workers)) }
    default:
        fail("unknown form '\(form)'")
    }
    _ = try measure()  // warm-up, not recorded
    let (seconds, answer) = try timed(runs: options.runs, measure)
    try report(BenchResult(
        workload: form, size: "\(points.count) points, \(counties.count) counties", timed: timedText + " (after one warm-up run)",
        seconds: seconds, best: seconds.min()!, median: median(seconds), answer: answer), options)
}

/// `gazetteer-bench points-csv`: the shared points as `id,lon,lat`, each coordinate in its shortest exact form.
func writePointCSV(_ options: Options) throws {
    let points = try readPointFile(options.points)
    var text = "id,lon,lat\n"
    text.reserveCapacity(points.count * 44)
    for (i, p) in points.enumerated() { text += "\(i),\(p.x),\(p.y)\n" }
    try text.write(toFile: options.csv, atomically: true, encoding: .utf8)
}

/// `gazetteer-bench units-locate-cli`: the bulk command as a process, timed around its run; the counts per unit are
/// read from its output afterwards (units in code order, as the peer reads them from the registry's export).
/// `units-locate-cli-quick` adds `--no-distances` (edges searched only within the boundary tolerance),
/// `units-locate-cli-units` `--columns units` (the units only: no projection, no edge search) and
/// `units-locate-cli-status` `--columns units,status` (and the boundary flag: edges within the tolerance).
func runUnitLocateCLIWorkload(_ options: Options, form: String) throws {
    let out = options.output("bench/out/\(form).swift.csv")
    let (extra, timedText): ([String], String) = switch form {
    case "units-locate-cli-quick":
        (["--no-distances"], "gazetteer locate --input --no-distances (CSV in, units and boundary flag of each point, CSV out) as a process (after one warm-up run)")
    case "units-locate-cli-units":
        (["--columns", "units"], "gazetteer locate --input --columns units (CSV in, the county code and name of each point, CSV out) as a process (after one warm-up run)")
    case "units-locate-cli-status":
        (["--columns", "units,status"], "gazetteer locate --input --columns units,status (CSV in, county and boundary flag of each point, CSV out) as a process (after one warm-up run)")
    default:
        ([], "gazetteer locate --input (CSV in, full location of each point, CSV out) as a process (after one warm-up run)")
    }
    let arguments = ["locate", "--input", options.csv, "--registry", options.registry, "-o", out] + extra
    func measure() throws { try runCLI(options.cli, arguments) }
    try measure()  // warm-up, not recorded
    let (seconds, _) = try timed(runs: options.runs, measure)
    let stream = try CSVRecordStream(path: out)
    guard let header = stream.header, let column = header.index(of: "loc_county_code") else { fail("\(out) has no loc_county_code column") }
    var byCode: [String: Int] = [:]
    var outside = 0, points = 0
    while let record = try stream.next() {
        points += 1
        let code = record.fields[column]
        if code.isEmpty { outside += 1 } else { byCode[code, default: 0] += 1 }
    }
    let codes = byCode.keys.sorted()
    var answer = LocateCounts(codes: codes)
    answer.counts = codes.map { byCode[$0]! }
    answer.outside = outside
    answer.points = points
    try report(BenchResult(
        workload: form, size: "\(points) points, \(codes.count) counties",
        timed: timedText,
        seconds: seconds, best: seconds.min()!, median: median(seconds), answer: answer), options)
}
