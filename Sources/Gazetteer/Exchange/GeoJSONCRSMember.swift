/// The `crs` member of a GeoJSON document, checked against the CRS its coordinates are read in.
///
/// RFC 7946 removed the member: GeoJSON coordinates are longitude/latitude, and every reader here takes them so
/// unless `--crs` names another CRS. GDAL, older QGIS and ArcGIS still write the 2008 form for projected data, though
/// (`"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4549"}}`). Read as longitude/latitude,
/// such a file's eastings are refused for their range at best; a member naming another datum's degrees (Beijing
/// 1954, Xi'an 1980) would pass every range check and land some 100 m off, silently. So a member must agree with the
/// reading: absent or `null`, naming WGS 84 or CGCS2000 longitude/latitude (OGC:CRS84, EPSG:4326, EPSG:4490) when
/// no `--crs` is given, or naming the same CRS as `--crs`. Anything else refuses the file before a record is used,
/// saying which CRS the member names and what to do.
public enum GeoJSONCRSMember {
    /// The CRS a reader takes a file's coordinates in.
    public enum Reading: Sendable {
        /// Longitude/latitude, RFC 7946's (no `--crs`).
        case longitudeLatitude
        /// The CRS `--crs` named.
        case crs(CRS)
        /// Any: the reader uses only the geometries' shapes (validity), so the member does not matter.
        case anyCRS

        /// `--crs` when given, else longitude/latitude.
        public init(given crs: CRS?) {
            self = crs.map(Reading.crs) ?? .longitudeLatitude
        }
    }

    /// The names PROJ gives the CRSs whose GeoJSON coordinates are longitude/latitude on WGS 84 or CGCS2000 (the two
    /// agree to a few centimetres, below what the registry distinguishes): OGC:CRS84, EPSG:4326 and EPSG:4490.
    static let longitudeLatitudeNames: Set<String> = ["WGS 84 (CRS84)", "WGS 84", "China Geodetic Coordinate System 2000"]

    /// Refuses `document` (from `file`) when its `crs` member disagrees with `reading`.
    /// - Throws: ``ExchangeError/unexpectedContent(file:reason:)`` naming the member's CRS and the way out.
    public static func check(_ document: JSONValue, reading: Reading, file: String) throws(ExchangeError) {
        guard case .object(let object) = document, let member = object["crs"], member != .null else { return }
        // The CRS the coordinates are read in: `nil` for longitude/latitude.
        let given: CRS?
        switch reading {
        case .anyCRS: return
        case .longitudeLatitude: given = nil
        case .crs(let crs): given = crs
        }
        guard let text = declaredName(member) else {
            throw .unexpectedContent(file: file, reason: LocalizedText(
                zh: "crs 成员无法识别（应为 {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:…\"}}）；RFC 7946 的 GeoJSON 不应有 crs 成员，坐标一律为经纬度",
                en: "the crs member cannot be read (expected {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:…\"}}); RFC 7946 GeoJSON has no crs member, its coordinates are longitude/latitude"))
        }
        let declared: CRS
        do {
            declared = try CRS(text)
        } catch {
            throw .unexpectedContent(file: file, reason: LocalizedText(
                zh: "crs 成员声明的坐标系“\(text)”无法识别：\(error.message(.zh, verbose: false))",
                en: "the crs member names \"\(text)\", which is not a CRS PROJ knows: \(error.message(.en, verbose: false))"))
        }
        let declaredIsLonLat = longitudeLatitudeNames.contains(declared.name)
        guard let given else {
            guard !declaredIsLonLat else { return }
            throw .unexpectedContent(file: file, reason: LocalizedText(
                zh: "文件的 crs 成员声明坐标系为 \(text)（\(declared.name)），而未给 --crs 时坐标按经纬度读取："
                    + "若坐标确为该坐标系，请加 --crs \(text)；或先转为经纬度（ogr2ogr -t_srs EPSG:4490）",
                en: "the file's crs member says its coordinates are in \(text) (\(declared.name)), but without --crs they are "
                    + "read as longitude/latitude: if they are in that CRS, give --crs \(text); or convert the file first "
                    + "(ogr2ogr -t_srs EPSG:4490)"))
        }
        if given.name == declared.name { return }
        if declaredIsLonLat && longitudeLatitudeNames.contains(given.name) { return }
        throw .unexpectedContent(file: file, reason: LocalizedText(
            zh: "文件的 crs 成员声明坐标系为 \(text)（\(declared.name)），与 --crs \(given.definition)（\(given.name)）不符："
                + "请确认坐标所在的坐标系",
            en: "the file's crs member says its coordinates are in \(text) (\(declared.name)), not in --crs "
                + "\(given.definition) (\(given.name)): check which CRS they are in"))
    }

    /// The CRS a member names: `{"type": "name", "properties": {"name": …}}`, or the 2007 draft's
    /// `{"type": "EPSG", "properties": {"code": …}}`; `nil` for any other form (`link`, a malformed member). An OGC URN
    /// is shortened to the authority and code it names (`urn:ogc:def:crs:EPSG::4549` → `EPSG:4549`), the form to
    /// give `--crs`.
    static func declaredName(_ member: JSONValue) -> String? {
        guard case .object(let object) = member, case .object(let properties)? = object["properties"] else { return nil }
        switch object["type"]?.stringValue?.lowercased() {
        case "name":
            guard let name = properties["name"]?.stringValue?.trimmedWhitespace, !name.isEmpty else { return nil }
            // urn:ogc:def:crs:AUTHORITY:[VERSION]:CODE
            let parts = name.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 7, parts[0...3].map({ $0.lowercased() }) == ["urn", "ogc", "def", "crs"], !parts[4].isEmpty, !parts[6].isEmpty {
                return "\(parts[4]):\(parts[6])"
            }
            return name
        case "epsg":
            guard let code = properties["code"]?.numberValue, code == code.rounded(), code > 0, code < 1e9 else { return nil }
            return "EPSG:\(Int(code))"
        default:
            return nil
        }
    }
}
