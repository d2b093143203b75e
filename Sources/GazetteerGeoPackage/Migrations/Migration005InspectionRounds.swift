/// Migration 005 (frozen): joint inspection rounds (联检), their field observations and their findings of record.
///
/// - `inspection_rounds`: one row per round, its id (`1523-4`) unique beside an integer `fid` (GeoPackage
///   requirement 119: an attribute table's primary key is an INTEGER); the ordinal is unique per line. The close columns are filled once
///   (by `inspect round close`); a trigger refuses any other change and any deletion, so a signed round stays as
///   signed.
/// - `round_observations`: append-only. Each import adds rows with its audit entry; a marker observed again in a
///   later import of the same round is superseded (the newest row counts), the earlier row kept. A trigger refuses
///   rows for a closed round, updates and deletions.
/// - `round_findings`: the findings recorded at the close, append-only.
/// All three are GeoPackage attribute tables (positions as longitude/latitude columns), so GDAL and QGIS list them.
enum Migration005 {
    static let migration = RegistrySchema.Migration(id: "005-inspection-rounds", statements: [
        """
        CREATE TABLE inspection_rounds (fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, line TEXT NOT NULL, ordinal INTEGER NOT NULL, year INTEGER NOT NULL,
          parties TEXT NOT NULL, opened_by TEXT NOT NULL, opened_on DATE NOT NULL, closed_on DATE, decision TEXT,
          audit_id INTEGER NOT NULL REFERENCES audit_log(id), close_audit_id INTEGER REFERENCES audit_log(id),
          UNIQUE (line, ordinal))
        """,
        """
        CREATE TRIGGER inspection_rounds_close_once BEFORE UPDATE ON inspection_rounds
        WHEN OLD.closed_on IS NOT NULL OR NEW.fid IS NOT OLD.fid OR NEW.id IS NOT OLD.id OR NEW.line IS NOT OLD.line OR NEW.ordinal IS NOT OLD.ordinal
          OR NEW.year IS NOT OLD.year OR NEW.parties IS NOT OLD.parties OR NEW.opened_by IS NOT OLD.opened_by
          OR NEW.opened_on IS NOT OLD.opened_on OR NEW.audit_id IS NOT OLD.audit_id
        BEGIN SELECT RAISE(ABORT, 'inspection_rounds: a round is only ever closed, once'); END
        """,
        """
        CREATE TRIGGER inspection_rounds_no_delete BEFORE DELETE ON inspection_rounds
        BEGIN SELECT RAISE(ABORT, 'inspection_rounds: rounds are never deleted'); END
        """,
        """
        CREATE TABLE round_observations (id INTEGER PRIMARY KEY AUTOINCREMENT, round TEXT NOT NULL REFERENCES inspection_rounds(id),
          marker TEXT NOT NULL, lon REAL, lat REAL, source_x REAL, source_y REAL, source_crs TEXT, condition TEXT NOT NULL,
          photos TEXT, notes TEXT, observer TEXT, observed_at TEXT, file TEXT, record TEXT,
          audit_id INTEGER NOT NULL REFERENCES audit_log(id))
        """,
        """
        CREATE INDEX round_observations_round ON round_observations(round, marker, id)
        """,
        """
        CREATE TRIGGER round_observations_open_round BEFORE INSERT ON round_observations
        WHEN (SELECT closed_on FROM inspection_rounds WHERE id = NEW.round) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'round_observations: the round is closed'); END
        """,
        """
        CREATE TRIGGER round_observations_append_only BEFORE UPDATE ON round_observations
        BEGIN SELECT RAISE(ABORT, 'round_observations: observations are append-only'); END
        """,
        """
        CREATE TRIGGER round_observations_no_delete BEFORE DELETE ON round_observations
        BEGIN SELECT RAISE(ABORT, 'round_observations: observations are append-only'); END
        """,
        """
        CREATE TABLE round_findings (id INTEGER PRIMARY KEY AUTOINCREMENT, round TEXT NOT NULL REFERENCES inspection_rounds(id),
          finding TEXT NOT NULL, code TEXT NOT NULL, subjects TEXT NOT NULL, severity TEXT NOT NULL, message_zh TEXT NOT NULL,
          message_en TEXT NOT NULL, measured REAL, threshold REAL, unit TEXT, audit_id INTEGER NOT NULL REFERENCES audit_log(id),
          UNIQUE (round, finding))
        """,
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('inspection_rounds', 'attributes', 'inspection_rounds', 'joint inspection rounds (联检) of boundary lines'),
          ('round_observations', 'attributes', 'round_observations', 'field observations of marker posts in inspection rounds, append-only'),
          ('round_findings', 'attributes', 'round_findings', 'findings of record of closed inspection rounds')
        """,
    ])
}
