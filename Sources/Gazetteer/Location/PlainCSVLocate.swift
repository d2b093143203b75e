#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The bulk locate of a *plain* CSV file: UTF-8, comma-separated, with no quote character and no line break but LF
/// or CRLF, which is what GIS tools and databases export for a table of points.
///
/// Such a file is cut into chunks at line feeds and each chunk is handled whole by one core: its lines split at the
/// commas, the two coordinates parsed from their bytes, the point located, and the line written back as it was read
/// with the added columns after it. No field becomes a `String` and no record an array, which in the general path
/// (``RecordReader`` and ``CSVSink``) cost more than locating the points. The output is byte for byte what the
/// general path writes: a field of a plain file never needs quotes, so writing it back unchanged is writing it
/// escaped. Anything else (a quoted field, a tab-separated file, GB18030, a lone CR, a line longer than the import
/// limit, `--crs`) takes the general path, which ``isPlain(_:)`` decides before anything is written.
struct PlainCSVLocate {
    let input: String
    let mapping: FieldMapping
    let columns: LocationColumns
    /// How far each point is located, for the columns written.
    let detail: LocationDetail
    /// Bytes read per chunk; a batch is one chunk per worker.
    var chunkBytes = 1 << 21

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether `path` is a plain CSV (see the type's notes): read once, in chunks, before the run.
    static func isPlain(_ path: String) -> Bool {
        guard CSVDelimiter.forFile(path) == .comma, let file = ChunkFile(path) else { return false }
        var validator = UTF8StreamValidator(reason: "")
        var previous: UInt8 = 0
        var lineLength = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            guard let n = file.read(into: &chunk) else { return false }
            var plain = true
            let error = chunk.withUnsafeBufferPointer { all in
                validator.validate(UnsafeBufferPointer(rebasing: all[0..<n]), isFinal: n == 0) { valid in
                    guard let base = valid.baseAddress, !valid.isEmpty else { return }
                    // memchr (and a search back from the end for the last line feed), not a loop over every byte: this scan is paid before any work is done.
                    if memchr(base, Int32(quote), valid.count) != nil { plain = false }
                    var at = 0
                    while plain, let found = memchr(base + at, Int32(cr), valid.count - at) {
                        // A CR must begin a CRLF (one cut at the end of the piece is checked with the next).
                        let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                        if i + 1 < valid.count && valid[i + 1] != lf { plain = false }
                        at = i + 1
                    }
                    if previous == cr && valid[0] != lf { plain = false }
                    if let feed = valid.lastIndex(of: lf) {
                        lineLength = valid.count - 1 - feed
                    } else {
                        lineLength += valid.count
                    }
                    // Well short of the limit, so that the general reader, not this path, decides near it.
                    if lineLength > ImportLimits.maximumRecordBytes / 2 { plain = false }
                    previous = valid[valid.count - 1]
                }
            }
            guard plain, error == nil else { return false }
            if n == 0 { return previous != cr }
        }
    }

    /// Locates every record of the plain file `input` and writes the result to `output`.
    /// - Throws: ``CSVError`` for a file without a header row, ``ExchangeError`` when the header lacks the
    ///   coordinate columns, ``OutputError`` when the output cannot be written.
    func run(engine: ParallelLocate, output: TextOutput, progress: (Int) -> Void) throws -> BulkLocationSummary {
        guard let file = ChunkFile(input) else { throw CSVError(.unreadable("cannot be opened"), file: input, line: 0) }
        var summary = BulkLocationSummary()
        var buffer: [UInt8] = []
        var line = 1
        var atEnd = false
        /// Reads until `buffer` holds `wanted` bytes or the file ends.
        func fill(_ wanted: Int) throws {
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while !atEnd && buffer.count < wanted {
                guard let n = file.read(into: &chunk) else { throw CSVError(.unreadable("read failed"), file: input, line: line) }
                if n == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<n]) }
            }
        }

        // The header: the first non-empty line, after a byte-order mark.
        try fill(chunkBytes)
        var start = buffer.starts(with: Self.byteOrderMark) ? 3 : 0
        var header: CSVHeader?
        while header == nil {
            guard let end = buffer[start...].firstIndex(of: Self.lf) ?? (atEnd ? buffer.count : nil) else {
                try fill(buffer.count + chunkBytes)
                continue
            }
            let text = buffer[start..<end].last == Self.cr ? buffer[start..<(end - 1)] : buffer[start..<end]
            if !text.isEmpty {
                header = CSVHeader(names: text.split(separator: Self.comma, omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) }, line: line)
            } else if end == buffer.count {
                throw CSVError(.missingHeader, file: input, line: 1)
            }
            start = min(end + 1, buffer.count)
            line += 1
        }
        guard let header else { throw CSVError(.missingHeader, file: input, line: 1) }
        let (lonName, latName, lon, lat) = try RecordReader.coordinateColumns(header, mapping: mapping, file: input)
        var head = CSVWriter()
        head.writeRecord(header.names + columns.names)
        try output.write(bytes: head.takeBytes())
        let writer = BatchQueue(label: "gazetteer.locate.plain-write")
        // Never leave with the writer still touching the output (the caller abandons it on an error).
        defer { writer.drain() }
        let layout = Layout(fieldCount: header.names.count, lon: lon, lat: lat,
                            lonName: lonName, latName: latName, file: input)
        buffer.removeFirst(start)

        while true {
            // One chunk per worker, each ending at a line feed (or at the end of the file).
            try fill(chunkBytes * engine.workers)
            var pieces: [(range: Range<Int>, line: Int)] = []
            var from = 0
            while from < buffer.count && pieces.count < engine.workers {
                let target = min(from + chunkBytes, buffer.count)
                let cut: Int
                if let lastFeed = buffer[from..<target].lastIndex(of: Self.lf) {
                    cut = lastFeed + 1
                } else if let feed = buffer[target...].firstIndex(of: Self.lf) {
                    cut = feed + 1  // a line longer than a chunk
                } else if atEnd {
                    cut = buffer.count  // the last line, without a line feed
                } else {
                    break  // more of the line is still to be read
                }
                pieces.append((from..<cut, line))
                line += Self.lineFeeds(in: buffer, from..<cut)
                from = cut
            }
            if pieces.isEmpty {
                if atEnd { break }
                try fill(buffer.count + chunkBytes)
                continue
            }
            let results = Self.locate(pieces, of: buffer, engine: engine, layout: layout, columns: columns, detail: detail)
            // Written on the writer's thread while the next batch is located (one batch in flight at most).
            let batch = OutputBatch(output: output, buffers: results.map(\.bytes))
            try writer.enqueue { for bytes in batch.buffers { try batch.output.write(bytes: bytes) } }
            for result in results { summary.append(result.summary) }
            buffer.removeFirst(from)
            progress(summary.read)
            if atEnd && buffer.isEmpty { break }
        }
        try writer.wait()
        return summary
    }

    /// The line feeds in `range` of `bytes`, counted in a loop the compiler vectorises (a filtered loop over the
    /// slice was a serial pass of several milliseconds per batch, with every core but one idle).
    private static func lineFeeds(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { all in
            var count = 0
            for byte in UnsafeBufferPointer(rebasing: all[range]) { count &+= byte == lf ? 1 : 0 }
            return count
        }
    }

    /// Where the coordinates are in a row, and how many fields a row has.
    struct Layout: Sendable {
        let fieldCount: Int
        let lon: Int
        let lat: Int
        let lonName: String
        let latName: String
        let file: String
    }

    /// One chunk's output rows and what they held.
    struct ChunkResult {
        var bytes: [UInt8]
        var summary: BulkLocationSummary
    }

    /// Locates the rows of each piece of `text`, on every core (one piece per worker).
    private static func locate(_ pieces: [(range: Range<Int>, line: Int)], of text: [UInt8], engine: ParallelLocate, layout: Layout,
                               columns: LocationColumns, detail: LocationDetail) -> [ChunkResult] {
        concurrentMap(count: pieces.count, workers: engine.workers) { w, k in
            text.withUnsafeBufferPointer { all in
                locate(UnsafeBufferPointer(rebasing: all[pieces[k].range]), firstLine: pieces[k].line, layout: layout,
                       columns: columns, detail: detail, probe: engine.probe(w))
            }
        }
    }

    /// Locates the rows of one chunk (whole lines, the first on `firstLine`) with `probe`.
    private static func locate(_ text: UnsafeBufferPointer<UInt8>, firstLine: Int, layout: Layout, columns: LocationColumns,
                               detail: LocationDetail, probe: LocatorProbe) -> ChunkResult {
        var writer = CSVWriter(byteOrderMark: false)
        writer.reserveCapacity(text.count * 2 + 1024)
        var summary = BulkLocationSummary()
        var line = firstLine - 1
        var start = 0
        while start < text.count {
            line += 1
            var end = start
            while end < text.count && text[end] != lf { end += 1 }
            let next = end + 1
            defer { start = next }
            if end > start && text[end - 1] == cr { end -= 1 }
            // Empty lines hold no record, as in the general reader.
            guard end > start else { continue }
            var field = 0, fieldStart = start
            var lon = start..<start, lat = start..<start
            for i in start...end where i == end || text[i] == comma {
                if field == layout.lon { lon = fieldStart..<i }
                if field == layout.lat { lat = fieldStart..<i }
                field += 1
                fieldStart = i + 1
            }
            guard field == layout.fieldCount else {
                summary.issues.append(.init(CSVError(.fieldCount(expected: layout.fieldCount, found: field), file: layout.file, line: line)))
                continue
            }
            var location: PointLocation?
            let (point, problem) = Self.point(text, lon, lat, layout)
            if let point {
                do {
                    location = try probe.locate(point, detail: detail)
                } catch {
                    summary.issues.append(.cannotLocate(error, line: line))
                }
            } else if let problem {
                summary.issues.append(.init(position: "line \(line)", line: line, message: problem))
            }
            summary.read += 1
            summary.count(location)
            writer.append(verbatim: UnsafeBufferPointer(rebasing: text[start..<end]), fields: field)
            columns.append(location, to: &writer)
            writer.endRecord()
        }
        return ChunkResult(bytes: writer.takeBytes(), summary: summary)
    }

    /// The point of a row: both numbers parsed from their bytes, or, for any text but a plain decimal number, by
    /// ``RecordReader/point(lon:lat:lonName:latName:)`` as the general path does (same numbers, same messages).
    private static func point(_ text: UnsafeBufferPointer<UInt8>, _ lon: Range<Int>, _ lat: Range<Int>, _ layout: Layout)
        -> (Coordinate?, LocalizedText?) {
        if let x = decimal(text, lon), let y = decimal(text, lat) { return RecordReader.point(x, y) }
        return RecordReader.point(lon: String(decoding: UnsafeBufferPointer(rebasing: text[lon]), as: UTF8.self),
                                  lat: String(decoding: UnsafeBufferPointer(rebasing: text[lat]), as: UTF8.self),
                                  lonName: layout.lonName, latName: layout.latName)
    }

    /// The number in `range` when it is written with digits, sign, point and exponent only, entirely consumed by
    /// `strtod` (correctly rounded, as `Double(String)`); `nil` for anything else. ``DecimalParser`` answers for
    /// the common forms, `strtod` for the rest.
    private static func decimal(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        guard !range.isEmpty, range.count < 64 else { return nil }
        let bytes = UnsafeBufferPointer(rebasing: text[range])
        if let value = DecimalParser.parse(bytes) { return value }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "e"), UInt8(ascii: "E"): continue
            default: return nil
            }
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> Double? in
            for (k, byte) in bytes.enumerated() { buffer[k] = CChar(bitPattern: byte) }
            buffer[range.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            guard let end, end - buffer.baseAddress! == range.count else { return nil }
            return value
        }
    }
}

/// A batch of output for the writer's thread. The output is touched by that thread only while the batch is in
/// flight: the run writes nothing else to it until ``BatchQueue/wait()`` returns.
private struct OutputBatch: @unchecked Sendable {
    let output: TextOutput
    let buffers: [[UInt8]]
}

/// A file read in chunks through its descriptor, closed when dropped.
private final class ChunkFile {
    private let descriptor: Int32

    /// Opens `path`; `nil` when it cannot be opened or is not a regular file (a pipe read here could not be read
    /// again by the general path, which refuses it with its reason).
    init?(_ path: String) {
        // Checked before the property is set, so that a failed init closes the descriptor here and never in deinit.
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { return nil }
        var info = stat()
        guard fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(opened)
            return nil
        }
        descriptor = opened
    }

    deinit { close(descriptor) }

    /// Reads up to `chunk.count` bytes into `chunk`; the count read (0 at the end), or `nil` on an error.
    func read(into chunk: inout [UInt8]) -> Int? {
        let n = readRetryingInterrupts(descriptor, into: &chunk)
        return n < 0 ? nil : n
    }
}
