// Workload 1: geodesic area and perimeter of the 14 real county polygons on the CGCS2000 ellipsoid,
// repeated N times. Peer: pyproj.Geod(a=6378137, f=1/298.257222101).geometry_area_perimeter (peers/area.py).
import Gazetteer

/// One county's measures, in the answer compared with the peer's.
struct CountyMeasure: Encodable {
    var code: String
    var areaSquareMetres: Double
    var perimeterMetres: Double

    enum CodingKeys: String, CodingKey {
        case code, areaSquareMetres = "area_m2", perimeterMetres = "perimeter_m"
    }
}

/// `gazetteer-bench area`: times `repeat` passes of `Geodesic.measure` over every county.
func runAreaWorkload(_ options: Options) throws {
    let workload = "area"
    guard let counties = try loadCounties(options.data) else {
        return try reportSkipped(workload, reason: missingData(options.data), options)
    }
    let repeatCount = options.repeatCount ?? 200
    let geodesic = Geodesic.cgcs2000
    let (seconds, answer) = try timed(runs: options.runs) { () throws -> [CountyMeasure] in
        var measures: [CountyMeasure] = []
        for pass in 0..<repeatCount {
            for county in counties {
                let m = try geodesic.measure(county.geometry)
                // Keep the last pass's values; every pass computes the same.
                if pass == repeatCount - 1 {
                    measures.append(CountyMeasure(code: county.code, areaSquareMetres: m.area, perimeterMetres: m.perimeter))
                }
            }
        }
        return measures
    }
    try report(BenchResult(
        workload: workload, size: "\(counties.count) counties x \(repeatCount)",
        timed: "\(repeatCount) passes x \(counties.count) counties of Geodesic.measure (geod_polygonarea per ring)",
        seconds: seconds, best: seconds.min()!, answer: answer), options)
}
