import CGeos

// MARK: - Binary predicates
//
// Each predicate follows the DE-9IM definitions that GEOS implements. GEOS returns 1 for true, 0 for false
// and 2 on exception; the exception becomes a thrown ``GeometryError/library(operation:message:)``.
// For many tests against one shape, prepare it once with ``Geometry/prepared()``.

extension Geometry {
    private func predicate(
        _ name: String, _ other: Geometry, _ function: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        try withGEOS(other) { (context, a, b) throws(GeometryError) in
            context.clearError()
            switch function(context.handle, a, b) {
            case 1: return true
            case 0: return false
            default: throw context.error(name)
            }
        }
    }

    /// `true` when the two geometries share at least one point (boundary or interior).
    ///
    /// The opposite of ``disjoint(_:)``. Wraps `GEOSIntersects_r`.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Intersects", other, GEOSIntersects_r)
    }

    /// `true` when the two geometries share no point. Wraps `GEOSDisjoint_r`.
    public func disjoint(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Disjoint", other, GEOSDisjoint_r)
    }

    /// `true` when no point of `other` lies outside this geometry and at least one point of `other`'s interior
    /// lies in this geometry's interior.
    ///
    /// Edge case: a polygon does not contain a line lying wholly on its boundary (use ``covers(_:)`` for that).
    /// `a.contains(b) == b.within(a)`. Wraps `GEOSContains_r`.
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Contains", other, GEOSContains_r)
    }

    /// `true` when this geometry lies in `other` (see ``contains(_:)``). Wraps `GEOSWithin_r`.
    public func within(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Within", other, GEOSWithin_r)
    }

    /// `true` when no point of `other` lies outside this geometry; boundary points count as inside.
    ///
    /// A marker exactly on a county's boundary is covered by the county but not contained in it. Wraps `GEOSCovers_r`.
    public func covers(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Covers", other, GEOSCovers_r)
    }

    /// `true` when no point of this geometry lies outside `other`: `a.isCovered(by: b) == b.covers(a)`.
    /// Wraps `GEOSCoveredBy_r`.
    public func isCovered(by other: Geometry) throws(GeometryError) -> Bool {
        try predicate("CoveredBy", other, GEOSCoveredBy_r)
    }

    /// `true` when the geometries meet only at their boundaries, as two neighbouring counties do. Wraps `GEOSTouches_r`.
    public func touches(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Touches", other, GEOSTouches_r)
    }

    /// `true` when the interiors meet in a set of lower dimension than the higher of the two, e.g. a road crossing
    /// a boundary line. Wraps `GEOSCrosses_r`.
    public func crosses(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Crosses", other, GEOSCrosses_r)
    }

    /// `true` when the geometries have the same dimension, share some interior, and neither covers the other,
    /// as two counties drawn from independently simplified sources do. Wraps `GEOSOverlaps_r`.
    public func overlaps(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Overlaps", other, GEOSOverlaps_r)
    }

    /// `true` when the two geometries are the same point set, whatever their vertex order or start point.
    /// Wraps `GEOSEquals_r`.
    public func topologicallyEquals(_ other: Geometry) throws(GeometryError) -> Bool {
        try predicate("Equals", other, GEOSEquals_r)
    }

    /// `true` when the geometries have the same structure and each vertex pair is within `tolerance`
    /// (in the coordinates' units). Vertex order matters. Wraps `GEOSEqualsExact_r`.
    public func equalsExact(_ other: Geometry, tolerance: Double = 0) throws(GeometryError) -> Bool {
        try predicate("EqualsExact", other) { h, a, b in GEOSEqualsExact_r(h, a, b, tolerance) }
    }

    /// The DE-9IM intersection matrix as a 9-character string, e.g. `"FF2F11212"` for two touching polygons.
    /// Wraps `GEOSRelate_r`.
    public func relate(_ other: Geometry) throws(GeometryError) -> String {
        try withGEOS(other) { (context, a, b) throws(GeometryError) in
            context.clearError()
            guard let matrix = GEOSRelate_r(context.handle, a, b) else { throw context.error("Relate") }
            defer { GEOSFree_r(context.handle, matrix) }
            return String(cString: matrix)
        }
    }

    /// `true` when the DE-9IM matrix matches `pattern` (9 characters of `T`, `F`, `*`, `0`, `1`, `2`).
    /// Wraps `GEOSRelatePattern_r`.
    /// - Throws: ``GeometryError/invalidStructure(_:)`` for a malformed pattern.
    public func relate(_ other: Geometry, pattern: String) throws(GeometryError) -> Bool {
        guard pattern.count == 9, pattern.allSatisfy({ "TF*012".contains($0) }) else {
            throw .invalidStructure("a DE-9IM pattern has 9 characters from T F * 0 1 2, got '\(pattern)'")
        }
        return try predicate("RelatePattern", other) { h, a, b in GEOSRelatePattern_r(h, a, b, pattern) }
    }
}
