import Testing
@testable import GazetteerGeometry

/// Converting Swift geometry values to GEOS: structural faults and non-finite numbers become thrown
/// ``GeometryError``s, never crashes, and empty geometries are legal.
@Suite("Geometry conversion to GEOS")
struct GEOSHandleTests {
    typealias F = GeometryFixtures

    @Test("an unclosed ring is an invalid structure")
    func unclosedRing() {
        let open = F.polygon((0, 0), (1, 0), (1, 1), (0, 1))
        #expect(throws: GeometryError.self) { try open.area() }
        guard case .invalidStructure(let message)? = Self.error({ try open.area() }) else {
            Issue.record("expected invalidStructure")
            return
        }
        #expect(message.contains("not closed"))
    }

    @Test("a ring of 3 points is an invalid structure, in a shell or a hole")
    func threePointRing() {
        let triangleWithoutClosure = F.polygon((0, 0), (1, 0), (0, 0))
        guard case .invalidStructure(let message)? = Self.error({ try triangleWithoutClosure.area() }) else {
            Issue.record("expected invalidStructure")
            return
        }
        #expect(message.contains("3"))
        let badHole = Geometry.polygon(Polygon(exterior: F.ring(0, 0, 4, 4), holes: [[Coordinate(1, 1), Coordinate(2, 1), Coordinate(1, 1)]]))
        guard case .invalidStructure(let holeMessage)? = Self.error({ try badHole.area() }) else {
            Issue.record("expected invalidStructure for the hole")
            return
        }
        #expect(holeMessage.contains("interior ring #1"))
    }

    @Test("a LineString with one point is an invalid structure")
    func onePointLine() {
        let line = Geometry.lineString(LineString([Coordinate(1, 1)]))
        guard case .invalidStructure? = Self.error({ try line.length() }) else {
            Issue.record("expected invalidStructure")
            return
        }
    }

    @Test("a holed polygon without a shell is an invalid structure")
    func holesWithoutShell() {
        let p = Geometry.polygon(Polygon(exterior: [], holes: [F.ring(0, 0, 1, 1)]))
        guard case .invalidStructure? = Self.error({ try p.area() }) else {
            Issue.record("expected invalidStructure")
            return
        }
    }

    @Test("NaN and infinite coordinates are reported with their position", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(_ bad: Double) {
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try F.point(bad, 1).area() }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try F.point(1, bad).area() }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 0)) { try Geometry.point(Point(x: 1, y: 1, z: bad)).area() }
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 2)) { try F.line((0, 0), (1, 1), (bad, 2)).length() }
        let ring = [Coordinate(0, 0), Coordinate(1, 0), Coordinate(1, bad), Coordinate(0, 1), Coordinate(0, 0)]
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 2)) { try Geometry.polygon(Polygon(exterior: ring)).area() }
        // Inside a collection the error comes through unchanged.
        #expect(throws: GeometryError.nonFiniteCoordinate(index: 1)) {
            try Geometry.collection([F.square(0, 0), F.line((0, 0), (bad, 1))]).area()
        }
    }

    @Test("the error description names the coordinate in 1-based counting")
    func nonFiniteDescription() {
        #expect(GeometryError.nonFiniteCoordinate(index: 2).description.contains("#3"))
    }

    @Test("empty geometries are legal: an empty polygon has area 0, an empty line length 0")
    func emptyGeometries() throws {
        let emptyPolygon = Geometry.polygon(Polygon(exterior: []))
        #expect(try emptyPolygon.area() == 0)
        #expect(try emptyPolygon.isValid())
        #expect(emptyPolygon.isEmpty)
        #expect(emptyPolygon.envelope.isEmpty)
        let emptyLine = Geometry.lineString(LineString([]))
        #expect(try emptyLine.length() == 0)
        #expect(emptyLine.isEmpty)
        #expect(try !emptyLine.intersects(F.square(0, 0)))
        #expect(try Geometry.multiPolygon([]).area() == 0)
    }

    @Test("values survive the trip to GEOS and back unchanged")
    func roundTrip() throws {
        let values: [Geometry] = [
            F.point(1.25, -3.5),
            .point(Point(x: 1, y: 2, z: 3)),
            F.line((0, 0), (1, 1), (2, 0)),
            .polygon(Polygon(exterior: F.ring(0, 0, 4, 4), holes: [F.ring(1, 1, 2, 2)])),
            .multiPoint([Point(x: 0, y: 0), Point(x: 1, y: 1)]),
            .multiLineString([LineString([Coordinate(0, 0), Coordinate(1, 0)]), LineString([Coordinate(2, 2), Coordinate(3, 3)])]),
            .multiPolygon([Polygon(exterior: F.ring(0, 0, 1, 1)), Polygon(exterior: F.ring(2, 2, 3, 3))]),
            .collection([F.point(5, 5), F.line((0, 0), (1, 0)), F.square(0, 0)]),
            .polygon(Polygon(exterior: [])),
            .lineString(LineString([])),
        ]
        for value in values {
            let back = try value.withGEOS { (context, g) throws(GeometryError) in try GEOSReader(context: context).read(g) }
            #expect(back == value)
        }
    }

    /// The ``GeometryError`` thrown by `body`, or `nil` when it returns or throws something else.
    static func error(_ body: () throws -> Any) -> GeometryError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? GeometryError
        }
    }
}
