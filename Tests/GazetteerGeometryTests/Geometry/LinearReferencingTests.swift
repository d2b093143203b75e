import Testing
@testable import GazetteerGeometry

/// Positions along lines ("chainage"), worked out by hand on an L-shaped line (0 0) → (10 0) → (10 10),
/// whose length is 20: distance d ≤ 10 lies at (d, 0), d ≥ 10 at (10, d − 10).
@Suite("Geometry linear referencing")
struct LinearReferencingTests {
    typealias F = GeometryFixtures

    let ell = F.line((0, 0), (10, 0), (10, 10))

    @Test("lineLocatePoint gives the distance along the line of the nearest point")
    func lineLocatePoint() throws {
        #expect(try ell.lineLocatePoint(F.point(3, 4)) == 3)
        #expect(try ell.lineLocatePoint(F.point(12, 5)) == 15)
        #expect(try ell.lineLocatePoint(F.point(-5, -5)) == 0)
        #expect(try ell.lineLocatePoint(F.point(10, 30)) == 20)
        // A point on the line locates at its own position.
        #expect(try ell.lineLocatePoint(F.point(10, 2.5)) == 12.5)
    }

    @Test("a MultiLineString is measured part after part")
    func locateOnMultiLine() throws {
        let two = Geometry.multiLineString([
            LineString([Coordinate(0, 0), Coordinate(10, 0)]), LineString([Coordinate(20, 0), Coordinate(30, 0)]),
        ])
        #expect(try two.lineLocatePoint(F.point(25, 1)) == 15)
        #expect(try two.interpolate(15) == F.point(25, 0))
    }

    @Test("a MultiLineString with an empty part: the empty part is skipped (GEOS 3.11 crashed on it)")
    func multiLineWithEmptyPart() throws {
        let gapped = Geometry.multiLineString([
            LineString([Coordinate(0, 0), Coordinate(10, 0)]), LineString([]), LineString([Coordinate(20, 0), Coordinate(30, 0)]),
        ])
        #expect(try gapped.lineLocatePoint(F.point(25, 1)) == 15)
        #expect(try gapped.interpolate(15) == F.point(25, 0))
    }

    @Test("interpolate is the inverse of lineLocatePoint; negative distances count from the end; beyond the ends clamps")
    func interpolate() throws {
        #expect(try ell.interpolate(3) == F.point(3, 0))
        #expect(try ell.interpolate(15) == F.point(10, 5))
        #expect(try ell.interpolate(-2) == F.point(10, 8))
        #expect(try ell.interpolate(0) == F.point(0, 0))
        #expect(try ell.interpolate(20) == F.point(10, 10))
        #expect(try ell.interpolate(25) == F.point(10, 10))
        for d in stride(from: 0.0, through: 20, by: 2.5) {
            #expect(try ell.lineLocatePoint(ell.interpolate(d)) == d)
        }
    }

    @Test("lineLocatePoint and interpolate refuse what is not a line and a point")
    func wrongTypes() {
        #expect(throws: GeometryError.self) { try F.square(0, 0).lineLocatePoint(F.point(0, 0)) }
        #expect(throws: GeometryError.self) { try self.ell.lineLocatePoint(F.line((0, 0), (1, 1))) }
        #expect(throws: GeometryError.self) { try F.point(0, 0).interpolate(1) }
        #expect(throws: GeometryError.self) { try F.square(0, 0).interpolate(1) }
    }

    @Test("substring between two distances, hand computed")
    func substring() {
        let line = LineString([Coordinate(0, 0), Coordinate(10, 0), Coordinate(10, 10)])
        #expect(line.substring(from: 5, to: 15).coordinates == [Coordinate(5, 0), Coordinate(10, 0), Coordinate(10, 5)])
        #expect(line.substring(from: 2, to: 8).coordinates == [Coordinate(2, 0), Coordinate(8, 0)])
        #expect(line.substring(from: 0, to: 20).coordinates == line.coordinates)
        // Exactly at the corner: the corner is an end, not repeated.
        #expect(line.substring(from: 10, to: 20).coordinates == [Coordinate(10, 0), Coordinate(10, 10)])
        #expect(line.substring(from: 0, to: 10).coordinates == [Coordinate(0, 0), Coordinate(10, 0)])
        // Clamped to [0, length].
        #expect(line.substring(from: -5, to: 3).coordinates == [Coordinate(0, 0), Coordinate(3, 0)])
        #expect(line.substring(from: 18, to: 99).coordinates == [Coordinate(10, 8), Coordinate(10, 10)])
        // start > end runs backwards.
        #expect(line.substring(from: 15, to: 5).coordinates == [Coordinate(10, 5), Coordinate(10, 0), Coordinate(5, 0)])
    }

    @Test("substring of a multi-vertex line keeps the interior vertices in order and has the right length")
    func substringLength() throws {
        // A staircase of 1-unit steps: length 8.
        let stairs = LineString([
            Coordinate(0, 0), Coordinate(1, 0), Coordinate(1, 1), Coordinate(2, 1), Coordinate(2, 2),
            Coordinate(3, 2), Coordinate(3, 3), Coordinate(4, 3), Coordinate(4, 4),
        ])
        let middle = stairs.substring(from: 1.5, to: 6.25)
        #expect(middle.coordinates == [
            Coordinate(1, 0.5), Coordinate(1, 1), Coordinate(2, 1), Coordinate(2, 2), Coordinate(3, 2), Coordinate(3, 3),
            Coordinate(3.25, 3),
        ])
        #expect(try F.close(Geometry.lineString(middle).length(), 4.75, 1e-12))
    }

    @Test("substring of a degenerate line returns it unchanged")
    func substringDegenerate() {
        #expect(LineString([]).substring(from: 0, to: 1).coordinates.isEmpty)
        #expect(LineString([Coordinate(1, 1)]).substring(from: 0, to: 1).coordinates == [Coordinate(1, 1)])
    }

    @Test("locating a point on an empty line throws instead of returning a negative distance")
    func locateOnEmptyLine() {
        // GEOS returns −1 here without raising an error; a position of −1 along a line means nothing.
        #expect(throws: GeometryError.self) { try Geometry.lineString(LineString([])).lineLocatePoint(F.point(0, 0)) }
    }
}

