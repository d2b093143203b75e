import CGeos

// MARK: - Constructive operations

/// How the ends of a buffered line are drawn.
public enum BufferCapStyle: Int32, Sendable {
    case round = 1, flat = 2, square = 3
}

/// How buffered segments meet at a vertex.
public enum BufferJoinStyle: Int32, Sendable {
    case round = 1, mitre = 2, bevel = 3
}

extension Geometry {
    /// The area within `distance` of this geometry (negative distances shrink polygons).
    ///
    /// Distance is in the coordinates' units: buffer in a Gauss-Krüger zone to work in metres.
    /// Wraps `GEOSBufferWithStyle_r`.
    /// - Parameters:
    ///   - quadrantSegments: segments used to approximate a quarter circle.
    public func buffer(
        by distance: Double, quadrantSegments: Int = 8, capStyle: BufferCapStyle = .round,
        joinStyle: BufferJoinStyle = .round, mitreLimit: Double = 5
    ) throws(GeometryError) -> Geometry {
        guard distance.isFinite else { throw .invalidStructure("buffer distance must be finite") }
        return try geosUnary("Buffer") { h, g in
            GEOSBufferWithStyle_r(h, g, distance, Int32(quadrantSegments), capStyle.rawValue, joinStyle.rawValue, mitreLimit)
        }
    }

    /// A simplified geometry whose vertices are within `tolerance` of the original, that keeps rings valid
    /// and does not make lines cross or holes escape. Wraps `GEOSTopologyPreserveSimplify_r`.
    public func simplified(tolerance: Double) throws(GeometryError) -> Geometry {
        try geosUnary("TopologyPreserveSimplify") { h, g in GEOSTopologyPreserveSimplify_r(h, g, tolerance) }
    }

    /// The topological boundary: a polygon's rings as lines, a line's two end points. Wraps `GEOSBoundary_r`.
    public func boundary() throws(GeometryError) -> Geometry {
        try geosUnary("Boundary", GEOSBoundary_r)
    }

    /// The bounding rectangle as a geometry (a point or polygon). Wraps `GEOSEnvelope_r`.
    public func envelopeGeometry() throws(GeometryError) -> Geometry {
        try geosUnary("Envelope", GEOSEnvelope_r)
    }

    /// The centre of mass of the highest-dimension parts. It may fall outside a concave polygon: use
    /// ``pointOnSurface()`` to label a county. Wraps `GEOSGetCentroid_r`.
    public func centroid() throws(GeometryError) -> Geometry {
        try geosUnary("GetCentroid", GEOSGetCentroid_r)
    }

    /// A point guaranteed to lie in the geometry's interior. Wraps `GEOSPointOnSurface_r`.
    public func pointOnSurface() throws(GeometryError) -> Geometry {
        try geosUnary("PointOnSurface", GEOSPointOnSurface_r)
    }

    /// The lines merged into the longest possible chains where they meet end to end. Wraps `GEOSLineMerge_r`.
    public func lineMerged() throws(GeometryError) -> Geometry {
        try geosUnary("LineMerge", GEOSLineMerge_r)
    }

    /// The lines split at every intersection, as a MultiLineString with no crossing segments. Wraps `GEOSNode_r`.
    public func noded() throws(GeometryError) -> Geometry {
        try geosUnary("Node", GEOSNode_r)
    }

    /// The polygons formed by a set of noded lines (the lines should meet only at their end points; run
    /// ``noded()`` first if they cross). Wraps `GEOSPolygonize_r`.
    /// - Returns: a GeometryCollection of polygons, possibly empty.
    public static func polygonize(_ lines: [Geometry]) throws(GeometryError) -> Geometry {
        let context = GEOSContext.current
        var handles: [GEOSHandle] = []
        for line in lines { handles.append(try GEOSHandle(line, context: context)) }
        var pointers: [OpaquePointer?] = handles.map(\.pointer)
        context.clearError()
        let result = pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: Optional<OpaquePointer>.self) { b in
                GEOSPolygonize_r(context.handle, b.baseAddress, UInt32(b.count))
            }
        }
        guard let result else { throw context.error("Polygonize") }
        return try withExtendedLifetime(handles) { () throws(GeometryError) in
            try GEOSHandle(owning: result, context: context).value()
        }
    }

    /// The Voronoi diagram of this geometry's vertices: one polygon per site, covering at least `envelope`
    /// (clip the result to the area you need). Wraps `GEOSVoronoiDiagram_r`.
    /// - Returns: a GeometryCollection of polygons, in no guaranteed order: match cells to sites by containment.
    public func voronoiDiagram(extendingTo envelope: Envelope? = nil, tolerance: Double = 0) throws(GeometryError) -> Geometry {
        let frame: Geometry? = envelope.map { .polygon($0.polygon) }
        return try withGEOS { (context, g) throws(GeometryError) in
            let frameHandle = try frame.map { (f) throws(GeometryError) in try GEOSHandle(f, context: context) }
            context.clearError()
            guard let result = GEOSVoronoiDiagram_r(context.handle, g, frameHandle?.pointer, tolerance, 0) else {
                throw context.error("VoronoiDiagram")
            }
            return try GEOSHandle(owning: result, context: context).value()
        }
    }
}
