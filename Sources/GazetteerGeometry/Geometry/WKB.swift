import CGeos

// MARK: - Well-known binary

extension Geometry {
    /// Reads OGC well-known binary (either byte order; ISO or extended Z). Wraps `GEOSWKBReader_read_r`.
    /// - Throws: ``GeometryError/malformed(format:message:)`` for truncated or unknown input.
    public init(wkb: [UInt8]) throws(GeometryError) {
        let context = GEOSContext.current
        guard let reader = GEOSWKBReader_create_r(context.handle) else { throw context.error("WKBReader_create") }
        defer { GEOSWKBReader_destroy_r(context.handle, reader) }
        context.clearError()
        let g = wkb.withUnsafeBufferPointer { GEOSWKBReader_read_r(context.handle, reader, $0.baseAddress, $0.count) }
        guard let g else { throw .malformed(format: "WKB", message: context.lastError ?? "unreadable bytes") }
        self = try GEOSHandle(owning: g, context: context).value()
    }

    /// Reads well-known binary written as hexadecimal text (as PostGIS prints it).
    public init(hexWKB: String) throws(GeometryError) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hexWKB.utf8.count / 2)
        var high: UInt8?
        for c in hexWKB.utf8 {
            let nibble: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = c - UInt8(ascii: "A") + 10
            default: throw .malformed(format: "hex WKB", message: "'\(Character(Unicode.Scalar(c)))' is not a hex digit")
            }
            if let h = high { bytes.append(h << 4 | nibble); high = nil } else { high = nibble }
        }
        guard high == nil else { throw .malformed(format: "hex WKB", message: "odd number of hex digits") }
        try self.init(wkb: bytes)
    }

    /// Little-endian ISO well-known binary (2D, or 3D for a point with a height). Wraps `GEOSWKBWriter_write_r`.
    public func wkb() throws(GeometryError) -> [UInt8] {
        try withGEOS { (context, g) throws(GeometryError) in
            guard let writer = GEOSWKBWriter_create_r(context.handle) else { throw context.error("WKBWriter_create") }
            defer { GEOSWKBWriter_destroy_r(context.handle, writer) }
            GEOSWKBWriter_setByteOrder_r(context.handle, writer, Int32(GEOS_WKB_NDR.rawValue))
            GEOSWKBWriter_setOutputDimension_r(context.handle, writer, 3)
            GEOSWKBWriter_setFlavor_r(context.handle, writer, Int32(GEOS_WKB_ISO.rawValue))
            var size = 0
            context.clearError()
            guard let bytes = GEOSWKBWriter_write_r(context.handle, writer, g, &size) else {
                throw context.error("WKBWriter_write")
            }
            defer { GEOSFree_r(context.handle, bytes) }
            return Array(UnsafeBufferPointer(start: bytes, count: size))
        }
    }

    /// The well-known binary as upper-case hexadecimal text.
    public func hexWKB() throws(GeometryError) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in try wkb() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
