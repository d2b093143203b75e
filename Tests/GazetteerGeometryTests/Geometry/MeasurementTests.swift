import Testing
@testable import GazetteerGeometry

/// Planar measures on hand-built shapes.
@Suite("Geometry measures")
struct MeasurementTests {
    typealias F = GeometryFixtures

    @Test("a 3 × 4 rectangle has area 12 and perimeter 14")
    func rectangleAreaAndLength() throws {
        let r = F.rectangle(10, 20, 13, 24)
        #expect(try r.area() == 12)
        #expect(try r.length() == 14)
    }

    @Test("a hole is subtracted from the area and added to the perimeter")
    func polygonWithHole() throws {
        let p = Geometry.polygon(Polygon(exterior: F.ring(0, 0, 4, 4), holes: [F.ring(1, 1, 2, 2)]))
        #expect(try p.area() == 15)
        #expect(try p.length() == 20)
    }

    @Test("lines have length and no area; points have neither")
    func linesAndPoints() throws {
        // A 3-4-5 triangle's hypotenuse plus a unit step: 5 + 1.
        let l = F.line((0, 0), (3, 4), (4, 4))
        #expect(try l.length() == 6)
        #expect(try l.area() == 0)
        #expect(try F.point(1, 2).area() == 0)
        #expect(try F.point(1, 2).length() == 0)
    }

    @Test("distances between hand-placed shapes")
    func distances() throws {
        // From the origin to the square [3, 4] × [4, 5]: its nearest corner (3, 4) is 5 away.
        #expect(try F.point(0, 0).distance(to: F.square(3, 4)) == 5)
        // From (0, 5) to the segment (0, 0)–(10, 0) the foot is inside the segment.
        #expect(try F.point(4, 5).distance(to: F.line((0, 0), (10, 0))) == 5)
        // Beyond the end, the distance is to the end point: (13, 4) to (10, 0) is 5.
        #expect(try F.point(13, 4).distance(to: F.line((0, 0), (10, 0))) == 5)
        // Parallel lines 2 apart.
        #expect(try F.line((0, 0), (5, 0)).distance(to: F.line((0, 2), (5, 2))) == 2)
        // Shapes that touch are 0 apart; a point inside a polygon is 0 from it.
        #expect(try F.square(0, 0).distance(to: F.square(1, 0)) == 0)
        #expect(try F.square(0, 0, side: 4).distance(to: F.point(2, 2)) == 0)
    }

    /// The pair of lines shown in shapely's `hausdorff_distance` / `frechet_distance` documentation:
    /// a straight line (0 0, 100 0) and a tent (0 0, 50 50, 100 0).
    let straight = F.line((0, 0), (100, 0))
    let tent = F.line((0, 0), (50, 50), (100, 0))

    @Test("Hausdorff distance: the tent's apex is 50 from the straight line")
    func hausdorff() throws {
        #expect(try straight.hausdorffDistance(to: tent) == 50)
        #expect(try tent.hausdorffDistance(to: straight) == 50)
        // Lines (0 0, 10 0) and (0 1, 5 4, 10 1): B's vertex (5, 4) is 4 from A; every other vertex is 1 away.
        #expect(try F.line((0, 0), (10, 0)).hausdorffDistance(to: F.line((0, 1), (5, 4), (10, 1))) == 4)
    }

    @Test("discrete Hausdorff sees vertices only; densifying finds the deviation between them")
    func hausdorffDensified() throws {
        // shapely's documented example. Vertices only: (0 0) is √200 from line2's vertex (10 10); every other vertex
        // is 10 from the other line, so 14.14…. Halving the segments adds line2's midpoint (70 80), which is 70 from
        // line1 (from the y axis; 80 from the x axis).
        let line1 = F.line((130, 0), (0, 0), (0, 150))
        let line2 = F.line((10, 10), (10, 150), (130, 10))
        #expect(try F.close(line1.hausdorffDistance(to: line2), 200.0.squareRoot(), 1e-12))
        #expect(try F.close(line1.hausdorffDistance(to: line2, densify: 0.5), 70, 1e-12))
    }

    @Test("Fréchet distance: √(50² + 50²) for the tent, 50 after densifying by halves (shapely's documented values)")
    func frechet() throws {
        #expect(try F.close(straight.frechetDistance(to: tent), (50.0 * 50 * 2).squareRoot(), 1e-9))
        #expect(try F.close(straight.frechetDistance(to: tent, densify: 0.5), 50, 1e-9))
    }

    @Test("densify fractions outside (0, 1] are rejected", arguments: [0.0, -0.5, 1.5])
    func badDensify(_ fraction: Double) {
        #expect(throws: GeometryError.self) { try self.straight.hausdorffDistance(to: self.tent, densify: fraction) }
        #expect(throws: GeometryError.self) { try self.straight.frechetDistance(to: self.tent, densify: fraction) }
    }

    @Test("empty geometries measure zero")
    func emptyMeasures() throws {
        #expect(try Geometry.polygon(Polygon(exterior: [])).area() == 0)
        #expect(try Geometry.polygon(Polygon(exterior: [])).length() == 0)
        #expect(try Geometry.lineString(LineString([])).length() == 0)
        #expect(try Geometry.collection([]).area() == 0)
    }
}
