import CGeos

/// A geometry with GEOS's prepared index built once, for many fast predicate tests against it.
///
/// Preparing a county polygon costs about as much as one ordinary `contains`; each later test walks an
/// interval index of its edges instead of every segment, so locating a million points takes a fraction of a
/// second. Build one per check run and reuse it. Prepare polygonal geometry (``Geometry/polygonalPart``):
/// GEOS falls back to a full relate for a collection that mixes dimensions.
///
/// Not thread safe: it owns one GEOS context and must stay on one task. Give each task its own.
public final class PreparedGeometry {
    /// The geometry as given.
    public let geometry: Geometry
    /// Its bounding rectangle, used to answer distant points without calling GEOS.
    public let envelope: Envelope
    private let context: GEOSContext
    private let base: GEOSHandle
    private let prepared: OpaquePointer

    /// Prepares `geometry`. Wraps `GEOSPrepare_r`.
    public init(_ geometry: Geometry) throws(GeometryError) {
        self.geometry = geometry
        self.envelope = geometry.envelope
        context = GEOSContext()
        base = try GEOSHandle(geometry, context: context)
        context.clearError()
        guard let prepared = GEOSPrepare_r(context.handle, base.pointer) else { throw context.error("Prepare") }
        self.prepared = prepared
    }

    deinit {
        GEOSPreparedGeom_destroy_r(context.handle, prepared)
    }

    private func test(
        _ name: String, _ other: Geometry,
        _ function: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        let handle = try GEOSHandle(other, context: context)
        context.clearError()
        switch function(context.handle, prepared, handle.pointer) {
        case 1: return true
        case 0: return false
        default: throw context.error(name)
        }
    }

    private func test(
        _ name: String, _ point: Coordinate,
        _ function: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        guard point.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        context.clearError()
        guard let p = GEOSGeom_createPointFromXY_r(context.handle, point.x, point.y) else { throw context.error("create Point") }
        defer { GEOSGeom_destroy_r(context.handle, p) }
        switch function(context.handle, prepared, p) {
        case 1: return true
        case 0: return false
        default: throw context.error(name)
        }
    }

    /// See ``Geometry/contains(_:)``. Wraps `GEOSPreparedContains_r`.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try test("PreparedContains", other, GEOSPreparedContains_r)
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
        try test("PreparedContains", point, GEOSPreparedContains_r)
    }

    /// `false` for a finite point outside the envelope; an error for NaN or infinite ordinates.
    @usableFromInline
    func rejectOutside(_ point: Coordinate) throws(GeometryError) -> Bool {
        guard point.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        return false
    }

    /// `true` when `other` lies in the interior without touching the boundary at all. Wraps `GEOSPreparedContainsProperly_r`.
    public func containsProperly(_ other: Geometry) throws(GeometryError) -> Bool {
        try test("PreparedContainsProperly", other, GEOSPreparedContainsProperly_r)
    }

    /// See ``Geometry/covers(_:)``. Wraps `GEOSPreparedCovers_r`.
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try test("PreparedCovers", other, GEOSPreparedCovers_r)
    }

    /// `true` when `point` lies in the geometry or on its boundary.
    public func covers(_ point: Coordinate) throws(GeometryError) -> Bool {
        guard envelope.contains(point) else { return try rejectOutside(point) }
        return try test("PreparedCovers", point, GEOSPreparedCovers_r)
    }

    /// See ``Geometry/intersects(_:)``. Wraps `GEOSPreparedIntersects_r`.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try test("PreparedIntersects", other, GEOSPreparedIntersects_r)
    }

    /// `true` when `point` lies in the geometry or on its boundary, via the prepared intersects test.
    public func intersects(_ point: Coordinate) throws(GeometryError) -> Bool {
        guard envelope.contains(point) else { return try rejectOutside(point) }
        return try test("PreparedIntersects", point, GEOSPreparedIntersects_r)
    }

    /// The shortest planar distance to `other`. Wraps `GEOSPreparedDistance_r`.
    public func distance(to other: Geometry) throws(GeometryError) -> Double {
        let handle = try GEOSHandle(other, context: context)
        var d = 0.0
        context.clearError()
        guard GEOSPreparedDistance_r(context.handle, prepared, handle.pointer, &d) != 0 else {
            throw context.error("PreparedDistance")
        }
        return d
    }

    /// `true` when `other` comes within `distance` (inclusive). Wraps `GEOSPreparedDistanceWithin_r`.
    public func isWithinDistance(_ distance: Double, of other: Geometry) throws(GeometryError) -> Bool {
        try test("PreparedDistanceWithin", other) { h, p, g in GEOSPreparedDistanceWithin_r(h, p, g, distance) }
    }
}

extension Geometry {
    /// This geometry prepared for repeated predicate tests. See ``PreparedGeometry``.
    public func prepared() throws(GeometryError) -> PreparedGeometry {
        try PreparedGeometry(self)
    }
}
