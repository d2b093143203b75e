import CProj

/// A transformation between two CRSs, built once and applied to many coordinates.
///
/// Axis order is normalised (`proj_normalize_for_visualization`): on both sides x is longitude or easting and
/// y is latitude or northing, whatever order the EPSG definition declares (EPSG:4490 says latitude first;
/// the Gauss-Krüger CRSs say northing first).
///
/// Not thread safe: it owns a PROJ context. Build one per task.
public final class CoordinateTransformation {
    /// Where coordinates come from.
    public let source: CRS
    /// Where they go.
    public let target: CRS
    private let context: ProjContext
    private let pj: OpaquePointer

    /// Prepares the transformation from `source` to `target`. Wraps `proj_create_crs_to_crs` and
    /// `proj_normalize_for_visualization`.
    /// - Throws: ``GeodesyError/noTransformation(source:target:message:)``.
    public init(from source: CRS, to target: CRS) throws(GeodesyError) {
        self.source = source
        self.target = target
        context = ProjContext()
        guard let raw = proj_create_crs_to_crs(context.pointer, source.definition, target.definition, nil) else {
            throw .noTransformation(source: source.definition, target: target.definition, message: context.takeErrorMessage())
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context.pointer, raw) else {
            throw .noTransformation(source: source.definition, target: target.definition, message: context.takeErrorMessage())
        }
        pj = normalized
    }

    deinit {
        proj_destroy(pj)
    }

    /// The coordinates transformed in one batch call. Wraps `proj_trans_generic`.
    /// - Throws: ``GeodesyError/pointFailed(index:coordinate:source:target:)`` for the first coordinate that fails.
    public func transform(_ coordinates: [Coordinate]) throws(GeodesyError) -> [Coordinate] {
        var result = coordinates
        try transform(&result)
        return result
    }

    /// Transforms `coordinates` in place.
    public func transform(_ coordinates: inout [Coordinate]) throws(GeodesyError) {
        guard !coordinates.isEmpty else { return }
        let original = coordinates
        proj_errno_reset(pj)
        let stride = MemoryLayout<Coordinate>.stride
        coordinates.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                let base = doubles.baseAddress!
                _ = proj_trans_generic(
                    pj, PJ_FWD,
                    base, stride, buffer.count,
                    base + 1, stride, buffer.count,
                    nil, 0, 0, nil, 0, 0)
            }
        }
        // PROJ marks a failed point with HUGE_VAL and carries on with the rest.
        if let bad = coordinates.firstIndex(where: { !$0.isFinite }) {
            coordinates = original
            throw .pointFailed(index: bad, coordinate: original[bad], source: source.definition, target: target.definition)
        }
    }

    /// One coordinate transformed.
    public func transform(_ coordinate: Coordinate) throws(GeodesyError) -> Coordinate {
        // In place on the stack: the array path allocates twice (the array, and its copy kept for the error), which
        // for one point costs more than PROJ's arithmetic.
        var x = coordinate.x, y = coordinate.y
        proj_errno_reset(pj)
        _ = proj_trans_generic(pj, PJ_FWD, &x, MemoryLayout<Double>.stride, 1, &y, MemoryLayout<Double>.stride, 1, nil, 0, 0, nil, 0, 0)
        let moved = Coordinate(x, y)
        guard moved.isFinite else {
            throw .pointFailed(index: 0, coordinate: coordinate, source: source.definition, target: target.definition)
        }
        return moved
    }

    /// The geometry with every coordinate transformed (point heights are kept as they are).
    public func transform(_ geometry: Geometry) throws(GeodesyError) -> Geometry {
        var all: [Coordinate] = []
        all.reserveCapacity(geometry.coordinateCount)
        geometry.forEachCoordinate { all.append($0) }
        let moved = try transform(all)
        var i = 0
        return geometry.mapCoordinates { _ in
            defer { i += 1 }
            return moved[i]
        }
    }
}
