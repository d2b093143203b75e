import Gazetteer

/// Renders a report as a GeoPackage 1.3 file of findings that QGIS opens over the registry and styles by code.
///
/// The findings are split by the type of their location into feature layers, all in EPSG:4490 and promoted to their
/// Multi type so that each layer declares one type: `findings_points` (MULTIPOINT), `findings_lines`
/// (MULTILINESTRING), `findings_polygons` (MULTIPOLYGON) and `findings_other` (GEOMETRY, for collections); findings
/// without a location go to the attribute table `findings_unlocated`. Every table has the same columns: code,
/// severity, subjects (comma-separated), message (in the report's language), measured and threshold with their units,
/// file, record, field, status and the report's title.
///
/// The file is built in memory and returned as bytes, so the CLI writes it whole or not at all like every report.
public struct GeoPackageFindingsRenderer: ReportRenderer {
    /// A GeoPackage renderer.
    public init() {}

    /// The layers, by the geometry they hold.
    enum Table: String, CaseIterable {
        case points = "findings_points", lines = "findings_lines", polygons = "findings_polygons", other = "findings_other"
        case unlocated = "findings_unlocated"

        var geometryType: String? {
            switch self {
            case .points: return "MULTIPOINT"
            case .lines: return "MULTILINESTRING"
            case .polygons: return "MULTIPOLYGON"
            case .other: return "GEOMETRY"
            case .unlocated: return nil
            }
        }

        /// The table for `location`, and the location in that table's form.
        static func place(_ location: Geometry?) -> (Table, Geometry?) {
            switch location {
            case nil: return (.unlocated, nil)
            case .point(let p)?: return (.points, .multiPoint([p]))
            case .multiPoint?: return (.points, location)
            case .lineString(let l)?: return (.lines, .multiLineString([l]))
            case .multiLineString?: return (.lines, location)
            case .polygon(let p)?: return (.polygons, .multiPolygon([p]))
            case .multiPolygon?: return (.polygons, location)
            case .collection?: return (.other, location)
            }
        }
    }

    static let columns = ["finding_id", "code", "severity", "subjects", "message", "measured", "measured_unit", "threshold",
                          "threshold_unit", "file", "record", "field", "status", "report"]

    public func render(_ report: FindingReport, language: Language) -> [UInt8] {
        // An in-memory database cannot fail for the reasons a file can; an error here is a programming error, and
        // the report is then an empty byte string the caller refuses to write.
        (try? build(report, language: language)) ?? []
    }

    /// The GeoPackage's bytes.
    /// - Throws: ``StoreError`` or ``GeometryError`` if SQLite or the geometry encoder fails.
    public func build(_ report: FindingReport, language: Language) throws -> [UInt8] {
        let db = try SQLiteDatabase(path: ":memory:", mode: .create)
        try db.execute("PRAGMA application_id = \(RegistrySchema.applicationID)")
        try db.execute("PRAGMA user_version = \(RegistrySchema.userVersion)")
        // The core tables as the registry's first migration made them (SRS with CGCS2000, contents, geometry columns,
        // extensions); the registry's own layers are not part of a findings file.
        for statement in Migration001.migration.statements.prefix(while: { !$0.hasPrefix("CREATE TABLE units") })
            where !statement.contains("gazetteer_migrations") {
            try db.execute(statement)
        }
        let columns = Self.columns.map { "\"\($0)\" " + ($0 == "measured" || $0 == "threshold" ? "DOUBLE" : "TEXT") }
        for table in Table.allCases {
            if let type = table.geometryType {
                try db.execute("CREATE TABLE \(table.rawValue) (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom \(type), \(columns.joined(separator: ", ")))")
                try db.query("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, 'features', ?, ?, 4490)",
                             [.text(table.rawValue), .text(table.rawValue), .text(report.title.text(language))])
                try db.query("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4490, 0, 0)", [.text(table.rawValue), .text(type)])
            } else {
                try db.execute("CREATE TABLE \(table.rawValue) (id INTEGER PRIMARY KEY AUTOINCREMENT, \(columns.joined(separator: ", ")))")
                try db.query("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
                             [.text(table.rawValue), .text(table.rawValue), .text(report.title.text(language))])
            }
        }
        var extents: [Table: Envelope] = [:]
        try db.transaction {
            for finding in report.findings + report.accepted {
                let (table, geometry) = Table.place(finding.location)
                var values: [SQLValue] = []
                if table.geometryType != nil {
                    values.append(try geometry.map { .blob(try GeoPackageBinary.encode($0, srsID: RegistrySchema.srsID)) } ?? .null)
                    if let e = geometry?.envelope, !e.isEmpty { extents[table, default: .empty].expand(toInclude: e) }
                }
                values += [
                    .text(finding.identity), .text(finding.code.id), .text(finding.severity.rawValue), .text(finding.subjects.joined(separator: ",")),
                    .text(finding.message(language)),
                    finding.measured.map { .real($0.value) } ?? .null, finding.measured.map { .text($0.unit.rawValue) } ?? .null,
                    finding.threshold.map { .real($0.value) } ?? .null, finding.threshold.map { .text($0.unit.rawValue) } ?? .null,
                    finding.file.map(SQLValue.text) ?? .null, finding.record.map(SQLValue.text) ?? .null,
                    finding.field.map(SQLValue.text) ?? .null, .text(finding.status.keyword), .text(report.title.text(language)),
                ]
                let names = (table.geometryType != nil ? ["geom"] : []) + Self.columns.map { "\"\($0)\"" }
                try db.query("INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
                             values)
            }
            for (table, e) in extents {
                try db.query("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                             [.real(e.minX), .real(e.minY), .real(e.maxX), .real(e.maxY), .text(table.rawValue)])
            }
        }
        guard let bytes = db.serialized() else { throw StoreError.sqlite(code: 7, message: "cannot serialize the findings GeoPackage", sql: nil) }
        return bytes
    }
}
