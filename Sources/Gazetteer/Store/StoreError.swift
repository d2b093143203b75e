/// An error from the registry store, keeping SQLite's result code, its message, and the SQL that failed.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite returned `code` for `sql`.
    case sqlite(code: Int32, message: String, sql: String?)
    /// The file is not a Gazetteer registry (not a GeoPackage, or without Gazetteer's tables).
    case notARegistry(path: String, reason: String)
    /// The registry was written by a newer Gazetteer whose schema this version does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// `init` was asked to create a registry where a file already exists.
    case alreadyExists(path: String)
    /// A record looked up by key does not exist (as of the date asked).
    case notFound(layer: String, key: String)
    /// A write would contradict the stored history (e.g. a new version starting before the current one began).
    case conflict(layer: String, key: String, reason: String)
    /// Another process held the registry's write lock for longer than the wait allowed (`--wait`).
    case busy(path: String, waited: Double)
    /// A stored value could not be decoded (a corrupt blob, a bad date).
    case corrupt(table: String, rowid: Int64, reason: String)

    public var description: String {
        switch self {
        case .sqlite(let code, let message, let sql):
            return "SQLite error \(code): \(message)" + (sql.map { " (in: \($0.prefix(200)))" } ?? "")
        case .notARegistry(let path, let reason):
            return "\(path) is not a Gazetteer registry: \(reason)"
        case .newerSchema(let path, let found, let supported):
            return "\(path) has schema version \(found); this gazetteer supports up to \(supported): upgrade gazetteer"
        case .alreadyExists(let path):
            return "\(path) already exists; choose another path or remove it first"
        case .notFound(let layer, let key):
            return "no \(layer) record '\(key)'"
        case .conflict(let layer, let key, let reason):
            return "\(layer) '\(key)': \(reason)"
        case .busy(let path, let waited):
            return "\(path) is locked by another writer (waited \(Int(waited)) s); try again when it has finished, or wait longer with --wait SECONDS"
        case .corrupt(let table, let rowid, let reason):
            return "\(table) row \(rowid) is corrupt: \(reason)"
        }
    }
}
