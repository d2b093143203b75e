import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// ``BoundaryClearance`` calls a point clear only when the exact search finds no edge within the tolerance.
@Suite("Boundary clearance")
struct BoundaryClearanceTests {
    func demo(tolerance: Double) throws -> UnitLocator {
        let registry = try GeoPackageStore.open(at: try locateDemoRegistry.get(), access: .read)
        return UnitLocator(units: try registry.records(AdminUnit.self), lines: try registry.records(BoundaryLine.self), tolerance: tolerance)
    }

    @Test("the boundary flag with the grid equals the full search's, for tolerances from 0 to 7 km", arguments: [0.0, 1, 2_000, 7_000])
    func flagsAgree(tolerance: Double) throws {
        let locator = try demo(tolerance: tolerance)
        let probe = try locator.makeProbe()
        let grid = try #require(try locator.clearance())
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        // A scatter over the city and beyond, and points just off the middle of unit edges (at a fraction of the
        // tolerance to a few times it, on both sides), where a wrong radius would show.
        var points: [Coordinate] = []
        for _ in 0..<6_000 { points.append(Coordinate(114 + next() * 14, 46 + next() * 9)) }
        for unit in locator.units.prefix(6) {
            let ring: [Coordinate] = try #require(unit.boundary?.polygons.first?.rings.first)
            for i in stride(from: 0, to: ring.count - 1, by: max(1, ring.count / 40)) {
                let a = ring[i], b = ring[i + 1]
                let dx = b.x - a.x, dy = b.y - a.y
                let length = (dx * dx + dy * dy).squareRoot()
                guard length > 0 else { continue }
                let mid = Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2)
                // Degrees: about 90 km to a degree of longitude here, 111 km of latitude.
                let scale = max(tolerance, 1)
                let distances: [Double] = [0.5 * scale, 0.99 * scale, 1.01 * scale, 2 * scale, 10 * scale, 3_000, 8_000]
                for metres in distances {
                    for side in [-1.0, 1.0] {
                        let offset = side * metres / 100_000
                        points.append(Coordinate(mid.x - dy / length * offset, mid.y + dx / length * offset))
                    }
                }
            }
        }
        var clear = 0
        for point in points {
            let full = try probe.locate(point, detail: .full)
            let flagged = try probe.locate(point, detail: .boundary)
            #expect(flagged.isOnBoundary == full.isOnBoundary, "\(point) at tolerance \(tolerance)")
            if grid.isClear(point) {
                clear += 1
                // Clear means more than the tolerance from every edge and line, by the exact distances.
                #expect((full.boundaryDistance ?? .infinity) > tolerance && (full.nearestLine?.distance ?? .infinity) > tolerance, "\(point)")
            }
        }
        // The grid must answer for most scattered points at small tolerances, or it saves nothing.
        if tolerance <= 1 { #expect(clear > points.count / 2, "\(clear) clear of \(points.count)") }
    }

    @Test("no edges, no grid; a point on a zone border or beyond the zones is never wrongly clear")
    func edgesCases() throws {
        let square = try Geometry(wkt: "POLYGON((118.4 49.0, 118.6 49.0, 118.6 49.2, 118.4 49.2, 118.4 49.0))")
        let locator = UnitLocator(units: [AdminUnit(code: "150700", names: NameForms(standard: "甲"), level: .prefecture, boundary: square)])
        let grid = try #require(try locator.clearance())
        let probe = try locator.makeProbe()
        // 118.5°E is the border of zones 39 and 40; the square's north and south edges cross it.
        for point in [Coordinate(118.5, 49.0), Coordinate(118.5, 49.00001), Coordinate(118.49999999, 49.0), Coordinate(118.5, 49.1),
                      Coordinate(118.4, 49.1), Coordinate(140, 49), Coordinate(100, 40)] {
            let full = try probe.locate(point, detail: .full)
            #expect(try probe.locate(point, detail: .boundary).isOnBoundary == full.isOnBoundary, "\(point)")
            if full.boundaryDistance.map({ $0 <= 1 }) ?? false { #expect(!grid.isClear(point), "\(point)") }
        }
        #expect(try UnitLocator(units: []).clearance() == nil)
        #expect(!grid.isClear(Coordinate(.nan, 49)))
    }
}
