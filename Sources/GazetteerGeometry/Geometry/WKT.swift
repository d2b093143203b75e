import CGeos

// MARK: - Well-known text

extension Geometry {
    /// Reads OGC well-known text, e.g. `POLYGON ((0 0, 1 0, 1 1, 0 0))`. Wraps `GEOSWKTReader_read_r`.
    ///
    /// Z ordinates are kept for points and dropped for lines and polygons (the registry keeps those in 2D).
    /// - Throws: ``GeometryError/malformed(format:message:)`` with GEOS's parse message.
    public init(wkt: String) throws(GeometryError) {
        try Self.checkNothingTrails(wkt)
        let context = GEOSContext.current
        guard let reader = GEOSWKTReader_create_r(context.handle) else { throw context.error("WKTReader_create") }
        defer { GEOSWKTReader_destroy_r(context.handle, reader) }
        context.clearError()
        guard let g = GEOSWKTReader_read_r(context.handle, reader, wkt) else {
            throw .malformed(format: "WKT", message: context.lastError ?? "unreadable text")
        }
        self = try GEOSHandle(owning: g, context: context).value()
    }

    /// Well-known text with at most `precision` decimals (trailing zeros trimmed), or full precision when `nil`.
    /// Wraps `GEOSWKTWriter_write_r`.
    public func wkt(precision: Int? = nil) throws(GeometryError) -> String {
        try withGEOS { (context, g) throws(GeometryError) in
            guard let writer = GEOSWKTWriter_create_r(context.handle) else { throw context.error("WKTWriter_create") }
            defer { GEOSWKTWriter_destroy_r(context.handle, writer) }
            GEOSWKTWriter_setTrim_r(context.handle, writer, 1)
            GEOSWKTWriter_setOutputDimension_r(context.handle, writer, 3)
            if let precision { GEOSWKTWriter_setRoundingPrecision_r(context.handle, writer, Int32(precision)) }
            context.clearError()
            guard let text = GEOSWKTWriter_write_r(context.handle, writer, g) else { throw context.error("WKTWriter_write") }
            defer { GEOSFree_r(context.handle, text) }
            return String(cString: text)
        }
    }

    /// GEOS 3.11 stops reading at the end of the first geometry and ignores what follows ("POINT(1 2) junk"):
    /// a half-pasted cell would then be taken silently. Require nothing but white space after it.
    private static func checkNothingTrails(_ wkt: String) throws(GeometryError) {
        var depth = 0
        var closedAt: String.Index?
        for index in wkt.indices {
            switch wkt[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { closedAt = wkt.index(after: index) }
            default: break
            }
            if closedAt != nil { break }
        }
        let rest: Substring
        if let closedAt {
            rest = wkt[closedAt...]
        } else if let empty = wkt.uppercased().range(of: "EMPTY") {
            rest = wkt[empty.upperBound...]
        } else {
            return
        }
        if let junk = rest.first(where: { !$0.isWhitespace }) {
            throw .malformed(format: "WKT", message: "unexpected '\(junk)' after the end of the geometry")
        }
    }
}
