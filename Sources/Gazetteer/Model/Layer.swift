/// The kind of value a registry field holds, and so how it is checked on import.
public enum FieldKind: Sendable, Equatable {
    /// Free text.
    case text
    /// A code of digits (GB/T 2260, statistical codes); kept as text so leading zeros survive.
    case digits
    /// A date `YYYY-MM-DD`.
    case date
    /// A date `YYYY-MM-DD` of something that has happened (an emplacement, an agreement, an approval): never after
    /// the day it is recorded.
    case pastDate
    /// A number, optionally within a closed range.
    case real(ClosedRange<Double>?)
    /// A whole number, optionally within a closed range.
    case integer(ClosedRange<Int64>?)
    /// One of a fixed set of words.
    case choice([String])
    /// A JSON document (e.g. a marker's reference landmarks).
    case json
}

/// One field of a layer.
public struct FieldSpec: Sendable, Equatable {
    public var name: String
    public var kind: FieldKind
    public var required: Bool
    /// What the field means, for `--help` and documentation.
    public var meaning: String

    public init(_ name: String, _ kind: FieldKind, required: Bool = false, _ meaning: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.meaning = meaning
    }
}

/// Which geometry a layer's records carry.
public enum LayerGeometry: String, Sendable {
    case multiPolygon = "MULTIPOLYGON"
    case multiLineString = "MULTILINESTRING"
    case point = "POINT"
    /// Any type (place names are points, lines or polygons).
    case any = "GEOMETRY"

    /// `true` when `geometry` fits this layer (a Polygon fits a MultiPolygon layer and is stored as one).
    public func accepts(_ geometry: Geometry) -> Bool {
        switch (self, geometry) {
        case (.any, _): return true
        case (.multiPolygon, .polygon), (.multiPolygon, .multiPolygon): return true
        case (.multiLineString, .lineString), (.multiLineString, .multiLineString): return true
        case (.point, .point): return true
        default: return false
        }
    }

    /// The geometry in the layer's stored form (single polygons and lines promoted to their Multi type).
    public func normalized(_ geometry: Geometry) -> Geometry {
        switch (self, geometry) {
        case (.multiPolygon, .polygon(let p)): return .multiPolygon([p])
        case (.multiLineString, .lineString(let l)): return .multiLineString([l])
        default: return geometry
        }
    }
}

/// The four feature layers of the registry and their fields (see docs/LAYERS.md).
///
/// One declaration serves the GeoPackage schema, import validation, and every exporter, so that a field added
/// here appears everywhere at once.
public enum Layer: String, Sendable, CaseIterable {
    case units, lines, markers, names

    /// The field that identifies a record across its versions.
    public var keyField: String {
        switch self {
        case .units, .lines: return "code"
        case .markers: return "number"
        case .names: return "id"
        }
    }

    public var geometry: LayerGeometry {
        switch self {
        case .units: return .multiPolygon
        case .lines: return .multiLineString
        case .markers: return .point
        case .names: return .any
        }
    }

    /// `true` when every record must have a geometry. Units need not: townships and villages from the statistical
    /// code lists have no surveyed boundary; names need not: some are registered before they are mapped.
    public var requiresGeometry: Bool { self == .lines || self == .markers }

    /// The layer's name in Chinese, for reports.
    public var chinese: String {
        switch self {
        case .units: return "行政区划"
        case .lines: return "界线"
        case .markers: return "界桩"
        case .names: return "地名"
        }
    }

    /// The fields, key first; every layer also has `valid_from` and `valid_to`.
    ///
    /// Made once per layer: an import asks for them for every field of every record.
    public var fields: [FieldSpec] {
        switch self {
        case .units: return Self.unitFields
        case .lines: return Self.lineFields
        case .markers: return Self.markerFields
        case .names: return Self.nameFields
        }
    }

    private static let unitFields = Layer.units.declaredFields
    private static let lineFields = Layer.lines.declaredFields
    private static let markerFields = Layer.markers.declaredFields
    private static let nameFields = Layer.names.declaredFields

    private var declaredFields: [FieldSpec] {
        let lifespan = [
            FieldSpec("valid_from", .date, "first day in force"),
            FieldSpec("valid_to", .date, "first day no longer in force"),
        ]
        switch self {
        case .units:
            return [
                FieldSpec("code", .digits, required: true, "GB/T 2260 or statistical code"),
                FieldSpec("name", .text, required: true, "standard Chinese name"),
                FieldSpec("specific", .text, "专名"),
                FieldSpec("generic", .text, "通名"),
                FieldSpec("level", .choice(AdminLevel.allCases.map(\.rawValue)), "level in the hierarchy"),
                FieldSpec("parent", .digits, "parent unit's code"),
                FieldSpec("romanized", .text, "Hanyu Pinyin form"),
                FieldSpec("mongolian", .text, "Mongolian script form"),
                FieldSpec("mongolian_latin", .text, "Latin transliteration of the Mongolian form"),
                FieldSpec("seat_name", .text, "government seat (政府驻地)"),
                FieldSpec("seat_lon", .real(-180...180), "seat longitude"),
                FieldSpec("seat_lat", .real(-90...90), "seat latitude"),
                FieldSpec("seat_address", .text, "seat address"),
            ] + lifespan
        case .lines:
            return [
                FieldSpec("code", .text, required: true, "line code"),
                FieldSpec("name", .text, required: true, "line name"),
                FieldSpec("level", .choice(BoundaryLevel.allCases.map(\.rawValue)), required: true, "provincial, prefectural or county"),
                FieldSpec("left_unit", .digits, required: true, "unit on the left along the line"),
                FieldSpec("right_unit", .digits, required: true, "unit on the right along the line"),
                FieldSpec("agreement", .text, "agreement (协议书) reference"),
                FieldSpec("agreement_date", .pastDate, "agreement date"),
                FieldSpec("course", .text, "course description (走向说明)"),
                FieldSpec("status", .choice(BoundaryStatus.allCases.map(\.rawValue)), "agreed or disputed"),
            ] + lifespan
        case .markers:
            return [
                FieldSpec("number", .text, required: true, "marker number as registered"),
                FieldSpec("line", .text, required: true, "code of the line it stands on"),
                FieldSpec("kind", .choice(MarkerKind.allCases.map(\.rawValue)), "single, pair or triple"),
                FieldSpec("faces", .integer(2...3), "number of faces"),
                FieldSpec("height", .real(-500...9000), "height in metres"),
                FieldSpec("survey_crs", .text, "CRS it was surveyed in"),
                FieldSpec("accuracy", .real(0...10000), "stated accuracy in metres"),
                FieldSpec("material", .text, "material"),
                FieldSpec("emplaced", .pastDate, "emplacement date"),
                FieldSpec("device_id", .text, "smart-marker device id"),
                FieldSpec("landmarks", .json, "reference landmarks (方位物)"),
                FieldSpec("status", .choice(MarkerStatus.allCases.map(\.rawValue)), "condition"),
            ] + lifespan
        case .names:
            return [
                FieldSpec("id", .text, required: true, "registry id"),
                FieldSpec("name", .text, required: true, "standard Chinese name"),
                FieldSpec("specific", .text, "专名"),
                FieldSpec("generic", .text, "通名"),
                FieldSpec("category", .choice(PlaceCategory.allCases.map(\.rawValue)), required: true, "category"),
                FieldSpec("subcategory", .text, "finer class"),
                FieldSpec("unit", .digits, "code of the unit it lies in"),
                FieldSpec("romanized", .text, "Hanyu Pinyin form"),
                FieldSpec("mongolian", .text, "Mongolian script form"),
                FieldSpec("mongolian_latin", .text, "Latin transliteration of the Mongolian form"),
                FieldSpec("aliases", .text, "other names, ;-separated"),
                FieldSpec("historical", .text, "former names, ;-separated"),
                FieldSpec("meaning", .text, "含义"),
                FieldSpec("origin", .text, "来历"),
                FieldSpec("authority", .text, "approving authority"),
                FieldSpec("decision", .text, "decision number"),
                FieldSpec("approved", .pastDate, "approval date"),
                FieldSpec("status", .choice(PlaceNameStatus.allCases.map(\.rawValue)), "standard, nonstandard, pendingRename, retired"),
                FieldSpec("road_width", .real(0...500), "road width (m)"),
                FieldSpec("land_area", .real(0...1e10), "land area (m²)"),
                FieldSpec("floor_area", .real(0...1e10), "floor area (m²)"),
                FieldSpec("storeys", .integer(0...300), "storeys"),
            ] + lifespan
        }
    }

    /// The fields that hold administrative unit codes, kept in ``AdminCode``'s normal form.
    public var unitCodeFields: Set<String> {
        switch self {
        case .units: return Self.unitCodeFieldsOfUnits
        case .lines: return Self.unitCodeFieldsOfLines
        case .markers: return []
        case .names: return Self.unitCodeFieldsOfNames
        }
    }

    private static let unitCodeFieldsOfUnits: Set<String> = ["code", "parent"]
    private static let unitCodeFieldsOfLines: Set<String> = ["left_unit", "right_unit"]
    private static let unitCodeFieldsOfNames: Set<String> = ["unit"]

    /// The spec of field `name`, if the layer has it.
    public func field(_ name: String) -> FieldSpec? {
        fields.first { $0.name == name }
    }
}
