import CProj
import Foundation

/// A coordinate reference system, identified by an EPSG code, WKT, a PROJ string, or its exact name.
///
/// Creating a `CRS` checks the definition with PROJ at once, so a typo in `--crs` fails before any file is read.
/// Approximate names are refused (see ``CRSDefinition``): PROJ would read `--crs foo` as "Amersfoort".
public struct CRS: Hashable, Sendable, CustomStringConvertible {
    /// The definition as given to PROJ ("EPSG:4549", a WKT2 string, "+proj=tmerc …").
    public let definition: String
    /// PROJ's name for it, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 120E".
    public let name: String
    /// `true` for geographic (longitude/latitude) systems, `false` for projected ones.
    public let isGeographic: Bool
    /// Where the CRS is meant to be used, in degrees of longitude (x) and latitude (y), as PROJ's database records it
    /// (EPSG:4549: 118.5–121.5°E, 24.43–53.33°N); `nil` when unknown (a PROJ string) or when it crosses the
    /// antimeridian. Wraps `proj_get_area_of_use`.
    public let areaOfUse: Envelope?

    /// Resolves `definition` with PROJ: an EPSG code ("EPSG:4549", "epsg:4549", "4549"), another authority's code,
    /// an OGC URN, WKT, PROJJSON, a PROJ string, or the exact name of one 2D CRS ("Beijing 1954" becomes EPSG:4214).
    /// - Throws: ``GeodesyError/unrecognizedCRS(definition:candidates:)`` for anything else (an approximate name),
    ///   ``GeodesyError/unknownCRS(definition:message:)`` or ``GeodesyError/notACRS(definition:kind:)``.
    public init(_ definition: String) throws(GeodesyError) {
        let context = ProjContext()
        let normalized = Self.normalizedDefinition(definition)
        let pj: OpaquePointer
        switch CRSDefinition.classify(normalized, authorities: ProjContext.databaseAuthorities) {
        case .exact:
            pj = try context.create(definition)
            self.definition = normalized
        case .name(let name):
            let code = try context.exactlyNamedCRS(name, given: definition)
            pj = try context.create(code)
            self.definition = code
        }
        defer { proj_destroy(pj) }
        guard proj_is_crs(pj) != 0 else {
            throw .notACRS(definition: definition, kind: ProjContext.describe(proj_get_type(pj)))
        }
        self.name = proj_get_name(pj).map { String(cString: $0) } ?? definition
        let type = proj_get_type(pj)
        self.isGeographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS
        self.areaOfUse = context.areaOfUse(pj)
    }

    /// The CRS with EPSG code `code`.
    public static func epsg(_ code: Int) throws(GeodesyError) -> CRS {
        try CRS("EPSG:\(code)")
    }

    /// CGCS2000 geographic (EPSG:4490), the registry's CRS: longitude and latitude in degrees.
    public static let cgcs2000: CRS = {
        // EPSG:4490 ships in every proj.db; failure here means PROJ's data package is missing.
        guard let crs = try? CRS("EPSG:4490") else {
            preconditionFailure("PROJ cannot resolve EPSG:4490: is proj-data installed (proj.db)?")
        }
        return crs
    }()

    public var description: String { "\(definition) (\(name))" }

    /// The CRS as OGC WKT 1 in GDAL's dialect, as GeoPackage's `gpkg_spatial_ref_sys.definition` expects.
    /// Wraps `proj_as_wkt(PJ_WKT1_GDAL)`.
    public func wkt1() throws(GeodesyError) -> String {
        let context = ProjContext()
        let pj = try context.create(definition)
        defer { proj_destroy(pj) }
        guard let text = proj_as_wkt(context.pointer, pj, PJ_WKT1_GDAL, nil) else {
            throw .unknownCRS(definition: definition, message: "PROJ cannot write it as WKT1: \(context.takeErrorMessage())")
        }
        return String(cString: text)
    }

    /// Upper-cases an "epsg:" prefix and turns a bare number into "EPSG:n".
    static func normalizedDefinition(_ definition: String) -> String {
        let trimmed = definition.trimmedWhitespace
        if !trimmed.isEmpty, trimmed.allSatisfy(\.isNumber) { return "EPSG:\(trimmed)" }
        if trimmed.lowercased().hasPrefix("epsg:") { return "EPSG:" + trimmed.dropFirst(5) }
        return trimmed
    }
}
