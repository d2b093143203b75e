/// Where a point lies among the registry's units and boundary lines: the answer of `gazetteer locate`.
///
/// The units are decided by GEOS's exact predicates on each unit's polygons (prepared `contains` for the interior,
/// prepared `covers` for the boundary), so ``units`` never differs from `Geometry.contains`/`covers` on the same
/// point. Distances are planar metres in the point's CGCS2000 3-degree Gauss-Krüger zone.
public struct PointLocation: Sendable, Equatable {
    /// Whether a unit holds the point in its interior or on its boundary (GEOS's `contains` vs `covers`).
    public enum Position: String, Sendable, Equatable {
        /// Inside, off the boundary: `contains` is true.
        case interior
        /// Exactly on the unit's boundary: `covers` is true and `contains` false.
        case boundary
    }

    /// A unit that holds the point.
    public struct UnitHit: Sendable, Equatable {
        /// The unit's code.
        public var code: String
        /// Its standard name.
        public var name: String
        /// Its level, when recorded or implied by its code.
        public var level: AdminLevel?
        /// Interior or boundary.
        public var position: Position

        /// A hit; see the properties.
        public init(code: String, name: String, level: AdminLevel?, position: Position) {
            self.code = code
            self.name = name
            self.level = level
            self.position = position
        }
    }

    /// The nearest registered boundary line and how far it is.
    public struct NearestLine: Sendable, Equatable {
        /// The line's code.
        public var code: String
        /// Its name.
        public var name: String
        /// The planar distance in metres in the point's Gauss-Krüger zone.
        public var distance: Double
    }

    /// The point in CGCS2000 longitude/latitude.
    public var point: Coordinate
    /// The point's Gauss-Krüger zone; `nil` outside 73.5°E–136.5°E, where no zone applies (and no distance is measured).
    public var zone: GaussKrugerZone?
    /// The point in that zone: x easting, y northing, metres (no zone prefix on the easting).
    public var projected: Coordinate?
    /// The units that hold the point, by level (province first), then by code.
    public var units: [UnitHit]
    /// The nearest boundary line of the lines layer, when the registry has lines and the point a zone.
    public var nearestLine: NearestLine?
    /// The distance in metres to the nearest edge of any unit's polygons, when the point has a zone.
    public var boundaryDistance: Double?
    /// `true` when the point is exactly on a unit's boundary, or within the tolerance of a unit's edge or a boundary line.
    public var isOnBoundary: Bool

    /// `true` when no unit holds the point.
    public var isOutside: Bool { units.isEmpty }

    /// The unit of `level` that holds the point in its interior, else one that holds it on its boundary.
    public func unit(at level: AdminLevel) -> UnitHit? {
        let atLevel = units.filter { $0.level == level }
        return atLevel.first { $0.position == .interior } ?? atLevel.first
    }
}
