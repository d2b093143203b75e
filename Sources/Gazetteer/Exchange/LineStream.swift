#if canImport(Glibc)
import Glibc
#endif

/// Reads a text file line by line in fixed-size chunks, so that a file of any size is read with constant memory.
enum LineStream {
    /// Calls `body` with each line (without its line ending) and its 1-based number. A UTF-8 BOM is dropped.
    /// - Parameter stopAfter: stop after this many lines.
    static func forEachLine(path: String, stopAfter: Int = .max, _ body: (String, Int) throws -> Void) throws {
        let file = fopen(path, "rb")
        guard let file else { throw ExchangeError.unreadable(file: path, reason: String(cString: strerror(errno))) }
        defer { fclose(file) }
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var number = 0
        func emit(_ bytes: ArraySlice<UInt8>) throws -> Bool {
            number += 1
            var line = bytes
            if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.last == 0x0D { line = line.dropLast() }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw ExchangeError.syntax(file: path, line: number, column: 1, reason: "line is not valid UTF-8")
            }
            try body(text, number)
            return number < stopAfter
        }
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n == 0 { break }
            pending.append(contentsOf: chunk[0..<n])
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                if try !emit(pending[start..<newline]) { return }
                start = newline + 1
            }
            pending.removeSubrange(pending.startIndex..<start)
        }
        if ferror(file) != 0 { throw ExchangeError.unreadable(file: path, reason: "read error") }
        if !pending.isEmpty { _ = try emit(pending[...]) }
    }
}
