import Foundation
import Testing
@testable import GazetteerGeometry

/// CGCS2000 3-degree Gauss-Krüger zones: zone choice by longitude and transforms checked against PROJ's `cs2cs`.
@Suite("Geodesy Gauss-Krüger zones")
struct GaussKrugerZoneTests {
    @Test("zone selection by longitude", arguments: [
        // (longitude, central meridian, EPSG code). EPSG:4534 is CM 75E, each code after it 3° further east
        // (`projinfo EPSG:4534` → "CGCS2000 / 3-degree Gauss-Kruger CM 75E", EPSG:4554 → "… CM 135E").
        (119.7, 120, 4549),
        (117.0, 117, 4548),
        (118.4, 117, 4548),
        (121.4, 120, 4549),
        (122.5, 123, 4550),
        (73.5, 75, 4534),
        (136.4, 135, 4554),
    ])
    func selection(_ longitude: Double, _ centralMeridian: Int, _ epsg: Int) throws {
        let zone = try GaussKrugerZone(longitude: longitude)
        #expect(zone.centralMeridian == centralMeridian)
        #expect(zone.epsgCode == epsg)
    }

    @Test("longitudes outside 73.5°E–136.5°E throw outOfRange", arguments: [73.0, 73.49, 136.5, 140, -119.7, .nan, .infinity])
    func outside(_ longitude: Double) {
        #expect {
            _ = try GaussKrugerZone(longitude: longitude)
        } throws: { error in
            guard case GeodesyError.outOfRange = error else { return false }
            return true
        }
    }

    @Test("the zone's CRS is the named EPSG Gauss-Krüger system")
    func crs() throws {
        let zone = try GaussKrugerZone(longitude: 119.7)
        let crs = try zone.crs
        #expect(crs.definition == "EPSG:4549")
        #expect(crs.name == "CGCS2000 / 3-degree Gauss-Kruger CM 120E")
        #expect(!crs.isGeographic)
        #expect(zone.description == "EPSG:4549 (CM 120E)")
    }

    @Test("the zone for a geometry is chosen by its envelope's centre")
    func zoneForGeometry() throws {
        // Envelope 118.0…121.0 → centre 119.5 → CM 120.
        let line = Geometry.lineString(LineString([Coordinate(118.0, 49), Coordinate(121.0, 50)]))
        #expect(try GaussKrugerZone(for: line).centralMeridian == 120)
        #expect(throws: GeodesyError.self) { try GaussKrugerZone(for: .polygon(Polygon(exterior: []))) }
    }

    /// cs2cs output for (49.2°N, 119.7°E), printed northing then easting:
    ///
    ///     $ echo "49.2 119.7" | cs2cs -f %.6f EPSG:4490 EPSG:4549
    ///     5451913.296547	478136.503565 0.000000
    static let hailarLike = (lonLat: Coordinate(119.7, 49.2), eastNorth: Coordinate(478_136.503565, 5_451_913.296547))

    /// cs2cs output for (45.5°N, 117.3°E) in the CM 117E zone:
    ///
    ///     $ echo "45.5 117.3" | cs2cs -f %.6f EPSG:4490 EPSG:4548
    ///     5040556.492614	523447.417415 0.000000
    static let zone117 = (lonLat: Coordinate(117.3, 45.5), eastNorth: Coordinate(523_447.417415, 5_040_556.492614))

    /// cs2cs output for two more points in zones 4549 and 4550:
    ///
    ///     $ echo "49.5 118.6" | cs2cs -f %.6f EPSG:4490 EPSG:4549
    ///     5486177.114435	398590.389240 0.000000
    ///     $ echo "53.0 122.5" | cs2cs -f %.6f EPSG:4490 EPSG:4550
    ///     5874737.353275	466431.503798 0.000000
    static let westOfCM120 = (lonLat: Coordinate(118.6, 49.5), eastNorth: Coordinate(398_590.389240, 5_486_177.114435))
    static let mohe = (lonLat: Coordinate(122.5, 53.0), eastNorth: Coordinate(466_431.503798, 5_874_737.353275))

    @Test("forward transforms match cs2cs to 1 µm-level printing (2e-6 m) with x = easting, y = northing")
    func forwardMatchesCs2cs() throws {
        for sample in [Self.hailarLike, Self.zone117, Self.westOfCM120, Self.mohe] {
            let zone = try GaussKrugerZone(longitude: sample.lonLat.x)
            let (forward, _) = try zone.projection()
            let projected = try forward.transform(sample.lonLat)
            #expect(abs(projected.x - sample.eastNorth.x) <= 2e-6, "easting of \(sample.lonLat): \(projected.x)")
            #expect(abs(projected.y - sample.eastNorth.y) <= 2e-6, "northing of \(sample.lonLat): \(projected.y)")
        }
    }

    @Test("round trip back to CGCS2000 within 1e-8 degrees")
    func roundTrip() throws {
        let zone = try GaussKrugerZone(longitude: 119.7)
        let (forward, inverse) = try zone.projection()
        let points = [Coordinate(119.7, 49.2), Coordinate(118.51, 47.3), Coordinate(121.49, 53.3), Coordinate(120, 50)]
        let back = try inverse.transform(forward.transform(points))
        for (p, q) in zip(points, back) {
            #expect(abs(p.x - q.x) <= 1e-8 && abs(p.y - q.y) <= 1e-8, "\(p) came back as \(q)")
        }
        // The inverse of cs2cs's printed projection is the original point, to the printing's precision (1e-6 m ≈ 1e-11°).
        let fromCs2cs = try inverse.transform(Self.hailarLike.eastNorth)
        #expect(abs(fromCs2cs.x - 119.7) <= 1e-9 && abs(fromCs2cs.y - 49.2) <= 1e-9)
    }

    @Test("project and unproject a polygon; its area in the plane is close to the geodesic area")
    func projectGeometry() throws {
        // The cell 119.6–119.8°E × 49.1–49.3°N, every edge split into 200 pieces so that neither the geodesic edges
        // (which bow off the parallels) nor the straight planar edges (which are not images of geodesics) matter.
        var ring: [Coordinate] = []
        let n = 200
        for i in 0..<n { ring.append(Coordinate(119.6 + 0.2 * Double(i) / Double(n), 49.1)) }
        for i in 0..<n { ring.append(Coordinate(119.8, 49.1 + 0.2 * Double(i) / Double(n))) }
        for i in 0..<n { ring.append(Coordinate(119.8 - 0.2 * Double(i) / Double(n), 49.3)) }
        for i in 0..<n { ring.append(Coordinate(119.6, 49.3 - 0.2 * Double(i) / Double(n))) }
        ring.append(Coordinate(119.6, 49.1))
        let cell = Geometry.polygon(Polygon(exterior: ring))
        let zone = try GaussKrugerZone(for: cell)
        let projected = try zone.project(cell)
        // The first vertex lands where cs2cs puts it.
        //     $ echo "49.1 119.6" | cs2cs -f %.6f EPSG:4490 EPSG:4549
        //     5440825.771921	470789.956070 0.000000
        let first = try #require(projected.polygons.first?.exterior.first)
        #expect(abs(first.x - 470_789.956070) <= 2e-6 && abs(first.y - 5_440_825.771921) <= 2e-6, "\(first)")
        // Transverse Mercator point scale is k ≈ 1 + A²/2 with A = Δλ·cosφ (Δλ from the central meridian, radians), so
        // areas grow by k² ≈ 1 + A². Averaged over the cell (Δλ from −0.4° to −0.2°, mean Δλ² = 0.0933 deg²,
        // cos²(49.2°) = 0.4269) the planar area exceeds the geodesic one by ≈ 1.214e-5 relative.
        let planar = try projected.area()
        let geodesic = try Geodesic.cgcs2000.measure(cell).area
        let meanDeltaLambdaSquared = (pow(0.4, 3) - pow(0.2, 3)) / (3 * 0.2) * pow(Double.pi / 180, 2)
        let cosPhi = cos(49.2 * Double.pi / 180)
        let predicted = meanDeltaLambdaSquared * cosPhi * cosPhi
        #expect(abs((planar / geodesic - 1) - predicted) < 5e-7, "planar \(planar) vs geodesic \(geodesic), predicted \(predicted)")
        let back = try zone.unproject(projected)
        #expect(try back.equalsExact(cell, tolerance: 1e-8))
    }
}
