#if canImport(Glibc)
import Glibc
#endif

/// Reads a delimited file one record at a time, in chunks, so that memory does not grow with the file.
///
/// UTF-8 files are read in 64 KiB chunks. With automatic detection the file is first scanned once for UTF-8
/// validity (in chunks too); a GB18030 file is decoded whole before its records are handed out.
///
/// ```swift
/// let stream = try CSVRecordStream(path: "villages.csv")
/// let code = stream.header?.index(of: "village_code")
/// while let record = try stream.next() { … record.fields[code!] … }
/// ```
///
/// After a thrown error, ``next()`` may be called again: it goes on with the next record after a
/// recoverable error (``CSVError/isRecoverable``, a wrong field count) and returns `nil` after any other.
/// Records before an error are always delivered first. Not thread safe: use one stream from one task.
public final class CSVRecordStream {
    /// The file being read.
    public let file: String
    /// The header row, when the options said there is one.
    public private(set) var header: CSVHeader?
    /// The encoding the file is read in.
    public private(set) var encoding: TextEncoding
    /// The number of fields every data record must have: the header's, or the first record's.
    public private(set) var expectedFieldCount: Int?
    /// The size of the file in bytes.
    public private(set) var byteCount = 0
    /// About how many records the file holds, header included: the records of the bytes read so far scaled to the
    /// file's size (exact for a file decoded whole), 0 before the first read. For reserving room, never for counting.
    public var estimatedRecordCount: Int {
        guard bytesTokenized > 0 else { return 0 }
        return Int((Double(recordsTokenized) * Double(byteCount) / Double(bytesTokenized)).rounded(.up))
    }

    private var descriptor: Int32 = -1
    private let chunkSize: Int
    private var tokenizer: CSVTokenizer
    private var pending: [CSVRecord] = []
    private var pendingIndex = 0
    private var pendingError: CSVError?
    private var finished = false
    private var bytesTokenized = 0
    private var recordsTokenized = 0
    private var chunk: [UInt8]
    private var validator = UTF8StreamValidator(
        reason: "not valid UTF-8 (if the file was saved by Excel on Chinese Windows, read it as GB18030)")

    /// Opens the file at `path` and reads its header.
    /// - Parameter options: how to read; by default ``CSVOptions/forFile(_:encoding:)``.
    /// - Throws: ``CSVError`` when the file cannot be opened, is not text in a supported encoding (automatic
    ///   detection reads it all first), or has no header row when one is expected.
    public convenience init(path: String, options: CSVOptions? = nil) throws(CSVError) {
        try self.init(path: path, options: options ?? .forFile(path), chunkSize: 1 << 16)
    }

    /// As the public initializer, with a chosen chunk size (tests use tiny ones to cut records and characters).
    init(path: String, options: CSVOptions, chunkSize: Int) throws(CSVError) {
        self.file = path
        self.chunkSize = max(chunkSize, 1)
        self.chunk = [UInt8](repeating: 0, count: max(chunkSize, 1))
        self.tokenizer = CSVTokenizer(delimiter: options.delimiter.byte, maximumRecordBytes: options.maximumRecordBytes)
        self.encoding = options.encoding.encoding ?? .utf8
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw unreadable(errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw CSVError(.unreadable("not a regular file"), file: path, line: 0) }
        byteCount = Int(info.st_size)

        var wholeFile = options.encoding.encoding == .gb18030
        if options.encoding == .auto {
            wholeFile = try !scanIsUTF8()
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw unreadable(errno) }
        }
        if wholeFile {
            closeFile()
            let bytes: [UInt8]
            do { bytes = try FileBytes.read(path) } catch {
                if case .unreadable(_, let reason) = error { throw CSVError(.unreadable(reason), file: path, line: 0) }
                throw CSVError(.unreadable(error.description), file: path, line: 0)
            }
            let utf8: ArraySlice<UInt8>
            do { (utf8, encoding) = try TextEncoding.decodedUTF8(bytes, as: options.encoding) } catch {
                throw .undecodable(error, file: path)
            }
            utf8.withUnsafeBufferPointer { tokenizer.feed($0) }
            tokenizer.finish()
            pending = tokenizer.takeRecords()
            (bytesTokenized, recordsTokenized) = (byteCount, pending.count)
            pendingError = tokenizer.failure?.inFile(path)
            finished = true
        }
        if options.hasHeader {
            guard let first = try nextRaw() else { throw CSVError(.missingHeader, file: path, line: 1) }
            header = CSVHeader(names: first.fields, line: first.line)
            expectedFieldCount = first.fields.count
        }
    }

    deinit { closeFile() }

    /// The next data record, or `nil` at the end of the file.
    /// - Throws: ``CSVError``: a recoverable one for a record with the wrong field count (call again to go on),
    ///   or a fatal one (unreadable, undecodable, unterminated quote), after which `next()` returns `nil`.
    public func next() throws(CSVError) -> CSVRecord? {
        guard let record = try nextRaw() else { return nil }
        if let expected = expectedFieldCount {
            guard record.fields.count == expected else {
                throw CSVError(.fieldCount(expected: expected, found: record.fields.count), file: file, line: record.line)
            }
        } else {
            expectedFieldCount = record.fields.count
        }
        return record
    }

    /// The next record, without a field count check.
    private func nextRaw() throws(CSVError) -> CSVRecord? {
        while pendingIndex == pending.count {
            if let error = pendingError {
                pendingError = nil
                finished = true
                throw error
            }
            if finished { return nil }
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            fill()
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    /// Reads one chunk, validates it as UTF-8 and feeds the tokenizer; records go to `pending`, a fatal error to
    /// `pendingError` (after the records before it).
    private func fill() {
        let n = readChunk()
        if n < 0 { return fail(unreadable(errno)) }
        let atEnd = n == 0
        let decodingError = chunk.withUnsafeBufferPointer { all in
            validator.validate(UnsafeBufferPointer(rebasing: all[0..<n]), isFinal: atEnd) { tokenizer.feed($0) }
        }
        let before = pending.count
        pending.append(contentsOf: tokenizer.takeRecords())
        bytesTokenized += n
        recordsTokenized += pending.count - before
        if let failure = tokenizer.failure { return fail(failure.inFile(file)) }
        if let decodingError { return fail(.undecodable(decodingError, file: file)) }
        if atEnd {
            tokenizer.finish()
            pending.append(contentsOf: tokenizer.takeRecords())
            if let failure = tokenizer.failure { pendingError = failure.inFile(file) }
            finished = true
            closeFile()
        }
    }

    private func fail(_ error: CSVError) {
        pendingError = error
        finished = true
        closeFile()
    }

    /// Scans the whole file once: whether it is UTF-8 (a BOM, or valid throughout).
    private func scanIsUTF8() throws(CSVError) -> Bool {
        var scanner = UTF8StreamValidator(reason: "")
        while true {
            let n = readChunk()
            guard n >= 0 else { throw unreadable(errno) }
            let error = chunk.withUnsafeBufferPointer { all in
                scanner.validate(UnsafeBufferPointer(rebasing: all[0..<n]), isFinal: n == 0) { _ in }
            }
            if scanner.hadByteOrderMark { return true }
            if error != nil { return false }
            if n == 0 { return true }
        }
    }

    /// Reads the next chunk into `chunk`: the byte count, 0 at the end, -1 on an error (in `errno`).
    private func readChunk() -> Int {
        readRetryingInterrupts(descriptor, into: &chunk, count: chunkSize)
    }

    private func unreadable(_ code: Int32) -> CSVError {
        CSVError(.unreadable(String(cString: strerror(code))), file: file, line: 0)
    }

    private func closeFile() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }
}
