import CGeos

// MARK: - Planar measures
//
// These work in the coordinates' own units: on EPSG:4490 longitude/latitude they give square degrees and
// degrees, which are rarely what a user wants. For metres and square metres use the geodesic measures
// (``Geodesic``) or move the geometry into its Gauss-Krüger zone first (``GaussKrugerZone``).

extension Geometry {
    private func measure(
        _ name: String, _ function: (GEOSContextHandle_t, OpaquePointer, UnsafeMutablePointer<Double>) -> Int32
    ) throws(GeometryError) -> Double {
        try withGEOS { (context, g) throws(GeometryError) in
            var value = 0.0
            context.clearError()
            guard function(context.handle, g, &value) != 0 else { throw context.error(name) }
            return value
        }
    }

    private func measure(
        _ name: String, _ other: Geometry,
        _ function: (GEOSContextHandle_t, OpaquePointer, OpaquePointer, UnsafeMutablePointer<Double>) -> Int32
    ) throws(GeometryError) -> Double {
        try withGEOS(other) { (context, a, b) throws(GeometryError) in
            var value = 0.0
            context.clearError()
            guard function(context.handle, a, b, &value) != 0 else { throw context.error(name) }
            return value
        }
    }

    /// The planar area (0 for points and lines). Wraps `GEOSArea_r`.
    public func area() throws(GeometryError) -> Double {
        try measure("Area", GEOSArea_r)
    }

    /// The planar length of lines, or the perimeter of polygons (holes included). Wraps `GEOSLength_r`.
    public func length() throws(GeometryError) -> Double {
        try measure("Length", GEOSLength_r)
    }

    /// The shortest planar distance between the two geometries (0 when they intersect). Wraps `GEOSDistance_r`.
    public func distance(to other: Geometry) throws(GeometryError) -> Double {
        try measure("Distance", other, GEOSDistance_r)
    }

    /// The discrete Hausdorff distance: how far the farthest vertex of either geometry lies from the other.
    ///
    /// The measure for "how far did this boundary line move between two surveys". With `densify` in (0, 1],
    /// each segment is split into pieces of that fraction first, which catches deviations between vertices.
    /// Wraps `GEOSHausdorffDistance_r` / `GEOSHausdorffDistanceDensify_r`.
    public func hausdorffDistance(to other: Geometry, densify: Double? = nil) throws(GeometryError) -> Double {
        if let densify {
            guard densify > 0, densify <= 1 else { throw .invalidStructure("densify fraction must be in (0, 1], got \(densify)") }
            return try measure("HausdorffDistanceDensify", other) { h, a, b, d in GEOSHausdorffDistanceDensify_r(h, a, b, densify, d) }
        }
        return try measure("HausdorffDistance", other, GEOSHausdorffDistance_r)
    }

    /// The discrete Fréchet distance: like Hausdorff, but respecting the order of points along both lines
    /// (a walker and a dog on a leash). Wraps `GEOSFrechetDistance_r` / `GEOSFrechetDistanceDensify_r`.
    public func frechetDistance(to other: Geometry, densify: Double? = nil) throws(GeometryError) -> Double {
        if let densify {
            guard densify > 0, densify <= 1 else { throw .invalidStructure("densify fraction must be in (0, 1], got \(densify)") }
            return try measure("FrechetDistanceDensify", other) { h, a, b, d in GEOSFrechetDistanceDensify_r(h, a, b, densify, d) }
        }
        return try measure("FrechetDistance", other, GEOSFrechetDistance_r)
    }
}
