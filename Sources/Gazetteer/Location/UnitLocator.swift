import Foundation

/// Answers "which units is this point in, how near is the nearest boundary": built once per run from the units and
/// lines in force, shared by every thread, queried through a per-thread ``LocatorProbe``.
///
/// **Exactness.** Each unit is cut into its polygons; an R-tree over their envelopes gives the candidates for a
/// point, and on each candidate GEOS's point-in-area rule decides interior, boundary or outside — run in Swift by
/// ``PointInPolygonLocator``, which answers only when double arithmetic is certain and otherwise leaves the
/// candidate to GEOS's prepared `covers` and `contains`. So the answer is the exact GEOS predicate on the unit (for valid polygons, a point is in a MultiPolygon's interior or on
/// its boundary exactly when it is so for one of its parts), only faster. Only the polygonal part of a boundary is
/// used (``Geometry/polygonalPart``): stray lines from `makeValid` would make GEOS fall back to a full relate.
///
/// **Distances** are planar metres in the point's CGCS2000 3-degree Gauss-Krüger zone: the edges of every unit and
/// every boundary line are projected into each zone a point needs, once per run, and indexed (``LineSegmentIndex``).
/// A distance to an edge in a neighbouring zone carries that zone's scale error (under 10⁻³ at 1.5° from the
/// central meridian), far below any boundary tolerance. An edge is the straight chord between its projected
/// vertices, while GEOS's containment test works on the straight edge in degrees: on a 100 km edge of a schematic
/// polygon the two differ by about a metre in the middle; on surveyed boundaries (vertices metres apart), by nothing
/// measurable.
///
/// **Threads.** `Sendable`: it keeps ``Geometry`` values and the lazily built, lock-guarded zone edges. GEOS objects
/// are not shareable, so each thread asks for its own ``LocatorProbe`` (``makeProbe()``).
public final class UnitLocator: Sendable {
    /// The units with a polygonal boundary, in the order given.
    public let units: [AdminUnit]
    /// The boundary lines with a geometry, in the order given.
    public let lines: [BoundaryLine]
    /// A point this near (metres) to a unit's edge or a boundary line counts as on the boundary.
    public let tolerance: Double
    /// Each polygon of each unit: the unit's position in ``units``, and the polygon.
    let parts: [(unit: Int, polygon: Geometry)]
    /// The same polygons indexed for the Swift point-in-polygon test, shared by every probe.
    let placements: [PointInPolygonLocator]
    private let zones: ZoneEdgeCache
    private let clearanceCache = LockedLazy<BoundaryClearance?>()

    /// Prepares to locate points among `units`, measuring distances to their edges and to `lines`.
    /// - Parameters:
    ///   - units: the units in force; those without a polygonal boundary are ignored.
    ///   - lines: the boundary lines in force; those without geometry are ignored.
    ///   - tolerance: metres within which a point counts as on a boundary (≥ 0).
    public init(units: [AdminUnit], lines: [BoundaryLine] = [], tolerance: Double = 1) {
        var kept: [AdminUnit] = []
        var parts: [(unit: Int, polygon: Geometry)] = []
        var placements: [PointInPolygonLocator] = []
        for unit in units {
            guard let area = unit.boundary?.polygonalPart else { continue }
            var u = unit
            u.boundary = area
            for polygon in area.polygons {
                parts.append((kept.count, .polygon(polygon)))
                placements.append(PointInPolygonLocator(polygon))
            }
            kept.append(u)
        }
        self.units = kept
        self.parts = parts
        self.placements = placements
        self.lines = lines.filter { $0.geometry.map { !$0.lineStrings.isEmpty } ?? false }
        self.tolerance = max(0, tolerance)
        zones = ZoneEdgeCache(units: kept, lines: self.lines)
    }

    /// A probe for the calling thread: the prepared polygons and the tree over them.
    /// - Throws: ``GeometryError`` when a unit's polygon cannot be converted to GEOS.
    public func makeProbe() throws(GeometryError) -> LocatorProbe {
        try LocatorProbe(self)
    }

    /// The edges of the units and lines in `zone`, projected and indexed on first use.
    func edges(in zone: GaussKrugerZone) throws -> ZoneEdges {
        try zones.edges(in: zone)
    }

    /// The grid of places certainly clear of every edge (``BoundaryClearance``), built on first use under a lock;
    /// `nil` when there are no edges.
    /// - Throws: what building the zones' edge indexes throws.
    func clearance() throws -> BoundaryClearance? {
        try clearanceCache.value { try BoundaryClearance(self) }
    }

    /// The hit for unit `i` at `position`.
    func hit(_ i: Int, _ position: PointLocation.Position) -> PointLocation.UnitHit {
        let unit = units[i]
        return PointLocation.UnitHit(code: unit.code, name: unit.names.standard, level: unit.level ?? AdminLevel(code: unit.code), position: position)
    }
}

/// The edges of every unit and boundary line in one Gauss-Krüger zone. A class, so that handing it to a probe
/// costs one reference count rather than a copy of each index's arrays.
final class ZoneEdges: Sendable {
    /// The units' rings; owners are positions in ``UnitLocator/units``.
    let units: EdgeIndex?
    /// The boundary lines; owners are positions in ``UnitLocator/lines``.
    let lines: EdgeIndex?

    init(units: EdgeIndex?, lines: EdgeIndex?) {
        self.units = units
        self.lines = lines
    }
}

/// A value made once, on first use, under a lock, whichever thread asks first.
private final class LockedLazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var made: Value?

    func value(_ make: () throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = try make()
        made = value
        return value
    }
}

/// The zone edges built so far, one set per zone, built once under a lock whichever thread asks first.
private final class ZoneEdgeCache: @unchecked Sendable {
    private let units: [AdminUnit]
    private let lines: [BoundaryLine]
    private let lock = NSLock()
    // Guarded by `lock`.
    private var built: [GaussKrugerZone: ZoneEdges] = [:]

    init(units: [AdminUnit], lines: [BoundaryLine]) {
        self.units = units
        self.lines = lines
    }

    func edges(in zone: GaussKrugerZone) throws -> ZoneEdges {
        lock.lock()
        defer { lock.unlock() }
        if let edges = built[zone] { return edges }
        let forward = try CoordinateTransformation(from: .cgcs2000, to: zone.crs)
        func project(_ parts: [LineString]) throws -> [LineString] {
            try parts.map { LineString(try forward.transform($0.coordinates)) }
        }
        let unitRings = try units.enumerated().map { (i, unit) in
            (owner: i, parts: try project((unit.boundary?.polygons ?? []).flatMap { $0.rings.map(LineString.init) }))
        }
        let lineParts = try lines.enumerated().map { (i, line) in
            (owner: i, parts: try project(line.geometry?.lineStrings ?? []))
        }
        let edges = ZoneEdges(units: try EdgeIndex(unitRings), lines: try EdgeIndex(lineParts))
        built[zone] = edges
        return edges
    }
}
