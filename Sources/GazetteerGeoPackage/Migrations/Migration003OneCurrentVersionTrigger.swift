/// Migration 003 (frozen): the rule "at most one current version per key" moves from a partial unique index to
/// triggers.
///
/// GDAL reads a unique index on one column as a UNIQUE column constraint, even a partial one, so `ogr2ogr` copied a
/// layer with history into a table whose `code` was UNIQUE and failed on the second version of any record. The
/// triggers keep the rule for every writer of the file (Gazetteer, QGIS, a script) without GDAL seeing a constraint.
enum Migration003 {
    static let migration = RegistrySchema.Migration(id: "003-one-current-version-by-trigger", statements: [
        """
        DROP INDEX units_current_key
        """,
        """
        CREATE TRIGGER units_one_current_insert BEFORE INSERT ON units
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM units WHERE "code" = NEW."code" AND valid_to IS NULL)
        BEGIN SELECT RAISE(ABORT, 'units: a current version of this code exists already'); END
        """,
        """
        CREATE TRIGGER units_one_current_update BEFORE UPDATE OF valid_to, "code" ON units
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM units WHERE "code" = NEW."code" AND valid_to IS NULL AND fid != NEW.fid)
        BEGIN SELECT RAISE(ABORT, 'units: a current version of this code exists already'); END
        """,
        """
        DROP INDEX lines_current_key
        """,
        """
        CREATE TRIGGER lines_one_current_insert BEFORE INSERT ON lines
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM lines WHERE "code" = NEW."code" AND valid_to IS NULL)
        BEGIN SELECT RAISE(ABORT, 'lines: a current version of this code exists already'); END
        """,
        """
        CREATE TRIGGER lines_one_current_update BEFORE UPDATE OF valid_to, "code" ON lines
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM lines WHERE "code" = NEW."code" AND valid_to IS NULL AND fid != NEW.fid)
        BEGIN SELECT RAISE(ABORT, 'lines: a current version of this code exists already'); END
        """,
        """
        DROP INDEX markers_current_key
        """,
        """
        CREATE TRIGGER markers_one_current_insert BEFORE INSERT ON markers
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM markers WHERE "number" = NEW."number" AND valid_to IS NULL)
        BEGIN SELECT RAISE(ABORT, 'markers: a current version of this number exists already'); END
        """,
        """
        CREATE TRIGGER markers_one_current_update BEFORE UPDATE OF valid_to, "number" ON markers
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM markers WHERE "number" = NEW."number" AND valid_to IS NULL AND fid != NEW.fid)
        BEGIN SELECT RAISE(ABORT, 'markers: a current version of this number exists already'); END
        """,
        """
        DROP INDEX names_current_key
        """,
        """
        CREATE TRIGGER names_one_current_insert BEFORE INSERT ON names
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM names WHERE "id" = NEW."id" AND valid_to IS NULL)
        BEGIN SELECT RAISE(ABORT, 'names: a current version of this id exists already'); END
        """,
        """
        CREATE TRIGGER names_one_current_update BEFORE UPDATE OF valid_to, "id" ON names
        WHEN NEW.valid_to IS NULL AND EXISTS (SELECT 1 FROM names WHERE "id" = NEW."id" AND valid_to IS NULL AND fid != NEW.fid)
        BEGIN SELECT RAISE(ABORT, 'names: a current version of this id exists already'); END
        """,
    ])
}
