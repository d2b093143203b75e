import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// Upgrades from a registry file made by an earlier build (Tests/GazetteerTests/Fixtures/registry-schema2.gpkg: schema
/// version 2, made with the release before migrations were frozen: 3 units, 3 lines, 6 markers, 8 names, one of them
/// renamed in 2023).
@Suite("Migrations")
struct MigrationTests {
    /// A copy of the schema-2 fixture in a fresh folder (the fixture itself is never opened for writing).
    static func schema2Copy() throws -> String {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("old.gpkg").path
        try FileManager.default.copyItem(atPath: TestFixtures.packageRoot.appendingPathComponent("Tests/GazetteerTests/Fixtures/registry-schema2.gpkg").path,
                                         toPath: path)
        return path
    }

    /// Row counts of every table of interest, read with the sqlite3 tool (an independent reader).
    static func rowCounts(_ path: String) throws -> String {
        try runCommand("/usr/bin/sqlite3", [path, """
            SELECT (SELECT count(*) FROM units), (SELECT count(*) FROM lines), (SELECT count(*) FROM markers),
                   (SELECT count(*) FROM names), (SELECT count(*) FROM change_events), (SELECT count(*) FROM name_forms),
                   (SELECT count(*) FROM audit_log), (SELECT count(*) FROM rtree_units_geom)
            """]).stdout
    }

    @Test("a schema-2 registry is read as it is, and upgraded to the newest schema when written, keeping every row")
    func upgradeFromSchema2() throws {
        let path = try Self.schema2Copy()
        let before = try Self.rowCounts(path)
        #expect(before.trimmingCharacters(in: .whitespacesAndNewlines) == "3|3|6|9|21|33|5|3")

        // Reading leaves the schema alone (an older Gazetteer elsewhere can still open the file).
        let reader = try GeoPackageStore.open(at: path, access: .read)
        #expect(try reader.schemaVersion == 2)
        #expect(try reader.records(.names).count == 8)
        #expect(try reader.versions(.names, key: "N0002").count == 2)

        let writer = try GeoPackageStore.open(at: path, access: .write)
        #expect(try writer.schemaVersion == RegistrySchema.version)
        #expect(try Self.rowCounts(path) == before)
        let applied = try writer.db.query("SELECT id FROM gazetteer_migrations ORDER BY id").compactMap { $0.first?.text }
        #expect(applied == RegistrySchema.migrations.map(\.id))
        // The history of the rename survived, and the upgraded file takes new versions.
        #expect(try writer.events(.names, key: "N0002").map(\.kind) == [.created, .renamed])
        try writer.writeVersions(command: "test", actor: "tester") { writer in
            var record = try #require(try reader.record(.names, key: "N0001")).record
            record.fields["meaning"] = .text("升级后修改")
            record.fields["valid_from"] = nil
            try writer.upsert(record, effective: RegistryDate("2025-01-01")!)
        }
        #expect(try writer.versions(.names, key: "N0001").count == 2)
    }

    @Test("GDAL reads the upgraded registry, and ogr2ogr copies a layer with history (no UNIQUE constraint on the key)")
    func gdalReadsUpgraded() throws {
        guard TestFixtures.hasTool("ogrinfo"), TestFixtures.hasTool("ogr2ogr") else {
            print("skipped: GDAL's ogrinfo/ogr2ogr are not installed (apt-get install gdal-bin)")
            return
        }
        let path = try Self.schema2Copy()
        _ = try GeoPackageStore.open(at: path, access: .write)
        let info = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-so", path, "names"]).stdout
        #expect(info.contains("Feature Count: 9"))
        #expect(!info.contains("UNIQUE"))
        let copy = (path as NSString).deletingLastPathComponent + "/copy.gpkg"
        let result = try runCommand("/usr/bin/env", ["ogr2ogr", "-f", "GPKG", copy, path, "names"])
        #expect(result.status == 0, "ogr2ogr: \(result.stderr)")
        let copied = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-so", copy, "names"]).stdout
        #expect(copied.contains("Feature Count: 9"))
    }

    @Test("the one-current-version rule holds for every writer of the file, not only Gazetteer")
    func oneCurrentVersionPerKey() throws {
        // Raw SQL, as QGIS or a script would write it: the triggers are SQLite's, whoever issues the statement.
        let store = try GeoPackageStore.open(at: try Self.schema2Copy(), access: .write)
        #expect { try store.db.execute("INSERT INTO units (code, name) VALUES ('150702', '另一个海拉尔区')") } throws: { error in
            "\(error)".contains("a current version of this code exists already")
        }
        // A closed version of the same code is fine: that is history. Reopening it is not.
        try store.db.execute("INSERT INTO units (code, name, valid_from, valid_to) VALUES ('150702', '旧名', '1990-01-01', '2000-01-01')")
        #expect(try store.versions(.units, key: "150702").count == 2)
        #expect { try store.db.execute("UPDATE units SET valid_to = NULL WHERE name = '旧名'") } throws: { error in
            "\(error)".contains("a current version of this code exists already")
        }
    }

    @Test("frozen migrations: the shipped statements do not depend on today's layer declarations")
    func migrationsAreFrozen() {
        // Migration 001 as shipped created exactly these columns for units; a field added to Layer later must come
        // with a new migration, never change this one.
        let units = Migration001.migration.statements.first { $0.hasPrefix("CREATE TABLE units") }
        #expect(units?.contains("\"seat_address\" TEXT") == true)
        #expect(RegistrySchema.migrations.map(\.id) == ["001-geopackage-core-and-layers", "002-current-views", "003-one-current-version-by-trigger", "004-finding-reviews", "005-inspection-rounds", "006-data-sources"])
    }
}
