import Gazetteer

/// Splits the authored outline into the 14 unit polygons so that neighbours share their edges exactly.
///
/// The three small urban units are explicit polygons clipped to the outline; the other eleven are the Voronoi
/// cells of their sites clipped to the outline, less the urban units. Every unit's seat is checked to fall inside
/// its own polygon, and the union of all units to equal the outline.
///
/// Neighbours must share their boundary vertex for vertex, or an exact overlay of two boundaries finds only part of
/// the shared edge: a Voronoi cell clipped against an urban unit gains a vertex where its edge meets the urban
/// polygon's edge, while the urban polygon keeps its straight edge. ``node(_:)`` inserts such vertices into the
/// neighbour, so that the boundary lines derived from the units (``Lines``) are complete.
enum Partition {
    static func build() throws -> [String: Polygon] {
        let outline = Geometry.polygon(Authored.outline)
        var result: [String: Polygon] = [:]
        var urban: [Geometry] = []
        for unit in Authored.units {
            guard let shape = unit.shape else { continue }
            let clipped = try Geometry.polygon(Polygon(exterior: shape)).intersection(outline)
            result[unit.code] = try single(clipped, unit.code)
            urban.append(clipped)
        }
        let urbanUnion = try Geometry.unionAll(urban)
        let sites = Authored.units.compactMap { unit in unit.site.map { (unit.code, $0) } }
        let diagram = try Geometry.multiPoint(sites.map { Point($0.1) }).voronoiDiagram(extendingTo: outline.envelope)
        for cell in diagram.polygons {
            let cellGeometry = Geometry.polygon(cell)
            guard let owner = try sites.first(where: { try cellGeometry.covers(.point(Point($0.1))) }) else {
                throw DemoDataError("a Voronoi cell has no site")
            }
            let clipped = try cellGeometry.intersection(outline).difference(urbanUnion)
            result[owner.0] = try single(clipped, owner.0)
        }
        result = node(result)
        try check(result, outline: outline)
        return result
    }

    /// Each polygon with the vertices of the other polygons that lie on its edges (within 1e-9°) inserted in order.
    static func node(_ units: [String: Polygon]) -> [String: Polygon] {
        let vertices = Set(units.values.flatMap(\.exterior))
        var result: [String: Polygon] = [:]
        for (code, polygon) in units {
            var ring: [Coordinate] = [polygon.exterior[0]]
            for (p, q) in zip(polygon.exterior, polygon.exterior.dropFirst()) {
                let dx = q.x - p.x, dy = q.y - p.y
                let squaredLength = dx * dx + dy * dy
                var onEdge: [(t: Double, c: Coordinate)] = []
                for v in vertices where v != p && v != q {
                    let t = ((v.x - p.x) * dx + (v.y - p.y) * dy) / squaredLength
                    guard t > 0, t < 1 else { continue }
                    let ex = p.x + t * dx - v.x, ey = p.y + t * dy - v.y
                    if ex * ex + ey * ey < 1e-18 { onEdge.append((t, v)) }
                }
                ring += onEdge.sorted { $0.t < $1.t }.map(\.c)
                ring.append(q)
            }
            result[code] = Polygon(exterior: ring, holes: polygon.holes)
        }
        return result
    }

    /// The one polygon of a unit; a unit split into pieces means the authored sites or shapes need fixing.
    private static func single(_ geometry: Geometry, _ code: String) throws -> Polygon {
        let parts = geometry.polygons
        guard parts.count == 1 else { throw DemoDataError("unit \(code) came out in \(parts.count) parts") }
        return parts[0]
    }

    private static func check(_ units: [String: Polygon], outline: Geometry) throws {
        for unit in Authored.units {
            guard let polygon = units[unit.code] else { throw DemoDataError("unit \(unit.code) has no polygon") }
            guard try Geometry.polygon(polygon).contains(.point(Point(unit.seat))) else {
                throw DemoDataError("the seat of \(unit.code) \(unit.name) lies outside its polygon")
            }
        }
        let union = try Geometry.unionAll(units.values.map(Geometry.polygon))
        let gap = try outline.symmetricDifference(union).area()
        guard gap < 1e-9 else { throw DemoDataError("units do not tile the outline (difference \(gap) deg²)") }
    }
}
