import Gazetteer

/// The GeoPackage geometry blob (GeoPackage 1.3 §2.1.3): a header with magic "GP", version, flags, SRS id and
/// envelope, followed by standard WKB.
///
/// Gazetteer always writes little-endian headers with an XY envelope (so R-tree triggers and readers never need to
/// parse the WKB), marks empty geometries with the empty flag, and writes 2D WKB only: the geometry columns declare
/// `z = 0`, and GeoPackage Req 19 forbids a Z in their blobs (heights are fields; see ``PointHeight``). Blobs with
/// a Z written by earlier versions are still read.
enum GeoPackageBinary {
    /// The blob of `geometry` in `srsID`.
    static func encode(_ geometry: Geometry, srsID: Int32) throws(GeometryError) -> [UInt8] {
        var out: [UInt8] = [0x47, 0x50, 0x00]
        let empty = geometry.isEmpty
        // Flags: bit 0 little-endian; bits 1-3 envelope type (1 = XY); bit 4 empty.
        out.append(empty ? 0b0001_0001 : 0b0000_0011)
        withUnsafeBytes(of: srsID.littleEndian) { out.append(contentsOf: $0) }
        if !empty {
            let e = geometry.envelope
            for v in [e.minX, e.maxX, e.minY, e.maxY] {
                withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) }
            }
        }
        out.append(contentsOf: try geometry.droppingHeights.wkb())
        return out
    }

    /// The parsed header: where the WKB starts, the envelope when present, whether the empty flag is set.
    struct Header {
        var wkbOffset: Int
        var envelope: Envelope?
        var isEmpty: Bool
        var srsID: Int32
    }

    /// Reads the header of a blob; `nil` when the bytes are not a GeoPackage geometry.
    static func header(_ bytes: UnsafeRawBufferPointer) -> Header? {
        guard bytes.count >= 8, bytes[0] == 0x47, bytes[1] == 0x50 else { return nil }
        let flags = bytes[3]
        let littleEndian = flags & 1 == 1
        let envelopeType = Int((flags >> 1) & 0b111)
        let sizes = [0, 32, 48, 48, 64]
        guard envelopeType < sizes.count, bytes.count >= 8 + sizes[envelopeType] else { return nil }
        func double(at offset: Int) -> Double {
            var bits: UInt64 = 0
            for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
            if !littleEndian { bits = bits.byteSwapped }
            return Double(bitPattern: bits)
        }
        var srs: UInt32 = 0
        for i in 0..<4 { srs |= UInt32(bytes[4 + i]) << (8 * UInt32(i)) }
        if !littleEndian { srs = srs.byteSwapped }
        var envelope: Envelope?
        if envelopeType > 0 {
            envelope = Envelope(minX: double(at: 8), minY: double(at: 24), maxX: double(at: 16), maxY: double(at: 32))
        }
        return Header(wkbOffset: 8 + sizes[envelopeType], envelope: envelope, isEmpty: flags & 0b1_0000 != 0,
                      srsID: Int32(bitPattern: srs))
    }

    /// The geometry in a blob.
    static func decode(_ bytes: [UInt8]) throws(GeometryError) -> Geometry {
        let parsed = bytes.withUnsafeBytes { header($0) }
        guard let parsed else { throw .malformed(format: "GeoPackage geometry", message: "missing 'GP' header") }
        if let point = bytes.withUnsafeBytes({ wkbPoint($0, at: parsed.wkbOffset) }) { return .point(point) }
        return try Geometry(wkb: Array(bytes[parsed.wkbOffset...]))
    }

    /// A WKB point (2D, or ISO Z as earlier versions wrote) read directly: markers are most of the registry's rows, and a round trip through
    /// GEOS for two numbers was most of an export's decoding time. Anything else, or a malformed or empty point,
    /// returns nil and goes through GEOS.
    private static func wkbPoint(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Point? {
        guard bytes.count >= offset + 21 else { return nil }
        let littleEndian = bytes[offset] == 1
        func uint32(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(bytes[at + i]) << (8 * UInt32(i)) }
            return littleEndian ? v : v.byteSwapped
        }
        func double(_ at: Int) -> Double {
            var bits: UInt64 = 0
            for i in 0..<8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
            return Double(bitPattern: littleEndian ? bits : bits.byteSwapped)
        }
        let type = uint32(offset + 1)
        let x = double(offset + 5), y = double(offset + 13)
        guard x.isFinite, y.isFinite else { return nil }
        switch type {
        case 1 where bytes.count == offset + 21:
            return Point(Coordinate(x, y))
        case 1001 where bytes.count == offset + 29:
            let z = double(offset + 21)
            return Point(Coordinate(x, y), z: z.isFinite ? z : nil)
        default:
            return nil
        }
    }

    /// The envelope of a blob: from its header when present, else computed from its WKB.
    static func envelope(_ bytes: UnsafeRawBufferPointer) -> Envelope? {
        guard let parsed = header(bytes) else { return nil }
        if parsed.isEmpty { return nil }
        if let e = parsed.envelope { return e }
        return (try? Geometry(wkb: Array(bytes[parsed.wkbOffset...])))?.envelope
    }
}
