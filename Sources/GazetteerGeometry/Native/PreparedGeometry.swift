/// A geometry with GEOS's prepared index built once, for many fast predicate tests against it.
///
/// Preparing a county polygon costs about as much as one ordinary `contains`; each later test walks an
/// interval index of its edges instead of every segment, so locating a million points takes a fraction of a
/// second. Build one per check run and reuse it. Prepare polygonal geometry (``Geometry/polygonalPart``):
/// GEOS falls back to a full relate for a collection that mixes dimensions.
///
/// A ``NativeGeometry`` prepared at once, which keeps the ``Geometry`` value it was made from and answers points
/// outside its envelope without calling GEOS. Tests against other ``Geometry`` values convert them on each call;
/// convert them once into ``NativeGeometry`` and use its predicates when the same operand comes back.
///
/// Not thread safe: it keeps GEOS objects and must stay on one task. Give each task its own.
public final class PreparedGeometry {
    /// The geometry as given.
    public let geometry: Geometry
    /// Its bounding rectangle, used to answer distant points without calling GEOS.
    public let envelope: Envelope
    /// The GEOS form, prepared in ``init(_:)``.
    public let native: NativeGeometry

    /// Prepares `geometry`. Wraps `GEOSPrepare_r`.
    public init(_ geometry: Geometry) throws(GeometryError) {
        self.geometry = geometry
        self.envelope = geometry.envelope
        native = try NativeGeometry(geometry)
        try native.prepare()
    }

    /// See ``Geometry/contains(_:)``. Wraps `GEOSPreparedContains_r`.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try native.contains(NativeGeometry(other))
    }

    /// `true` when `point` lies in the interior (not on the boundary). Points outside the envelope are rejected
    /// without calling GEOS.
    ///
    /// Inlined into the caller so that the common case, a point outside the envelope, costs no call at all.
    @inlinable
    public func contains(_ point: Coordinate) throws(GeometryError) -> Bool {
        guard envelope.contains(point) else { return try rejectOutside(point) }
        return try containsInside(point)
    }

    @usableFromInline
    func containsInside(_ point: Coordinate) throws(GeometryError) -> Bool {
        try native.contains(point)
    }

    /// `false` for a finite point outside the envelope; an error for NaN or infinite ordinates.
    @usableFromInline
    func rejectOutside(_ point: Coordinate) throws(GeometryError) -> Bool {
        guard point.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        return false
    }

    /// `true` when `other` lies in the interior without touching the boundary at all. Wraps `GEOSPreparedContainsProperly_r`.
    public func containsProperly(_ other: Geometry) throws(GeometryError) -> Bool {
        try native.containsProperly(NativeGeometry(other))
    }

    /// See ``Geometry/covers(_:)``. Wraps `GEOSPreparedCovers_r`.
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try native.covers(NativeGeometry(other))
    }

    /// `true` when `point` lies in the geometry or on its boundary.
    public func covers(_ point: Coordinate) throws(GeometryError) -> Bool {
        guard envelope.contains(point) else { return try rejectOutside(point) }
        return try native.covers(point)
    }

    /// See ``Geometry/intersects(_:)``. Wraps `GEOSPreparedIntersects_r`.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try native.intersects(NativeGeometry(other))
    }

    /// `true` when `point` lies in the geometry or on its boundary, via the prepared intersects test.
    public func intersects(_ point: Coordinate) throws(GeometryError) -> Bool {
        guard envelope.contains(point) else { return try rejectOutside(point) }
        return try native.intersects(point)
    }

    /// The shortest planar distance to `other`. Wraps `GEOSPreparedDistance_r`.
    public func distance(to other: Geometry) throws(GeometryError) -> Double {
        try native.distance(to: NativeGeometry(other))
    }

    /// `true` when `other` comes within `distance` (inclusive), by the prepared distance (see
    /// ``NativeGeometry/isWithinDistance(_:of:)``).
    public func isWithinDistance(_ distance: Double, of other: Geometry) throws(GeometryError) -> Bool {
        try native.isWithinDistance(distance, of: NativeGeometry(other))
    }
}

extension Geometry {
    /// This geometry prepared for repeated predicate tests. See ``PreparedGeometry``.
    public func prepared() throws(GeometryError) -> PreparedGeometry {
        try PreparedGeometry(self)
    }
}
