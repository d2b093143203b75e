import CGeos

// MARK: - Set operations (overlay)
//
// GEOS 3.9+ uses OverlayNG, which is robust on nearly-coincident edges. On invalid input it throws a
// TopologyException; run ``Geometry/makeValid()`` first, as an import does.

extension Geometry {
    /// All points in either geometry. Wraps `GEOSUnion_r`.
    public func union(_ other: Geometry) throws(GeometryError) -> Geometry {
        try geosBinary("Union", other, GEOSUnion_r)
    }

    /// All points of the parts of this geometry merged into one (dissolve). Polygons sharing edges merge,
    /// lines are noded at crossings. Wraps `GEOSUnaryUnion_r`.
    public func unaryUnion() throws(GeometryError) -> Geometry {
        try geosUnary("UnaryUnion", GEOSUnaryUnion_r)
    }

    /// The union of many geometries in one cascaded pass (much faster than folding ``union(_:)``).
    public static func unionAll(_ geometries: [Geometry]) throws(GeometryError) -> Geometry {
        try Geometry.collection(geometries).unaryUnion()
    }

    /// The points in both geometries. Wraps `GEOSIntersection_r`.
    public func intersection(_ other: Geometry) throws(GeometryError) -> Geometry {
        try geosBinary("Intersection", other, GEOSIntersection_r)
    }

    /// The points of this geometry not in `other`. Wraps `GEOSDifference_r`.
    public func difference(_ other: Geometry) throws(GeometryError) -> Geometry {
        try geosBinary("Difference", other, GEOSDifference_r)
    }

    /// The points in exactly one of the two geometries. Wraps `GEOSSymDifference_r`.
    public func symmetricDifference(_ other: Geometry) throws(GeometryError) -> Geometry {
        try geosBinary("SymDifference", other, GEOSSymDifference_r)
    }
}
