import Gazetteer

/// The registry's GeoPackage schema: its identity and its migrations.
///
/// Migrations are named, ordered, forward-only and **frozen**: each is SQL text written once (in Migrations/) that
/// never reads today's ``Layer`` declarations, so a registry made by any earlier build is brought to the newest schema
/// by the same statements every time. A schema change is a new migration, never an edit of a shipped one. All
/// pending migrations are applied in one transaction; the applied ids are kept in `gazetteer_migrations`.
enum RegistrySchema {
    /// The schema version this build writes: the number of migrations.
    static var version: Int { migrations.count }

    /// GeoPackage's `application_id` ("GPKG") and `user_version` for GeoPackage 1.3.0.
    static let applicationID: Int32 = 0x4750_4B47
    static let userVersion = 10300

    /// The SRS id of the registry's CRS.
    static let srsID: Int32 = 4490

    /// One schema step: its id and its statements.
    struct Migration: Sendable {
        var id: String
        var statements: [String]
    }

    /// Every migration, oldest first.
    static let migrations: [Migration] = [
        Migration001.migration,
        Migration002.migration,
        Migration003.migration,
        Migration004.migration,
        Migration005.migration,
        Migration006.migration,
    ]

    /// The R-tree trigger that indexes each inserted row (GeoPackage 1.3 §F.3, `rtree_<t>_<c>_insert`), as migration
    /// 001 created it; bulk writes drop it for their duration and restore it with this text.
    static func rtreeInsertTrigger(_ layer: Layer) -> String {
        let t = layer.rawValue, rtree = "rtree_\(layer.rawValue)_geom"
        return """
            CREATE TRIGGER \(rtree)_insert AFTER INSERT ON \(t) WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
            BEGIN INSERT OR REPLACE INTO \(rtree) VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END
            """
    }
}
