import CSQLite

/// A value stored in or read from SQLite.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as text when it is text, or a number written as text; `nil` for null and blobs.
    public var text: String? {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .null, .blob: return nil
        }
    }

    /// The value as a number when it is numeric (or numeric text).
    public var double: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .real(let d): return d
        case .text(let s): return Double(s)
        case .null, .blob: return nil
        }
    }
}

/// One SQLite connection. Only the Store layer uses it.
///
/// Opened with foreign keys on and, for files, write-ahead logging, so that readers never see a half-written
/// transaction and a killed writer leaves the file as it was before the transaction began.
/// Not thread safe: one connection per task.
final class SQLiteDatabase {
    let handle: OpaquePointer
    let path: String
    /// Statements compiled by ``query(_:_:)``, kept for reuse: an import looks up the current version of every record
    /// with the same SQL, and compiling it each time costs more than running it.
    private var statementCache: [String: SQLiteStatement] = [:]

    /// Opens (or, with `create`, creates) the database at `path`.
    init(path: String, create: Bool, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        var db: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(db)
            throw .sqlite(code: rc, message: "\(message): \(path)", sql: nil)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 5000)
        try GeoPackageFunctions.register(on: db)
        try execute("PRAGMA foreign_keys = ON")
        // A 64 MiB page cache keeps a large import's pages in memory until commit instead of spilling them to the
        // write-ahead log one by one.
        try execute("PRAGMA cache_size = -65536")
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    private func error(_ rc: Int32, _ sql: String?) -> StoreError {
        .sqlite(code: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw .sqlite(code: rc, message: text, sql: sql)
        }
    }

    /// Runs one statement with `arguments` bound to its `?` parameters and returns its rows.
    @discardableResult
    func query(_ sql: String, _ arguments: [SQLValue] = []) throws(StoreError) -> [[SQLValue]] {
        let statement: SQLiteStatement
        if let cached = statementCache[sql] {
            statement = cached
        } else {
            statement = try prepare(sql)
            statementCache[sql] = statement
        }
        try statement.bind(arguments)
        var rows: [[SQLValue]] = []
        while let row = try statement.step() { rows.append(row) }
        statement.reset()
        return rows
    }

    /// Compiles a statement for repeated use.
    func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc, sql) }
        return SQLiteStatement(database: self, handle: statement, sql: sql)
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock at once, so two writers fail fast instead of deadlocking halfway.
    func transaction<R>(_ body: () throws -> R) throws -> R {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The rowid of the last inserted row.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    var changes: Int { Int(sqlite3_changes(handle)) }
}

/// A compiled statement. Reset and rebound for each use.
final class SQLiteStatement {
    // Unowned: the database caches its statements, and a strong reference back would keep both alive forever.
    private unowned let database: SQLiteDatabase
    private let handle: OpaquePointer
    let sql: String

    fileprivate init(database: SQLiteDatabase, handle: OpaquePointer, sql: String) {
        self.database = database
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// SQLite copies bound text and blobs at once (SQLITE_TRANSIENT), so Swift's buffers may go away after binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Resets the statement and binds `arguments` to its parameters in order.
    func bind(_ arguments: [SQLValue]) throws(StoreError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (i, value) in arguments.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(handle, index)
            case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
            case .real(let v): rc = sqlite3_bind_double(handle, index, v)
            case .text(let v): rc = sqlite3_bind_text(handle, index, v, -1, Self.transient)
            case .blob(let v):
                rc = v.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
            }
            guard rc == SQLITE_OK else {
                throw .sqlite(code: rc, message: String(cString: sqlite3_errmsg(database.handle)), sql: sql)
            }
        }
    }

    /// Advances to the next row; `nil` when done.
    func step() throws(StoreError) -> [SQLValue]? {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_DONE { return nil }
        guard rc == SQLITE_ROW else {
            throw .sqlite(code: rc, message: String(cString: sqlite3_errmsg(database.handle)), sql: sql)
        }
        let count = sqlite3_column_count(handle)
        var row: [SQLValue] = []
        row.reserveCapacity(Int(count))
        for i in 0..<count {
            switch sqlite3_column_type(handle, i) {
            case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(handle, i)))
            case SQLITE_FLOAT: row.append(.real(sqlite3_column_double(handle, i)))
            case SQLITE_TEXT: row.append(.text(String(cString: sqlite3_column_text(handle, i))))
            case SQLITE_BLOB:
                let n = Int(sqlite3_column_bytes(handle, i))
                if n == 0 { row.append(.blob([])) } else {
                    let p = sqlite3_column_blob(handle, i)!
                    row.append(.blob(Array(UnsafeRawBufferPointer(start: p, count: n))))
                }
            default: row.append(.null)
            }
        }
        return row
    }

    /// Ends the current run, releasing its read lock, without clearing the bindings.
    func reset() {
        sqlite3_reset(handle)
    }

    /// Runs the statement once with `arguments`, ignoring any rows.
    func run(_ arguments: [SQLValue]) throws(StoreError) {
        try bind(arguments)
        while try step() != nil {}
    }
}
