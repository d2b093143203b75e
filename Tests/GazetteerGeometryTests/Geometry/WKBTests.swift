import Foundation
import Testing
@testable import GazetteerGeometry

/// Well-known binary (OGC 06-103r4 §8; ISO 13249-3 type codes for Z) and its hexadecimal text form.
@Suite("Geometry WKB")
struct WKBTests {
    typealias F = GeometryFixtures

    /// POINT(1 2), little-endian: byte order 01, type 1 (01000000), x = 1.0 (000000000000F03F),
    /// y = 2.0 (0000000000000040). The constant appears in the OGC spec's examples and PostGIS's documentation.
    static let point12Hex = "0101000000000000000000F03F0000000000000040"

    /// POINT Z (1 2 3) in ISO WKB, little-endian: type 1001 = 0x3E9 (E9030000), then x, y, z = 3.0 (0000000000000840).
    static let point123ISOHex = "01E9030000000000000000F03F00000000000000400000000000000840"

    @Test("POINT(1 2) writes the published hex")
    func writesPublishedHex() throws {
        #expect(try F.point(1, 2).hexWKB() == Self.point12Hex)
        #expect(try F.point(1, 2).wkb() == [
            0x01, 0x01, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xF0, 0x3F,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40,
        ])
    }

    @Test("a point with a height writes ISO type 1001")
    func writesPointZ() throws {
        #expect(try Geometry.point(Point(x: 1, y: 2, z: 3)).hexWKB() == Self.point123ISOHex)
    }

    @Test("reads the published hex in either case and either byte order")
    func readsHex() throws {
        #expect(try Geometry(hexWKB: Self.point12Hex) == F.point(1, 2))
        #expect(try Geometry(hexWKB: Self.point12Hex.lowercased()) == F.point(1, 2))
        // Big-endian (XDR): 00, type 00000001, 3FF0000000000000, 4000000000000000.
        #expect(try Geometry(hexWKB: "00000000013FF00000000000004000000000000000") == F.point(1, 2))
        #expect(try Geometry(hexWKB: Self.point123ISOHex) == .point(Point(x: 1, y: 2, z: 3)))
        // PostGIS extended WKB flags Z with the high bit: type 0x80000001.
        #expect(try Geometry(hexWKB: "0101000080000000000000F03F00000000000000400000000000000840") == .point(Point(x: 1, y: 2, z: 3)))
    }

    @Test("a triangle's bytes are laid out as the standard says")
    func polygonBytes() throws {
        let triangle = F.polygon((0, 0), (1, 0), (1, 1), (0, 0))
        var expected: [UInt8] = [0x01, 0x03, 0x00, 0x00, 0x00] // little-endian, type 3 (Polygon)
        expected += [0x01, 0x00, 0x00, 0x00] // one ring
        expected += [0x04, 0x00, 0x00, 0x00] // four points
        for value in [0.0, 0, 1, 0, 1, 1, 0, 0] as [Double] {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { expected += $0 }
        }
        #expect(try triangle.wkb() == expected)
        #expect(try Geometry(wkb: expected) == triangle)
    }

    @Test("round trips keep every coordinate bit for bit")
    func roundTrip() throws {
        let values: [Geometry] = [
            F.point(119.712345678901234, 49.2),
            .polygon(Polygon(exterior: F.ring(0, 0, 4, 4), holes: [F.ring(1, 1, 2, 2)])),
            .multiPolygon([Polygon(exterior: F.ring(0, 0, 1, 1)), Polygon(exterior: F.ring(2, 2, 3, 3))]),
            .collection([.point(Point(x: 5, y: 5, z: -2.5)), F.line((0, 0), (0.1, 0.7))]),
            .lineString(LineString([])),
        ]
        for value in values {
            #expect(try Geometry(wkb: value.wkb()) == value)
            #expect(try Geometry(hexWKB: value.hexWKB()) == value)
        }
    }

    @Test("truncated bytes throw a WKB error, not a crash", arguments: [0, 1, 5, 12, 20])
    func truncated(_ length: Int) throws {
        let bytes = try Array(F.point(1, 2).wkb().prefix(length))
        let message = F.malformedMessage(format: "WKB") { _ = try Geometry(wkb: bytes) }
        #expect(message != nil)
    }

    @Test("an unknown geometry type code throws a WKB error")
    func unknownType() {
        let message = F.malformedMessage(format: "WKB") { _ = try Geometry(hexWKB: "0163000000000000000000F03F0000000000000040") }
        #expect(message != nil)
    }

    @Test("bad hex throws a hex WKB error naming the problem")
    func badHex() {
        let notHex = F.malformedMessage(format: "hex WKB") { _ = try Geometry(hexWKB: "01ZZ000000") }
        #expect(notHex?.contains("'Z'") == true)
        let odd = F.malformedMessage(format: "hex WKB") { _ = try Geometry(hexWKB: String(Self.point12Hex.dropLast())) }
        #expect(odd?.contains("odd") == true)
        let spaced = F.malformedMessage(format: "hex WKB") { _ = try Geometry(hexWKB: "01 01") }
        #expect(spaced != nil)
    }

    @Test("an infinite ordinate in WKB is refused, not carried into the value")
    func nonFiniteBytes() {
        // POINT (inf 2): x = 0x7FF0000000000000 little-endian.
        #expect(throws: GeometryError.self) { try Geometry(hexWKB: "0101000000000000000000F07F0000000000000040") }
    }

    @Test("POINT EMPTY (NaN ordinates, as PostGIS writes it) reads as the empty collection")
    func emptyPoint() throws {
        #expect(try Geometry(hexWKB: "0101000000000000000000F87F000000000000F87F") == .collection([]))
    }

    @Test("a WKB MultiPoint holding POINT EMPTY is read without crashing")
    func multiPointWithEmptyMember() async {
        // MULTIPOINT (EMPTY, (1 1)): type 4, two members, the first with NaN ordinates (PostGIS's POINT EMPTY).
        await #expect(processExitsWith: .success) {
            do {
                let g = try Geometry(hexWKB: "0104000000020000000101000000000000000000F87F000000000000F87F0101000000000000000000F03F000000000000F03F")
                if g != .multiPoint([Point(x: 1, y: 1)]) { exit(1) }
            } catch is GeometryError {
                // Refusing the input is acceptable.
            }
        }
    }
}
