/// A CGCS2000 3-degree Gauss-Krüger zone (EPSG:4534–4554: central meridians 75°E to 135°E, false easting 500 km).
///
/// GEOS works in the plane, so tolerances, buffers and Hausdorff distances in metres are computed after moving a
/// geometry into the zone of its longitude. Within ±1.5° of the central meridian the scale error stays under
/// about 3×10⁻⁴ at Hulunbuir's latitudes.
public struct GaussKrugerZone: Hashable, Sendable, CustomStringConvertible {
    /// The zone's central meridian in degrees east (a multiple of 3 from 75 to 135).
    public let centralMeridian: Int

    /// How many zones there are (central meridians 75°E to 135°E).
    public static let count = 21

    /// The zone's place among them, 0 for 75°E to 20 for 135°E: a cheap key for a table of per-zone values.
    public var index: Int { (centralMeridian - 75) / 3 }

    /// The EPSG code of the zone's CRS ("CGCS2000 / 3-degree Gauss-Kruger CM …E", without a zone prefix on eastings).
    public var epsgCode: Int { 4534 + (centralMeridian - 75) / 3 }

    /// The zone's CRS.
    public var crs: CRS {
        get throws(GeodesyError) { try CRS.epsg(epsgCode) }
    }

    /// The zone whose central meridian is nearest to `longitude`.
    /// - Throws: ``GeodesyError/outOfRange(_:)`` outside 73.5°E–136.5°E, the range the EPSG zones cover.
    public init(longitude: Double) throws(GeodesyError) {
        guard longitude.isFinite, longitude >= 73.5, longitude < 136.5 else {
            throw .outOfRange("longitude \(longitude) is outside the CGCS2000 3-degree Gauss-Krüger zones (73.5°E–136.5°E)")
        }
        centralMeridian = Int((longitude / 3).rounded()) * 3
    }

    /// The zone for the centre of `geometry`'s envelope.
    public init(for geometry: Geometry) throws(GeodesyError) {
        let e = geometry.envelope
        guard !e.isEmpty else { throw .outOfRange("an empty geometry has no Gauss-Krüger zone") }
        try self.init(longitude: (e.minX + e.maxX) / 2)
    }

    public var description: String { "EPSG:\(epsgCode) (CM \(centralMeridian)E)" }

    /// Transformations into and out of this zone from CGCS2000 geographic coordinates.
    public func projection() throws(GeodesyError) -> (forward: CoordinateTransformation, inverse: CoordinateTransformation) {
        let zone = try crs
        return (try CoordinateTransformation(from: .cgcs2000, to: zone), try CoordinateTransformation(from: zone, to: .cgcs2000))
    }

    /// `geometry` (CGCS2000 longitude/latitude) in this zone's easting/northing metres.
    public func project(_ geometry: Geometry) throws(GeodesyError) -> Geometry {
        try CoordinateTransformation(from: .cgcs2000, to: crs).transform(geometry)
    }

    /// `geometry` in this zone's metres back to CGCS2000 longitude/latitude.
    public func unproject(_ geometry: Geometry) throws(GeodesyError) -> Geometry {
        try CoordinateTransformation(from: crs, to: .cgcs2000).transform(geometry)
    }
}
