#if canImport(Glibc)
import Glibc
#endif

/// Reads a UTF-8 text file line by line in fixed-size chunks, so that a file of any size is read with memory
/// bounded by its longest line, and a line longer than a limit is skipped without being held.
///
/// Lines end at LF (a CR before it is dropped). The whole file is validated as UTF-8 on the way, and a leading
/// byte-order mark is dropped.
///
/// - Complexity: O(n) in the file's size: each byte is looked at once to find line ends and once to validate it.
enum LineStream {
    /// One line as read.
    enum Line {
        /// The line's bytes (valid UTF-8, without its line ending), valid only during the call.
        case text(UnsafeBufferPointer<UInt8>)
        /// A line longer than the limit, skipped: its length in bytes and its first bytes (up to 4 KiB, possibly
        /// cut inside a character).
        case tooLong(byteCount: Int, start: UnsafeBufferPointer<UInt8>)
    }

    /// How much of a line longer than the limit is kept, for the caller to tell what it is.
    static let keptStart = 4096

    /// Calls `body` with each line and its 1-based number.
    /// - Parameters:
    ///   - maximumLength: lines longer than this many bytes are not held in memory but reported as
    ///     ``Line/tooLong(byteCount:)``.
    ///   - stopAfter: stop after this many lines.
    /// - Throws: ``ExchangeError/unreadable(file:reason:)``, ``ExchangeError/syntax(file:line:column:reason:)`` at the
    ///   first byte that is not UTF-8, or what `body` throws.
    static func forEachLine(path: String, maximumLength: Int = .max, stopAfter: Int = .max,
                            _ body: (Line, Int) throws -> Void) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ExchangeError.unreadable(file: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var validator = UTF8StreamValidator(reason: "not valid UTF-8 (is the file in GBK? convert it to UTF-8)")
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var line: [UInt8] = []
        var lineLength = 0
        var number = 0
        var stopped = false

        func emit() throws {
            number += 1
            if lineLength > maximumLength {
                try line.withUnsafeBufferPointer { try body(.tooLong(byteCount: lineLength, start: $0), number) }
            } else {
                if line.last == 0x0D { line.removeLast() }
                try line.withUnsafeBufferPointer { try body(.text($0), number) }
            }
            line.removeAll(keepingCapacity: line.capacity <= 1 << 20)
            lineLength = 0
            stopped = number >= stopAfter
        }
        func collect(_ bytes: UnsafeBufferPointer<UInt8>) {
            let kept = lineLength + bytes.count <= maximumLength ? bytes.count : max(0, min(bytes.count, Self.keptStart - line.count))
            lineLength += bytes.count
            if lineLength > maximumLength && line.count > Self.keptStart { line.removeSubrange(Self.keptStart...) }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<kept]))
        }

        while !stopped {
            let n = readRetryingInterrupts(fd, into: &chunk)
            guard n >= 0 else { throw ExchangeError.unreadable(file: path, reason: String(cString: strerror(errno))) }
            let error = try chunk.withUnsafeBufferPointer { all in
                try validator.validate(UnsafeBufferPointer(rebasing: all[0..<n]), isFinal: n == 0) { valid in
                    var start = 0
                    while !stopped, let newline = valid[start...].firstIndex(of: 0x0A) {
                        collect(UnsafeBufferPointer(rebasing: valid[start..<newline]))
                        try emit()
                        start = newline + 1
                    }
                    if !stopped { collect(UnsafeBufferPointer(rebasing: valid[start...])) }
                }
            }
            if stopped { return }
            if let error {
                throw ExchangeError.syntax(file: path, line: error.line, column: error.column, reason: "byte offset \(error.offset): \(error.reason)")
            }
            if n == 0 { break }
        }
        if lineLength > 0 { try emit() }
    }
}
