/// Reprojects imported geometries to the registry's CRS (EPSG:4490) and refuses positions that cannot be right.
///
/// A transform succeeds for almost any numbers: longitude/latitude read as a Gauss-Krüger easting/northing
/// (`--crs EPSG:4549` on a lon/lat file) land at (115.51, 0.0004), a northing of 1e10 at latitude −17.77. Such
/// positions are refused, with the hint that the CRS (or the x/y mapping) is probably wrong, when they fall outside
/// the accepted extent: the intersection of
/// - the source CRS's area of use (``CRS/areaOfUse``, from PROJ's database) widened by ``margin`` degrees, which
///   catches what a zone CRS cannot have meant: lon/lat read as metres, exchanged or mistyped eastings and northings,
///   positions far outside the zone; the margin lets a survey run a little past its zone's edge, as a boundary line
///   crossing a zone boundary does (a wrong zone whose positions land inside the claimed one stays undetectable); and
/// - China's extent, 73–136°E and 3–54°N (``chinaExtent``), the registry's own area, which is what remains to catch
///   with world-wide CRSs (WGS 84, Web Mercator, UTM bands) or a PROJ string without an area of use.
///
/// Not thread safe: it owns a ``CoordinateTransformation``.
public struct Reprojection {
    /// The transformation to EPSG:4490.
    public let transformation: CoordinateTransformation
    /// Where reprojected positions must lie, in degrees of longitude (x) and latitude (y).
    public let acceptedExtent: Envelope

    /// The registry's area: China, 73–136°E and 3–54°N (the same ranges the swapped-axes check uses).
    public static let chinaExtent = Envelope(minX: 73, minY: 3, maxX: 136, maxY: 54)
    /// How far past the source CRS's area of use a position may lie, in degrees (about 75 km of longitude at 49°N).
    public static let margin = 1.0

    /// Prepares the transformation from `source` to EPSG:4490 and the extent positions must lie in.
    /// - Throws: ``GeodesyError/noTransformation(source:target:message:)``.
    public init(from source: CRS) throws(GeodesyError) {
        transformation = try CoordinateTransformation(from: source, to: .cgcs2000)
        acceptedExtent = Self.extent(for: source)
    }

    /// The intersection of the CRS's widened area of use with China's extent (China's alone without an area of use,
    /// and also when the two do not meet: then nothing in the registry can come from that CRS, and every position is
    /// refused with the same hint).
    static func extent(for crs: CRS) -> Envelope {
        let china = chinaExtent
        guard let area = crs.areaOfUse else { return china }
        let widened = Envelope(minX: area.minX - margin, minY: area.minY - margin, maxX: area.maxX + margin, maxY: area.maxY + margin)
        return Envelope(minX: max(widened.minX, china.minX), minY: max(widened.minY, china.minY),
                        maxX: min(widened.maxX, china.maxX), maxY: min(widened.maxY, china.maxY))
    }

    /// The geometry in EPSG:4490, or why it cannot be imported: the transform failed, or a position lies outside
    /// ``acceptedExtent`` (the first such position is named, as given and as reprojected).
    public func reproject(_ geometry: Geometry) -> Result<Geometry, ImportGeometryError> {
        attempt { () throws(GeodesyError) in try transformation.transform(geometry) }.flatMap { moved in
            var given: [Coordinate] = []
            geometry.forEachCoordinate { given.append($0) }
            var index = 0, outside: (given: Coordinate, moved: Coordinate)?
            moved.forEachCoordinate { c in
                if outside == nil, !acceptedExtent.contains(c) { outside = (given[index], c) }
                index += 1
            }
            guard let outside else { return .success(moved) }
            return .failure(outsideExtent(outside.given, landsAt: outside.moved))
        }
    }

    /// One position in EPSG:4490, or why it cannot be right: as ``reproject(_:)-(Geometry)`` for a point (the bulk
    /// and single `gazetteer locate`, where a wrong `--crs` would otherwise put a point thousands of kilometres away
    /// and call it "outside every unit").
    public func reproject(_ position: Coordinate) -> Result<Coordinate, ImportGeometryError> {
        attempt { () throws(GeodesyError) in try transformation.transform(position) }.flatMap { moved in
            acceptedExtent.contains(moved) ? .success(moved) : .failure(outsideExtent(position, landsAt: moved))
        }
    }

    /// What `transform` gives, or PROJ's reason it failed.
    private func attempt<T>(_ transform: () throws(GeodesyError) -> T) -> Result<T, ImportGeometryError> {
        do {
            return .success(try transform())
        } catch {
            return .failure(transformFailed(error))
        }
    }

    /// Why a position could not be reprojected at all: PROJ's reason.
    private func transformFailed(_ error: GeodesyError) -> ImportGeometryError {
        let source = transformation.source
        return ImportGeometryError("cannot reproject from \(source.definition): \(error)",
                                   zh: "无法从 \(source.definition) 转换坐标：\(error.chineseDescription)")
    }

    /// Why `given` cannot be right: reprojected, it lands at `moved`, outside ``acceptedExtent``.
    private func outsideExtent(_ given: Coordinate, landsAt moved: Coordinate) -> ImportGeometryError {
        let source = transformation.source
        let e = acceptedExtent
        let range = "\(e.minX.formatted)–\(e.maxX.formatted)°E, \(e.minY.formatted)–\(e.maxY.formatted)°N"
        let at = "(\(given.x.formatted), \(given.y.formatted))"
        let to = "(\(moved.x.formatted), \(moved.y.formatted))"
        return ImportGeometryError(
            "coordinate \(at) in \(source.definition) lands at \(to), outside \(range) (the CRS's area of use and China): "
                + "the CRS is probably wrong (check --crs, and the x/y mapping)",
            zh: "坐标 \(at) 按 \(source.definition) 转换后位于 \(to)，超出 \(range)（该坐标系的使用范围与中国范围）："
                + "坐标系可能不对（请检查 --crs 及 x/y 映射）")
    }
}

private extension Double {
    /// Up to six decimals, without trailing zeros: 118.5, 0.000361.
    var formatted: String {
        var text = String(format: "%.6f", self)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

import Foundation
