// Workload 3: batch transformation of the shared points (10,000,000 in bench/out/points10m.f64) from CGCS2000
// geographic (EPSG:4490) to the CGCS2000 3-degree Gauss-Krüger zone CM 120E (EPSG:4549).
//   transform           one thread: CoordinateTransformation.transform(_:workers: 1), one proj_trans_generic call
//   transform-parallel  every core: the batch cut into one slice per core, each slice by its own PROJ context
// Peer: pyproj.Transformer.from_crs(4490, 4549, always_xy=True).transform on numpy arrays (peers/transform.py),
// which runs on one thread.
import Gazetteer

/// Every 1000th output coordinate and the sums of all eastings and northings.
struct TransformSample: Encodable {
    var points: Int
    var stride: Int
    /// Outputs at indices 0, stride, 2·stride, … as [easting, northing] in metres.
    var samples: [[Double]]
    var sumEasting: Double
    var sumNorthing: Double

    enum CodingKeys: String, CodingKey {
        case points, stride, samples, sumEasting = "sum_easting", sumNorthing = "sum_northing"
    }
}

/// `gazetteer-bench transform` or `transform-parallel`: times `CoordinateTransformation.transform(_:workers:)` on
/// the whole array; building the transformation (and, for every core, its twins) is done once, outside the timed
/// region, as the peer builds its `Transformer` once.
func runTransformWorkload(_ options: Options, form workload: String) throws {
    let points = try readPointFile(options.points)
    let workers = workload == "transform-parallel" ? CoordinateTransformation.activeProcessors : 1
    let transformation = try CoordinateTransformation(from: .epsg(4490), to: .epsg(4549))
    _ = try transformation.transform(Array(points.prefix(CoordinateTransformation.sliceThreshold)), workers: workers)
    let (seconds, output) = try timed(runs: options.runs) { () throws -> [Coordinate] in
        try transformation.transform(points, workers: workers)
    }
    let stride = max(1, points.count / 1000)
    let answer = TransformSample(
        points: output.count, stride: stride,
        samples: Swift.stride(from: 0, to: output.count, by: stride).map { [output[$0].x, output[$0].y] },
        sumEasting: output.reduce(0) { $0 + $1.x }, sumNorthing: output.reduce(0) { $0 + $1.y })
    try report(BenchResult(
        workload: workload, size: "\(points.count) points",
        timed: "CoordinateTransformation.transform of \(points.count) coordinates (EPSG:4490 -> EPSG:4549) on \(workers) thread(s)",
        seconds: seconds, best: seconds.min()!, answer: answer), options)
}
