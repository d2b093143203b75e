/// Migration 002 (frozen): a view of the versions in force now (`valid_to` empty) per layer, registered as a
/// GeoPackage feature layer, so a QGIS user who opens `units_current` sees today's map without writing a filter.
enum Migration002 {
    static let migration = RegistrySchema.Migration(id: "002-current-views", statements: [
        """
        CREATE VIEW units_current AS SELECT * FROM units WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('units_current', 'features', 'units_current', '行政区划 (units): current versions only', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('units_current', 'geom', 'MULTIPOLYGON', 4490, 0, 0)
        """,
        """
        CREATE VIEW lines_current AS SELECT * FROM lines WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('lines_current', 'features', 'lines_current', '界线 (lines): current versions only', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('lines_current', 'geom', 'MULTILINESTRING', 4490, 0, 0)
        """,
        """
        CREATE VIEW markers_current AS SELECT * FROM markers WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('markers_current', 'features', 'markers_current', '界桩 (markers): current versions only', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('markers_current', 'geom', 'POINT', 4490, 0, 0)
        """,
        """
        CREATE VIEW names_current AS SELECT * FROM names WHERE valid_to IS NULL
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('names_current', 'features', 'names_current', '地名 (names): current versions only', 4490)
        """,
        """
        INSERT INTO gpkg_geometry_columns VALUES ('names_current', 'geom', 'GEOMETRY', 4490, 0, 0)
        """,
    ])
}
