import Testing
@testable import GazetteerGeometry

/// The classic invalid polygons (OGC Simple Features §6.1.11.1), with the reason text GEOS's IsValidOp uses
/// (geos/operation/valid/TopologyValidationError.cpp: "Self-intersection", "Ring Self-intersection",
/// "Hole lies outside shell", …) and the location of the problem worked out from the drawing.
@Suite("Geometry validity")
struct ValidityTests {
    typealias F = GeometryFixtures

    /// The bow-tie: two triangles whose edges (0 0)–(2 2) and (2 0)–(0 2) cross at (1 1).
    let bowTie = F.polygon((0, 0), (2, 2), (2, 0), (0, 2), (0, 0))

    @Test("a valid square reports no reason and no location")
    func validSquare() throws {
        let report = try F.rectangle(0, 0, 2, 2).validity()
        #expect(report == ValidityReport(isValid: true, reason: nil, location: nil))
        #expect(try F.rectangle(0, 0, 2, 2).isValid())
    }

    @Test("a bow-tie is a self-intersection at (1 1)")
    func bowTieIsInvalid() throws {
        let report = try bowTie.validity()
        #expect(!report.isValid)
        #expect(report.reason == "Self-intersection")
        let location = try #require(report.location)
        #expect(F.close(location, Coordinate(1, 1), 1e-12))
        #expect(try !bowTie.isValid())
    }

    @Test("a hole outside its shell is reported at the hole")
    func holeOutsideShell() throws {
        let p = Geometry.polygon(Polygon(exterior: F.ring(0, 0, 2, 2), holes: [F.ring(5, 5, 6, 6)]))
        let report = try p.validity()
        #expect(!report.isValid)
        #expect(report.reason == "Hole lies outside shell")
        let location = try #require(report.location)
        #expect(location.x >= 5 && location.x <= 6 && location.y >= 5 && location.y <= 6)
    }

    @Test("a shell whose vertex (2 0) touches its own bottom edge is a ring self-intersection there")
    func selfTouchingRing() throws {
        // Two triangles, (0 0, 2 0, 0 4) and (2 0, 4 0, 4 4), joined only at (2 0): the ring passes (2 0) twice.
        let p = F.polygon((0, 0), (4, 0), (4, 4), (2, 0), (0, 4), (0, 0))
        let report = try p.validity()
        #expect(!report.isValid)
        #expect(report.reason == "Ring Self-intersection")
        let location = try #require(report.location)
        #expect(F.close(location, Coordinate(2, 0), 1e-12))
        // The touch makes two lobes, not a hole, so even the ESRI-style allowance does not accept it.
        #expect(try !p.validity(allowSelfTouchingRingHoles: true).isValid)
    }

    @Test("a shell that touches itself to enclose a hole is valid only with the ESRI-style allowance")
    func selfTouchingRingFormingHole() throws {
        // The square [0, 10]² whose ring, back at (0 5), detours round the clockwise triangle (0 5, 4 6, 4 4):
        // the triangle is a hole bounded by the shell itself, touching it at (0 5).
        let p = F.polygon((0, 0), (10, 0), (10, 10), (0, 10), (0, 5), (4, 6), (4, 4), (0, 5), (0, 0))
        let strict = try p.validity()
        #expect(!strict.isValid)
        #expect(strict.reason == "Ring Self-intersection")
        let location = try #require(strict.location)
        #expect(F.close(location, Coordinate(0, 5), 1e-12))
        #expect(try p.validity(allowSelfTouchingRingHoles: true).isValid)
    }

    @Test("nested shells in a multipolygon are invalid")
    func nestedShells() throws {
        let p = Geometry.multiPolygon([Polygon(exterior: F.ring(0, 0, 10, 10)), Polygon(exterior: F.ring(2, 2, 3, 3))])
        let report = try p.validity()
        #expect(!report.isValid)
        #expect(report.reason == "Nested shells")
    }

    @Test("a self-crossing line is valid (valid is not simple)")
    func crossingLineIsValid() throws {
        #expect(try F.line((0, 0), (2, 2), (2, 0), (0, 2)).isValid())
    }

    @Test("makeValid turns the bow-tie into two triangles of total area 2")
    func makeValidBowTie() throws {
        let fixed = try bowTie.makeValid()
        #expect(try fixed.isValid())
        // Triangles (0 0, 1 1, 0 2) and (2 0, 2 2, 1 1): base 2, height 1 each.
        #expect(try F.close(fixed.area(), 2, 1e-12))
        #expect(fixed.polygons.count == 2)
        #expect(try fixed.covers(F.point(0.5, 1)))
        #expect(try fixed.covers(F.point(1.5, 1)))
        #expect(try !fixed.intersects(F.point(1, 0.5)))
    }

    @Test("makeValid leaves a valid polygon as it was")
    func makeValidKeepsValid() throws {
        let square = F.rectangle(0, 0, 2, 2)
        #expect(try square.makeValid().topologicallyEquals(square))
    }

    @Test("makeValid turns a hole outside its shell into a second polygon")
    func makeValidHoleOutside() throws {
        let p = Geometry.polygon(Polygon(exterior: F.ring(0, 0, 2, 2), holes: [F.ring(5, 5, 6, 6)]))
        let fixed = try p.makeValid()
        #expect(try fixed.isValid())
        // GEOS's "structure" method (GeometryFixer, ported from JTS) documents that holes lying outside the shell
        // are converted into shells: [0, 2]² plus [5, 6]², area 4 + 1.
        #expect(try fixed.area() == 5)
        #expect(fixed.polygons.count == 2)
        #expect(try fixed.covers(F.point(5.5, 5.5)))
    }

    @Test("makeValid cuts a hole that is inside its shell")
    func makeValidKeepsHole() throws {
        // The shell [0, 4]² with the hole [1, 2]² is valid already: area 16 − 1.
        let p = Geometry.polygon(Polygon(exterior: F.ring(0, 0, 4, 4), holes: [F.ring(1, 1, 2, 2)]))
        #expect(try p.makeValid().area() == 15)
    }
}
