import Foundation

/// A registry file: one GeoPackage 1.3 file holding units, boundary lines, markers and place names with their history.
///
/// Every command that writes does so through ``write(command:actor:_:)``, in one transaction with an audit entry;
/// nothing is ever deleted. Reads take an optional "as of" date. The file opens directly in QGIS and GDAL.
///
/// Not thread safe: one `Registry` per task (SQLite's WAL mode lets several processes read while one writes).
public final class Registry {
    /// The file's path.
    public let path: String
    let db: SQLiteDatabase

    private init(path: String, db: SQLiteDatabase) {
        self.path = path
        self.db = db
    }

    /// Creates a new, empty registry at `path`.
    /// - Throws: ``StoreError/alreadyExists(path:)`` when a file is there already.
    public static func create(at path: String) throws -> Registry {
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.alreadyExists(path: path) }
        let db = try SQLiteDatabase(path: path, create: true)
        do {
            try db.execute("PRAGMA application_id = \(RegistrySchema.applicationID)")
            try db.execute("PRAGMA user_version = \(RegistrySchema.userVersion)")
            try db.execute("PRAGMA journal_mode = WAL")
            let registry = Registry(path: path, db: db)
            try registry.migrate()
            return registry
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Opens an existing registry, applying any migrations it lacks unless `readOnly`.
    /// - Throws: ``StoreError/notARegistry(path:reason:)`` for a file that is not one,
    ///   ``StoreError/newerSchema(path:found:supported:)`` for one written by a newer Gazetteer.
    public static func open(at path: String, readOnly: Bool = false) throws -> Registry {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.notARegistry(path: path, reason: "no such file (create one with `gazetteer init \(path)`)")
        }
        let db: SQLiteDatabase
        do {
            db = try SQLiteDatabase(path: path, create: false, readOnly: readOnly)
            let id = try db.query("PRAGMA application_id").first?.first?.double ?? 0
            guard Int32(id) == RegistrySchema.applicationID else {
                throw StoreError.notARegistry(path: path, reason: "not a GeoPackage (application_id is not 'GPKG')")
            }
        } catch StoreError.sqlite(let code, let message, _) where code == 26 {
            // SQLITE_NOTADB
            throw StoreError.notARegistry(path: path, reason: message)
        }
        let registry = Registry(path: path, db: db)
        let applied = try registry.appliedMigrations()
        if applied.isEmpty {
            throw StoreError.notARegistry(path: path, reason: "a GeoPackage without Gazetteer's tables")
        }
        if applied.count > RegistrySchema.version {
            throw StoreError.newerSchema(path: path, found: applied.count, supported: RegistrySchema.version)
        }
        if !readOnly { try registry.migrate() }
        return registry
    }

    private func appliedMigrations() throws -> Set<String> {
        let exists = try db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gazetteer_migrations'")
        guard !exists.isEmpty else { return [] }
        return Set(try db.query("SELECT id FROM gazetteer_migrations").compactMap { $0.first?.text })
    }

    /// Applies the migrations not yet applied, each in its own transaction.
    private func migrate() throws {
        let applied = try appliedMigrations()
        for migration in RegistrySchema.migrations where !applied.contains(migration.id) {
            try db.transaction {
                for statement in try migration.statements() { try db.execute(statement) }
                try db.query("INSERT INTO gazetteer_migrations VALUES (?, ?)", [.text(migration.id), .text(Self.timestamp())])
            }
        }
    }

    /// The schema version of the file.
    public var schemaVersion: Int {
        get throws { try appliedMigrations().count }
    }

    /// Now as an ISO 8601 UTC timestamp, for audit entries and `last_change`.
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
