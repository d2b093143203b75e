// Workload 8: coverage and adjacency over several prefectures' files at once (DataV: Inner Mongolia's 12
// prefectures with Hinggan's and three Heilongjiang prefectures' counties): each polygon into one Gauss-Krüger zone,
// repaired, indexed; the pairs sharing a boundary with their geodesic length; the overlaps and their areas; the
// holes of the union and their areas. Peer: shapely 2 doing the same with an STRtree (peers/coverage.py).
import Foundation
import Gazetteer

/// One pair of units and how they meet.
struct CoveragePair: Encodable {
    var a: String
    var b: String
    /// shared, overlapping (shared length estimated), point or near.
    var kind: String
    /// Geodesic metres of shared boundary (0 for point and near contacts).
    var length_m: Double
}

/// One overlap: the pair and its geodesic area.
struct CoverageOverlap: Encodable {
    var a: String
    var b: String
    var area_m2: Double
}

/// The answer compared with the peer's.
struct CoverageAnswer: Encodable {
    var units: Int
    var pairs: [CoveragePair]
    var overlaps: [CoverageOverlap]
    var holes: Int
    var hole_area_m2: Double
}

/// `gazetteer-bench coverage --data FILE,FILE,...`: times CoverageContext (project, convert, validate, repair,
/// index), AdjacencyCheck.pairs, CoverageCheck.overlaps and CoverageCheck.holes; reading the files is not timed.
func runCoverageWorkload(_ options: Options) throws {
    let workload = "coverage"
    let files = options.data.split(separator: ",").map(String.init)
    if let missing = files.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
        return try reportSkipped(workload, reason: missingData(missing), options)
    }
    let input = try CheckInputReader.read(files: files, idField: "adcode", nameField: "name", crs: nil, selection: UnitSelection())
    let (seconds, answer) = try timed(runs: options.runs) { () throws -> CoverageAnswer in
        let context = try CoverageContext(units: input.units)
        let pairs = try AdjacencyCheck.pairs(context).map { pair -> CoveragePair in
            switch pair.contact {
            case .shared(let length, _, _):
                return CoveragePair(a: pair.first, b: pair.second, kind: pair.overlapping ? "overlapping" : "shared", length_m: length)
            case .point:
                return CoveragePair(a: pair.first, b: pair.second, kind: "point", length_m: 0)
            case .near:
                return CoveragePair(a: pair.first, b: pair.second, kind: "near", length_m: 0)
            }
        }
        let overlaps = try CoverageCheck.overlaps(context).map { finding in
            let m = finding.measured!
            return CoverageOverlap(a: finding.subjects[0], b: finding.subjects[1], area_m2: m.unit == .squareKilometre ? m.value * 1e6 : m.value)
        }
        let holes = try CoverageCheck.holes(context)
        let holeArea = holes.reduce(0.0) { total, f in
            let m = f.measured!
            return total + (m.unit == .squareKilometre ? m.value * 1e6 : m.value)
        }
        return CoverageAnswer(units: input.units.count, pairs: pairs, overlaps: overlaps, holes: holes.count, hole_area_m2: holeArea)
    }
    try report(BenchResult(
        workload: workload, size: "\(input.units.count) units in \(files.count) files",
        timed: "CoverageContext (GK projection, GEOS conversion, validity, makeValid, envelope index) + AdjacencyCheck.pairs + CoverageCheck.overlaps + CoverageCheck.holes",
        seconds: seconds, best: seconds.min()!, answer: answer), options)
}
