import CGeos

/// Owns one GEOS geometry pointer and destroys it exactly once.
///
/// A handle is bound to the context that made it and, like the context, is not `Sendable`.
/// Handles never leave the Geometry layer: the rest of Gazetteer speaks ``Geometry`` values.
final class GEOSHandle {
    let context: GEOSContext
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`, which must have been created in `context`.
    init(owning pointer: OpaquePointer, context: GEOSContext) {
        self.context = context
        self.pointer = pointer
    }

    /// Converts a Swift geometry value into a new GEOS geometry on `context`.
    /// - Throws: ``GeometryError`` for non-finite coordinates or a structure GEOS rejects (unclosed ring, one-point line).
    convenience init(_ geometry: Geometry, context: GEOSContext) throws(GeometryError) {
        let pointer = try GEOSBuilder(context: context).make(geometry)
        self.init(owning: pointer, context: context)
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }

    /// The Swift value of this geometry.
    func value() throws(GeometryError) -> Geometry {
        try GEOSReader(context: context).read(pointer)
    }
}

/// Builds GEOS geometries from Swift values. Every intermediate object is freed if a later step fails,
/// and ownership passes to GEOS only when a factory call succeeds.
struct GEOSBuilder {
    let context: GEOSContext
    private var h: GEOSContextHandle_t { context.handle }

    func make(_ geometry: Geometry) throws(GeometryError) -> OpaquePointer {
        switch geometry {
        case .point(let p):
            return try makePoint(p)
        case .lineString(let l):
            let seq = try sequence(l.coordinates)
            return try checked("create LineString", GEOSGeom_createLineString_r(h, seq))
        case .polygon(let p):
            return try makePolygon(p)
        case .multiPoint(let ps):
            return try collection(GEOS_MULTIPOINT, ps.map(Geometry.point))
        case .multiLineString(let ls):
            return try collection(GEOS_MULTILINESTRING, ls.map(Geometry.lineString))
        case .multiPolygon(let ps):
            return try collection(GEOS_MULTIPOLYGON, ps.map(Geometry.polygon))
        case .collection(let gs):
            return try collection(GEOS_GEOMETRYCOLLECTION, gs)
        }
    }

    private func checked(_ operation: String, _ result: OpaquePointer?) throws(GeometryError) -> OpaquePointer {
        guard let result else { throw structureError(operation) }
        return result
    }

    /// GEOS reports bad structure as an IllegalArgumentException; present it as an input fault, not a library fault.
    private func structureError(_ operation: String) -> GeometryError {
        .invalidStructure("cannot \(operation): \(context.lastError ?? "GEOS rejected the coordinates")")
    }

    private func sequence(_ coordinates: [Coordinate]) throws(GeometryError) -> OpaquePointer {
        if let bad = coordinates.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteCoordinate(index: bad) }
        context.clearError()
        let seq = coordinates.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyFromBuffer_r(h, doubles.baseAddress, UInt32(coordinates.count), 0, 0)
            }
        }
        return try checked("create coordinate sequence", seq)
    }

    private func makePoint(_ p: Point) throws(GeometryError) -> OpaquePointer {
        guard p.coordinate.isFinite, p.z?.isFinite ?? true else { throw .nonFiniteCoordinate(index: 0) }
        context.clearError()
        if let z = p.z {
            guard let seq = GEOSCoordSeq_create_r(h, 1, 3) else { throw structureError("create Point") }
            GEOSCoordSeq_setXYZ_r(h, seq, 0, p.coordinate.x, p.coordinate.y, z)
            return try checked("create Point", GEOSGeom_createPoint_r(h, seq))
        }
        return try checked("create Point", GEOSGeom_createPointFromXY_r(h, p.coordinate.x, p.coordinate.y))
    }

    private func makeRing(_ ring: [Coordinate], role: @autoclosure () -> String) throws(GeometryError) -> OpaquePointer {
        if !ring.isEmpty, ring.count < 4 {
            throw .invalidStructure("\(role()) has \(ring.count) points; a ring needs at least 4 (the first repeated at the end)")
        }
        if let first = ring.first, let last = ring.last, first != last {
            throw .invalidStructure("\(role()) is not closed: it starts at (\(first)) and ends at (\(last))")
        }
        let seq = try sequence(ring)
        guard let ring = GEOSGeom_createLinearRing_r(h, seq) else { throw structureError("create \(role())") }
        return ring
    }

    private func makePolygon(_ p: Polygon) throws(GeometryError) -> OpaquePointer {
        if p.exterior.isEmpty {
            guard p.holes.isEmpty else { throw .invalidStructure("a polygon with holes needs an exterior ring") }
            return try checked("create Polygon", GEOSGeom_createEmptyPolygon_r(h))
        }
        let shell = try makeRing(p.exterior, role: "exterior ring")
        var holes: [OpaquePointer?] = []
        holes.reserveCapacity(p.holes.count)
        for (i, ring) in p.holes.enumerated() {
            do {
                holes.append(try makeRing(ring, role: "interior ring #\(i + 1)"))
            } catch {
                GEOSGeom_destroy_r(h, shell)
                for hole in holes { GEOSGeom_destroy_r(h, hole) }
                throw error
            }
        }
        context.clearError()
        let polygon = holes.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(h, shell, buffer.baseAddress, UInt32(buffer.count))
        }
        // On failure GEOS has not taken the rings; on success it owns them.
        guard let polygon else {
            GEOSGeom_destroy_r(h, shell)
            for hole in holes { GEOSGeom_destroy_r(h, hole) }
            throw structureError("create Polygon")
        }
        return polygon
    }

    private func collection(_ type: GEOSGeomTypes, _ parts: [Geometry]) throws(GeometryError) -> OpaquePointer {
        var made: [OpaquePointer?] = []
        made.reserveCapacity(parts.count)
        for part in parts {
            do {
                made.append(try make(part))
            } catch {
                for m in made { GEOSGeom_destroy_r(h, m) }
                throw error
            }
        }
        context.clearError()
        let result = made.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(h, Int32(type.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
        guard let result else {
            for m in made { GEOSGeom_destroy_r(h, m) }
            throw structureError("create collection")
        }
        return result
    }
}

/// Reads GEOS geometries back into Swift values.
struct GEOSReader {
    let context: GEOSContext
    private var h: GEOSContextHandle_t { context.handle }

    func read(_ g: OpaquePointer) throws(GeometryError) -> Geometry {
        let type = GEOSGeomTypeId_r(h, g)
        switch type {
        case Int32(GEOS_POINT.rawValue):
            if GEOSisEmpty_r(h, g) == 1 { return .collection([]) }
            return .point(try point(g))
        case Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue):
            return .lineString(LineString(try coordinates(of: g)))
        case Int32(GEOS_POLYGON.rawValue):
            return .polygon(try polygon(g))
        case Int32(GEOS_MULTIPOINT.rawValue):
            // A member may be POINT EMPTY (PostGIS writes it as NaN coordinates): it has no position to keep.
            let members = try parts(of: g).filter { GEOSisEmpty_r(h, $0) == 0 }
            return .multiPoint(try members.map { (part) throws(GeometryError) in try point(part) })
        case Int32(GEOS_MULTILINESTRING.rawValue):
            return .multiLineString(try parts(of: g).map { (part) throws(GeometryError) in LineString(try coordinates(of: part)) })
        case Int32(GEOS_MULTIPOLYGON.rawValue):
            return .multiPolygon(try parts(of: g).map { (part) throws(GeometryError) in try polygon(part) })
        case Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            return .collection(try parts(of: g).map { (part) throws(GeometryError) in try read(part) })
        default:
            throw .library(operation: "read geometry", message: "unknown GEOS geometry type id \(type)")
        }
    }

    /// The parts of a collection; the pointers are borrowed from `g` and must not be destroyed.
    private func parts(of g: OpaquePointer) throws(GeometryError) -> [OpaquePointer] {
        let n = GEOSGetNumGeometries_r(h, g)
        guard n >= 0 else { throw context.error("GetNumGeometries") }
        var result: [OpaquePointer] = []
        result.reserveCapacity(Int(n))
        for i in 0..<n {
            guard let part = GEOSGetGeometryN_r(h, g, i) else { throw context.error("GetGeometryN") }
            result.append(part)
        }
        return result
    }

    private func point(_ g: OpaquePointer) throws(GeometryError) -> Point {
        guard let seq = GEOSGeom_getCoordSeq_r(h, g) else { throw context.error("GetCoordSeq") }
        var x = 0.0, y = 0.0, z = 0.0
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(h, seq, &size) != 0, size > 0 else {
            throw .invalidStructure("a point has no coordinates")
        }
        GEOSCoordSeq_getXY_r(h, seq, 0, &x, &y)
        guard x.isFinite, y.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        if GEOSHasZ_r(h, g) == 1 {
            GEOSCoordSeq_getZ_r(h, seq, 0, &z)
            if z.isFinite { return Point(Coordinate(x, y), z: z) }
        }
        return Point(Coordinate(x, y))
    }

    private func coordinates(of g: OpaquePointer) throws(GeometryError) -> [Coordinate] {
        guard let seq = GEOSGeom_getCoordSeq_r(h, g) else { throw context.error("GetCoordSeq") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(h, seq, &size) != 0 else { throw context.error("CoordSeq_getSize") }
        var ok: Int32 = 1
        let coordinates = [Coordinate](unsafeUninitializedCapacity: Int(size)) { buffer, count in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                ok = GEOSCoordSeq_copyToBuffer_r(h, seq, doubles.baseAddress, 0, 0)
            }
            count = Int(size)
        }
        guard ok != 0 else { throw context.error("CoordSeq_copyToBuffer") }
        // WKT and WKB readers accept "nan" and 1e999; the registry never holds them.
        if let bad = coordinates.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteCoordinate(index: bad) }
        return coordinates
    }

    private func polygon(_ g: OpaquePointer) throws(GeometryError) -> Polygon {
        if GEOSisEmpty_r(h, g) == 1 { return Polygon(exterior: []) }
        guard let shell = GEOSGetExteriorRing_r(h, g) else { throw context.error("GetExteriorRing") }
        let n = GEOSGetNumInteriorRings_r(h, g)
        guard n >= 0 else { throw context.error("GetNumInteriorRings") }
        var holes: [[Coordinate]] = []
        holes.reserveCapacity(Int(n))
        for i in 0..<n {
            guard let ring = GEOSGetInteriorRingN_r(h, g, i) else { throw context.error("GetInteriorRingN") }
            holes.append(try coordinates(of: ring))
        }
        return Polygon(exterior: try coordinates(of: shell), holes: holes)
    }
}

extension Geometry {
    /// Runs `body` with this geometry converted to GEOS on the calling thread's context.
    func withGEOS<R>(_ body: (GEOSContext, OpaquePointer) throws(GeometryError) -> R) throws(GeometryError) -> R {
        let context = GEOSContext.current
        let handle = try GEOSHandle(self, context: context)
        return try body(context, handle.pointer)
    }

    /// Runs `body` with this geometry and `other` converted to GEOS on the same context.
    func withGEOS<R>(
        _ other: Geometry, _ body: (GEOSContext, OpaquePointer, OpaquePointer) throws(GeometryError) -> R
    ) throws(GeometryError) -> R {
        let context = GEOSContext.current
        let a = try GEOSHandle(self, context: context)
        let b = try GEOSHandle(other, context: context)
        return try body(context, a.pointer, b.pointer)
    }

    /// Converts, applies a GEOS function that returns a new geometry (NULL on exception), and converts back.
    func geosUnary(
        _ operation: String, _ function: (GEOSContextHandle_t, OpaquePointer) -> OpaquePointer?
    ) throws(GeometryError) -> Geometry {
        try withGEOS { (context, g) throws(GeometryError) in
            context.clearError()
            guard let result = function(context.handle, g) else { throw context.error(operation) }
            return try GEOSHandle(owning: result, context: context).value()
        }
    }

    /// Converts both, applies a binary GEOS function that returns a new geometry (NULL on exception), converts back.
    func geosBinary(
        _ operation: String, _ other: Geometry,
        _ function: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> OpaquePointer?
    ) throws(GeometryError) -> Geometry {
        try withGEOS(other) { (context, a, b) throws(GeometryError) in
            context.clearError()
            guard let result = function(context.handle, a, b) else { throw context.error(operation) }
            return try GEOSHandle(owning: result, context: context).value()
        }
    }
}
