/// Migration 001 (frozen): the GeoPackage core tables (SRS with CGCS2000 as PROJ 9.1 wrote its WKT1, contents,
/// geometry columns, extensions), the four feature layers with their R-tree indexes and the spec's triggers, and the
/// audit, change-event and name-form tables.
///
/// This text is what the first release executed, written out once; it must never change, since registries made with
/// it exist. Schema changes are new migrations.
enum Migration001 {
    static let migration = RegistrySchema.Migration(id: "001-geopackage-core-and-layers", statements: [
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
          ('China Geodetic Coordinate System 2000', 4490, 'EPSG', 4490, 'GEOGCS["China Geodetic Coordinate System 2000",
            DATUM["China_2000",
                SPHEROID["CGCS2000",6378137,298.257222101,
                    AUTHORITY["EPSG","1024"]],
                AUTHORITY["EPSG","1043"]],
            PRIMEM["Greenwich",0,
                AUTHORITY["EPSG","8901"]],
            UNIT["degree",0.0174532925199433,
                AUTHORITY["EPSG","9122"]],
            AUTHORITY["EPSG","4490"]]', 'CGCS2000 geographic: the registry CRS')
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
        """
        CREATE TABLE gazetteer_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE units (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, "code" TEXT NOT NULL, "name" TEXT NOT NULL, "specific" TEXT, "generic" TEXT, "level" TEXT, "parent" TEXT, "romanized" TEXT, "mongolian" TEXT, "mongolian_latin" TEXT, "seat_name" TEXT, "seat_lon" DOUBLE, "seat_lat" DOUBLE, "seat_address" TEXT, "valid_from" DATE, "valid_to" DATE)
        """,
        """
        CREATE INDEX units_key ON units("code", valid_from)
        """,
        """
        CREATE UNIQUE INDEX units_current_key ON units("code") WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('units', 'features', 'units', '行政区划 (units): every version of every record; current ones have valid_to NULL', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('units', 'geom', 'MULTIPOLYGON', 4490, 0, 0)
        """,
        """
        CREATE VIRTUAL TABLE rtree_units_geom USING rtree(id, minx, maxx, miny, maxy)
        """,
        """
        INSERT INTO gpkg_extensions VALUES ('units', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')
        """,
        """
        CREATE TRIGGER rtree_units_geom_insert AFTER INSERT ON units WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_units_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_units_geom_update1 AFTER UPDATE OF geom ON units
        WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_units_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_units_geom_update2 AFTER UPDATE OF geom ON units
        WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_units_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TRIGGER rtree_units_geom_update3 AFTER UPDATE ON units
        WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_units_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_units_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_units_geom_update4 AFTER UPDATE ON units
        WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_units_geom WHERE id IN (OLD.fid, NEW.fid); END
        """,
        """
        CREATE TRIGGER rtree_units_geom_delete AFTER DELETE ON units WHEN old.geom NOT NULL
        BEGIN DELETE FROM rtree_units_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TABLE lines (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTILINESTRING, "code" TEXT NOT NULL, "name" TEXT NOT NULL, "level" TEXT NOT NULL, "left_unit" TEXT NOT NULL, "right_unit" TEXT NOT NULL, "agreement" TEXT, "agreement_date" DATE, "course" TEXT, "status" TEXT, "valid_from" DATE, "valid_to" DATE)
        """,
        """
        CREATE INDEX lines_key ON lines("code", valid_from)
        """,
        """
        CREATE UNIQUE INDEX lines_current_key ON lines("code") WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('lines', 'features', 'lines', '界线 (lines): every version of every record; current ones have valid_to NULL', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('lines', 'geom', 'MULTILINESTRING', 4490, 0, 0)
        """,
        """
        CREATE VIRTUAL TABLE rtree_lines_geom USING rtree(id, minx, maxx, miny, maxy)
        """,
        """
        INSERT INTO gpkg_extensions VALUES ('lines', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')
        """,
        """
        CREATE TRIGGER rtree_lines_geom_insert AFTER INSERT ON lines WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_lines_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_lines_geom_update1 AFTER UPDATE OF geom ON lines
        WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_lines_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_lines_geom_update2 AFTER UPDATE OF geom ON lines
        WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_lines_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TRIGGER rtree_lines_geom_update3 AFTER UPDATE ON lines
        WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_lines_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_lines_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_lines_geom_update4 AFTER UPDATE ON lines
        WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_lines_geom WHERE id IN (OLD.fid, NEW.fid); END
        """,
        """
        CREATE TRIGGER rtree_lines_geom_delete AFTER DELETE ON lines WHEN old.geom NOT NULL
        BEGIN DELETE FROM rtree_lines_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TABLE markers (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, "number" TEXT NOT NULL, "line" TEXT NOT NULL, "kind" TEXT, "faces" INTEGER, "height" DOUBLE, "survey_crs" TEXT, "accuracy" DOUBLE, "material" TEXT, "emplaced" DATE, "device_id" TEXT, "landmarks" TEXT, "status" TEXT, "valid_from" DATE, "valid_to" DATE)
        """,
        """
        CREATE INDEX markers_key ON markers("number", valid_from)
        """,
        """
        CREATE UNIQUE INDEX markers_current_key ON markers("number") WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('markers', 'features', 'markers', '界桩 (markers): every version of every record; current ones have valid_to NULL', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('markers', 'geom', 'POINT', 4490, 0, 0)
        """,
        """
        CREATE VIRTUAL TABLE rtree_markers_geom USING rtree(id, minx, maxx, miny, maxy)
        """,
        """
        INSERT INTO gpkg_extensions VALUES ('markers', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')
        """,
        """
        CREATE TRIGGER rtree_markers_geom_insert AFTER INSERT ON markers WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_markers_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_markers_geom_update1 AFTER UPDATE OF geom ON markers
        WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_markers_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_markers_geom_update2 AFTER UPDATE OF geom ON markers
        WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_markers_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TRIGGER rtree_markers_geom_update3 AFTER UPDATE ON markers
        WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_markers_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_markers_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_markers_geom_update4 AFTER UPDATE ON markers
        WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_markers_geom WHERE id IN (OLD.fid, NEW.fid); END
        """,
        """
        CREATE TRIGGER rtree_markers_geom_delete AFTER DELETE ON markers WHEN old.geom NOT NULL
        BEGIN DELETE FROM rtree_markers_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TABLE names (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY, "id" TEXT NOT NULL, "name" TEXT NOT NULL, "specific" TEXT, "generic" TEXT, "category" TEXT NOT NULL, "subcategory" TEXT, "unit" TEXT, "romanized" TEXT, "mongolian" TEXT, "mongolian_latin" TEXT, "aliases" TEXT, "historical" TEXT, "meaning" TEXT, "origin" TEXT, "authority" TEXT, "decision" TEXT, "approved" DATE, "status" TEXT, "road_width" DOUBLE, "land_area" DOUBLE, "floor_area" DOUBLE, "storeys" INTEGER, "valid_from" DATE, "valid_to" DATE)
        """,
        """
        CREATE INDEX names_key ON names("id", valid_from)
        """,
        """
        CREATE UNIQUE INDEX names_current_key ON names("id") WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('names', 'features', 'names', '地名 (names): every version of every record; current ones have valid_to NULL', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('names', 'geom', 'GEOMETRY', 4490, 0, 0)
        """,
        """
        CREATE VIRTUAL TABLE rtree_names_geom USING rtree(id, minx, maxx, miny, maxy)
        """,
        """
        INSERT INTO gpkg_extensions VALUES ('names', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')
        """,
        """
        CREATE TRIGGER rtree_names_geom_insert AFTER INSERT ON names WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_names_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_names_geom_update1 AFTER UPDATE OF geom ON names
        WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_names_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_names_geom_update2 AFTER UPDATE OF geom ON names
        WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_names_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TRIGGER rtree_names_geom_update3 AFTER UPDATE ON names
        WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_names_geom WHERE id = OLD.fid; INSERT OR REPLACE INTO rtree_names_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
        """,
        """
        CREATE TRIGGER rtree_names_geom_update4 AFTER UPDATE ON names
        WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_names_geom WHERE id IN (OLD.fid, NEW.fid); END
        """,
        """
        CREATE TRIGGER rtree_names_geom_delete AFTER DELETE ON names WHEN old.geom NOT NULL
        BEGIN DELETE FROM rtree_names_geom WHERE id = OLD.fid; END
        """,
        """
        CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp TEXT NOT NULL, command TEXT NOT NULL,
          actor TEXT NOT NULL, summary TEXT NOT NULL)
        """,
        """
        CREATE TABLE change_events (id INTEGER PRIMARY KEY AUTOINCREMENT, layer TEXT NOT NULL, subject TEXT NOT NULL,
          kind TEXT NOT NULL, date DATE NOT NULL, decision TEXT, before TEXT, after TEXT,
          audit_id INTEGER NOT NULL REFERENCES audit_log(id))
        """,
        """
        CREATE INDEX change_events_subject ON change_events(layer, subject, date)
        """,
        """
        CREATE TABLE name_forms (id INTEGER PRIMARY KEY AUTOINCREMENT, layer TEXT NOT NULL, subject TEXT NOT NULL,
          kind TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, valid_from DATE, valid_to DATE)
        """,
        """
        CREATE INDEX name_forms_subject ON name_forms(layer, subject)
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('audit_log', 'attributes', 'audit_log', '')
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('change_events', 'attributes', 'change_events', '')
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('name_forms', 'attributes', 'name_forms', '')
        """,
    ])
}
