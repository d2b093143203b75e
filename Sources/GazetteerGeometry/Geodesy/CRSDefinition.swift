import CProj

/// What a user's CRS definition is, decided before PROJ sees it.
///
/// `proj_create` alone is too forgiving for user input: a string it cannot otherwise read is looked up as an
/// approximate name, so `--crs foo` resolves to "Amersfoort" (EPSG:4289, the Netherlands) and coordinates are
/// silently reprojected from the wrong datum. Only forms that identify one CRS exactly are accepted:
/// - an authority code, "EPSG:4549" (any case, a bare "4549"; also ESRI, IGNF, OGC… codes in PROJ's database);
/// - an OGC URN or URL ("urn:ogc:def:crs:EPSG::4549", "http://www.opengis.net/def/crs/EPSG/0/4549");
/// - WKT (1 or 2, starting with a WKT keyword such as `PROJCS[` or `PROJCRS[`) or PROJJSON (`{…}`);
/// - a PROJ string ("+proj=tmerc …");
/// - the name of one CRS, matched as PROJ's database spells it (case, spaces and punctuation aside:
///   "CGCS2000 / 3-degree Gauss-Kruger CM 120E", "Beijing 1954"). A name shared by several 2D CRSs is refused.
enum CRSDefinition {
    /// Forms passed to `proj_create` as they are.
    case exact(String)
    /// A name to look up with exact matching.
    case name(String)

    /// WKT keywords a CRS definition can start with (WKT 1 and WKT 2, ISO 19162).
    static let wktKeywords = [
        "GEOGCS", "PROJCS", "GEOCCS", "VERT_CS", "COMPD_CS", "LOCAL_CS", "FITTED_CS",
        "GEODCRS", "GEODETICCRS", "GEOGCRS", "GEOGRAPHICCRS", "PROJCRS", "PROJECTEDCRS", "VERTCRS", "VERTICALCRS",
        "COMPOUNDCRS", "ENGCRS", "ENGINEERINGCRS", "BOUNDCRS", "DERIVEDPROJCRS", "TIMECRS", "PARAMETRICCRS",
        "IMAGECRS", "BASEGEOGCRS",
    ]

    /// Classifies an already normalised definition ("EPSG:n" upper-cased, whitespace trimmed).
    /// - Parameter authorities: the authorities in PROJ's database ("EPSG", "ESRI", "IGNF", "OGC", …).
    static func classify(_ text: String, authorities: Set<String>) -> CRSDefinition {
        let upper = text.uppercased()
        if text.hasPrefix("+proj=") || text.hasPrefix("+init=") || text.hasPrefix("{") { return .exact(text) }
        if upper.hasPrefix("URN:OGC:DEF:") || upper.hasPrefix("HTTP://WWW.OPENGIS.NET/") || upper.hasPrefix("HTTPS://WWW.OPENGIS.NET/") {
            return .exact(text)
        }
        if let bracket = text.firstIndex(where: { $0 == "[" || $0 == "(" }),
           wktKeywords.contains(String(upper[..<bracket]).trimmedWhitespace) {
            return .exact(text)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, authorities.contains(parts[0].uppercased()), !parts[1].isEmpty,
           parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }) {
            return .exact(text)
        }
        return .name(text)
    }
}

extension ProjContext {
    /// The authority names in PROJ's database, upper-cased, read once per process: the database does not change
    /// while we run, and reading it for every CRS a check made was a tenth of a coverage check.
    static let databaseAuthorities: Set<String> = ProjContext().authorities()

    /// The authority names in PROJ's database, upper-cased. Wraps `proj_get_authorities_from_database`.
    func authorities() -> Set<String> {
        guard let list = proj_get_authorities_from_database(pointer) else { return ["EPSG"] }
        defer { proj_string_list_destroy(list) }
        var names: Set<String> = []
        var i = 0
        while let entry = list[i] {
            names.insert(String(cString: entry).uppercased())
            i += 1
        }
        return names
    }

    /// The "AUTHORITY:CODE" of the one 2D geographic or projected CRS named exactly `name`.
    ///
    /// Wraps `proj_create_from_name` with `approximateMatch` off (PROJ then compares names ignoring case, spaces and
    /// punctuation, so "WGS84" finds "WGS 84"). Restricting to 2D systems makes "China Geodetic Coordinate System
    /// 2000" mean EPSG:4490 rather than its geocentric and 3D siblings.
    /// - Throws: ``GeodesyError/unrecognizedCRS(definition:candidates:)``, with the candidates when several match.
    func exactlyNamedCRS(_ name: String, given definition: String) throws(GeodesyError) -> String {
        var types = [PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_PROJECTED_CRS]
        let list = name.isEmpty ? nil : proj_create_from_name(pointer, nil, name, &types, types.count, 0, 10, nil)
        defer { if let list { proj_list_destroy(list) } }
        var codes: [String] = []
        for i in 0..<(list.map { Int(proj_list_get_count($0)) } ?? 0) {
            guard let object = proj_list_get(pointer, list, Int32(i)) else { continue }
            defer { proj_destroy(object) }
            if let authority = proj_get_id_auth_name(object, 0), let code = proj_get_id_code(object, 0) {
                codes.append("\(String(cString: authority)):\(String(cString: code))")
            }
        }
        _ = takeErrorMessage()  // a failed lookup logs; the error thrown below says it better
        guard codes.count == 1 else { throw .unrecognizedCRS(definition: definition, candidates: codes) }
        return codes[0]
    }
}
