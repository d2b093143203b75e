/// Reads GeoJSON documents (RFC 7946): a FeatureCollection, a single Feature, or a bare geometry.
///
/// The whole document is parsed first, so a syntax error anywhere is reported with its line and column before
/// any feature is used. Geometry errors are kept per feature (see ``GeoJSONFeature/geometry``).
public enum GeoJSONReader {
    /// The features of the GeoJSON file at `path`, whose coordinates are read as `reading` says.
    /// - Throws: ``ExchangeError`` when the file cannot be read, is not JSON, is not GeoJSON, or its `crs` member
    ///   disagrees with `reading` (``GeoJSONCRSMember``).
    public static func readFeatures(path: String, reading: GeoJSONCRSMember.Reading) throws(ExchangeError) -> [GeoJSONFeature] {
        let bytes = try FileBytes.read(path)
        return try readFeatures(bytes: bytes, file: path, reading: reading)
    }

    /// The features of a GeoJSON document held in memory; `file` names it in errors.
    public static func readFeatures(bytes: [UInt8], file: String, reading: GeoJSONCRSMember.Reading) throws(ExchangeError) -> [GeoJSONFeature] {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(file: file, line: error.line, column: error.column, reason: error.reason)
        }
        return try readFeatures(document: document, file: file, reading: reading)
    }

    /// The features of a GeoJSON document already parsed; `file` names it in errors.
    public static func readFeatures(document: JSONValue, file: String, reading: GeoJSONCRSMember.Reading) throws(ExchangeError) -> [GeoJSONFeature] {
        guard case .object(let object) = document else {
            throw .unexpectedContent(file: file, reason: LocalizedText(zh: "顶层应为 GeoJSON 对象，实为 \(document.typeName)", en: "expected a GeoJSON object at the top level, found \(document.typeName)"))
        }
        try GeoJSONCRSMember.check(document, reading: reading, file: file)
        switch object["type"]?.stringValue {
        case "FeatureCollection":
            guard let features = object["features"]?.arrayValue else {
                throw .unexpectedContent(file: file, reason: LocalizedText(zh: "顶层 FeatureCollection 缺少 \"features\" 数组", en: "the top-level FeatureCollection needs a \"features\" array"))
            }
            var result: [GeoJSONFeature] = []
            result.reserveCapacity(features.count)
            for (i, feature) in features.enumerated() {
                result.append(try readFeature(feature, index: i, file: file))
            }
            return result
        case "Feature":
            return [try readFeature(document, index: 0, file: file)]
        case .some(let type) where ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"].contains(type):
            return [GeoJSONFeature(index: 0, id: nil, properties: JSONObject(), geometry: Result { () throws(GeometryError) in try Geometry(geoJSON: document) })]
        case .some(let type):
            throw .unexpectedContent(file: file, reason: LocalizedText(zh: "顶层的 GeoJSON 类型 \"\(type)\" 无法识别", en: "unknown GeoJSON type \"\(type)\" at the top level"))
        case .none:
            throw .unexpectedContent(file: file, reason: LocalizedText(zh: "不是 GeoJSON：顶层对象没有 \"type\"", en: "not GeoJSON: the top-level object has no \"type\""))
        }
    }

    /// One feature object; structural errors in the feature itself (not an object, properties not an object)
    /// are fatal for the file, geometry errors are kept on the feature.
    static func readFeature(_ value: JSONValue, index: Int, file: String) throws(ExchangeError) -> GeoJSONFeature {
        guard case .object(let object) = value, object["type"]?.stringValue == "Feature" else {
            throw .unexpectedContent(file: file, reason: LocalizedText(zh: "features[\(index)] 不是 Feature 对象", en: "features[\(index)] is not a Feature object"))
        }
        var properties = JSONObject()
        switch object["properties"] {
        case .object(let p): properties = p
        case .null, .none: break
        case .some(let other):
            throw .unexpectedContent(file: file, reason: LocalizedText(zh: "features[\(index)].properties 应为对象或 null，实为 \(other.typeName)", en: "features[\(index)].properties must be an object or null, found \(other.typeName)"))
        }
        var geometry: Result<Geometry, GeometryError>?
        if let g = object["geometry"], g != .null {
            geometry = Result { () throws(GeometryError) in try Geometry(geoJSON: g) }
        }
        return GeoJSONFeature(index: index, id: object["id"], properties: properties, geometry: geometry)
    }
}
