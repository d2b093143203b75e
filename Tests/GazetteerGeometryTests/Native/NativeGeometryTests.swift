import Testing
@testable import GazetteerGeometry

/// Operations on geometries kept in GEOS form, with answers worked out by hand from the coordinates.
@Suite("Native geometry")
struct NativeGeometryTests {
    typealias F = GeometryFixtures

    /// [0, 4]² with the hole [1, 2]².
    static let holed = Geometry.polygon(Polygon(exterior: F.ring(0, 0, 4, 4), holes: [F.ring(1, 1, 2, 2)]))
    static let ell = F.line((0, 0), (10, 0), (10, 10))

    @Test("converting to GEOS and back gives the same value; the envelope is the value's")
    func roundTrip() throws {
        for g in [Self.holed, Self.ell, F.point(3, 4), Geometry.multiPolygon([Polygon(exterior: F.ring(0, 0, 1, 1))])] {
            let native = try NativeGeometry(g)
            #expect(try native.value() == g)
            #expect(native.envelope == g.envelope)
            #expect(!native.isEmpty)
        }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try NativeGeometry(F.point(.nan, 0)) }
    }

    @Test("distance between native geometries and to a coordinate")
    func distance() throws {
        let a = try NativeGeometry(F.square(0, 0))
        let b = try NativeGeometry(F.rectangle(3, 0, 4, 1))
        #expect(try a.distance(to: b) == 2)
        #expect(try b.distance(to: a) == 2)
        // (0.5, 3) is 2 above the top edge of [0, 1]².
        #expect(try a.distance(to: Coordinate(0.5, 3)) == 2)
        // (4, 5) is 3 from (4, 2)... of nothing: the nearest point of [0, 1]² is its corner (1, 1), 5 away.
        #expect(try a.distance(to: Coordinate(4, 5)) == 5)
        #expect(try a.isWithinDistance(2, of: b))
        #expect(try !a.isWithinDistance(1.999, of: b))
    }

    @Test("isWithinDistance counts containment as distance 0, and measures to a hole's ring from inside the hole")
    func withinDistanceOfAreas() throws {
        // A square well inside a larger one, its edges 3 from the outer ring: within any distance, however small.
        let outer = try NativeGeometry(F.square(0, 0, side: 10))
        let inner = try NativeGeometry(F.rectangle(3, 3, 7, 7))
        #expect(try outer.isWithinDistance(0.01, of: inner))
        #expect(try inner.isWithinDistance(0, of: outer))
        // A square in the middle of a hole: 2 from the hole's ring on every side.
        let holed = try NativeGeometry(Geometry.polygon(Polygon(exterior: F.ring(0, 0, 10, 10), holes: [F.ring(2, 2, 8, 8)])))
        let island = try NativeGeometry(F.rectangle(4, 4, 6, 6))
        #expect(try holed.isWithinDistance(2, of: island))
        #expect(try !holed.isWithinDistance(1.999, of: island))
        #expect(try !island.isWithinDistance(1.999, of: holed))
        // Touching at a corner only.
        #expect(try NativeGeometry(F.square(0, 0)).isWithinDistance(0, of: NativeGeometry(F.square(1, 1))))
    }

    @Test("prepared predicates on points and geometries: interior, boundary, hole, outside")
    func predicates() throws {
        let polygon = try NativeGeometry(Self.holed)
        let cases: [(Coordinate, Bool, Bool)] = [
            (Coordinate(3, 3), true, true), (Coordinate(0, 2), false, true), (Coordinate(1.5, 1.5), false, false),
            (Coordinate(5, 5), false, false),
        ]
        for (c, contains, covers) in cases {
            #expect(try polygon.contains(c) == contains, "contains \(c)")
            #expect(try polygon.covers(c) == covers, "covers \(c)")
            #expect(try polygon.intersects(c) == covers, "intersects \(c)")
            let p = try NativeGeometry(.point(Point(c)))
            #expect(try polygon.contains(p) == contains, "contains point \(c)")
            #expect(try polygon.covers(p) == covers, "covers point \(c)")
        }
        // [2.5, 3.5]² lies inside without touching the boundary; [3, 4]² touches the shell.
        #expect(try polygon.containsProperly(NativeGeometry(F.rectangle(2.5, 2.5, 3.5, 3.5))))
        #expect(try !polygon.containsProperly(NativeGeometry(F.rectangle(3, 3, 4, 4))))
        #expect(try polygon.contains(NativeGeometry(F.rectangle(3, 3, 4, 4))))
    }

    @Test("intersection, difference, union and boundary stay native and read back right")
    func overlay() throws {
        let a = try NativeGeometry(F.square(0, 0, side: 2))
        let b = try NativeGeometry(F.square(1, 1, side: 2))
        let common = try a.intersection(b)
        // [1, 2]²: area 1; its envelope comes from GEOS, not from a Swift value.
        #expect(try common.value().area() == 1)
        #expect(common.envelope == Envelope(minX: 1, minY: 1, maxX: 2, maxY: 2))
        #expect(try a.difference(b).value().area() == 3)
        #expect(try a.union(b).value().area() == 7)
        // The boundary of [0, 2]² is its ring, of length 8; a result feeds further operations without conversion.
        let ring = try a.boundary()
        #expect(try ring.length() == 8)
        #expect(try ring.distance(to: Coordinate(1, 1)) == 1)
        // Disjoint squares intersect in an empty geometry, whose envelope is empty.
        let empty = try a.intersection(NativeGeometry(F.square(5, 5)))
        #expect(empty.isEmpty)
        #expect(empty.envelope.isEmpty)
    }

    @Test("Hausdorff distance between two parallel lines, with and without densifying")
    func hausdorff() throws {
        let lower = try NativeGeometry(F.line((0, 0), (10, 0)))
        let upper = try NativeGeometry(F.line((0, 1), (10, 1)))
        #expect(try lower.hausdorffDistance(to: upper) == 1)
        // A tent (0 0) → (5 3) → (10 0) against the base (0 0) → (10 0): the apex is 3 away.
        let tent = try NativeGeometry(F.line((0, 0), (5, 3), (10, 0)))
        #expect(try tent.hausdorffDistance(to: lower) == 3)
        #expect(try tent.hausdorffDistance(to: lower, densify: 0.5) == 3)
        #expect(throws: GeometryError.self) { try tent.hausdorffDistance(to: lower, densify: 0) }
        #expect(try lower.hausdorffDistance(to: upper) == (try F.line((0, 0), (10, 0)).hausdorffDistance(to: F.line((0, 1), (10, 1)))))
    }

    @Test("lineLocatePoint and interpolate on the L-shaped line (length 20)")
    func linearReferencing() throws {
        let line = try NativeGeometry(Self.ell)
        #expect(try line.lineLocatePoint(Coordinate(3, 4)) == 3)
        #expect(try line.lineLocatePoint(Coordinate(12, 5)) == 15)
        #expect(try line.lineLocatePoint(NativeGeometry(F.point(-5, -5))) == 0)
        #expect(try line.lineLocatePoint(Coordinate(10, 30)) == 20)
        #expect(try line.interpolate(15) == Coordinate(10, 5))
        #expect(try line.interpolate(-2) == Coordinate(10, 8))
        #expect(try line.interpolate(25) == Coordinate(10, 10))
    }

    @Test("linear referencing refuses what is not a non-empty line and a point")
    func linearReferencingRefusals() throws {
        let polygon = try NativeGeometry(Self.holed)
        #expect(throws: GeometryError.self) { try polygon.lineLocatePoint(Coordinate(0, 0)) }
        #expect(throws: GeometryError.self) { try polygon.interpolate(1) }
        let empty = try NativeGeometry(.lineString(LineString([])))
        #expect(throws: GeometryError.self) { try empty.lineLocatePoint(Coordinate(0, 0)) }
        // GEOS 3.11 crashes walking a MultiLineString with an empty part: refused, not crashed.
        let gapped = try NativeGeometry(.multiLineString([LineString([Coordinate(0, 0), Coordinate(1, 0)]), LineString([])]))
        #expect(throws: GeometryError.self) { try gapped.lineLocatePoint(Coordinate(0, 0)) }
        #expect(throws: GeometryError.self) { try gapped.interpolate(0.5) }
        let line = try NativeGeometry(Self.ell)
        #expect(throws: GeometryError.self) { try line.lineLocatePoint(NativeGeometry(F.line((0, 0), (1, 1)))) }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try line.lineLocatePoint(Coordinate(.nan, 0)) }
    }

    @Test("native geometries made on one thread are used on another thread's context")
    func acrossThreads() async throws {
        // Each task makes its own geometries (they are not Sendable) and checks them on whatever thread it runs on,
        // possibly after resuming elsewhere; every answer must be the serial one.
        try await withThrowingTaskGroup(of: Double.self) { group in
            for k in 0..<8 {
                group.addTask {
                    let a = try NativeGeometry(F.square(0, 0))
                    await Task.yield()
                    let b = try NativeGeometry(F.rectangle(Double(2 + k), 0, Double(3 + k), 1))
                    await Task.yield()
                    return try a.distance(to: b) - Double(1 + k)
                }
            }
            for try await residual in group { #expect(residual == 0) }
        }
    }
}
