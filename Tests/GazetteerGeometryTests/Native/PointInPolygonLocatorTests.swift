import Testing
import Foundation
@testable import GazetteerGeometry

/// The Swift point-in-polygon test must give GEOS's answer whenever it gives one: checked by hand on a holed
/// square, then against GEOS's prepared `covers`/`contains` on many points of irregular polygons — random points,
/// every vertex, points on axis-parallel edges, and points within rounding of slanted edges (where it may decline).
@Suite("Native point-in-polygon locator")
struct PointInPolygonLocatorTests {
    typealias F = GeometryFixtures

    /// [0, 4]² with the hole [1, 2]².
    static let holed = Polygon(exterior: F.ring(0, 0, 4, 4), holes: [F.ring(1, 1, 2, 2)])

    @Test("interior, boundary, hole and outside, worked out from the drawing")
    func handCases() {
        let locator = PointInPolygonLocator(Self.holed)
        let cases: [(Coordinate, PointPlacement)] = [
            (Coordinate(3, 3), .interior),
            (Coordinate(0, 2), .boundary), // on the shell's west edge
            (Coordinate(2, 0), .boundary), // on the shell's south edge (horizontal)
            (Coordinate(1.5, 1), .boundary), // on the hole's ring
            (Coordinate(1.5, 1.5), .exterior), // in the hole
            (Coordinate(4, 4), .boundary), // a corner
            (Coordinate(5, 5), .exterior), // outside the envelope
            (Coordinate(3, 1), .interior), // level with the hole's bottom edge, east of it
            (Coordinate(0.5, 2), .interior), // level with the hole's top edge, west of it
        ]
        for (point, expected) in cases {
            #expect(locator.placement(of: point) == expected, "\(point)")
        }
    }

    @Test("an empty polygon holds nothing")
    func emptyPolygon() {
        let locator = PointInPolygonLocator(Polygon(exterior: []))
        #expect(locator.placement(of: Coordinate(0, 0)) == .exterior)
    }

    /// A star-shaped polygon with `spikes` points and irregular radii around (cx, cy), with one hole, vertices at
    /// non-round coordinates: many slanted edges, some nearly horizontal.
    static func star(spikes: Int, seed: inout UInt64, cx: Double = 120.5, cy: Double = 49.25) -> Polygon {
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53)
        }
        var ring: [Coordinate] = []
        for i in 0 ..< spikes {
            let angle = Double(i) / Double(spikes) * 2 * .pi
            let r = i % 2 == 0 ? 1 + 0.5 * next() : 0.4 + 0.3 * next()
            ring.append(Coordinate(cx + r * cos(angle), cy + r * sin(angle)))
        }
        ring.append(ring[0])
        let hole = [Coordinate(cx - 0.1, cy - 0.1), Coordinate(cx + 0.1, cy - 0.1), Coordinate(cx + 0.1, cy + 0.1),
                    Coordinate(cx - 0.1, cy + 0.1), Coordinate(cx - 0.1, cy - 0.1)]
        return Polygon(exterior: ring, holes: [hole])
    }

    /// GEOS's answer for `point`.
    static func geos(_ prepared: PreparedGeometry, _ point: Coordinate) throws -> PointPlacement {
        guard try prepared.covers(point) else { return .exterior }
        return try prepared.contains(point) ? .interior : .boundary
    }

    @Test("agrees with GEOS's prepared covers and contains on random, vertex and edge points")
    func agreesWithGEOS() throws {
        var seed: UInt64 = 7
        var declined = 0, answered = 0
        var seen: [PointPlacement: Int] = [:]
        for spikes in [8, 37, 400] {
            let polygon = Self.star(spikes: spikes, seed: &seed)
            let locator = PointInPolygonLocator(polygon, edgesPerBand: 3)
            let prepared = try Geometry.polygon(polygon).prepared()
            var points: [Coordinate] = []
            func next() -> Double {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Double(seed >> 11) / Double(1 << 53)
            }
            for _ in 0 ..< 5_000 { points.append(Coordinate(119 + 3 * next(), 47.75 + 3 * next())) }
            for ring in polygon.rings {
                points += ring
                for i in 1 ..< ring.count {
                    let a = ring[i - 1], b = ring[i]
                    // The midpoint, rounded, lies within an ulp of the edge: the test may decline, never be wrong.
                    points.append(Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2))
                    // Points level with a vertex (the ray passes through it).
                    points.append(Coordinate(a.x - 0.01, a.y))
                    points.append(Coordinate(a.x + 0.01, a.y))
                }
            }
            for point in points {
                let expected = try Self.geos(prepared, point)
                seen[expected, default: 0] += 1
                guard let answer = locator.placement(of: point) else { declined += 1; continue }
                answered += 1
                #expect(answer == expected, "\(spikes) spikes, point \(point)")
            }
        }
        // Every kind of answer was exercised, and declining stays rare (edge midpoints only).
        #expect(seen[.interior, default: 0] > 1_000 && seen[.exterior, default: 0] > 1_000 && seen[.boundary, default: 0] > 400)
        #expect(declined < answered / 20, "declined \(declined) of \(declined + answered)")
    }

    @Test("the orientation filter decides clear turns and declines collinear-within-rounding ones")
    func orientationFilter() {
        #expect(PointInPolygonLocator.orientation(0, 0, 1, 0, 0.5, 1) == 1)
        #expect(PointInPolygonLocator.orientation(0, 0, 1, 0, 0.5, -1) == -1)
        // Exactly collinear with a zero term: decided (0).
        #expect(PointInPolygonLocator.orientation(0, 0, 1, 0, 0.5, 0) == 0)
        // Collinear in real numbers but not representable exactly: the filter declines instead of guessing.
        #expect(PointInPolygonLocator.orientation(0.1, 0.1, 0.3, 0.3, 0.7, 0.7) == nil)
    }
}
