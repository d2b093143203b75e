import Testing
@testable import GazetteerGeometry

/// GeoJSON geometry objects (RFC 7946 §3.1): parsing, writing, ring orientation (§3.1.6) and error paths.
@Suite("Geometry GeoJSON")
struct GeoJSONGeometryTests {
    typealias F = GeometryFixtures

    @Test("parses each geometry type")
    func parses() throws {
        #expect(try Geometry(geoJSON: #"{"type":"Point","coordinates":[119.7,49.2]}"#) == F.point(119.7, 49.2))
        #expect(try Geometry(geoJSON: #"{"type":"Point","coordinates":[119.7,49.2,812.5]}"#) == .point(Point(x: 119.7, y: 49.2, z: 812.5)))
        #expect(try Geometry(geoJSON: #"{"type":"LineString","coordinates":[[0,0],[1,1,7]]}"#) == F.line((0, 0), (1, 1)))
        #expect(try Geometry(geoJSON: #"{"coordinates":[[[0,0],[2,0],[2,2],[0,2],[0,0]],[[0.5,0.5],[1,0.5],[1,1],[0.5,0.5]]],"type":"Polygon"}"#)
            == .polygon(Polygon(
                exterior: F.ring(0, 0, 2, 2),
                holes: [[Coordinate(0.5, 0.5), Coordinate(1, 0.5), Coordinate(1, 1), Coordinate(0.5, 0.5)]])))
        #expect(try Geometry(geoJSON: #"{"type":"MultiPoint","coordinates":[[0,0],[1,1]]}"#) == .multiPoint([Point(x: 0, y: 0), Point(x: 1, y: 1)]))
        #expect(try Geometry(geoJSON: #"{"type":"MultiLineString","coordinates":[[[0,0],[1,0]]]}"#)
            == .multiLineString([LineString([Coordinate(0, 0), Coordinate(1, 0)])]))
        #expect(try Geometry(geoJSON: #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]]]}"#)
            == .multiPolygon([Polygon(exterior: F.ring(0, 0, 1, 1))]))
        #expect(try Geometry(geoJSON: #"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#)
            == .collection([F.point(1, 2)]))
    }

    @Test("writes compact GeoJSON")
    func writes() {
        #expect(F.point(119.5, 49).geoJSON() == #"{"type":"Point","coordinates":[119.5,49]}"#)
        #expect(Geometry.point(Point(x: 1, y: 2, z: 3.25)).geoJSON() == #"{"type":"Point","coordinates":[1,2,3.25]}"#)
        #expect(F.line((0, 0), (1.5, -2)).geoJSON() == #"{"type":"LineString","coordinates":[[0,0],[1.5,-2]]}"#)
        #expect(Geometry.collection([F.point(1, 2)]).geoJSON()
            == #"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}"#)
        #expect(Geometry.collection([]).geoJSON() == #"{"type":"GeometryCollection","geometries":[]}"#)
    }

    @Test("RFC 7946: a clockwise shell is written counter-clockwise and a counter-clockwise hole clockwise")
    func rightHandRule() {
        // Shell (0 0)→(0 4)→(4 4)→(4 0): clockwise. Hole (1 1)→(2 1)→(2 2)→(1 2): counter-clockwise.
        let clockwiseShell = [Coordinate(0, 0), Coordinate(0, 4), Coordinate(4, 4), Coordinate(4, 0), Coordinate(0, 0)]
        let counterClockwiseHole = F.ring(1, 1, 2, 2)
        let p = Geometry.polygon(Polygon(exterior: clockwiseShell, holes: [counterClockwiseHole]))
        #expect(p.geoJSON() == #"{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]]}"#)
        // Without the rule the rings are written as given.
        #expect(p.geoJSON(rightHandRule: false)
            == #"{"type":"Polygon","coordinates":[[[0,0],[0,4],[4,4],[4,0],[0,0]],[[1,1],[2,1],[2,2],[1,2],[1,1]]]}"#)
        // Rings already in RFC order stay as they are; the rule applies inside a MultiPolygon too.
        let good = Polygon(exterior: F.ring(0, 0, 1, 1))
        #expect(Geometry.multiPolygon([good, Polygon(exterior: clockwiseShell)]).geoJSON()
            == #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[0,0],[4,0],[4,4],[0,4],[0,0]]]]}"#)
    }

    @Test("the shoelace sign: positive for counter-clockwise rings")
    func signedArea() {
        #expect(Ring.signedDoubleArea(F.ring(0, 0, 3, 4)) == 24)
        #expect(Ring.signedDoubleArea(F.ring(0, 0, 3, 4).reversed()) == -24)
        // Far from the origin the relative formula keeps precision: a 1e-6° square at 120°E, 50°N.
        let tiny = F.ring(120, 50, 120.000001, 50.000001)
        #expect(F.close(Ring.signedDoubleArea(tiny), 2e-12, 1e-18))
    }

    @Test("precision 7 rounds half away from zero to the 7th decimal, trimming zeros")
    func precision() {
        #expect(F.point(119.123456789, -49.987654321).geoJSON() == #"{"type":"Point","coordinates":[119.1234568,-49.9876543]}"#)
        #expect(F.point(119.10000004, 0.5).geoJSON() == #"{"type":"Point","coordinates":[119.1,0.5]}"#)
        #expect(F.point(0.00000006, -0.00000004).geoJSON() == #"{"type":"Point","coordinates":[0.0000001,0]}"#)
        #expect(F.point(119.123456789, 1.25).geoJSON(precision: 3) == #"{"type":"Point","coordinates":[119.123,1.25]}"#)
        #expect(F.point(119.123456789, 49).geoJSON(precision: nil) == #"{"type":"Point","coordinates":[119.123456789,49]}"#)
    }

    @Test("parse → write → parse is stable")
    func roundTrip() throws {
        let values: [Geometry] = [
            .polygon(Polygon(exterior: F.ring(119, 49, 120, 50), holes: [F.ring(119.4, 49.4, 119.6, 49.6).reversed()])),
            .multiLineString([LineString([Coordinate(119.25, 49.5), Coordinate(119.75, 49.125)])]),
            .collection([.point(Point(x: 119.5, y: 49.5, z: 700)), F.line((0, 0), (1, 1))]),
        ]
        for value in values {
            #expect(try Geometry(geoJSON: value.geoJSON()) == value)
        }
    }

    @Test("errors name the JSON path of the bad member", arguments: [
        (#"{"coordinates":[1,2]}"#, "geometry: missing \"type\""),
        (#"{"type":7,"coordinates":[1,2]}"#, "geometry: missing \"type\""),
        (#"[1,2]"#, "geometry: expected a geometry object, found an array"),
        (#"{"type":"Circle","coordinates":[1,2]}"#, "unknown geometry type \"Circle\""),
        (#"{"type":"Point"}"#, "geometry: a Point needs \"coordinates\""),
        (#"{"type":"Point","coordinates":[1]}"#, "geometry.coordinates: a position needs at least 2 numbers"),
        (#"{"type":"Point","coordinates":[[1,2]]}"#, "geometry.coordinates: a position needs at least 2 numbers"),
        (#"{"type":"Point","coordinates":["1",2]}"#, "geometry.coordinates: position ordinates must be numbers"),
        (#"{"type":"Point","coordinates":[1,2,"z"]}"#, "geometry.coordinates: position ordinates must be numbers"),
        (#"{"type":"LineString","coordinates":[[0,0],["1",2]]}"#, "geometry.coordinates[1]: position ordinates must be numbers"),
        (#"{"type":"LineString","coordinates":[[0,0]]}"#, "geometry.coordinates: a LineString needs at least 2 positions"),
        (#"{"type":"LineString","coordinates":{"x":1}}"#, "geometry.coordinates: expected an array, found an object"),
        (#"{"type":"Polygon","coordinates":[[0,0],[1,0],[1,1],[0,0]]}"#, "geometry.coordinates[0][0]: a position needs at least 2 numbers"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#, "geometry.coordinates[0]: exterior ring is not closed"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#, "geometry.coordinates[0]: exterior ring has 3 positions"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,1],[1,1]]]}"#, "geometry.coordinates[1]: interior ring #1 has 3 positions"),
        (#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[0,0],[1,0],[1,1],[true,0]]]]}"#,
         "geometry.coordinates[1][0][3]: position ordinates must be numbers"),
        (#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"Point"}]}"#,
         "geometry.geometries[1]: a Point needs \"coordinates\""),
        (#"{"type":"GeometryCollection"}"#, "geometry: a GeometryCollection needs a \"geometries\" array"),
    ])
    func errorPaths(_ text: String, _ expected: String) {
        let message = F.malformedMessage(format: "GeoJSON") { _ = try Geometry(geoJSON: text) }
        #expect(message?.contains(expected) == true, "message was: \(message ?? "nil")")
    }

    @Test("a Feature passed where a geometry is expected is reported as such, not as missing coordinates")
    func featureIsNotAGeometry() {
        // The type check should come before the coordinates check: "a Feature needs coordinates" misleads.
        let message = F.malformedMessage(format: "GeoJSON") {
            _ = try Geometry(geoJSON: #"{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}"#)
        }
        #expect(message?.contains("expected a geometry, found a Feature") == true, "message was: \(message ?? "nil")")
    }

    @Test("collections nested beyond 32 levels are refused")
    func deepCollections() throws {
        func nested(_ depth: Int) -> String {
            String(repeating: #"{"type":"GeometryCollection","geometries":["#, count: depth)
                + #"{"type":"Point","coordinates":[1,2]}"# + String(repeating: "]}", count: depth)
        }
        #expect(try Geometry(geoJSON: nested(31)).coordinateCount == 1)
        let message = F.malformedMessage(format: "GeoJSON") { _ = try Geometry(geoJSON: nested(40)) }
        #expect(message?.contains("nested too deeply") == true)
    }

    @Test("a JSON syntax error is reported with its line and column")
    func syntaxError() {
        let message = F.malformedMessage(format: "GeoJSON") { _ = try Geometry(geoJSON: "{\"type\":\"Point\",\n\"coordinates\":[1,2,]}") }
        // The ']' after the trailing comma is line 2, column 20.
        #expect(message?.contains("line 2, column 20") == true, "message was: \(message ?? "nil")")
    }
}
