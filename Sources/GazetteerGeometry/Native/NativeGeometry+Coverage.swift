import CGeos

// MARK: - Validity, repair, area and union on native geometries
//
// The operations a coverage check runs on unit polygons that stay in GEOS for the whole run: each polygon is
// converted once, repaired once, and its results (shared boundaries, overlaps, the union) are read back only
// when a finding needs them.

extension NativeGeometry {
    /// The validity of this geometry with GEOS's reason and the location of the first problem (in this
    /// geometry's coordinates). Wraps `GEOSisValidDetail_r` (2 on exception).
    public func validity() throws(GeometryError) -> ValidityReport {
        let context = GEOSContext.current
        var reason: UnsafeMutablePointer<CChar>?
        var location: OpaquePointer?
        context.clearError()
        let result = GEOSisValidDetail_r(context.handle, pointer, 0, &reason, &location)
        defer {
            if let reason { GEOSFree_r(context.handle, reason) }
            if let location { GEOSGeom_destroy_r(context.handle, location) }
        }
        switch result {
        case 1:
            return ValidityReport(isValid: true)
        case 0:
            var coordinate: Coordinate?
            if let location, GEOSisEmpty_r(context.handle, location) == 0 {
                var x = 0.0, y = 0.0
                if GEOSGeomGetX_r(context.handle, location, &x) != 0, GEOSGeomGetY_r(context.handle, location, &y) != 0 {
                    coordinate = Coordinate(x, y)
                }
            }
            return ValidityReport(isValid: false, reason: reason.map { String(cString: $0) }, location: coordinate)
        default:
            throw context.error("isValidDetail")
        }
    }

    /// A valid polygonal geometry covering this one's area: GEOS's "structure" repair, keeping only the polygonal
    /// parts (a repair can add stray lines, and prepared predicates on such a collection fall back to a full
    /// relate). `nil` when nothing polygonal is left. Wraps `GEOSMakeValidWithParams_r` (NULL on exception).
    public func validPolygonalPart() throws(GeometryError) -> NativeGeometry? {
        let context = GEOSContext.current
        let h = context.handle
        context.clearError()
        guard let params = GEOSMakeValidParams_create_r(h) else { throw context.error("MakeValidParams_create") }
        defer { GEOSMakeValidParams_destroy_r(h, params) }
        GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE)
        GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0)
        guard let made = GEOSMakeValidWithParams_r(h, pointer, params) else { throw context.error("MakeValid") }
        let repaired = NativeGeometry(owning: made)
        return try repaired.polygonalPart()
    }

    /// The Polygon or MultiPolygon made of this geometry's polygons (itself when already polygonal), `nil` when it
    /// has none.
    public func polygonalPart() throws(GeometryError) -> NativeGeometry? {
        let context = GEOSContext.current
        let h = context.handle
        switch GEOSGeomTypeId_r(h, pointer) {
        case Int32(GEOS_POLYGON.rawValue), Int32(GEOS_MULTIPOLYGON.rawValue):
            return isEmpty ? nil : self
        case Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            break
        default:
            return nil
        }
        var polygons: [OpaquePointer] = []
        func collect(_ g: OpaquePointer) {
            switch GEOSGeomTypeId_r(h, g) {
            case Int32(GEOS_POLYGON.rawValue):
                if GEOSisEmpty_r(h, g) == 0 { polygons.append(g) }
            case Int32(GEOS_MULTIPOLYGON.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
                for i in 0..<max(0, GEOSGetNumGeometries_r(h, g)) { if let part = GEOSGetGeometryN_r(h, g, i) { collect(part) } }
            default:
                break
            }
        }
        collect(pointer)
        guard !polygons.isEmpty else { return nil }
        return try Self.collection(of: polygons, type: GEOS_MULTIPOLYGON, context: context)
    }

    /// A new collection of clones of `parts` (which stay owned by their parents). Wraps `GEOSGeom_clone_r` and
    /// `GEOSGeom_createCollection_r` (NULL on exception; the clones are freed then, since ownership did not move).
    static func collection(of parts: [OpaquePointer], type: GEOSGeomTypes, context: GEOSContext) throws(GeometryError) -> NativeGeometry {
        let h = context.handle
        context.clearError()
        var clones: [OpaquePointer?] = []
        clones.reserveCapacity(parts.count)
        for part in parts {
            guard let clone = GEOSGeom_clone_r(h, part) else {
                for made in clones { if let made { GEOSGeom_destroy_r(h, made) } }
                throw context.error("Geom_clone")
            }
            clones.append(clone)
        }
        let made = clones.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(h, Int32(type.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
        guard let made else {
            for clone in clones { if let clone { GEOSGeom_destroy_r(h, clone) } }
            throw context.error("Geom_createCollection")
        }
        return NativeGeometry(owning: made)
    }

    /// The union of `geometries` (empty collection for none), dissolving shared edges. Wraps `GEOSUnaryUnion_r`
    /// on a collection of clones.
    public static func unionAll(_ geometries: [NativeGeometry]) throws(GeometryError) -> NativeGeometry {
        let context = GEOSContext.current
        let all = try withExtendedLifetime(geometries) { () throws(GeometryError) in
            try collection(of: geometries.map(\.pointer), type: GEOS_GEOMETRYCOLLECTION, context: context)
        }
        context.clearError()
        guard let result = GEOSUnaryUnion_r(context.handle, all.pointer) else { throw context.error("UnaryUnion") }
        return NativeGeometry(owning: result)
    }

    /// The planar area (0 for points and lines). Wraps `GEOSArea_r` (0 on exception).
    public func area() throws(GeometryError) -> Double {
        let context = GEOSContext.current
        var value = 0.0
        context.clearError()
        guard GEOSArea_r(context.handle, pointer, &value) != 0 else { throw context.error("Area") }
        return value
    }

    /// The topological dimension: 0 points, 1 lines, 2 polygons; for a collection the highest of its parts.
    /// Wraps `GEOSGeom_getDimensions_r` (0 on exception, which only an invalid pointer causes).
    public var dimension: Int {
        Int(GEOSGeom_getDimensions_r(GEOSContext.current.handle, pointer))
    }

    /// The point of this geometry and the point of `other` that are nearest to each other, this one's first.
    /// Wraps `GEOSNearestPoints_r` (NULL on exception or when either is empty).
    public func nearestPoints(to other: NativeGeometry) throws(GeometryError) -> (Coordinate, Coordinate) {
        let context = GEOSContext.current
        let h = context.handle
        context.clearError()
        guard let sequence = GEOSNearestPoints_r(h, pointer, other.pointer) else { throw context.error("NearestPoints") }
        defer { GEOSCoordSeq_destroy_r(h, sequence) }
        var a = Coordinate(0, 0), b = Coordinate(0, 0)
        guard GEOSCoordSeq_getXY_r(h, sequence, 0, &a.x, &a.y) != 0, GEOSCoordSeq_getXY_r(h, sequence, 1, &b.x, &b.y) != 0 else {
            throw context.error("CoordSeq_getXY")
        }
        return (a, b)
    }

    /// `true` when the geometry has no anomalous point: a line that does not cross or touch itself except at its
    /// ends. Wraps `GEOSisSimple_r` (2 on exception).
    public func isSimple() throws(GeometryError) -> Bool {
        let context = GEOSContext.current
        context.clearError()
        switch GEOSisSimple_r(context.handle, pointer) {
        case 1: return true
        case 0: return false
        default: throw context.error("isSimple")
        }
    }
}
