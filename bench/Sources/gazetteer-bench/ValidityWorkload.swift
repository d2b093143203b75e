// Workload 4: OGC validity of the 14 real county polygons, with GEOS's reason and location, repeated N times.
// Peer: shapely.is_valid_reason (peers/validity.py). 鄂伦春自治旗 (150723) is invalid in the DataV file.
import Gazetteer

/// One county's validity, in the answer compared with the peer's.
struct CountyValidity: Encodable {
    var code: String
    var valid: Bool
    var reason: String?
    /// [x, y] of the problem, when invalid.
    var location: [Double]?
}

/// `gazetteer-bench validity`: times `repeat` passes of `Geometry.validity()` over every county. Each call
/// converts the Swift value to a GEOS geometry first (that is how the API works), then runs `GEOSisValidDetail_r`.
func runValidityWorkload(_ options: Options) throws {
    let workload = "validity"
    guard let counties = try loadCounties(options.data) else {
        return try reportSkipped(workload, reason: missingData(options.data), options)
    }
    let repeatCount = options.repeatCount ?? 200
    let (seconds, answer) = try timed(runs: options.runs) { () throws -> [CountyValidity] in
        var result: [CountyValidity] = []
        for pass in 0..<repeatCount {
            for county in counties {
                let v = try county.geometry.validity()
                if pass == repeatCount - 1 {
                    result.append(CountyValidity(
                        code: county.code, valid: v.isValid, reason: v.reason, location: v.location.map { [$0.x, $0.y] }))
                }
            }
        }
        return result
    }
    try report(BenchResult(
        workload: workload, size: "\(counties.count) counties x \(repeatCount)",
        timed: "\(repeatCount) passes x \(counties.count) counties of Geometry.validity() (Swift -> GEOS conversion + GEOSisValidDetail_r)",
        seconds: seconds, best: seconds.min()!, answer: answer), options)
}
