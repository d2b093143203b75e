/// Migration 006 (frozen once shipped): where the data came from.
///
/// `data_sources` holds one row per recorded source of a registry's layers (package, version, licence, original
/// maker, caveat), written by `gazetteer sources add` with its audit entry. An attribute table, so GDAL and QGIS list
/// it. It depends only on migration 001's `audit_log`, not on migration 005.
enum Migration006 {
    static let migration = RegistrySchema.Migration(id: "006-data-sources", statements: [
        """
        CREATE TABLE data_sources (id INTEGER PRIMARY KEY AUTOINCREMENT, layers TEXT NOT NULL, name TEXT NOT NULL, version TEXT,
          licence TEXT, origin TEXT, note TEXT, recorded DATE NOT NULL, actor TEXT NOT NULL,
          audit_id INTEGER NOT NULL REFERENCES audit_log(id))
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('data_sources', 'attributes', 'data_sources', 'where the layers'' data came from: package, version, licence, caveat')
        """,
    ])
}
