// Workload 3: batch transformation of 1,000,000 points (bench/out/points.f64) from CGCS2000 geographic
// (EPSG:4490) to the CGCS2000 3-degree Gauss-Krüger zone CM 120E (EPSG:4549).
// Peer: pyproj.Transformer.from_crs(4490, 4549, always_xy=True).transform on numpy arrays (peers/transform.py).
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

/// `gazetteer-bench transform`: times `CoordinateTransformation.transform(_:)` on the whole array
/// (one `proj_trans_generic` call); building the transformation is done once, outside the timed region,
/// as the peer builds its `Transformer` once.
func runTransformWorkload(_ options: Options) throws {
    let workload = "transform"
    let points = try readPointFile(options.points)
    let transformation = try CoordinateTransformation(from: .epsg(4490), to: .epsg(4549))
    let (seconds, output) = try timed(runs: options.runs) { () throws -> [Coordinate] in
        try transformation.transform(points)
    }
    let stride = max(1, points.count / 1000)
    let answer = TransformSample(
        points: output.count, stride: stride,
        samples: Swift.stride(from: 0, to: output.count, by: stride).map { [output[$0].x, output[$0].y] },
        sumEasting: output.reduce(0) { $0 + $1.x }, sumNorthing: output.reduce(0) { $0 + $1.y })
    try report(BenchResult(
        workload: workload, size: "\(points.count) points",
        timed: "CoordinateTransformation.transform of \(points.count) coordinates (EPSG:4490 -> EPSG:4549)",
        seconds: seconds, best: seconds.min()!, answer: answer), options)
}
