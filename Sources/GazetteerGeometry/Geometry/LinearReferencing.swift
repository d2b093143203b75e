import CGeos

// MARK: - Linear referencing
//
// Positions along a line are planar distances from its start, in the coordinates' units (metres in a
// Gauss-Krüger zone). A marker's "chainage" along its boundary line is `line.project(marker)`.

extension Geometry {
    /// The distance along this line of the point on it nearest to `point`.
    ///
    /// Works on a LineString or MultiLineString (whose parts are measured one after another).
    /// Wraps `GEOSProject_r`.
    /// - Throws: ``GeometryError/invalidStructure(_:)`` unless this is lineal and `point` a point.
    public func project(_ point: Geometry) throws(GeometryError) -> Double {
        guard dimension == 1, case .point = point else {
            throw .invalidStructure("project needs a line and a point, got \(typeName) and \(point.typeName)")
        }
        guard !isEmpty else { throw .invalidStructure("cannot project onto an empty line") }
        return try withGEOS(point) { (context, line, p) throws(GeometryError) in
            context.clearError()
            let d = GEOSProject_r(context.handle, line, p)
            // GEOS returns -1 on exception.
            if d < 0, context.lastError != nil { throw context.error("Project") }
            return d
        }
    }

    /// The point at `distance` along this line; a negative distance counts from the end, and distances
    /// beyond either end are clamped to it. Wraps `GEOSInterpolate_r`.
    public func interpolate(_ distance: Double) throws(GeometryError) -> Geometry {
        guard dimension == 1 else { throw .invalidStructure("interpolate needs a line, got \(typeName)") }
        return try geosUnary("Interpolate") { h, g in GEOSInterpolate_r(h, g, distance) }
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
