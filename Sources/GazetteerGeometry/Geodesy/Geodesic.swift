import CProj

/// Geodesic measures on an ellipsoid, through PROJ's copy of GeographicLib (geodesic.h): accurate to
/// nanometres for distances and square millimetres per square kilometre for areas.
///
/// Coordinates are longitude and latitude in degrees (x, y). A `Geodesic` is an immutable value and may be
/// shared between tasks.
public struct Geodesic: Sendable {
    private let g: geod_geodesic
    /// Equatorial radius in metres.
    public let semiMajorAxis: Double
    /// Flattening.
    public let flattening: Double

    /// An ellipsoid with equatorial radius `a` (metres) and flattening `f`.
    public init(semiMajorAxis a: Double, flattening f: Double) {
        var g = geod_geodesic()
        geod_init(&g, a, f)
        self.g = g
        semiMajorAxis = a
        flattening = f
    }

    /// The CGCS2000 ellipsoid: a = 6 378 137 m, f = 1/298.257222101 (same a as WGS84; f differs in the 10th digit).
    public static let cgcs2000 = Geodesic(semiMajorAxis: 6_378_137, flattening: 1 / 298.257222101)

    /// The result of the inverse problem.
    public struct Inverse: Sendable, Equatable {
        /// Distance in metres along the geodesic.
        public var distance: Double
        /// Azimuth at the start, degrees clockwise from north.
        public var initialAzimuth: Double
        /// Azimuth at the end (forward direction), degrees clockwise from north.
        public var finalAzimuth: Double
    }

    /// Distance and azimuths between two positions. Wraps `geod_inverse`.
    /// - Throws: ``GeodesyError/outOfRange(_:)`` for a latitude outside [-90, 90] or a non-finite ordinate.
    public func inverse(from a: Coordinate, to b: Coordinate) throws(GeodesyError) -> Inverse {
        try Self.checkPosition(a)
        try Self.checkPosition(b)
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        withUnsafePointer(to: g) { geod_inverse($0, a.y, a.x, b.y, b.x, &s12, &azi1, &azi2) }
        return Inverse(distance: s12, initialAzimuth: azi1, finalAzimuth: azi2)
    }

    /// The position reached from `start` going `distance` metres at `azimuth` degrees. Wraps `geod_direct`.
    public func direct(from start: Coordinate, azimuth: Double, distance: Double) throws(GeodesyError) -> Coordinate {
        try Self.checkPosition(start)
        guard azimuth.isFinite, distance.isFinite else { throw .outOfRange("azimuth and distance must be finite") }
        var lat = 0.0, lon = 0.0, azi2 = 0.0
        withUnsafePointer(to: g) { geod_direct($0, start.y, start.x, azimuth, distance, &lat, &lon, &azi2) }
        return Coordinate(lon, lat)
    }

    /// The geodesic length in metres of a path through `coordinates`.
    public func length(of coordinates: [Coordinate]) throws(GeodesyError) -> Double {
        guard coordinates.count >= 2 else { return 0 }
        var total = 0.0
        for i in 1..<coordinates.count { total += try inverse(from: coordinates[i - 1], to: coordinates[i]).distance }
        return total
    }

    /// The unsigned area (m²) and perimeter (m) of a closed ring, whatever its orientation. Wraps `geod_polygonarea`.
    public func ring(_ ring: [Coordinate]) throws(GeodesyError) -> (area: Double, perimeter: Double) {
        var points = ring
        if let first = points.first, first == points.last { points.removeLast() }
        guard points.count >= 3 else { return (0, try length(of: ring)) }
        for c in points { try Self.checkPosition(c) }
        var lats = points.map(\.y), lons = points.map(\.x)
        var area = 0.0, perimeter = 0.0
        withUnsafePointer(to: g) { geod_polygonarea($0, &lats, &lons, Int32(points.count), &area, &perimeter) }
        return (abs(area), perimeter)
    }

    /// Area (m²) of a polygon: its shell less its holes; perimeter (m): the length of all its rings.
    public func measure(_ polygon: Polygon) throws(GeodesyError) -> (area: Double, perimeter: Double) {
        guard !polygon.exterior.isEmpty else { return (0, 0) }
        var (area, perimeter) = try ring(polygon.exterior)
        for hole in polygon.holes {
            let h = try ring(hole)
            area -= h.area
            perimeter += h.perimeter
        }
        return (area, perimeter)
    }

    /// Geodesic measures of any geometry: area (m²) and perimeter (m) of its polygons, length (m) of its lines.
    public func measure(_ geometry: Geometry) throws(GeodesyError) -> GeodesicMeasure {
        var result = GeodesicMeasure()
        switch geometry {
        case .point, .multiPoint:
            break
        case .lineString(let l):
            result.length = try length(of: l.coordinates)
        case .multiLineString(let ls):
            for l in ls { result.length += try length(of: l.coordinates) }
        case .polygon, .multiPolygon:
            for p in geometry.polygons {
                let m = try measure(p)
                result.area += m.area
                result.perimeter += m.perimeter
            }
        case .collection(let parts):
            for part in parts {
                let m = try measure(part)
                result.area += m.area
                result.perimeter += m.perimeter
                result.length += m.length
            }
        }
        return result
    }

    private static func checkPosition(_ c: Coordinate) throws(GeodesyError) {
        guard c.isFinite else { throw .outOfRange("coordinate (\(c.x), \(c.y)) is not finite") }
        guard (-90...90).contains(c.y) else {
            throw .outOfRange("latitude \(c.y) is outside [-90, 90]: are longitude and latitude swapped?")
        }
    }
}

/// Geodesic measures of a geometry, in metres and square metres.
public struct GeodesicMeasure: Sendable, Equatable {
    /// Area of the polygonal parts (m²).
    public var area = 0.0
    /// Length of all polygon rings (m).
    public var perimeter = 0.0
    /// Length of the lineal parts (m).
    public var length = 0.0

    public init(area: Double = 0, perimeter: Double = 0, length: Double = 0) {
        self.area = area
        self.perimeter = perimeter
        self.length = length
    }
}
