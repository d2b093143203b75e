import Foundation
import Gazetteer

/// A registry in one GeoPackage 1.3 file: units, boundary lines, markers and place names with their history, which
/// QGIS and GDAL open directly. The only code that speaks SQLite.
///
/// Every write goes through ``write(command:actor:_:)``, one transaction with an audit entry; nothing is ever deleted.
/// Not thread safe: one store per task; ``makeReader()`` opens another connection for another thread (SQLite's WAL mode
/// lets several readers work while one process writes).
public final class GeoPackageStore: RegistryStore {
    /// The file's path.
    public let path: String
    public var location: String { path }
    let db: SQLiteDatabase
    private let options: Options

    /// How a store waits and reports.
    public struct Options: Sendable {
        /// How long to wait, in seconds, when another process holds the write lock (`--wait`).
        public var busyTimeout: Double
        /// Told once when a wait for the lock begins, with the seconds it may last (the CLI prints that it is waiting).
        public var onWait: (@Sendable (Double) -> Void)?

        public init(busyTimeout: Double = 60, onWait: (@Sendable (Double) -> Void)? = nil) {
            self.busyTimeout = busyTimeout
            self.onWait = onWait
        }
    }

    /// What a command intends to do with the registry.
    public enum Access: Sendable {
        /// Read only. The file is opened so that it leaves nothing behind: normally (SQLite removes its `-wal` and `-shm`
        /// files when the connection closes), or, where neither the file nor its folder can be written (read-only media,
        /// a folder without write permission), as an immutable file nobody can be changing.
        case read
        /// Read and write; pending migrations are applied first, all in one transaction.
        case write
    }

    private init(path: String, db: SQLiteDatabase, options: Options) {
        self.path = path
        self.db = db
        self.options = options
    }

    /// Creates a new, empty registry at `path`, at the newest schema version.
    /// - Throws: ``StoreError/alreadyExists(path:)`` when a file is there already.
    public static func create(at path: String, options: Options = Options()) throws -> GeoPackageStore {
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.alreadyExists(path: path) }
        let db = try SQLiteDatabase(path: path, mode: .create, busyTimeout: options.busyTimeout, onWait: options.onWait)
        do {
            try db.execute("PRAGMA application_id = \(RegistrySchema.applicationID)")
            try db.execute("PRAGMA user_version = \(RegistrySchema.userVersion)")
            try db.execute("PRAGMA journal_mode = WAL")
            let store = GeoPackageStore(path: path, db: db, options: options)
            try store.migrate()
            return store
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Opens an existing registry.
    /// - Throws: ``StoreError/notARegistry(path:reason:)`` for a file that is not one,
    ///   ``StoreError/newerSchema(path:found:supported:)`` for one written by a newer Gazetteer.
    public static func open(at path: String, access: Access = .write, options: Options = Options()) throws -> GeoPackageStore {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreError.notARegistry(path: path, reason: "no such file (create one with `gazetteer init \(path)`)")
        }
        guard !isDirectory.boolValue else { throw StoreError.notARegistry(path: path, reason: "it is a directory") }
        let mode: SQLiteDatabase.OpenMode
        switch access {
        case .write: mode = .readWrite
        case .read: mode = canWrite(path) ? .readWrite : .immutable
        }
        let db: SQLiteDatabase
        do {
            db = try SQLiteDatabase(path: path, mode: mode, busyTimeout: options.busyTimeout, onWait: options.onWait)
            let id = try db.query("PRAGMA application_id").first?.first?.double ?? 0
            guard Int32(id) == RegistrySchema.applicationID else {
                throw StoreError.notARegistry(path: path, reason: "not a GeoPackage (application_id is not 'GPKG')")
            }
        } catch StoreError.sqlite(let code, let message, _) where code & 0xff == 26 {
            // SQLITE_NOTADB
            throw StoreError.notARegistry(path: path, reason: message)
        }
        let store = GeoPackageStore(path: path, db: db, options: options)
        let applied = try store.appliedMigrations()
        if applied.isEmpty {
            throw StoreError.notARegistry(path: path, reason: "a GeoPackage without Gazetteer's tables")
        }
        let unknown = applied.subtracting(RegistrySchema.migrations.map(\.id))
        if !unknown.isEmpty || applied.count > RegistrySchema.version {
            throw StoreError.newerSchema(path: path, found: applied.count, supported: RegistrySchema.version)
        }
        // A registry made by an older Gazetteer is brought up to date when a command writes to it. Reads leave it as
        // it is, so that an older Gazetteer elsewhere in the office can still open a file that was only read here.
        if access == .write { try store.migrate() }
        return store
    }

    /// `true` when this process may write the file and create files beside it (SQLite's `-wal` and `-shm`).
    private static func canWrite(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    public func makeReader() throws -> any RegistryStore {
        try GeoPackageStore.open(at: path, access: .read, options: options)
    }

    private func appliedMigrations() throws -> Set<String> {
        let exists = try db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gazetteer_migrations'")
        guard !exists.isEmpty else { return [] }
        return Set(try db.query("SELECT id FROM gazetteer_migrations").compactMap { $0.first?.text })
    }

    /// Applies the migrations not yet applied, all in one transaction: a registry is upgraded whole or not at all.
    private func migrate() throws {
        let applied = try appliedMigrations()
        let pending = RegistrySchema.migrations.filter { !applied.contains($0.id) }
        guard !pending.isEmpty else { return }
        try db.transaction {
            for migration in pending {
                for statement in migration.statements { try db.execute(statement) }
                try db.query("INSERT INTO gazetteer_migrations VALUES (?, ?)", [.text(migration.id), .text(Self.timestamp())])
            }
        }
    }

    /// The schema version of the file: the number of migrations applied.
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
