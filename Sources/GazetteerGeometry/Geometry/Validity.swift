import CGeos

/// Why a geometry is invalid and where.
public struct ValidityReport: Sendable, Equatable {
    /// `true` when the geometry is valid in the OGC sense.
    public var isValid: Bool
    /// GEOS's reason, e.g. "Self-intersection", "Hole lies outside shell", "Ring Self-intersection";
    /// `nil` when valid.
    public var reason: String?
    /// A point at or near the problem; `nil` when valid.
    public var location: Coordinate?
}

extension Geometry {
    /// `true` when the geometry is valid per OGC simple features (rings closed and simple, holes inside shells,
    /// no self-intersection). Wraps `GEOSisValid_r`.
    public func isValid() throws(GeometryError) -> Bool {
        try validity().isValid
    }

    /// The validity of this geometry with GEOS's reason and the location of the first problem found.
    ///
    /// `allowSelfTouchingRingHoles` accepts the ESRI-style ring that touches itself at a point to form a hole
    /// (`GEOSVALID_ALLOW_SELFTOUCHING_RING_FORMING_HOLE`). Wraps `GEOSisValidDetail_r`.
    public func validity(allowSelfTouchingRingHoles: Bool = false) throws(GeometryError) -> ValidityReport {
        try withGEOS { (context, g) throws(GeometryError) in
            var reason: UnsafeMutablePointer<CChar>?
            var location: OpaquePointer?
            context.clearError()
            let flags: Int32 = allowSelfTouchingRingHoles ? Int32(GEOSVALID_ALLOW_SELFTOUCHING_RING_FORMING_HOLE.rawValue) : 0
            let result = GEOSisValidDetail_r(context.handle, g, flags, &reason, &location)
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
    }

    /// A valid geometry covering the same points, using GEOS's "structure" method, which keeps the areas of
    /// polygons rather than their linework; collapsed parts are dropped.
    ///
    /// The result can be a collection (polygons plus stray lines from the "linework" method); callers that need
    /// a surface take ``polygonalPart``. Wraps `GEOSMakeValidWithParams_r`.
    public func makeValid() throws(GeometryError) -> Geometry {
        try geosUnary("MakeValid") { h, g in
            guard let params = GEOSMakeValidParams_create_r(h) else { return nil }
            defer { GEOSMakeValidParams_destroy_r(h, params) }
            GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE)
            GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0)
            return GEOSMakeValidWithParams_r(h, g, params)
        }
    }
}

extension ValidityReport {
    init(isValid: Bool) {
        self.init(isValid: isValid, reason: nil, location: nil)
    }
}
