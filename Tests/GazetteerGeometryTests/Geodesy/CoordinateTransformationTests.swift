import Testing
@testable import GazetteerGeometry

/// Batch transforms with normalised axis order, checked against `cs2cs` (which keeps EPSG's axis order:
/// latitude first for EPSG:4490, northing first for EPSG:4549).
@Suite("Geodesy coordinate transformation")
struct CoordinateTransformationTests {
    /// $ echo "49.2 119.7" | cs2cs -f %.6f EPSG:4490 EPSG:4549
    /// 5451913.296547	478136.503565 0.000000
    static let lonLat = Coordinate(119.7, 49.2)
    static let eastNorth = Coordinate(478_136.503565, 5_451_913.296547)

    static func transformation(_ from: Int, _ to: Int) throws -> CoordinateTransformation {
        try CoordinateTransformation(from: .epsg(from), to: .epsg(to))
    }

    @Test("x is longitude/easting and y latitude/northing on both sides")
    func axisOrder() throws {
        let t = try Self.transformation(4490, 4549)
        let p = try t.transform(Self.lonLat)
        #expect(abs(p.x - Self.eastNorth.x) <= 2e-6)
        #expect(abs(p.y - Self.eastNorth.y) <= 2e-6)
        let back = try Self.transformation(4549, 4490).transform(Self.eastNorth)
        #expect(abs(back.x - Self.lonLat.x) <= 1e-9)
        #expect(abs(back.y - Self.lonLat.y) <= 1e-9)
        #expect(t.source.definition == "EPSG:4490")
        #expect(t.target.definition == "EPSG:4549")
    }

    @Test("WGS84 input goes through the same Gauss-Krüger numbers (the datums coincide at this level in PROJ)")
    func fromWGS84() throws {
        // $ echo "49.2 119.7" | cs2cs -f %.6f EPSG:4326 EPSG:4549
        // 5451913.296547	478136.503565 0.000000
        let p = try Self.transformation(4326, 4549).transform(Self.lonLat)
        #expect(abs(p.x - Self.eastNorth.x) <= 2e-6 && abs(p.y - Self.eastNorth.y) <= 2e-6)
    }

    @Test("a batch transforms every coordinate in order")
    func batch() throws {
        // $ printf "49.2 119.7\n49.5 118.6\n49.1 119.6\n" | cs2cs -f %.6f EPSG:4490 EPSG:4549
        let input = [Coordinate(119.7, 49.2), Coordinate(118.6, 49.5), Coordinate(119.6, 49.1)]
        let expected = [
            Coordinate(478_136.503565, 5_451_913.296547), Coordinate(398_590.389240, 5_486_177.114435),
            Coordinate(470_789.956070, 5_440_825.771921),
        ]
        let output = try Self.transformation(4490, 4549).transform(input)
        #expect(output.count == 3)
        for (o, e) in zip(output, expected) {
            #expect(abs(o.x - e.x) <= 2e-6 && abs(o.y - e.y) <= 2e-6, "\(o) vs \(e)")
        }
        var inPlace = input
        try Self.transformation(4490, 4549).transform(&inPlace)
        #expect(inPlace == output)
        // One point at a time (its own path, on the stack) gives the batch's doubles exactly.
        let single = try Self.transformation(4490, 4549)
        #expect(try input.map { try single.transform($0) } == output)
        #expect(try Self.transformation(4490, 4549).transform([Coordinate]()).isEmpty)
    }

    @Test("a latitude of 95° fails as pointFailed, naming the index and the CRSs")
    func outOfDomain() throws {
        let t = try Self.transformation(4490, 4549)
        // cs2cs prints "*	* inf" for this point ("tmerc: Invalid latitude").
        #expect(throws: GeodesyError.pointFailed(index: 0, coordinate: Coordinate(119.7, 95), source: "EPSG:4490", target: "EPSG:4549")) {
            try t.transform(Coordinate(119.7, 95))
        }
        let batch = [Coordinate(119.7, 49.2), Coordinate(119.8, 49.3), Coordinate(119.7, 95), Coordinate(119.7, 49)]
        #expect(throws: GeodesyError.pointFailed(index: 2, coordinate: Coordinate(119.7, 95), source: "EPSG:4490", target: "EPSG:4549")) {
            try t.transform(batch)
        }
        // A NaN input fails the same way instead of passing NaN through.
        #expect(throws: GeodesyError.self) { try t.transform(Coordinate(.nan, 49)) }
        // The transformation is still usable after a failure.
        let p = try t.transform(Self.lonLat)
        #expect(abs(p.x - Self.eastNorth.x) <= 2e-6)
    }

    @Test("geometries keep their structure and point heights")
    func geometry() throws {
        let t = try Self.transformation(4490, 4549)
        let marker = try t.transform(Geometry.point(Point(Self.lonLat, z: 812.5)))
        guard case .point(let p) = marker else {
            Issue.record("expected a point, got \(marker)")
            return
        }
        #expect(p.z == 812.5)
        #expect(abs(p.coordinate.x - Self.eastNorth.x) <= 2e-6)
        let polygon = Geometry.polygon(Polygon(
            exterior: [Coordinate(119, 49), Coordinate(120, 49), Coordinate(120, 50), Coordinate(119, 50), Coordinate(119, 49)],
            holes: [[Coordinate(119.4, 49.4), Coordinate(119.4, 49.6), Coordinate(119.6, 49.6), Coordinate(119.4, 49.4)]]))
        let moved = try t.transform(polygon)
        let movedPolygon = try #require(moved.polygons.first)
        #expect(movedPolygon.exterior.count == 5)
        #expect(movedPolygon.holes.count == 1 && movedPolygon.holes[0].count == 4)
        #expect(movedPolygon.exterior.first == movedPolygon.exterior.last)
        // The central meridian maps to easting 500 000 exactly (false easting; EPSG:4549's definition).
        #expect(abs(movedPolygon.exterior[1].x - 500_000) <= 1e-6)
    }

    @Test("separate transformations on 4 concurrent tasks give the cs2cs answer every time")
    func concurrentTasks() async throws {
        let results = try await withThrowingTaskGroup(of: [Coordinate].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let t = try Self.transformation(4490, 4549)
                    var out: [Coordinate] = []
                    for _ in 0..<200 { out.append(try t.transform(Self.lonLat)) }
                    return out
                }
            }
            var all: [Coordinate] = []
            for try await r in group { all += r }
            return all
        }
        #expect(results.count == 800)
        let first = try #require(results.first)
        #expect(abs(first.x - Self.eastNorth.x) <= 2e-6 && abs(first.y - Self.eastNorth.y) <= 2e-6)
        #expect(results.allSatisfy { $0 == first })
    }

    @Test("a failed in-place transform leaves the caller's coordinates as they were")
    func inPlaceFailureLeavesInput() throws {
        let t = try Self.transformation(4490, 4549)
        let original = [Coordinate(119.7, 49.2), Coordinate(119.7, 95)]
        var coordinates = original
        #expect(throws: GeodesyError.self) { try t.transform(&coordinates) }
        // Otherwise the array holds a mix of eastings/northings and infinities.
        #expect(coordinates == original)
    }

    /// A batch large enough to be cut into slices, with coordinates that differ from each other.
    static func largeBatch(_ count: Int) -> [Coordinate] {
        (0..<count).map { i in Coordinate(115.5 + Double(i % 1_000) * 0.0106, 47.1 + Double(i / 1_000) * 0.0062) }
    }

    @Test("a batch cut into slices on several threads gives one call's doubles, coordinate for coordinate", arguments: [2, 3, 7])
    func slicedBatch(workers: Int) throws {
        let input = Self.largeBatch(CoordinateTransformation.sliceThreshold + 1_001)
        let oneCall = try Self.transformation(4490, 4549).transform(input, workers: 1)
        let t = try Self.transformation(4490, 4549)
        #expect(try t.transform(input, workers: workers) == oneCall)
        // Again on the same object: the twins made by the first batch are reused.
        #expect(try t.transform(input, workers: workers) == oneCall)
        // The first and a middle coordinate against PROJ's own single-point path, independently of the slicing.
        let single = try Self.transformation(4490, 4549)
        for i in [0, input.count / 2, input.count - 1] {
            #expect(try single.transform(input[i]) == oneCall[i])
        }
    }

    @Test("a failure in a later slice names the first failing coordinate and leaves the batch as it was")
    func slicedFailure() throws {
        var coordinates = Self.largeBatch(CoordinateTransformation.sliceThreshold * 2)
        // Two bad points, both in the second of two slices; the error names the earlier one.
        let first = CoordinateTransformation.sliceThreshold + 17
        coordinates[first] = Coordinate(119.7, 95)
        coordinates[first + 500] = Coordinate(119.7, -95)
        let broken = coordinates
        #expect(throws: GeodesyError.pointFailed(index: first, coordinate: Coordinate(119.7, 95), source: "EPSG:4490", target: "EPSG:4549")) {
            try Self.transformation(4490, 4549).transform(&coordinates, workers: 2)
        }
        #expect(coordinates == broken)
    }
}
