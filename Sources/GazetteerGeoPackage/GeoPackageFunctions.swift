import CSQLite
import Gazetteer

/// The SQL functions that the GeoPackage R-tree triggers call (`ST_IsEmpty`, `ST_MinX`, `ST_MaxX`, `ST_MinY`,
/// `ST_MaxY`), registered on every connection. SQLite has no geometry functions of its own; GDAL registers the same
/// ones when it writes, so the triggers work whichever program inserts a feature.
enum GeoPackageFunctions {
    typealias Function = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void

    static func register(on db: OpaquePointer) throws(StoreError) {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        let functions: [(String, Function)] = [
            ("ST_IsEmpty", stIsEmpty), ("ST_MinX", stMinX), ("ST_MaxX", stMaxX), ("ST_MinY", stMinY), ("ST_MaxY", stMaxY),
        ]
        for (name, function) in functions {
            let rc = sqlite3_create_function_v2(db, name, 1, flags, nil, function, nil, nil, nil)
            guard rc == SQLITE_OK else {
                throw .sqlite(code: rc, message: "cannot register SQL function \(name)", sql: nil)
            }
        }
    }
}

/// The blob argument of an SQL function call, or `nil` when it is NULL or not a blob.
private func blobArgument(_ args: UnsafeMutablePointer<OpaquePointer?>?) -> UnsafeRawBufferPointer? {
    guard let value = args?[0], sqlite3_value_type(value) == SQLITE_BLOB, let pointer = sqlite3_value_blob(value) else {
        return nil
    }
    return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_value_bytes(value)))
}

private func stIsEmpty(_ context: OpaquePointer?, _ count: Int32, _ args: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let bytes = blobArgument(args), let header = GeoPackageBinary.header(bytes) else { return sqlite3_result_null(context) }
    sqlite3_result_int(context, header.isEmpty ? 1 : 0)
}

private func resultEnvelope(_ context: OpaquePointer?, _ args: UnsafeMutablePointer<OpaquePointer?>?, _ pick: (Envelope) -> Double) {
    guard let bytes = blobArgument(args), let envelope = GeoPackageBinary.envelope(bytes) else { return sqlite3_result_null(context) }
    sqlite3_result_double(context, pick(envelope))
}

private func stMinX(_ c: OpaquePointer?, _ n: Int32, _ a: UnsafeMutablePointer<OpaquePointer?>?) { resultEnvelope(c, a) { $0.minX } }
private func stMaxX(_ c: OpaquePointer?, _ n: Int32, _ a: UnsafeMutablePointer<OpaquePointer?>?) { resultEnvelope(c, a) { $0.maxX } }
private func stMinY(_ c: OpaquePointer?, _ n: Int32, _ a: UnsafeMutablePointer<OpaquePointer?>?) { resultEnvelope(c, a) { $0.minY } }
private func stMaxY(_ c: OpaquePointer?, _ n: Int32, _ a: UnsafeMutablePointer<OpaquePointer?>?) { resultEnvelope(c, a) { $0.maxY } }
