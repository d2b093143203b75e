import CGeos

// MARK: - Linear referencing
//
// Positions along a line are planar distances from its start, in the coordinates' units (metres in a
// Gauss-Krüger zone). A marker's "chainage" along its boundary line is `line.lineLocatePoint(marker)`, named after
// shapely's `line_locate_point`; "project" is kept for map projections (``GaussKrugerZone/project(_:)``).
// For many points against one line, ``LineSegmentIndex`` answers the position and the distance in one search.

extension Geometry {
    /// The distance along this line of the point on it nearest to `point`.
    ///
    /// Works on a LineString or MultiLineString (whose parts are measured one after another). A point beyond an end
    /// locates at that end (0 or the length). Wraps `GEOSProject_r`.
    /// - Throws: ``GeometryError/invalidStructure(_:)`` unless this is a non-empty line and `point` a point.
    public func lineLocatePoint(_ point: Geometry) throws(GeometryError) -> Double {
        guard dimension == 1, case .point = point else {
            throw .invalidStructure("lineLocatePoint needs a line and a point, got \(typeName) and \(point.typeName)")
        }
        guard !isEmpty else { throw .invalidStructure("lineLocatePoint needs a non-empty line") }
        return try withoutEmptyLineParts.withGEOS(point) { (context, line, p) throws(GeometryError) in
            try context.lineLocatePoint(line: line, point: p)
        }
    }

    /// The point at `distance` along this line; a negative distance counts from the end, and distances
    /// beyond either end are clamped to it. Wraps `GEOSInterpolate_r`.
    public func interpolate(_ distance: Double) throws(GeometryError) -> Geometry {
        guard dimension == 1 else { throw .invalidStructure("interpolate needs a line, got \(typeName)") }
        return try withoutEmptyLineParts.withGEOS { (context, g) throws(GeometryError) in
            try GEOSHandle(owning: context.interpolate(line: g, distance: distance), context: context).value()
        }
    }
}

extension Geometry {
    /// A MultiLineString without its empty parts, which measure nothing; any other geometry as it is.
    ///
    /// GEOS 3.11 dereferences a null pointer when `GEOSProject_r` or `GEOSInterpolate_r` walks a MultiLineString
    /// with an empty part (the process crashes), so linear referencing drops them first.
    var withoutEmptyLineParts: Geometry {
        guard case .multiLineString(let parts) = self, parts.contains(where: \.coordinates.isEmpty) else { return self }
        return .multiLineString(parts.filter { !$0.coordinates.isEmpty })
    }
}

extension GEOSContext {
    /// `GEOSProject_r` with its failure contract: it returns -1 on exception, and also, without an error, for an
    /// empty line (callers refuse empty lines first).
    func lineLocatePoint(line: OpaquePointer, point: OpaquePointer) throws(GeometryError) -> Double {
        clearError()
        let d = GEOSProject_r(handle, line, point)
        if d < 0, lastError != nil { throw error("Project") }
        return d
    }

    /// `GEOSInterpolate_r` (NULL on exception): a new point the caller owns.
    func interpolate(line: OpaquePointer, distance: Double) throws(GeometryError) -> OpaquePointer {
        clearError()
        guard let point = GEOSInterpolate_r(handle, line, distance) else { throw error("Interpolate") }
        return point
    }
}

extension LineString {
    /// The part of the line between the distances `start` and `end` from its beginning (planar units).
    ///
    /// Distances are clamped to [0, length]; when `start > end` the result runs backwards. GEOS 3.11's C API has no
    /// substring function, so this walks the segments in Swift.
    public func substring(from start: Double, to end: Double) -> LineString {
        guard coordinates.count >= 2 else { return self }
        if start > end { return LineString(substring(from: end, to: start).coordinates.reversed()) }
        var cumulative = [0.0]
        cumulative.reserveCapacity(coordinates.count)
        for i in 1..<coordinates.count {
            let a = coordinates[i - 1], b = coordinates[i]
            cumulative.append(cumulative[i - 1] + ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot())
        }
        let total = cumulative.last!
        let from = Swift.max(0, Swift.min(start, total)), to = Swift.max(0, Swift.min(end, total))
        func point(at d: Double) -> (Coordinate, Int) {
            var i = 1
            while i < coordinates.count - 1, cumulative[i] < d { i += 1 }
            let segment = cumulative[i] - cumulative[i - 1]
            let t = segment > 0 ? (d - cumulative[i - 1]) / segment : 0
            let a = coordinates[i - 1], b = coordinates[i]
            return (Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)), i)
        }
        let (first, firstIndex) = point(at: from)
        let (last, lastIndex) = point(at: to)
        var result = [first]
        for i in firstIndex..<lastIndex where cumulative[i] > from && cumulative[i] < to {
            result.append(coordinates[i])
        }
        result.append(last)
        return LineString(result)
    }
}
