import Foundation
import Testing
@testable import GazetteerGeometry

/// Constructive operations on hand-built shapes.
@Suite("Geometry constructive operations")
struct ConstructiveTests {
    typealias F = GeometryFixtures

    @Test("the buffer of a point with radius 1 approaches π")
    func pointBuffer() throws {
        let quadrantSegments = 256
        let disc = try F.point(0, 0).buffer(by: 1, quadrantSegments: quadrantSegments)
        let area = try disc.area()
        // The buffer is a regular polygon with n = 4 × 256 vertices on the unit circle, whose area is
        // (n / 2) sin(2π / n) = π (1 − (2π/n)²/6 + …), about 2e-5 below π.
        let n = Double(4 * quadrantSegments)
        #expect(F.close(area, n / 2 * sin(2 * Double.pi / n), 1e-9))
        #expect(F.close(area, Double.pi, 1e-4))
        #expect(area < Double.pi)
        #expect(try disc.contains(F.point(0.99, 0)))
        #expect(try !disc.intersects(F.point(1.0001, 0)))
    }

    @Test("buffer with a negative distance shrinks a square; a flat-capped line buffer is a rectangle")
    func otherBuffers() throws {
        // [0, 4]² shrunk by 1 with mitred joins is [1, 3]².
        let shrunk = try F.rectangle(0, 0, 4, 4).buffer(by: -1, joinStyle: .mitre)
        #expect(try F.close(shrunk.area(), 4, 1e-9))
        #expect(try shrunk.topologicallyEquals(F.rectangle(1, 1, 3, 3)))
        // The segment (0 0, 10 0) with flat caps and distance 1 is the rectangle [0, 10] × [−1, 1].
        let band = try F.line((0, 0), (10, 0)).buffer(by: 1, capStyle: .flat)
        #expect(try F.close(band.area(), 20, 1e-9))
        #expect(throws: GeometryError.self) { try F.point(0, 0).buffer(by: .infinity) }
    }

    @Test("simplify removes wiggles smaller than the tolerance and keeps the ends")
    func simplify() throws {
        let wiggly = F.line((0, 0), (1, 0.01), (2, -0.01), (3, 0.02), (10, 0))
        let simple = try wiggly.simplified(tolerance: 0.1)
        #expect(simple == F.line((0, 0), (10, 0)))
        // A corner bigger than the tolerance stays.
        let corner = F.line((0, 0), (5, 5), (10, 0))
        #expect(try corner.simplified(tolerance: 0.1) == corner)
    }

    @Test("boundary: a square's ring of length 8, a line's two end points")
    func boundary() throws {
        let ring = try F.rectangle(0, 0, 2, 2).boundary()
        #expect(ring.dimension == 1)
        #expect(try ring.length() == 8)
        let ends = try F.line((0, 0), (1, 1), (2, 0)).boundary()
        guard case .multiPoint(let points) = ends else {
            Issue.record("expected a MultiPoint, got \(ends)")
            return
        }
        #expect(Set(points.map(\.coordinate)) == [Coordinate(0, 0), Coordinate(2, 0)])
        // A closed line has no boundary.
        #expect(try F.line((0, 0), (1, 0), (1, 1), (0, 0)).boundary().isEmpty)
    }

    @Test("envelope geometry of a right triangle is its 4 × 3 bounding box")
    func envelopeGeometry() throws {
        let triangle = F.polygon((0, 0), (4, 0), (0, 3), (0, 0))
        let box = try triangle.envelopeGeometry()
        #expect(try box.area() == 12)
        #expect(try box.topologicallyEquals(F.rectangle(0, 0, 4, 3)))
        // The envelope of a point is the point.
        #expect(try F.point(7, 8).envelopeGeometry() == F.point(7, 8))
        #expect(triangle.envelope == Envelope(minX: 0, minY: 0, maxX: 4, maxY: 3))
    }

    @Test("centroid of a square is its centre; of a right triangle, the mean of its vertices")
    func centroid() throws {
        #expect(try F.rectangle(2, 4, 6, 8).centroid() == F.point(4, 6))
        let c = try #require(F.coordinate(of: F.polygon((0, 0), (6, 0), (0, 3), (0, 0)).centroid()))
        #expect(F.close(c, Coordinate(2, 1), 1e-12))
    }

    /// A U opening upwards: the bar [0, 3] × [0, 1] and the arms [0, 1] × [1, 3] and [2, 3] × [1, 3].
    /// Its centroid, (1.5, (3 × 0.5 + 2 × 2 + 2 × 2) / 7 ≈ 1.357), lies in the notch, outside the shape.
    let uShape = F.polygon((0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3), (0, 0))

    @Test("a U's centroid falls in its notch, its point on surface inside it")
    func pointOnSurface() throws {
        let centroid = try uShape.centroid()
        let c = try #require(F.coordinate(of: centroid))
        #expect(F.close(c, Coordinate(1.5, 9.5 / 7), 1e-12))
        #expect(try !uShape.intersects(centroid))
        let label = try uShape.pointOnSurface()
        #expect(try uShape.contains(label))
    }

    @Test("polygonize four lines forming a square gives one polygon of area 1")
    func polygonize() throws {
        let lines = [
            F.line((0, 0), (1, 0)), F.line((1, 0), (1, 1)), F.line((1, 1), (0, 1)), F.line((0, 1), (0, 0)),
        ]
        let result = try Geometry.polygonize(lines)
        #expect(result.polygons.count == 1)
        #expect(try result.area() == 1)
        let polygon = try #require(result.polygons.first)
        #expect(try Geometry.polygon(polygon).topologicallyEquals(F.square(0, 0)))
        // Three sides enclose nothing.
        #expect(try Geometry.polygonize(Array(lines.prefix(3))).polygons.isEmpty)
    }

    @Test("two lines meeting end to end merge into one")
    func lineMerge() throws {
        let merged = try Geometry.multiLineString([
            LineString([Coordinate(0, 0), Coordinate(1, 0)]), LineString([Coordinate(1, 0), Coordinate(2, 1)]),
        ]).lineMerged()
        #expect(merged.lineStrings.count == 1)
        #expect(try merged.topologicallyEquals(F.line((0, 0), (1, 0), (2, 1))))
        // Lines that do not meet stay apart.
        let apart = try Geometry.multiLineString([
            LineString([Coordinate(0, 0), Coordinate(1, 0)]), LineString([Coordinate(5, 0), Coordinate(6, 0)]),
        ]).lineMerged()
        #expect(apart.lineStrings.count == 2)
    }

    @Test("noding two crossing lines gives four segments meeting at the crossing")
    func node() throws {
        let x = Geometry.multiLineString([
            LineString([Coordinate(0, 0), Coordinate(2, 2)]), LineString([Coordinate(0, 2), Coordinate(2, 0)]),
        ])
        let noded = try x.noded()
        let parts = noded.lineStrings
        #expect(parts.count == 4)
        for part in parts {
            #expect(part.coordinates.count == 2)
            #expect(part.coordinates.contains(Coordinate(1, 1)))
            #expect(try F.close(Geometry.lineString(part).length(), 2.0.squareRoot(), 1e-12))
        }
    }
}
