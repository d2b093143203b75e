import CGeos

/// A geometry kept in GEOS's own form for the length of a check run, so that repeated operations convert nothing.
///
/// Every ``Geometry`` operation converts its operands to GEOS and its result back. A check that measures 100,000
/// markers against the same line, or overlays the same county polygons pair after pair, pays that conversion on
/// every call. Convert such a shape once into a `NativeGeometry` and run the operations on it: operations between
/// two native geometries pass GEOS pointers only, and constructive results (``intersection(_:)``, ``boundary()``)
/// stay native until ``value()`` reads them back.
///
/// The prepared form (`GEOSPrepare_r`: indexes of the edges) is built on the first predicate or distance that uses
/// it, and kept. Call those on the shape you query repeatedly: `county.contains(point)`, not the other way round.
///
/// **Threads.** Not `Sendable`, so Swift 6 refuses to share one across tasks; the prepared form's lazily built
/// indexes are not safe for concurrent use either. Each call runs on the calling thread's GEOS context, the one
/// ``Geometry`` operations use: GEOS geometries are not tied to the context that made them (all contexts share
/// GEOS's default geometry factory; shapely relies on the same), while a context's error buffer is. So a task that
/// resumes on another thread after an `await` still uses that thread's context and never races another task for one.
///
/// Units are those of the coordinates: move geometries into their Gauss-Krüger zone first to measure in metres.
public final class NativeGeometry {
    /// The GEOS geometry, owned by this object.
    let pointer: OpaquePointer
    /// The prepared form, built on first use; it refers to ``pointer`` and is destroyed first.
    private var preparedPointer: OpaquePointer?
    private var cachedEnvelope: Envelope?

    /// Converts `geometry` to GEOS once.
    /// - Throws: ``GeometryError`` for non-finite coordinates or a structure GEOS rejects (unclosed ring, one-point line).
    public init(_ geometry: Geometry) throws(GeometryError) {
        pointer = try GEOSBuilder(context: .current).make(geometry)
        cachedEnvelope = geometry.envelope
    }

    /// A point, made straight from its coordinates (no ``Geometry`` value in between): the query to reuse when
    /// one point is tested against many prepared shapes. Wraps `GEOSGeom_createPointFromXY_r` (NULL on exception).
    /// - Throws: ``GeometryError/nonFiniteCoordinate(index:)`` for NaN or infinite ordinates.
    public convenience init(point: Coordinate) throws(GeometryError) {
        guard point.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        let context = GEOSContext.current
        context.clearError()
        guard let made = GEOSGeom_createPointFromXY_r(context.handle, point.x, point.y) else { throw context.error("create Point") }
        self.init(owning: made)
        cachedEnvelope = Envelope(minX: point.x, minY: point.y, maxX: point.x, maxY: point.y)
    }

    /// Takes ownership of a geometry GEOS has just made.
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        let h = GEOSContext.current.handle
        if let preparedPointer { GEOSPreparedGeom_destroy_r(h, preparedPointer) }
        GEOSGeom_destroy_r(h, pointer)
    }

    /// The Swift value of this geometry.
    public func value() throws(GeometryError) -> Geometry {
        try GEOSReader(context: .current).read(pointer)
    }

    /// The bounding rectangle (``Envelope/empty`` for an empty geometry). Wraps `GEOSGeom_getXMin_r` and its siblings.
    public var envelope: Envelope {
        if let cachedEnvelope { return cachedEnvelope }
        let h = GEOSContext.current.handle
        var e = Envelope.empty
        // Each returns 0 for an empty geometry, leaving the envelope empty.
        if GEOSisEmpty_r(h, pointer) == 0, GEOSGeom_getXMin_r(h, pointer, &e.minX) != 0, GEOSGeom_getYMin_r(h, pointer, &e.minY) != 0,
           GEOSGeom_getXMax_r(h, pointer, &e.maxX) != 0, GEOSGeom_getYMax_r(h, pointer, &e.maxY) != 0 {
            cachedEnvelope = e
            return e
        }
        cachedEnvelope = .empty
        return .empty
    }

    /// `true` when the geometry has no coordinates. Wraps `GEOSisEmpty_r` (2 on exception, read as not empty).
    public var isEmpty: Bool { GEOSisEmpty_r(GEOSContext.current.handle, pointer) == 1 }

    /// `true` for a LineString, LinearRing or MultiLineString.
    var isLineal: Bool {
        switch GEOSGeomTypeId_r(GEOSContext.current.handle, pointer) {
        case Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue), Int32(GEOS_MULTILINESTRING.rawValue): return true
        default: return false
        }
    }

    /// The prepared form, built now if this is its first use. Wraps `GEOSPrepare_r` (NULL on exception).
    func prepared(_ context: GEOSContext) throws(GeometryError) -> OpaquePointer {
        if let preparedPointer { return preparedPointer }
        context.clearError()
        guard let made = GEOSPrepare_r(context.handle, pointer) else { throw context.error("Prepare") }
        preparedPointer = made
        return made
    }

    /// Builds the prepared form now rather than on first use, e.g. to keep its cost out of a timed loop.
    public func prepare() throws(GeometryError) {
        _ = try prepared(.current)
    }

    // MARK: Prepared predicates

    /// Runs a prepared predicate (1 true, 0 false, 2 on exception) against `other`.
    private func test(
        _ name: String, _ other: OpaquePointer, _ function: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        let context = GEOSContext.current
        let p = try prepared(context)
        context.clearError()
        switch function(context.handle, p, other) {
        case 1: return true
        case 0: return false
        default: throw context.error(name)
        }
    }

    /// Runs a prepared predicate against a point made for the call (and destroyed after it).
    private func test(
        _ name: String, _ point: Coordinate, _ function: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        let p = try PointHandle(point)
        return try test(name, p.pointer, function)
    }

    /// See ``Geometry/contains(_:)``. Wraps `GEOSPreparedContains_r`.
    public func contains(_ other: NativeGeometry) throws(GeometryError) -> Bool {
        try test("PreparedContains", other.pointer, GEOSPreparedContains_r)
    }

    /// `true` when `point` lies in the interior (not on the boundary). Wraps `GEOSPreparedContains_r`.
    public func contains(_ point: Coordinate) throws(GeometryError) -> Bool {
        try test("PreparedContains", point, GEOSPreparedContains_r)
    }

    /// `true` when `other` lies in the interior without touching the boundary. Wraps `GEOSPreparedContainsProperly_r`.
    public func containsProperly(_ other: NativeGeometry) throws(GeometryError) -> Bool {
        try test("PreparedContainsProperly", other.pointer, GEOSPreparedContainsProperly_r)
    }

    /// See ``Geometry/covers(_:)``. Wraps `GEOSPreparedCovers_r`.
    public func covers(_ other: NativeGeometry) throws(GeometryError) -> Bool {
        try test("PreparedCovers", other.pointer, GEOSPreparedCovers_r)
    }

    /// `true` when `point` lies in the geometry or on its boundary. Wraps `GEOSPreparedCovers_r`.
    public func covers(_ point: Coordinate) throws(GeometryError) -> Bool {
        try test("PreparedCovers", point, GEOSPreparedCovers_r)
    }

    /// See ``Geometry/intersects(_:)``. Wraps `GEOSPreparedIntersects_r`.
    public func intersects(_ other: NativeGeometry) throws(GeometryError) -> Bool {
        try test("PreparedIntersects", other.pointer, GEOSPreparedIntersects_r)
    }

    /// `true` when `point` lies in the geometry or on its boundary. Wraps `GEOSPreparedIntersects_r`.
    public func intersects(_ point: Coordinate) throws(GeometryError) -> Bool {
        try test("PreparedIntersects", point, GEOSPreparedIntersects_r)
    }

    /// `true` when `other` comes within `distance` (inclusive): this geometry's prepared distance to it
    /// (`GEOSPreparedDistance_r`, 0 when they intersect), compared with `distance`.
    ///
    /// Not `GEOSPreparedDistanceWithin_r`: GEOS 3.11 answers that for polygons with its brute-force distance,
    /// every segment of one against every segment of the other, which was most of an adjacency check over county
    /// polygons; the prepared distance searches an index of facets, built once and kept with the prepared form.
    public func isWithinDistance(_ distance: Double, of other: NativeGeometry) throws(GeometryError) -> Bool {
        try self.distance(to: other) <= distance
    }

    // MARK: Measures

    /// The shortest planar distance to `other` (0 when they intersect), through this geometry's prepared form.
    /// Wraps `GEOSPreparedDistance_r` (0 on exception).
    public func distance(to other: NativeGeometry) throws(GeometryError) -> Double {
        try distance(toPointer: other.pointer)
    }

    /// The shortest planar distance to `point`. For many points against one line, ``LineSegmentIndex`` answers
    /// this and the position along the line in one search. Wraps `GEOSPreparedDistance_r`.
    public func distance(to point: Coordinate) throws(GeometryError) -> Double {
        let p = try PointHandle(point)
        return try distance(toPointer: p.pointer)
    }

    private func distance(toPointer other: OpaquePointer) throws(GeometryError) -> Double {
        let context = GEOSContext.current
        let p = try prepared(context)
        var d = 0.0
        context.clearError()
        guard GEOSPreparedDistance_r(context.handle, p, other, &d) != 0 else { throw context.error("PreparedDistance") }
        return d
    }

    /// The planar length of lines, or the perimeter of polygons. Wraps `GEOSLength_r` (0 on exception).
    public func length() throws(GeometryError) -> Double {
        let context = GEOSContext.current
        var value = 0.0
        context.clearError()
        guard GEOSLength_r(context.handle, pointer, &value) != 0 else { throw context.error("Length") }
        return value
    }

    /// The discrete Hausdorff distance to `other`; see ``Geometry/hausdorffDistance(to:densify:)``.
    /// Wraps `GEOSHausdorffDistance_r` / `GEOSHausdorffDistanceDensify_r` (0 on exception).
    /// - Throws: ``GeometryError/invalidStructure(_:)`` when `densify` is outside (0, 1].
    public func hausdorffDistance(to other: NativeGeometry, densify: Double? = nil) throws(GeometryError) -> Double {
        let context = GEOSContext.current
        var value = 0.0
        context.clearError()
        let ok: Int32
        if let densify {
            guard densify > 0, densify <= 1 else { throw .invalidStructure("densify fraction must be in (0, 1], got \(densify)") }
            ok = GEOSHausdorffDistanceDensify_r(context.handle, pointer, other.pointer, densify, &value)
        } else {
            ok = GEOSHausdorffDistance_r(context.handle, pointer, other.pointer, &value)
        }
        guard ok != 0 else { throw context.error("HausdorffDistance") }
        return value
    }

    // MARK: Overlay and constructive operations (results stay native)

    /// Applies a GEOS function returning a new geometry (NULL on exception) and keeps the result native.
    private func derive(
        _ operation: String, _ function: (GEOSContextHandle_t, OpaquePointer) -> OpaquePointer?
    ) throws(GeometryError) -> NativeGeometry {
        let context = GEOSContext.current
        context.clearError()
        guard let result = function(context.handle, pointer) else { throw context.error(operation) }
        return NativeGeometry(owning: result)
    }

    /// The points in both geometries. Wraps `GEOSIntersection_r`.
    public func intersection(_ other: NativeGeometry) throws(GeometryError) -> NativeGeometry {
        try derive("Intersection") { h, g in GEOSIntersection_r(h, g, other.pointer) }
    }

    /// The points of this geometry not in `other`. Wraps `GEOSDifference_r`.
    public func difference(_ other: NativeGeometry) throws(GeometryError) -> NativeGeometry {
        try derive("Difference") { h, g in GEOSDifference_r(h, g, other.pointer) }
    }

    /// All points in either geometry. Wraps `GEOSUnion_r`.
    public func union(_ other: NativeGeometry) throws(GeometryError) -> NativeGeometry {
        try derive("Union") { h, g in GEOSUnion_r(h, g, other.pointer) }
    }

    /// The topological boundary: a polygon's rings as lines, a line's two end points. Wraps `GEOSBoundary_r`.
    public func boundary() throws(GeometryError) -> NativeGeometry {
        try derive("Boundary", GEOSBoundary_r)
    }

    // MARK: Linear referencing

    /// The distance along this line of the point on it nearest to `point`; see ``Geometry/lineLocatePoint(_:)``.
    /// Wraps `GEOSProject_r`.
    /// - Throws: ``GeometryError/invalidStructure(_:)`` unless this is a non-empty line and `point` a point.
    public func lineLocatePoint(_ point: NativeGeometry) throws(GeometryError) -> Double {
        try requireLine("lineLocatePoint")
        guard GEOSGeomTypeId_r(GEOSContext.current.handle, point.pointer) == Int32(GEOS_POINT.rawValue) else {
            throw .invalidStructure("lineLocatePoint needs a point to locate")
        }
        return try GEOSContext.current.lineLocatePoint(line: pointer, point: point.pointer)
    }

    /// The distance along this line of the point on it nearest to `point`. Wraps `GEOSProject_r`.
    public func lineLocatePoint(_ point: Coordinate) throws(GeometryError) -> Double {
        try requireLine("lineLocatePoint")
        let p = try PointHandle(point)
        return try GEOSContext.current.lineLocatePoint(line: pointer, point: p.pointer)
    }

    /// The position of the point at `distance` along this line; negative distances count from the end, and
    /// distances beyond either end are clamped to it. Wraps `GEOSInterpolate_r`.
    /// - Throws: ``GeometryError/invalidStructure(_:)`` unless this is a non-empty line.
    public func interpolate(_ distance: Double) throws(GeometryError) -> Coordinate {
        try requireLine("interpolate")
        let context = GEOSContext.current
        let point = try NativeGeometry(owning: context.interpolate(line: pointer, distance: distance))
        var x = 0.0, y = 0.0
        guard GEOSGeomGetX_r(context.handle, point.pointer, &x) != 0, GEOSGeomGetY_r(context.handle, point.pointer, &y) != 0 else {
            throw context.error("GeomGetX")
        }
        return Coordinate(x, y)
    }

    private func requireLine(_ operation: String) throws(GeometryError) {
        guard isLineal else { throw .invalidStructure("\(operation) needs a line") }
        guard !isEmpty else { throw .invalidStructure("\(operation) needs a non-empty line") }
        guard !hasEmptyPart else {
            throw .invalidStructure("\(operation) cannot measure along a MultiLineString with an empty part (GEOS 3.11 crashes on it)")
        }
    }

    /// `true` for a collection with an empty part. GEOS 3.11 dereferences a null pointer when `GEOSProject_r` or
    /// `GEOSInterpolate_r` walks such a MultiLineString; ``Geometry/lineLocatePoint(_:)`` drops the empty parts,
    /// but a native geometry is never rewritten behind the caller's back, so it refuses instead.
    private lazy var hasEmptyPart: Bool = {
        let h = GEOSContext.current.handle
        guard GEOSGeomTypeId_r(h, pointer) == Int32(GEOS_MULTILINESTRING.rawValue) else { return false }
        let n = GEOSGetNumGeometries_r(h, pointer)
        return (0..<max(0, n)).contains { i in GEOSGetGeometryN_r(h, pointer, i).map { GEOSisEmpty_r(h, $0) != 0 } ?? true }
    }()
}

/// A GEOS point made for one call and destroyed when the call ends.
private struct PointHandle: ~Copyable {
    let pointer: OpaquePointer

    init(_ c: Coordinate) throws(GeometryError) {
        guard c.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        let context = GEOSContext.current
        context.clearError()
        guard let p = GEOSGeom_createPointFromXY_r(context.handle, c.x, c.y) else { throw context.error("create Point") }
        pointer = p
    }

    deinit { GEOSGeom_destroy_r(GEOSContext.current.handle, pointer) }
}
