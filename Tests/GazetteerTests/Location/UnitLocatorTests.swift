import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// The demo registry (units, lines, markers, names), made once for the locate suites; its path.
let locateDemoRegistry: Result<String, any Error> = Result { try LayerRecordTests.demoRegistry().path }

/// Point location against hand-made polygons agrees with GEOS's exact predicates; distances and the boundary flag.
@Suite("Point location")
struct UnitLocatorTests {
    static func square(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Coordinate] {
        [Coordinate(x0, y0), Coordinate(x1, y0), Coordinate(x1, y1), Coordinate(x0, y1), Coordinate(x0, y0)]
    }

    /// A: a square with a hole; B: an enclave filling A's hole exactly; C: A's eastern neighbour;
    /// D: two squares touching at one corner (a MultiPolygon), south of C.
    static let units: [AdminUnit] = [
        AdminUnit(code: "150701", names: NameForms(standard: "甲"), level: .county,
                  boundary: .polygon(Polygon(exterior: square(120, 49, 121, 50), holes: [square(120.4, 49.4, 120.6, 49.6).reversed()]))),
        AdminUnit(code: "150702", names: NameForms(standard: "乙"), level: .county,
                  boundary: .polygon(Polygon(exterior: square(120.4, 49.4, 120.6, 49.6)))),
        AdminUnit(code: "150703", names: NameForms(standard: "丙"), level: .county,
                  boundary: .polygon(Polygon(exterior: square(121, 49, 122, 50)))),
        AdminUnit(code: "150704", names: NameForms(standard: "丁"), level: .county,
                  boundary: .multiPolygon([Polygon(exterior: square(121, 48, 121.5, 48.5)), Polygon(exterior: square(121.5, 48.5, 122, 49))])),
        AdminUnit(code: "150705", names: NameForms(standard: "无界"), level: .county),
    ]

    /// The probe's answer for `point`, as (code, position) pairs.
    func answer(_ probe: LocatorProbe, _ point: Coordinate) throws -> [String: PointLocation.Position] {
        Dictionary(uniqueKeysWithValues: try probe.units(at: point).map { ($0.code, $0.position) })
    }

    /// GEOS's exact, unprepared predicates on each whole unit.
    func geos(_ point: Coordinate) throws -> [String: PointLocation.Position] {
        var out: [String: PointLocation.Position] = [:]
        for unit in Self.units {
            guard let boundary = unit.boundary else { continue }
            if try boundary.contains(.point(Point(point))) { out[unit.code] = .interior }
            else if try boundary.covers(.point(Point(point))) { out[unit.code] = .boundary }
        }
        return out
    }

    @Test("inside, outside, edges, vertices, holes, the enclave and a touching MultiPolygon: hand-computed answers")
    func handComputed() throws {
        let probe = try UnitLocator(units: Self.units).makeProbe()
        let cases: [(Coordinate, [String: PointLocation.Position])] = [
            (Coordinate(120.2, 49.2), ["150701": .interior]),                              // inside A
            (Coordinate(119.5, 49.5), [:]),                                                  // west of everything
            (Coordinate(120.5, 49.5), ["150702": .interior]),                              // in A's hole: the enclave only
            (Coordinate(120.4, 49.5), ["150701": .boundary, "150702": .boundary]),         // on the hole's edge
            (Coordinate(120.6, 49.6), ["150701": .boundary, "150702": .boundary]),         // on the hole's corner
            (Coordinate(121, 49.5), ["150701": .boundary, "150703": .boundary]),           // on the shared edge
            (Coordinate(121, 49), ["150701": .boundary, "150703": .boundary]),             // a corner of A and C, north of D
            (Coordinate(121.5, 49), ["150703": .boundary, "150704": .boundary]),           // D's corner on C's edge
            (Coordinate(121, 50), ["150701": .boundary, "150703": .boundary]),             // shared corner
            (Coordinate(121.5, 48.5), ["150704": .boundary]),                              // where D's parts touch
            (Coordinate(121.25, 48.25), ["150704": .interior]),                            // in D's first part
            (Coordinate(121.75, 48.75), ["150704": .interior]),                            // in D's second part
            (Coordinate(121.25, 48.75), [:]),                                                // in D's envelope, in neither part
            (Coordinate(122, 49), ["150703": .boundary, "150704": .boundary]),
        ]
        for (point, expected) in cases {
            #expect(try answer(probe, point) == expected, "\(point)")
            #expect(try geos(point) == expected, "GEOS at \(point)")
        }
        let hits = try probe.units(at: Coordinate(122, 49))
        #expect(hits.map(\.code) == ["150703", "150704"], "ordered by level, then code")
    }

    @Test("a grid through every vertex and edge agrees with GEOS's unprepared predicates point for point")
    func gridAgreesWithGEOS() throws {
        let probe = try UnitLocator(units: Self.units).makeProbe()
        var checked = 0
        // Steps of 0.05° land exactly on every edge and vertex of the shapes (all multiples of 0.1 or 0.5),
        // and on many points of no edge.
        for i in 0...50 {
            for j in 0...50 {
                let p = Coordinate(119.75 + Double(i) * 0.05, 47.75 + Double(j) * 0.05)
                #expect(try answer(probe, p) == geos(p), "\(p)")
                checked += 1
            }
        }
        #expect(checked == 2601)
    }

    @Test("on the 14 real counties, seeded points and every vertex agree with GEOS's prepared predicates",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func realCountiesAgreeWithGEOS() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let input = try CheckInputReader.read(files: [file], idField: "adcode", nameField: "name", crs: nil, selection: UnitSelection())
        let units = input.units.map { AdminUnit(code: $0.code, names: NameForms(standard: $0.name ?? $0.code), level: .county, boundary: $0.boundary) }
        let locator = UnitLocator(units: units)
        let probe = try locator.makeProbe()
        let prepared = try locator.parts.map { try PreparedGeometry($0.polygon) }
        var seed: UInt64 = 42
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53)
        }
        var points = (0 ..< 20_000).map { _ in Coordinate(115.5 + 10.6 * next(), 47.0 + 6.4 * next()) }
        for unit in units { points += unit.boundary?.polygons.flatMap { $0.rings.flatMap { $0 } } ?? [] }
        var boundaryHits = 0
        for point in points {
            // GEOS alone: prepared covers and contains on every part of every unit.
            var expected: [String: PointLocation.Position] = [:]
            for (i, part) in locator.parts.enumerated() where try prepared[i].covers(point) {
                let code = locator.units[part.unit].code
                let position: PointLocation.Position = try prepared[i].contains(point) ? .interior : .boundary
                if expected[code] != .interior { expected[code] = position }
            }
            let got = try answer(probe, point)
            #expect(got == expected, "\(point)")
            if got.values.contains(.boundary) { boundaryHits += 1 }
        }
        // Every vertex is on a boundary; so the vertex half of the points exercised the boundary answers.
        #expect(boundaryHits > 3_000)
    }

    @Test("a unit without a boundary is ignored; a NaN point is refused")
    func edgeCases() throws {
        let locator = UnitLocator(units: Self.units)
        #expect(locator.units.count == 4)
        #expect(locator.parts.count == 5)
        #expect(throws: GeometryError.self) { try locator.makeProbe().units(at: Coordinate(.nan, 49)) }
    }

    @Test("distances to unit edges and lines are metres in the point's zone; within the tolerance is on the boundary")
    func boundaryTolerance() throws {
        let line = BoundaryLine(code: "150701-150703", name: "甲丙线", level: .county, leftUnitCode: "150701", rightUnitCode: "150703",
                                geometry: .lineString(LineString([Coordinate(121, 49), Coordinate(121, 50)])))
        let locator = UnitLocator(units: Self.units, lines: [line], tolerance: 1)
        let probe = try locator.makeProbe()
        let zone = try GaussKrugerZone(longitude: 121)
        #expect(zone.epsgCode == 4549)
        let (forward, inverse) = try zone.projection()
        // The line's chord in the zone's plane (PROJ projects vertices; the edge between them is straight there).
        let a = try forward.transform(Coordinate(121, 49)), b = try forward.transform(Coordinate(121, 50))
        let chord = Geometry.lineString(LineString([a, b]))
        let middle = Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2)
        // 0.6 m and 3 m west of the chord's middle, in the plane.
        for (offset, expectOn) in [(0.6, true), (3.0, false)] {
            let planar = Coordinate(middle.x - offset, middle.y)
            let p = try inverse.transform(planar)
            let location = try probe.locate(p)
            #expect(location.isOnBoundary == expectOn, "offset \(offset)")
            // GEOS's own distance in the plane, an independent code path.
            let expected = try chord.distance(to: .point(Point(planar)))
            // The chord leans by the meridian convergence (~0.76°): the distance is the offset × cos, within 1 mm.
            #expect(abs(expected - offset) < 1e-3)
            #expect(abs(try #require(location.nearestLine?.distance) - expected) < 1e-6)
            #expect(abs(try #require(location.boundaryDistance) - expected) < 1e-6)
            #expect(location.zone == zone)
            #expect(Dictionary(uniqueKeysWithValues: location.units.map { ($0.code, $0.position) }) == (try geos(p)))
        }
        let exact = try probe.locate(Coordinate(121, 49.5))
        #expect(exact.isOnBoundary && exact.units.allSatisfy { $0.position == .boundary })
        let far = try probe.locate(Coordinate(10, 49.5))
        #expect(far.isOutside && far.zone == nil && far.nearestLine == nil && !far.isOnBoundary)
    }

    @Test("on the demo registry the seat of 海拉尔区 (119.7649 49.2139) is in 海拉尔区, in zone EPSG:4549 as cs2cs puts it")
    func demoSeat() throws {
        let registry = try GeoPackageStore.open(at: try locateDemoRegistry.get(), access: .read)
        let locator = UnitLocator(units: try registry.records(AdminUnit.self), lines: try registry.records(BoundaryLine.self))
        let location = try locator.makeProbe().locate(Coordinate(119.7649, 49.2139))
        #expect(location.units.map(\.code) == ["150702"])
        #expect(location.unit(at: .county)?.name == "海拉尔区")
        #expect(location.zone?.epsgCode == 4549)
        // cs2cs EPSG:4490 EPSG:4549 <<< "49.2139 119.7649" → 5453442.4463 482871.1045
        let p = try #require(location.projected)
        #expect(abs(p.x - 482871.1045) < 1e-3 && abs(p.y - 5453442.4463) < 1e-3)
        #expect(location.nearestLine != nil && !location.isOnBoundary)
    }
}
