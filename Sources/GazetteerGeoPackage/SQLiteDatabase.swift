import CSQLite
import Foundation
import Gazetteer

/// A value stored in or read from SQLite.
enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as text when it is text, or a number written as text; `nil` for null and blobs.
    var text: String? {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .null, .blob: return nil
        }
    }

    /// The value as a number when it is numeric (or numeric text).
    var double: Double? {
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

    /// How a connection opens its file.
    enum OpenMode: Equatable {
        /// Create the file (it must not exist) and open it for writing.
        case create
        /// Open an existing file for reading and writing.
        case readWrite
        /// Open an existing file for reading only; SQLite may still create the `-wal`/`-shm` files it reads through.
        case readOnly
        /// Open a file that nobody can be writing (read-only media, a folder without write permission): SQLite reads it
        /// without locks or `-wal`/`-shm` files (`immutable=1`).
        case immutable
    }

    /// Called when another connection holds the lock: the first time a wait begins, with the total wait allowed.
    typealias WaitNotice = @Sendable (_ seconds: Double) -> Void

    /// Waits for a busy lock up to a deadline, sleeping between retries, and says once that it is waiting.
    private final class BusyWaiter {
        let timeout: Double
        let notice: WaitNotice?
        var started: Double?
        init(timeout: Double, notice: WaitNotice?) {
            self.timeout = timeout
            self.notice = notice
        }
    }
    private let busyWaiter: BusyWaiter
    /// How long a statement waits for another writer's lock before failing, in seconds.
    var busyTimeout: Double { busyWaiter.timeout }

    /// Opens (or, with `.create`, creates) the database at `path`.
    /// - Parameters:
    ///   - busyTimeout: how long to wait, in seconds, when another process holds the lock.
    ///   - onWait: told once when a wait for the lock begins (the CLI prints that it is waiting).
    init(path: String, mode: OpenMode, busyTimeout: Double = 60, onWait: WaitNotice? = nil) throws(StoreError) {
        self.path = path
        busyWaiter = BusyWaiter(timeout: busyTimeout, notice: onWait)
        var db: OpaquePointer?
        var flags: Int32
        var name = path
        switch mode {
        case .create: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags = SQLITE_OPEN_READWRITE
        case .readOnly: flags = SQLITE_OPEN_READONLY
        case .immutable:
            flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            name = "file:" + Self.uriEscaped(path) + "?immutable=1"
        }
        flags |= SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(db)
            throw .sqlite(code: rc, message: "\(message): \(path)", sql: nil)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_handler(db, { context, _ in
            guard let context else { return 0 }
            let waiter = Unmanaged<BusyWaiter>.fromOpaque(context).takeUnretainedValue()
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let seconds = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
            if waiter.started == nil {
                waiter.started = seconds
                if waiter.timeout > 0 { waiter.notice?(waiter.timeout) }
            }
            guard seconds - (waiter.started ?? seconds) < waiter.timeout else { return 0 }
            usleep(20_000)
            return 1
        }, Unmanaged.passUnretained(busyWaiter).toOpaque())
        try GeoPackageFunctions.register(on: db)
        try execute("PRAGMA foreign_keys = ON")
        // A 64 MiB page cache keeps a large import's pages in memory until commit instead of spilling them to the
        // write-ahead log one by one. The crash-safety test asks for a small one (GAZETTEER_TEST_CACHE_KIB), so that a
        // transaction it kills has already written frames to the log.
        let kib = ProcessInfo.processInfo.environment["GAZETTEER_TEST_CACHE_KIB"].flatMap(Int.init).map { max(64, $0) } ?? 65536
        try execute("PRAGMA cache_size = -\(kib)")
    }

    /// Starts the next wait afresh: called before each statement that may wait, so every wait gets the full timeout.
    func resetBusyWait() {
        busyWaiter.started = nil
    }

    /// `path` with the characters a SQLite URI gives meaning to (`%`, `?`, `#`) escaped.
    private static func uriEscaped(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "?": out += "%3f"
            case "#": out += "%23"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
        resetBusyWait()
        do {
            try execute("BEGIN IMMEDIATE")
        } catch .sqlite(let code, _, _) where code & 0xff == SQLITE_BUSY {
            throw StoreError.busy(path: path, waited: busyTimeout)
        }
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The whole database as the bytes of a database file (`sqlite3_serialize`), e.g. to write an in-memory database
    /// out through an atomic file writer. `nil` when SQLite cannot allocate the copy.
    func serialized() -> [UInt8]? {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(handle, "main", &size, 0) else { return nil }
        defer { sqlite3_free(bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: Int(size)))
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
        // Parameters left out keep no value of an earlier run. When every one is given (an insert of a whole row,
        // run a million times by an import) there is nothing to clear.
        if Int(sqlite3_bind_parameter_count(handle)) != arguments.count { sqlite3_clear_bindings(handle) }
        for (i, value) in arguments.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(handle, index)
            case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
            case .real(let v): rc = sqlite3_bind_double(handle, index, v)
            case .text(var v):
                // The string's own UTF-8 with its length: passing the String as a C string made a NUL-terminated
                // copy of it first. An empty string still binds as text, not NULL (a null pointer would).
                rc = v.withUTF8 { utf8 in
                    utf8.isEmpty ? sqlite3_bind_text(handle, index, "", 0, Self.transient)
                        : sqlite3_bind_text(handle, index, UnsafeRawPointer(utf8.baseAddress!).assumingMemoryBound(to: CChar.self),
                                            Int32(utf8.count), Self.transient)
                }
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

    /// Runs the statement once with two integer parameters, without building an argument array: for a bulk write
    /// of many two-integer rows (an R-tree's row-to-node map).
    func run(integers first: Int64, _ second: Int64) throws(StoreError) {
        sqlite3_reset(handle)
        let rc1 = sqlite3_bind_int64(handle, 1, first), rc2 = sqlite3_bind_int64(handle, 2, second)
        guard rc1 == SQLITE_OK, rc2 == SQLITE_OK else {
            throw .sqlite(code: rc1 != SQLITE_OK ? rc1 : rc2, message: String(cString: sqlite3_errmsg(database.handle)), sql: sql)
        }
        while try step() != nil {}
    }

    /// Runs the statement once with `arguments`, ignoring any rows.
    func run(_ arguments: [SQLValue]) throws(StoreError) {
        try bind(arguments)
        while try step() != nil {}
    }
}
