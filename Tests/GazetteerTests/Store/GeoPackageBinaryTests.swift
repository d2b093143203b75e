import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

@Suite("GeoPackage geometry blobs")
struct GeoPackageBinaryTests {
    @Test("header: magic, version, flags, SRS id and envelope, as GeoPackage 1.3 §2.1.3 lays them out")
    func header() throws {
        let blob = try GeoPackageBinary.encode(.polygon(Polygon(exterior: [
            Coordinate(120, 49), Coordinate(121, 49), Coordinate(121, 50), Coordinate(120, 49),
        ])), srsID: 4490)
        #expect(Array(blob.prefix(4)) == [0x47, 0x50, 0x00, 0x03])   // "GP", version 0, little-endian + XY envelope
        #expect(Array(blob[4..<8]) == [0x8A, 0x11, 0x00, 0x00])      // 4490 = 0x118A, little-endian
        let parsed = try #require(blob.withUnsafeBytes { GeoPackageBinary.header($0) })
        #expect(parsed.envelope == Envelope(minX: 120, minY: 49, maxX: 121, maxY: 50))
        #expect(parsed.wkbOffset == 40 && !parsed.isEmpty)
    }

    @Test("points decode without GEOS exactly as GEOS decodes them")
    func pointsRoundTrip() throws {
        let point = Point(x: 121.123456789, y: 49.987654321)
        let blob = try GeoPackageBinary.encode(.point(point), srsID: 4490)
        #expect(try GeoPackageBinary.decode(blob) == .point(point))
        #expect(try Geometry(wkb: Array(blob[40...])) == .point(point))
    }

    // Regression (data-safety 11): a Z point was written as ISO WKB 1001 under a column declaring z = 0, and
    // validate_gpkg.py failed with "Req 19: z found in geometry, but not in gpkg_geometry_columns".
    @Test("a point with a height is written as 2D WKB (type 1, 21 bytes), as the XY geometry columns require")
    func heightNotWritten() throws {
        let blob = try GeoPackageBinary.encode(.point(Point(x: -0.5, y: 0.25, z: 612.3)), srsID: 4490)
        #expect(blob.count == 40 + 21)
        #expect(Array(blob[40..<45]) == [0x01, 0x01, 0x00, 0x00, 0x00])   // little-endian, wkbPoint
        let collection = Geometry.collection([.multiPoint([Point(x: 1, y: 2, z: 3)])])
        #expect(try GeoPackageBinary.decode(try GeoPackageBinary.encode(collection, srsID: 4490)) == .collection([.multiPoint([Point(x: 1, y: 2)])]))
    }

    @Test("a Z point written by earlier versions (ISO WKB 1001) is still read, with its height")
    func earlierZPoint() throws {
        var blob: [UInt8] = [0x47, 0x50, 0x00, 0x01, 0x8A, 0x11, 0x00, 0x00, 0x01, 0xE9, 0x03, 0x00, 0x00]   // no envelope; 1001
        for v in [-0.5, 0.25, 612.3] { withUnsafeBytes(of: v.bitPattern.littleEndian) { blob.append(contentsOf: $0) } }
        #expect(try GeoPackageBinary.decode(blob) == .point(Point(x: -0.5, y: 0.25, z: 612.3)))
    }

    @Test("a big-endian WKB point is read too")
    func bigEndian() throws {
        // Header: "GP", version 0, flags 0 (big-endian, no envelope), SRS 4490 big-endian; then WKB 00 00000001 x y.
        var blob: [UInt8] = [0x47, 0x50, 0x00, 0x00, 0x00, 0x00, 0x11, 0x8A, 0x00, 0x00, 0x00, 0x00, 0x01]
        for v in [2.5, -1.0] { withUnsafeBytes(of: v.bitPattern.bigEndian) { blob.append(contentsOf: $0) } }
        #expect(try GeoPackageBinary.decode(blob) == .point(Point(x: 2.5, y: -1)))
    }

    @Test("other geometries still go through GEOS; a truncated blob is an error, not a crash")
    func others() throws {
        let line = Geometry.multiLineString([LineString([Coordinate(0, 0), Coordinate(1, 1)])])
        let blob = try GeoPackageBinary.encode(line, srsID: 4490)
        #expect(try GeoPackageBinary.decode(blob) == line)
        #expect(throws: GeometryError.self) { try GeoPackageBinary.decode(Array(blob.prefix(50))) }
        #expect(throws: GeometryError.self) { try GeoPackageBinary.decode([0x47, 0x50]) }
    }
}
