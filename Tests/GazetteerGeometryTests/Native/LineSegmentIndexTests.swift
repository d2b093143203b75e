import Testing
@testable import GazetteerGeometry

/// The segment index against hand-computed answers on the L-shaped line (0 0) → (10 0) → (10 10) (length 20), and
/// against GEOS's own `GEOSDistance_r` and `GEOSProject_r` on randomized lines and points.
@Suite("Native line segment index")
struct LineSegmentIndexTests {
    typealias F = GeometryFixtures

    static let ell = F.line((0, 0), (10, 0), (10, 10))

    /// (query, distance, position, segment, nearest point), worked out from the drawing.
    static let handCases: [(Coordinate, Double, Double, Int, Coordinate)] = [
        // Off the middle of the first segment.
        (Coordinate(3, 4), 4, 3, 0, Coordinate(3, 0)),
        // Off the outer corner: nearest to the vertex (10, 0), equally from both segments; the first wins.
        (Coordinate(12, -2), 8.0.squareRoot(), 10, 0, Coordinate(10, 0)),
        // Beyond the start and beyond the end.
        (Coordinate(-5, -5), 50.0.squareRoot(), 0, 0, Coordinate(0, 0)),
        (Coordinate(10, 30), 20, 20, 1, Coordinate(10, 10)),
        // Inside the corner, 3 from both segments: the first along the line wins (position 7, not 13), as in GEOS.
        (Coordinate(7, 3), 3, 7, 0, Coordinate(7, 0)),
        // On the line, on the second segment, and exactly on the corner vertex.
        (Coordinate(10, 2.5), 0, 12.5, 1, Coordinate(10, 2.5)),
        (Coordinate(10, 0), 0, 10, 0, Coordinate(10, 0)),
        // Off the second segment, outside the L.
        (Coordinate(12, 5), 2, 15, 1, Coordinate(10, 5)),
    ]

    @Test("distance, position, segment and nearest point, worked out by hand")
    func handBuilt() throws {
        let index = try LineSegmentIndex(Self.ell)
        #expect(index.length == 20)
        #expect(index.segmentCount == 2)
        for (q, distance, position, segment, nearest) in Self.handCases {
            let found = try index.locate(q)
            #expect(F.close(found.distance, distance, 1e-12), "distance of \(q)")
            #expect(found.position == position, "position of \(q)")
            #expect(found.segment == segment, "segment of \(q)")
            #expect(F.close(found.nearestPoint, nearest, 1e-12), "nearest point of \(q)")
            #expect(try index.distance(to: q) == found.distance)
            #expect(try index.lineLocatePoint(q) == found.position)
        }
    }

    @Test("the hand-built cases agree with GEOSDistance and GEOSProject")
    func handBuiltAgreesWithGEOS() throws {
        let index = try LineSegmentIndex(Self.ell)
        for (q, _, _, _, _) in Self.handCases {
            let found = try index.locate(q)
            let point = Geometry.point(Point(q))
            #expect(found.distance == (try Self.ell.distance(to: point)), "distance of \(q)")
            #expect(found.position == (try Self.ell.lineLocatePoint(point)), "position of \(q)")
        }
    }

    @Test("a MultiLineString's parts are measured one after another, as GEOSProject does")
    func multiLine() throws {
        let two = Geometry.multiLineString([
            LineString([Coordinate(0, 0), Coordinate(10, 0)]), LineString([]), LineString([Coordinate(20, 0), Coordinate(30, 0)]),
        ])
        let index = try LineSegmentIndex(two)
        #expect(index.length == 20)
        let found = try index.locate(Coordinate(25, 1))
        #expect(found.distance == 1)
        #expect(found.position == 15)
        #expect(found.segment == 1)
        // Halfway between the parts, equally far from both ends: the first part wins.
        #expect(try index.locate(Coordinate(15, 0)).position == 10)
        #expect(try index.lineLocatePoint(Coordinate(15, 0)) == (try two.lineLocatePoint(F.point(15, 0))))
    }

    @Test("a repeated vertex (zero-length segment) changes nothing")
    func zeroLengthSegment() throws {
        let line = F.line((0, 0), (5, 0), (5, 0), (10, 0))
        let index = try LineSegmentIndex(line)
        for q in [Coordinate(5, 3), Coordinate(7, -1), Coordinate(5, 0), Coordinate(2, 2)] {
            let found = try index.locate(q)
            #expect(found.distance == (try line.distance(to: .point(Point(q)))), "distance of \(q)")
            #expect(found.position == (try line.lineLocatePoint(.point(Point(q)))), "position of \(q)")
        }
    }

    /// A reproducible generator (Knuth's MMIX LCG), so that a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
    }

    /// A random walk of `count` vertices in Gauss-Krüger-sized coordinates (easting ~500 km, northing ~5,500 km),
    /// steps up to 200 m, so that the line folds back on itself and many segments compete.
    static func randomWalk(_ count: Int, _ random: inout Random) -> [Coordinate] {
        var c = Coordinate(500_000, 5_500_000)
        var result = [c]
        for _ in 1..<count {
            c = Coordinate(c.x + (random.next() - 0.5) * 400, c.y + (random.next() - 0.5) * 400)
            result.append(c)
        }
        return result
    }

    @Test("random lines and points: distance and position equal GEOS's within 1e-9 relative", arguments: [2, 4, 10])
    func randomizedAgainstGEOS(nodeCapacity: Int) throws {
        var random = Random(state: UInt64(nodeCapacity))
        for _ in 0..<3 {
            let vertices = Self.randomWalk(400, &random)
            let line = Geometry.lineString(LineString(vertices))
            let native = try NativeGeometry(line)
            let index = try LineSegmentIndex(line, nodeCapacity: nodeCapacity)
            #expect(F.close(index.length, try line.length(), 1e-9 * index.length))
            let box = line.envelope
            var worstDistance = 0.0, worstPosition = 0.0
            for k in 0..<1000 {
                // Points spread over the line's envelope and a margin, plus every tenth exactly on a vertex.
                let q = k % 10 == 0 ? vertices[Int(random.next() * Double(vertices.count))]
                    : Coordinate(box.minX - 500 + random.next() * (box.maxX - box.minX + 1000),
                                 box.minY - 500 + random.next() * (box.maxY - box.minY + 1000))
                let found = try index.locate(q)
                let point = Geometry.point(Point(q))
                let distance = try line.distance(to: point)
                let position = try native.lineLocatePoint(q)
                worstDistance = max(worstDistance, abs(found.distance - distance) / max(distance, 1))
                worstPosition = max(worstPosition, abs(found.position - position) / max(position, 1))
                // The nearest point lies at the reported distance and position.
                #expect(F.close(LineSegmentIndex.distance(q, found.nearestPoint), found.distance, 1e-6))
            }
            #expect(worstDistance <= 1e-9)
            #expect(worstPosition <= 1e-9)
        }
    }

    @Test("what is not a non-empty line is refused; so is a non-finite point")
    func refusals() throws {
        #expect(throws: GeometryError.self) { try LineSegmentIndex(F.square(0, 0)) }
        #expect(throws: GeometryError.self) { try LineSegmentIndex(F.point(0, 0)) }
        #expect(throws: GeometryError.self) { try LineSegmentIndex(.lineString(LineString([]))) }
        #expect(throws: GeometryError.self) { try LineSegmentIndex(.multiLineString([])) }
        #expect(throws: GeometryError.self) { try LineSegmentIndex(.lineString(LineString([Coordinate(1, 1)]))) }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 1)) { try LineSegmentIndex(F.line((0, 0), (.nan, 1))) }
        let index = try LineSegmentIndex(Self.ell)
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try index.locate(Coordinate(.infinity, 0)) }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try index.locate(Coordinate(0, .nan)) }
    }
}
