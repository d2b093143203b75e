import Testing
@testable import GazetteerGeometry

/// Binary predicates on hand-built shapes; the expected truth values follow from the DE-9IM definitions
/// (OGC Simple Features §6.1.15) applied to the pictures described in each test.
@Suite("Geometry predicates")
struct PredicatesTests {
    typealias F = GeometryFixtures

    /// [0, 2]², the unit of most tests here.
    let square = F.rectangle(0, 0, 2, 2)

    @Test("intersects and disjoint are opposites")
    func intersectsAndDisjoint() throws {
        let inside = F.point(1, 1)
        let outside = F.point(3, 3)
        let corner = F.point(2, 2)
        #expect(try square.intersects(inside))
        #expect(try !square.disjoint(inside))
        #expect(try !square.intersects(outside))
        #expect(try square.disjoint(outside))
        // A boundary point is shared, so the shapes intersect.
        #expect(try square.intersects(corner))
        #expect(try !square.disjoint(corner))
    }

    @Test("contains and within: interior points yes, boundary points no")
    func containsAndWithin() throws {
        let inside = F.point(0.5, 1.5)
        let onEdge = F.point(2, 1)
        #expect(try square.contains(inside))
        #expect(try inside.within(square))
        // OGC: a polygon does not contain a point of its boundary (the point's interior must meet the polygon's interior).
        #expect(try !square.contains(onEdge))
        #expect(try !onEdge.within(square))
        // A smaller square inside.
        #expect(try square.contains(F.rectangle(0.5, 0.5, 1.5, 1.5)))
        #expect(try !F.rectangle(0.5, 0.5, 1.5, 1.5).contains(square))
    }

    @Test("covers and coveredBy count the boundary as inside")
    func coversAndCoveredBy() throws {
        let onEdge = F.point(2, 1)
        #expect(try square.covers(onEdge))
        #expect(try onEdge.isCovered(by: square))
        #expect(try !square.contains(onEdge))
        // A line lying along the boundary: covered, not contained.
        let edge = F.line((0, 0), (2, 0))
        #expect(try square.covers(edge))
        #expect(try !square.contains(edge))
        #expect(try !square.covers(F.point(2.000001, 1)))
    }

    @Test("two squares sharing an edge touch and do not overlap")
    func adjacentSquaresTouch() throws {
        let left = F.square(0, 0)
        let right = F.square(1, 0)
        #expect(try left.touches(right))
        #expect(try right.touches(left))
        #expect(try left.intersects(right))
        #expect(try !left.overlaps(right))
        // Squares one unit apart neither touch nor intersect.
        #expect(try !left.touches(F.square(2, 0)))
    }

    @Test("the DE-9IM matrix of two adjacent squares is FF2F11212")
    func relateMatrixOfAdjacentSquares() throws {
        // Interiors disjoint (F F), A's interior lies in B's exterior (2); A's boundary meets B's interior nowhere (F),
        // meets B's boundary in the shared edge (1) and B's exterior in its other three edges (1); A's exterior
        // meets B's interior (2), boundary (1) and exterior (2).
        let matrix = try F.square(0, 0).relate(F.square(1, 0))
        #expect(matrix == "FF2F11212")
        #expect(try F.square(0, 0).relate(F.square(1, 0), pattern: "FF*F1****"))
        #expect(try F.square(0, 0).relate(F.square(1, 0), pattern: "T********") == false)
    }

    @Test("a malformed DE-9IM pattern throws", arguments: ["FF2F1121", "FF2F112120", "XF2F11212", "", "ff2f11212"])
    func badPatternThrows(_ pattern: String) {
        #expect(throws: GeometryError.self) { try F.square(0, 0).relate(F.square(1, 0), pattern: pattern) }
    }

    @Test("a line running across a polygon crosses it; one ending inside also crosses; one inside does not")
    func lineCrossesPolygon() throws {
        #expect(try F.line((-1, 1), (3, 1)).crosses(square))
        #expect(try F.line((-1, 1), (1, 1)).crosses(square))
        #expect(try !F.line((0.5, 1), (1.5, 1)).crosses(square))
        // Two lines crossing in an X.
        #expect(try F.line((0, 0), (2, 2)).crosses(F.line((0, 2), (2, 0))))
    }

    @Test("two squares sharing a quarter overlap; nested squares do not")
    func overlappingSquares() throws {
        #expect(try square.overlaps(F.rectangle(1, 1, 3, 3)))
        #expect(try !square.overlaps(F.rectangle(0.5, 0.5, 1.5, 1.5)))
        #expect(try !square.overlaps(F.rectangle(5, 5, 6, 6)))
    }

    @Test("the same square started at another vertex is topologically equal but not exactly equal")
    func topologicalEquality() throws {
        let shifted = F.polygon((2, 2), (0, 2), (0, 0), (2, 0), (2, 2))
        #expect(try square.topologicallyEquals(shifted))
        #expect(try !square.equalsExact(shifted))
        // Reversed orientation is the same point set too.
        let reversed = F.polygon((0, 0), (0, 2), (2, 2), (2, 0), (0, 0))
        #expect(try square.topologicallyEquals(reversed))
        #expect(try !square.topologicallyEquals(F.rectangle(0, 0, 2, 2.1)))
    }

    @Test("equalsExact compares vertex by vertex within a tolerance")
    func exactEqualityWithTolerance() throws {
        let nudged = F.rectangle(0.05, 0, 2, 2.05) // two vertices moved by 0.05
        #expect(try !square.equalsExact(nudged))
        #expect(try !square.equalsExact(nudged, tolerance: 0.01))
        #expect(try square.equalsExact(nudged, tolerance: 0.1))
        #expect(try square.equalsExact(square))
    }

    @Test("predicates on a geometry with a NaN coordinate throw instead of answering")
    func nonFiniteInputThrows() {
        let bad = F.point(.nan, 1)
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try square.intersects(bad) }
    }
}
