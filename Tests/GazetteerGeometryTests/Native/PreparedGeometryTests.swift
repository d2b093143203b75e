import Testing
@testable import GazetteerGeometry

/// Prepared predicates must answer exactly as the plain ones do; the `Coordinate` fast paths must agree with
/// the `Geometry` forms, including on the boundary and outside the envelope.
@Suite("Geometry prepared predicates")
struct PreparedGeometryTests {
    typealias F = GeometryFixtures

    /// [0, 4]² with the hole [1, 2]².
    let holed = Geometry.polygon(Polygon(exterior: F.ring(0, 0, 4, 4), holes: [F.ring(1, 1, 2, 2)]))

    @Test("contains, covers and intersects on points: interior, boundary, hole, outside")
    func pointPredicates() throws {
        let prepared = try holed.prepared()
        // (position, contains, covers) worked out from the drawing.
        let cases: [(Coordinate, Bool, Bool)] = [
            (Coordinate(3, 3), true, true), // interior
            (Coordinate(0, 2), false, true), // on the shell
            (Coordinate(1.5, 1), false, true), // on the hole's ring
            (Coordinate(1.5, 1.5), false, false), // in the hole
            (Coordinate(5, 5), false, false), // outside the envelope
            (Coordinate(4, 4), false, true), // the shell's corner
        ]
        for (c, contains, covers) in cases {
            #expect(try prepared.contains(c) == contains, "contains \(c)")
            #expect(try prepared.covers(c) == covers, "covers \(c)")
            #expect(try prepared.intersects(c) == covers, "intersects \(c)")
            // The Geometry forms agree with the Coordinate fast paths.
            let p = Geometry.point(Point(c))
            #expect(try prepared.contains(p) == contains, "contains point \(c)")
            #expect(try prepared.covers(p) == covers, "covers point \(c)")
            #expect(try prepared.intersects(p) == covers, "intersects point \(c)")
        }
    }

    @Test("the envelope pre-filter never hides a point the polygon covers")
    func envelopeFastPath() throws {
        let prepared = try holed.prepared()
        #expect(prepared.envelope == Envelope(minX: 0, minY: 0, maxX: 4, maxY: 4))
        // Points on the envelope's edges are still tested by GEOS.
        #expect(try prepared.covers(Coordinate(4, 0)))
        #expect(try prepared.covers(Coordinate(0, 4)))
        #expect(try !prepared.covers(Coordinate(4.0000001, 0)))
    }

    @Test("a non-finite coordinate throws rather than answering false")
    func nonFinitePoint() throws {
        let prepared = try holed.prepared()
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try prepared.contains(Coordinate(.nan, 1)) }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try prepared.covers(Coordinate(1, .infinity)) }
    }

    @Test("predicates on shapes: containsProperly, covers, intersects")
    func shapePredicates() throws {
        let prepared = try F.rectangle(0, 0, 4, 4).prepared()
        #expect(try prepared.contains(F.rectangle(1, 1, 2, 2)))
        #expect(try prepared.containsProperly(F.rectangle(1, 1, 2, 2)))
        // Touching the boundary from inside: contained, not properly.
        #expect(try prepared.contains(F.rectangle(0, 0, 2, 2)))
        #expect(try !prepared.containsProperly(F.rectangle(0, 0, 2, 2)))
        // A line along the boundary: covered, not contained.
        #expect(try prepared.covers(F.line((0, 0), (4, 0))))
        #expect(try !prepared.contains(F.line((0, 0), (4, 0))))
        #expect(try prepared.intersects(F.rectangle(3, 3, 5, 5)))
        #expect(try !prepared.intersects(F.rectangle(5, 5, 6, 6)))
    }

    @Test("distance and isWithinDistance, hand computed")
    func distances() throws {
        let prepared = try F.rectangle(0, 0, 4, 4).prepared()
        // (7, 8) is (3, 4) from the corner (4, 4): distance 5.
        #expect(try prepared.distance(to: F.point(7, 8)) == 5)
        #expect(try prepared.distance(to: F.point(2, 2)) == 0)
        #expect(try prepared.distance(to: F.line((6, -10), (6, 10))) == 2)
        #expect(try prepared.isWithinDistance(5, of: F.point(7, 8)))
        #expect(try !prepared.isWithinDistance(4.999, of: F.point(7, 8)))
        #expect(try prepared.isWithinDistance(0, of: F.point(4, 2)))
    }

    @Test("a prepared geometry answers many questions in a row the same way as the plain predicates")
    func reuseAgreesWithPlain() throws {
        let shape = F.polygon((0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3), (0, 0)) // a U
        let prepared = try shape.prepared()
        for i in 0...30 {
            for j in 0...30 {
                let c = Coordinate(Double(i) / 10, Double(j) / 10)
                let p = Geometry.point(Point(c))
                #expect(try prepared.contains(c) == shape.contains(p))
                #expect(try prepared.covers(c) == shape.covers(p))
            }
        }
    }

    @Test("preparing an empty geometry works and contains nothing")
    func emptyPrepared() throws {
        let prepared = try Geometry.polygon(Polygon(exterior: [])).prepared()
        #expect(try !prepared.contains(Coordinate(0, 0)))
        #expect(try !prepared.intersects(F.point(0, 0)))
    }

    @Test("preparing a geometry with bad structure throws")
    func badStructure() {
        #expect(throws: GeometryError.self) { _ = try F.polygon((0, 0), (1, 0), (1, 1)).prepared() }
    }
}
