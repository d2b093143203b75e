#if canImport(Glibc)
import Glibc
#endif

/// An error reading or writing an exchange file, with the file and, where known, the position in it.
public enum ExchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read at all.
    case unreadable(file: String, reason: String)
    /// The file is not syntactically valid (JSON syntax error, bad encoding) at `line`, `column`.
    case syntax(file: String, line: Int, column: Int, reason: String)
    /// The file parses but is not the expected kind of document (e.g. a JSON array where GeoJSON was expected).
    case unexpectedContent(file: String, reason: LocalizedText)
    /// An output file could not be created, written or moved into place; `errno` is the system's reason.
    case writeFailed(file: String, errno: Int32)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .syntax(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): \(reason)"
        case .unexpectedContent(let file, let reason):
            return "\(file): \(reason.en)"
        case .writeFailed(let file, let code):
            return "\(file): cannot write: \(String(cString: strerror(code)))"
        }
    }
}
