/// A single position, optionally with a height (for boundary markers, in metres).
public struct Point: Hashable, Sendable {
    /// The planar position.
    public var coordinate: Coordinate
    /// The height, when known. Only points carry a height in Gazetteer: boundary markers are surveyed in 3D,
    /// lines and polygons are kept in 2D.
    public var z: Double?

    /// A point at `coordinate`.
    public init(_ coordinate: Coordinate, z: Double? = nil) {
        self.coordinate = coordinate
        self.z = z
    }

    /// A point at (`x`, `y`).
    public init(x: Double, y: Double, z: Double? = nil) {
        self.init(Coordinate(x, y), z: z)
    }
}

/// A sequence of two or more positions joined by straight segments (or none, when empty).
public struct LineString: Hashable, Sendable {
    /// The vertices in order.
    public var coordinates: [Coordinate]

    /// A line through `coordinates`.
    public init(_ coordinates: [Coordinate]) {
        self.coordinates = coordinates
    }
}

/// A surface bounded by one exterior ring and zero or more interior rings (holes).
///
/// Rings are closed: the first and last coordinates are equal. Orientation is free on input;
/// GeoJSON output follows RFC 7946 (counter-clockwise shells, clockwise holes).
public struct Polygon: Hashable, Sendable {
    /// The outer ring; empty for an empty polygon.
    public var exterior: [Coordinate]
    /// The holes.
    public var holes: [[Coordinate]]

    /// A polygon from its rings.
    public init(exterior: [Coordinate], holes: [[Coordinate]] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// All rings, exterior first.
    public var rings: [[Coordinate]] { [exterior] + holes }
}

/// A geometry value: one of the OGC simple-feature types.
///
/// Geometry values are plain Swift data (`Sendable`, `Hashable`) and can be passed between tasks freely.
/// Operations convert them to GEOS on the calling thread; for repeated tests against the same shape use
/// ``PreparedGeometry`` or ``SpatialIndex``, which keep the GEOS form.
///
/// An empty point has no representation of its own: GEOS's `POINT EMPTY` reads back as an empty collection.
public indirect enum Geometry: Hashable, Sendable {
    case point(Point)
    case lineString(LineString)
    case polygon(Polygon)
    case multiPoint([Point])
    case multiLineString([LineString])
    case multiPolygon([Polygon])
    case collection([Geometry])

    /// The OGC type name, as WKT and GeoJSON spell it.
    public var typeName: String {
        switch self {
        case .point: return "Point"
        case .lineString: return "LineString"
        case .polygon: return "Polygon"
        case .multiPoint: return "MultiPoint"
        case .multiLineString: return "MultiLineString"
        case .multiPolygon: return "MultiPolygon"
        case .collection: return "GeometryCollection"
        }
    }

    /// `true` when the geometry has no coordinates.
    public var isEmpty: Bool {
        switch self {
        case .point: return false
        case .lineString(let l): return l.coordinates.isEmpty
        case .polygon(let p): return p.exterior.isEmpty
        case .multiPoint(let ps): return ps.isEmpty
        case .multiLineString(let ls): return ls.allSatisfy { $0.coordinates.isEmpty }
        case .multiPolygon(let ps): return ps.allSatisfy { $0.exterior.isEmpty }
        case .collection(let gs): return gs.allSatisfy(\.isEmpty)
        }
    }

    /// The topological dimension: 0 for points, 1 for lines, 2 for polygons; for a collection, the highest of its parts
    /// (`-1` when empty).
    public var dimension: Int {
        switch self {
        case .point, .multiPoint: return 0
        case .lineString, .multiLineString: return 1
        case .polygon, .multiPolygon: return 2
        case .collection(let gs): return gs.map(\.dimension).max() ?? -1
        }
    }

    /// Visits every coordinate, rings and parts in order.
    public func forEachCoordinate(_ body: (Coordinate) throws -> Void) rethrows {
        switch self {
        case .point(let p): try body(p.coordinate)
        case .lineString(let l): try l.coordinates.forEach(body)
        case .polygon(let p): for ring in p.rings { try ring.forEach(body) }
        case .multiPoint(let ps): try ps.forEach { try body($0.coordinate) }
        case .multiLineString(let ls): for l in ls { try l.coordinates.forEach(body) }
        case .multiPolygon(let ps): for p in ps { for ring in p.rings { try ring.forEach(body) } }
        case .collection(let gs): try gs.forEach { try $0.forEachCoordinate(body) }
        }
    }

    /// The same geometry with every coordinate replaced by `transform(coordinate)`; point heights are kept.
    public func mapCoordinates(_ transform: (Coordinate) throws -> Coordinate) rethrows -> Geometry {
        switch self {
        case .point(let p): return .point(Point(try transform(p.coordinate), z: p.z))
        case .lineString(let l): return .lineString(LineString(try l.coordinates.map(transform)))
        case .polygon(let p): return .polygon(try p.mapRings { try $0.map(transform) })
        case .multiPoint(let ps): return .multiPoint(try ps.map { Point(try transform($0.coordinate), z: $0.z) })
        case .multiLineString(let ls): return .multiLineString(try ls.map { LineString(try $0.coordinates.map(transform)) })
        case .multiPolygon(let ps): return .multiPolygon(try ps.map { try $0.mapRings { try $0.map(transform) } })
        case .collection(let gs): return .collection(try gs.map { try $0.mapCoordinates(transform) })
        }
    }

    /// The number of coordinates.
    public var coordinateCount: Int {
        var n = 0
        forEachCoordinate { _ in n += 1 }
        return n
    }

    /// The bounding rectangle of all coordinates (``Envelope/empty`` for an empty geometry).
    public var envelope: Envelope {
        var e = Envelope.empty
        forEachCoordinate { e.expand(toInclude: $0) }
        return e
    }

    /// The polygons of a polygonal geometry, flattening collections; lines and points are dropped.
    public var polygons: [Polygon] {
        switch self {
        case .polygon(let p): return p.exterior.isEmpty ? [] : [p]
        case .multiPolygon(let ps): return ps.filter { !$0.exterior.isEmpty }
        case .collection(let gs): return gs.flatMap(\.polygons)
        default: return []
        }
    }

    /// The lines of a lineal geometry, flattening collections.
    public var lineStrings: [LineString] {
        switch self {
        case .lineString(let l): return [l]
        case .multiLineString(let ls): return ls
        case .collection(let gs): return gs.flatMap(\.lineStrings)
        default: return []
        }
    }

    /// The polygonal part of this geometry as a Polygon or MultiPolygon (`nil` when there is none).
    ///
    /// `makeValid` can return a collection of polygons plus stray lines; prepared predicates on such a
    /// collection fall back to a full relate and are two orders of magnitude slower, so checks keep only this part.
    public var polygonalPart: Geometry? {
        let ps = polygons
        switch ps.count {
        case 0: return nil
        case 1: return .polygon(ps[0])
        default: return .multiPolygon(ps)
        }
    }
}

extension Polygon {
    /// The polygon with each ring replaced by `transform(ring)`.
    public func mapRings(_ transform: ([Coordinate]) throws -> [Coordinate]) rethrows -> Polygon {
        Polygon(exterior: try transform(exterior), holes: try holes.map(transform))
    }
}
