/// One thread's view of a ``UnitLocator``: the units' polygons prepared in GEOS and the tree over them.
///
/// Not `Sendable` (it holds GEOS objects and PROJ transformations): make one per thread with
/// ``UnitLocator/makeProbe()`` and keep it on that thread, or at least never use it from two at once.
public final class LocatorProbe {
    /// The locator this probe answers for.
    public let locator: UnitLocator
    private let tree: SpatialIndex
    private let prepared: [PreparedGeometry]
    /// Per zone met so far, by ``GaussKrugerZone/index``: the projection into it and its edges (kept here, so that
    /// a point costs no lock; in an array, so that it costs no hashing either).
    private var zones = [(projection: CoordinateTransformation, edges: ZoneEdges)?](repeating: nil, count: GaussKrugerZone.count)
    /// ``UnitLocator/clearance()``, once asked: `.some(nil)` when the locator has no edges.
    private var clearanceGrid: BoundaryClearance??

    init(_ locator: UnitLocator) throws(GeometryError) {
        self.locator = locator
        tree = try SpatialIndex(locator.parts.map(\.polygon))
        var prepared: [PreparedGeometry] = []
        prepared.reserveCapacity(locator.parts.count)
        for part in locator.parts { prepared.append(try PreparedGeometry(part.polygon)) }
        self.prepared = prepared
    }

    /// The units that hold `point` (CGCS2000 longitude/latitude), by GEOS's exact predicates, without distances.
    ///
    /// The fast path for bulk work: an R-tree lookup, then the Swift point-in-polygon test on each candidate,
    /// falling back to GEOS's prepared `covers` and `contains` where that test cannot decide in doubles.
    /// - Throws: ``GeometryError/nonFiniteCoordinate(index:)`` for NaN or infinite ordinates.
    public func units(at point: Coordinate) throws(GeometryError) -> [PointLocation.UnitHit] {
        guard point.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        // At most one GEOS point, made for the first candidate the Swift test leaves undecided.
        var query: NativeGeometry?
        var hits: [PointLocation.UnitHit] = []
        try tree.forEachCandidate(at: point) { (candidate) throws(GeometryError) in
            let position: PointLocation.Position
            switch locator.placements[candidate].placement(of: point) {
            case .interior?: position = .interior
            case .boundary?: position = .boundary
            case .exterior?: return
            case nil:
                // Within rounding of an edge's line: GEOS decides in double-double arithmetic.
                let q: NativeGeometry
                if let made = query { q = made } else { q = try NativeGeometry(point: point); query = q }
                let polygon = prepared[candidate].native
                guard try polygon.covers(q) else { return }
                position = try polygon.contains(q) ? .interior : .boundary
            }
            let unit = locator.parts[candidate].unit
            let code = locator.units[unit].code
            if let same = hits.firstIndex(where: { $0.code == code }) {
                // Two parts of one unit meeting at the point: it is interior if either says so.
                if position == .interior { hits[same].position = .interior }
            } else {
                hits.append(locator.hit(unit, position))
            }
        }
        if hits.count > 1 {
            hits.sort { a, b in
                let la = a.level.map { AdminLevel.allCases.firstIndex(of: $0)! } ?? AdminLevel.allCases.count
                let lb = b.level.map { AdminLevel.allCases.firstIndex(of: $0)! } ?? AdminLevel.allCases.count
                return la != lb ? la < lb : a.code < b.code
            }
        }
        return hits
    }

    /// Everything `gazetteer locate` says about `point`: the units that hold it, its Gauss-Krüger zone and
    /// coordinates, the nearest unit edge and boundary line with their distances, and whether it is on a boundary.
    /// - Parameters:
    ///   - point: CGCS2000 longitude/latitude.
    ///   - distances: `false` for ``LocationDetail/nearby``: the boundary flag is still exact, but the nearest edge
    ///     and line (and their distances) are given only for points within the tolerance. A point far from every
    ///     edge then costs a few tree nodes instead of a search across the whole city.
    /// - Throws: ``GeometryError`` for a non-finite point; ``GeodesyError`` when PROJ cannot project it.
    public func locate(_ point: Coordinate, distances: Bool = true) throws -> PointLocation {
        try locate(point, detail: distances ? .full : .nearby)
    }

    /// What `gazetteer locate` says about `point`, worked out as far as `detail` (see ``LocationDetail``); what
    /// lies beyond it is left `nil`.
    /// - Throws: ``GeometryError`` for a non-finite point; ``GeodesyError`` when PROJ cannot project it.
    public func locate(_ point: Coordinate, detail: LocationDetail) throws -> PointLocation {
        let units = try units(at: point)
        var location = PointLocation(point: point, zone: nil, projected: nil, units: units, nearestLine: nil,
                                     boundaryDistance: nil, isOnBoundary: units.contains { $0.position == .boundary })
        guard detail > .units else { return location }
        // Known to be far from every edge, nothing within the tolerance is there to find (no grid: no edges at all).
        let clear = detail < .full ? try clearance()?.isClear(point) ?? true : false
        if clear && detail == .boundary { return location }
        // Outside every Gauss-Krüger zone (far from China): no plane to measure in.
        guard let zone = try? GaussKrugerZone(longitude: point.x) else { return location }
        let (projection, edges) = try self.zone(zone)
        let projected = try projection.transform(point)
        if detail >= .nearby {
            location.zone = zone
            location.projected = projected
        }
        guard !clear else { return location }
        let tolerance = locator.tolerance
        let radius = detail == .full ? Double.infinity : tolerance
        if let unitEdges = edges.units {
            location.boundaryDistance = try unitEdges.nearest(to: projected, within: radius)?.distance
        }
        if let lineEdges = edges.lines, let (i, distance) = try lineEdges.nearest(to: projected, within: radius) {
            let line = locator.lines[i]
            location.nearestLine = .init(code: line.code, name: line.name, distance: distance)
        }
        if let d = location.boundaryDistance, d <= tolerance { location.isOnBoundary = true }
        if let d = location.nearestLine?.distance, d <= tolerance { location.isOnBoundary = true }
        return location
    }

    /// The locator's clearance grid, fetched (and on the first call of any probe, built) once; `nil` without edges.
    private func clearance() throws -> BoundaryClearance? {
        if let fetched = clearanceGrid { return fetched }
        let grid = try locator.clearance()
        clearanceGrid = .some(grid)
        return grid
    }

    private func zone(_ zone: GaussKrugerZone) throws -> (projection: CoordinateTransformation, edges: ZoneEdges) {
        if let known = zones[zone.index] { return known }
        let made = (try CoordinateTransformation(from: .cgcs2000, to: zone.crs), try locator.edges(in: zone))
        zones[zone.index] = made
        return made
    }
}
