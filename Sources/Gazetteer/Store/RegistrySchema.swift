/// The registry's GeoPackage schema and its migrations.
///
/// Migrations are named, ordered and forward-only; each runs in the transaction that applies it, and the applied
/// ids are kept in `gazetteer_migrations`, so a registry written by an older Gazetteer is brought up to date when
/// opened for writing.
enum RegistrySchema {
    /// The schema version this build writes: the number of migrations.
    static var version: Int { migrations.count }

    /// GeoPackage's `application_id` ("GPKG") and `user_version` for GeoPackage 1.3.0.
    static let applicationID: Int32 = 0x4750_4B47
    static let userVersion = 10300

    /// The SRS id of the registry's CRS.
    static let srsID: Int32 = 4490

    struct Migration: Sendable {
        var id: String
        var statements: @Sendable () throws -> [String]
    }

    static let migrations: [Migration] = [
        Migration(id: "001-geopackage-core-and-layers") { try coreTables() + Layer.allCases.flatMap(featureTable) + attributeTables() },
        Migration(id: "002-current-views") { Layer.allCases.flatMap(currentView) },
    ]

    /// A view of the versions in force now (`valid_to` empty), registered as a GeoPackage feature layer, so that a
    /// QGIS user who opens `units_current` sees today's map without writing a filter.
    static func currentView(_ layer: Layer) -> [String] {
        let t = layer.rawValue, v = "\(layer.rawValue)_current"
        return [
            "CREATE VIEW \(v) AS SELECT * FROM \(t) WHERE valid_to IS NULL",
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('\(v)', 'features', '\(v)', '\(layer.chinese) (\(t)): current versions only', \(srsID))",
            "INSERT INTO gpkg_geometry_columns VALUES ('\(v)', 'geom', '\(layer.geometry.rawValue)', \(srsID), 0, 0)",
        ]
    }

    /// The GeoPackage core: SRS, contents, geometry columns, extensions (GeoPackage 1.3 §1.1, §2.1.5, §2.5).
    static func coreTables() throws -> [String] {
        let cgcs2000 = try CRS.cgcs2000.wkt1()
        return [
            """
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)
            """,
            """
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
              ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'),
              ('China Geodetic Coordinate System 2000', 4490, 'EPSG', 4490, '\(cgcs2000.replacingOccurrences(of: "'", with: "''"))', 'CGCS2000 geographic: the registry CRS')
            """,
            """
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))
            """,
            """
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))
            """,
            """
            CREATE TABLE gpkg_extensions (
              table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))
            """,
            "CREATE TABLE gazetteer_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)",
        ]
    }

    static func sqlType(_ kind: FieldKind) -> String {
        switch kind {
        case .text, .digits, .choice, .json: return "TEXT"
        case .date: return "DATE"
        case .real: return "DOUBLE"
        case .integer: return "INTEGER"
        }
    }

    /// A feature table with its R-tree index and the spec's six triggers (GeoPackage 1.3 §F.3).
    static func featureTable(_ layer: Layer) -> [String] {
        let t = layer.rawValue, rtree = "rtree_\(layer.rawValue)_geom"
        let columns = layer.fields.map { "\"\($0.name)\" \(sqlType($0.kind))" + ($0.required ? " NOT NULL" : "") }
        let box = "NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)"
        return [
            "CREATE TABLE \(t) (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom \(layer.geometry.rawValue), \(columns.joined(separator: ", ")))",
            "CREATE INDEX \(t)_key ON \(t)(\"\(layer.keyField)\", valid_from)",
            // At most one current version of a record.
            "CREATE UNIQUE INDEX \(t)_current_key ON \(t)(\"\(layer.keyField)\") WHERE valid_to IS NULL",
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('\(t)', 'features', '\(t)', '\(layer.chinese) (\(t)): every version of every record; current ones have valid_to NULL', \(srsID))",
            "INSERT INTO gpkg_geometry_columns VALUES ('\(t)', 'geom', '\(layer.geometry.rawValue)', \(srsID), 0, 0)",
            "CREATE VIRTUAL TABLE \(rtree) USING rtree(id, minx, maxx, miny, maxy)",
            "INSERT INTO gpkg_extensions VALUES ('\(t)', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
            insertTrigger(layer),
            """
            CREATE TRIGGER \(rtree)_update1 AFTER UPDATE OF geom ON \(t)
            WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN INSERT OR REPLACE INTO \(rtree) VALUES (\(box)); END
            """,
            """
            CREATE TRIGGER \(rtree)_update2 AFTER UPDATE OF geom ON \(t)
            WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM \(rtree) WHERE id = OLD.fid; END
            """,
            """
            CREATE TRIGGER \(rtree)_update3 AFTER UPDATE ON \(t)
            WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM \(rtree) WHERE id = OLD.fid; INSERT OR REPLACE INTO \(rtree) VALUES (\(box)); END
            """,
            """
            CREATE TRIGGER \(rtree)_update4 AFTER UPDATE ON \(t)
            WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
            BEGIN DELETE FROM \(rtree) WHERE id IN (OLD.fid, NEW.fid); END
            """,
            """
            CREATE TRIGGER \(rtree)_delete AFTER DELETE ON \(t) WHEN old.geom NOT NULL
            BEGIN DELETE FROM \(rtree) WHERE id = OLD.fid; END
            """,
        ]
    }

    /// The R-tree trigger that indexes each inserted row (GeoPackage 1.3 §F.3, `rtree_<t>_<c>_insert`).
    static func insertTrigger(_ layer: Layer) -> String {
        let t = layer.rawValue, rtree = "rtree_\(layer.rawValue)_geom"
        return """
            CREATE TRIGGER \(rtree)_insert AFTER INSERT ON \(t) WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN INSERT OR REPLACE INTO \(rtree) VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
            """
    }

    /// Non-spatial tables, registered as GeoPackage attribute tables so GDAL and QGIS list them too.
    static func attributeTables() -> [String] {
        [
            """
            CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp TEXT NOT NULL, command TEXT NOT NULL,
              actor TEXT NOT NULL, summary TEXT NOT NULL)
            """,
            """
            CREATE TABLE change_events (id INTEGER PRIMARY KEY AUTOINCREMENT, layer TEXT NOT NULL, subject TEXT NOT NULL,
              kind TEXT NOT NULL, date DATE NOT NULL, decision TEXT, before TEXT, after TEXT,
              audit_id INTEGER NOT NULL REFERENCES audit_log(id))
            """,
            "CREATE INDEX change_events_subject ON change_events(layer, subject, date)",
            """
            CREATE TABLE name_forms (id INTEGER PRIMARY KEY AUTOINCREMENT, layer TEXT NOT NULL, subject TEXT NOT NULL,
              kind TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, valid_from DATE, valid_to DATE)
            """,
            "CREATE INDEX name_forms_subject ON name_forms(layer, subject)",
        ] + ["audit_log", "change_events", "name_forms"].map {
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('\($0)', 'attributes', '\($0)', '')"
        }
    }
}

import Foundation
