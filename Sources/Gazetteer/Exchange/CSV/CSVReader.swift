#if canImport(Glibc)
import Glibc
#endif

// MARK: - Options

/// The character between fields. A closed set, so that the CLI can offer it as a choice by name.
public enum CSVDelimiter: String, Sendable, CaseIterable {
    /// `,` — CSV.
    case comma
    /// A tab — TSV (`.tsv`, `.tab`), the form GIS tools and the rule files use.
    case tab
    /// `;` — CSV as Excel writes it where the decimal separator is a comma.
    case semicolon
    /// `|`.
    case pipe

    /// The delimiter's byte (always ASCII).
    public var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .tab: return UInt8(ascii: "\t")
        case .semicolon: return UInt8(ascii: ";")
        case .pipe: return UInt8(ascii: "|")
        }
    }

    /// The delimiter usual for the file at `path`: tab for `.tsv` and `.tab`, comma otherwise.
    public static func forFile(_ path: String) -> CSVDelimiter {
        let lower = path.lowercased()
        return lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") ? .tab : .comma
    }
}

/// How to read a delimited text file.
public struct CSVOptions: Sendable, Equatable {
    /// The field delimiter (comma by default).
    public var delimiter: CSVDelimiter
    /// Whether the first record names the columns (the default). Without one, every record is data and the
    /// first record's field count is the one the others must have.
    public var hasHeader: Bool
    /// The input encoding, or `.auto` to detect it (see ``TextEncoding/decode(_:as:)``).
    public var encoding: TextEncodingOption

    /// Options for reading; the defaults read a UTF-8 or GBK CSV with a header row.
    public init(delimiter: CSVDelimiter = .comma, hasHeader: Bool = true, encoding: TextEncodingOption = .auto) {
        self.delimiter = delimiter
        self.hasHeader = hasHeader
        self.encoding = encoding
    }

    /// Options for the file at `path`: a tab delimiter for `.tsv`/`.tab`, a comma otherwise, and a header row.
    public static func forFile(_ path: String, encoding: TextEncodingOption = .auto) -> CSVOptions {
        CSVOptions(delimiter: .forFile(path), encoding: encoding)
    }
}

// MARK: - Errors

/// A problem reading a CSV file, with the file and the line where the record starts.
///
/// A record with the wrong number of fields is ``isRecoverable``: the reader reports it and goes on with the
/// next record. Everything else (an unreadable file, undecodable bytes, an unterminated quote) ends the reading.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or read; the system's reason.
        case unreadable(String)
        /// The file could not be created or written (by ``CSVFileWriter``); the system's reason.
        case unwritable(String)
        /// Bytes that are not text in the file's encoding; the decoding error has the byte offset.
        case undecodable(TextDecodingError)
        /// A quoted field is never closed: the quote at ``CSVError/line``/``CSVError/column`` opens it.
        case unterminatedQuote
        /// Something other than a delimiter or a line end follows a closing quote (`"ab"c`): a quote inside a
        /// quoted field that was not doubled.
        case textAfterClosingQuote
        /// A record with a different number of fields from the header (or, without a header, the first record).
        case fieldCount(expected: Int, found: Int)
        /// The file has no records at all, so no header.
        case missingHeader
    }

    /// What went wrong.
    public var reason: Reason
    /// The file, when reading from one.
    public var file: String?
    /// 1-based line where the record (or, for ``Reason/unterminatedQuote``, the quoted field) starts;
    /// 0 when the file could not be read or written at all.
    public var line: Int
    /// 1-based column in characters, where one is known.
    public var column: Int?

    /// An error at `line` (and `column`).
    public init(_ reason: Reason, file: String? = nil, line: Int, column: Int? = nil) {
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
    }

    /// Whether reading goes on after this error: true only for ``Reason/fieldCount(expected:found:)``.
    public var isRecoverable: Bool {
        if case .fieldCount = reason { return true }
        return false
    }

    /// The reason in a sentence, without position.
    public var message: String {
        switch reason {
        case .unreadable(let reason):
            return "cannot read: \(reason)"
        case .unwritable(let reason):
            return "cannot write: \(reason)"
        case .undecodable(let error):
            return "byte offset \(error.offset): \(error.reason)"
        case .unterminatedQuote:
            return "the quoted field opened here is never closed (a missing \" turns the rest of the file into one field)"
        case .textAfterClosingQuote:
            return "unexpected text after a closing quote (a \" inside a quoted field must be doubled as \"\")"
        case .fieldCount(let expected, let found):
            return "expected \(expected) field\(expected == 1 ? "" : "s"), found \(found)"
        case .missingHeader:
            return "the file is empty: expected a header row naming the columns"
        }
    }

    /// `file:line:column: message`, or `line L, column C: message` without a file.
    public var description: String {
        switch reason {
        case .unreadable, .unwritable: return "\(file ?? "input"): \(message)"
        default: break
        }
        let column = column ?? columnOfDecodingError
        if let file {
            return column.map { "\(file):\(line):\($0): \(message)" } ?? "\(file):\(line): \(message)"
        }
        return column.map { "line \(line), column \($0): \(message)" } ?? "line \(line): \(message)"
    }

    private var columnOfDecodingError: Int? {
        if case .undecodable(let error) = reason { return error.column }
        return nil
    }

    /// The same error as the Exchange layer's ``ExchangeError`` (`file` stands in when ``file`` is unknown).
    public func exchangeError(file fallback: String = "input") -> ExchangeError {
        let file = self.file ?? fallback
        switch reason {
        case .unreadable(let reason):
            return .unreadable(file: file, reason: reason)
        case .missingHeader, .unwritable:
            return .unexpectedContent(file: file, reason: message)
        case .undecodable(let error):
            return .syntax(file: file, line: line, column: error.column, reason: message)
        default:
            return .syntax(file: file, line: line, column: column ?? 1, reason: message)
        }
    }

    /// This error, naming `file`.
    func inFile(_ file: String?) -> CSVError {
        var copy = self
        copy.file = file
        return copy
    }

    /// A decoding error as a CSV error at the same line.
    static func undecodable(_ error: TextDecodingError, file: String?) -> CSVError {
        CSVError(.undecodable(error), file: file, line: error.line)
    }
}

// MARK: - Records and tables

/// One record of a delimited file: its fields, unquoted, and the line where it starts.
public struct CSVRecord: Sendable, Equatable {
    /// 1-based line where the record starts (a record with quoted line breaks spans several lines).
    public var line: Int
    /// The fields, with quotes removed and doubled quotes undone.
    public var fields: [String]

    /// A record from its line and fields.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A header row: column names and where each is.
///
/// Names are trimmed of surrounding spaces, tabs and stray byte-order marks (files re-saved by Excel sometimes
/// carry a second one). When a name occurs twice, lookups find the first; ``duplicateNames`` lists the others.
public struct CSVHeader: Sendable, Equatable {
    /// The column names, in order.
    public let names: [String]
    /// 1-based line of the header row.
    public let line: Int
    /// Names that occur more than once.
    public let duplicateNames: [String]
    private let positions: [String: Int]

    /// A header from its names (trimmed) and line.
    public init(names: [String], line: Int = 1) {
        let trimmed = names.map { name -> String in
            var scalars = name.unicodeScalars[...]
            while let first = scalars.first, Self.isPadding(first) { scalars.removeFirst() }
            while let last = scalars.last, Self.isPadding(last) { scalars.removeLast() }
            return String(scalars)
        }
        var positions: [String: Int] = [:]
        var duplicates: [String] = []
        for (i, name) in trimmed.enumerated() {
            if positions[name] == nil { positions[name] = i } else if !duplicates.contains(name) { duplicates.append(name) }
        }
        self.names = trimmed
        self.line = line
        self.positions = positions
        self.duplicateNames = duplicates
    }

    private static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{FEFF}"
    }

    /// The 0-based position of the column `name`, or `nil` when there is none.
    public func index(of name: String) -> Int? { positions[name] }

    /// The value of column `name` in `record`, or `nil` when the header has no such column or the record
    /// is too short to reach it.
    public func value(_ name: String, in record: CSVRecord) -> String? {
        guard let i = positions[name], i < record.fields.count else { return nil }
        return record.fields[i]
    }

    /// Of `names`, those the header lacks, in the order given.
    public func missing(_ names: [String]) -> [String] {
        names.filter { positions[$0] == nil }
    }
}

/// A whole delimited file, read: header, well-formed records, and the records that had the wrong field count.
public struct CSVTable: Sendable {
    /// The header, when the options said there is one.
    public var header: CSVHeader?
    /// The data records with the expected number of fields, in file order.
    public var records: [CSVRecord]
    /// The records with the wrong number of fields, as errors with their lines (they are not in ``records``).
    public var problems: [CSVError]
    /// The encoding the file was read in.
    public var encoding: TextEncoding
}

// MARK: - Reading

/// Reads delimited text (RFC 4180 CSV, and TSV) in UTF-8 or GB18030.
///
/// - Fields may be quoted with `"`; a quoted field may contain delimiters, line breaks and doubled quotes (`""`).
///   A quote inside an unquoted field is kept as an ordinary character (`5"`), as Excel does.
/// - Records end at CRLF, LF or a lone CR; line breaks inside quotes are kept as they are in the field.
/// - Empty lines are skipped (so a one-column file cannot have an empty value on a line of its own), and a final
///   line break does not start a record.
/// - Every record carries the line where it starts, and every error its line, for reports.
///
/// ```swift
/// let table = try CSVReader.parse("code,name\r\n150702,\"海拉尔区\"\r\n")
/// table.header?.value("name", in: table.records[0])   // "海拉尔区"
/// ```
///
/// For large files, ``CSVRecordStream`` reads one record at a time.
public enum CSVReader {
    /// Reads the whole file at `path`.
    /// - Throws: ``CSVError`` when the file cannot be read or decoded, has an unterminated quote, or (with a
    ///   header expected) is empty. Records with the wrong field count are not thrown: see ``CSVTable/problems``.
    public static func read(path: String, options: CSVOptions? = nil) throws(CSVError) -> CSVTable {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            if case .unreadable(_, let reason) = error { throw CSVError(.unreadable(reason), file: path, line: 0) }
            throw CSVError(.unreadable(error.description), file: path, line: 0)
        }
        return try parse(bytes: bytes, options: options ?? .forFile(path), file: path)
    }

    /// Reads a file's contents held in memory; `file` names it in errors.
    /// - Throws: ``CSVError`` as ``read(path:options:)``.
    public static func parse(bytes: [UInt8], options: CSVOptions = CSVOptions(), file: String? = nil) throws(CSVError) -> CSVTable {
        let utf8: ArraySlice<UInt8>
        let encoding: TextEncoding
        do {
            (utf8, encoding) = try TextEncoding.decodedUTF8(bytes, as: options.encoding)
        } catch {
            throw .undecodable(error, file: file)
        }
        var tokenizer = CSVTokenizer(delimiter: options.delimiter.byte)
        utf8.withUnsafeBufferPointer { tokenizer.feed($0) }
        tokenizer.finish()
        if let failure = tokenizer.failure { throw failure.inFile(file) }
        return try table(tokenizer.takeRecords(), options: options, encoding: encoding, file: file)
    }

    /// Reads text already in memory (the encoding option is ignored: the text is already decoded); `file`, if
    /// given, names it in errors.
    /// - Throws: ``CSVError`` for an unterminated quote, text after a closing quote, or a missing header.
    public static func parse(_ text: String, options: CSVOptions = CSVOptions(), file: String? = nil) throws(CSVError) -> CSVTable {
        var text = text
        var tokenizer = CSVTokenizer(delimiter: options.delimiter.byte)
        text.withUTF8 { tokenizer.feed($0) }
        tokenizer.finish()
        if let failure = tokenizer.failure { throw failure.inFile(file) }
        return try table(tokenizer.takeRecords(), options: options, encoding: .utf8, file: file)
    }

    /// Splits records into header, good records and field-count problems.
    private static func table(_ all: [CSVRecord], options: CSVOptions, encoding: TextEncoding, file: String?) throws(CSVError) -> CSVTable {
        var header: CSVHeader?
        var data = all[...]
        if options.hasHeader {
            guard let first = data.popFirst() else { throw CSVError(.missingHeader, file: file, line: 1) }
            header = CSVHeader(names: first.fields, line: first.line)
        }
        let expected = header?.names.count ?? data.first?.fields.count ?? 0
        var records: [CSVRecord] = []
        records.reserveCapacity(data.count)
        var problems: [CSVError] = []
        for record in data {
            if record.fields.count == expected {
                records.append(record)
            } else {
                problems.append(CSVError(.fieldCount(expected: expected, found: record.fields.count), file: file, line: record.line))
            }
        }
        return CSVTable(header: header, records: records, problems: problems, encoding: encoding)
    }
}

// MARK: - Streaming

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

    private var descriptor: Int32 = -1
    private let chunkSize: Int
    private var tokenizer: CSVTokenizer
    private var pending: [CSVRecord] = []
    private var pendingIndex = 0
    private var pendingError: CSVError?
    private var finished = false
    private var carry: [UInt8] = []
    private var atStart = true
    private var counter = LineCounter()

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
        self.tokenizer = CSVTokenizer(delimiter: options.delimiter.byte)
        self.encoding = options.encoding.encoding ?? .utf8
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw unreadable(errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw CSVError(.unreadable("not a regular file"), file: path, line: 0) }

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
        var buffer = carry
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var n = 0
        repeat {
            n = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + oldCount, chunkSize) }
        } while n < 0 && errno == EINTR
        if n < 0 { return fail(unreadable(errno)) }
        buffer.removeSubrange((oldCount + n)...)
        let atEnd = n == 0
        var start = 0
        if atStart {
            if buffer.count < 3 && !atEnd { carry = buffer; return }
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3; counter.offset = 3 }
            atStart = false
        }
        let scan = buffer.withUnsafeBufferPointer {
            UTF8Scan(UnsafeBufferPointer(rebasing: $0[start...]), isFinal: atEnd, stopAtFirstError: true)
        }
        let validEnd = start + (scan.firstInvalid ?? (buffer.count - start - scan.incompleteTail))
        buffer.withUnsafeBufferPointer { all in
            let valid = UnsafeBufferPointer(rebasing: all[start..<validEnd])
            tokenizer.feed(valid)
            counter.advance(over: valid)
        }
        pending.append(contentsOf: tokenizer.takeRecords())
        if let failure = tokenizer.failure { return fail(failure.inFile(file)) }
        if scan.firstInvalid != nil {
            var found = Array(buffer[validEnd..<min(validEnd + 4, buffer.count)])
            if found.count < 4 && !atEnd {
                // The chunk ended just after the bad byte: read the few bytes the message shows.
                var more = [UInt8](repeating: 0, count: 4 - found.count)
                let m = more.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if m > 0 { found += more[0..<m] }
            }
            let error = TextDecodingError(
                encoding: .utf8, offset: counter.offset, line: counter.line, column: counter.offset - counter.lineStart + 1,
                bytes: found,
                reason: "not valid UTF-8 (if the file was saved by Excel on Chinese Windows, read it as GB18030)")
            return fail(.undecodable(error, file: file))
        }
        carry = Array(buffer[validEnd...])
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
        var carry: [UInt8] = []
        var first = true
        var chunk = [UInt8](repeating: 0, count: max(chunkSize, 4096))
        while true {
            var n = 0
            repeat {
                n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            } while n < 0 && errno == EINTR
            guard n >= 0 else { throw unreadable(errno) }
            var buffer = carry
            buffer.append(contentsOf: chunk[0..<n])
            if first && (buffer.count >= 3 || n == 0) {
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
                first = false
            }
            let scan = buffer.withUnsafeBufferPointer { UTF8Scan($0, isFinal: n == 0, stopAtFirstError: true) }
            if scan.firstInvalid != nil { return false }
            if n == 0 { return true }
            carry = Array(buffer[(buffer.count - scan.incompleteTail)...])
        }
    }

    private func unreadable(_ code: Int32) -> CSVError {
        CSVError(.unreadable(String(cString: strerror(code))), file: file, line: 0)
    }

    private func closeFile() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }
}

// MARK: - Tokenizer

/// The RFC 4180 state machine over UTF-8 bytes, fed in pieces of any size (a piece may end inside a field,
/// a quoted line break or a CRLF, but not inside a UTF-8 character).
///
/// Delimiter, quote, CR and LF are ASCII, so they never occur inside a multi-byte character and the bytes of a
/// field can be collected without decoding.
struct CSVTokenizer {
    private enum State { case recordStart, fieldStart, unquoted, quoted, quoteAfterQuoted }
    private static let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    private let delimiter: UInt8
    private var state = State.recordStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var recordLine = 1
    /// Position of the next byte: line (breaks at LF, CRLF, lone CR) and column in characters.
    private var line = 1
    private var column = 1
    private var previousWasCR = false
    private var quoteLine = 1
    private var quoteColumn = 1
    private var records: [CSVRecord] = []
    /// The fatal error that stopped the tokenizer; further input is ignored.
    private(set) var failure: CSVError?

    init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    /// The records completed so far, handed over (the tokenizer forgets them).
    mutating func takeRecords() -> [CSVRecord] {
        defer { records = [] }
        return records
    }

    /// Consumes `bytes`.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        for byte in bytes {
            switch state {
            case .recordStart, .fieldStart:
                if state == .recordStart {
                    // Empty lines (and the LF of a CRLF) start nothing.
                    if byte == Self.lf || byte == Self.cr { break }
                    recordLine = line
                }
                if byte == Self.quote {
                    quoteLine = line
                    quoteColumn = column
                    state = .quoted
                } else if !endsField(byte) {
                    field.append(byte)
                    state = .unquoted
                }
            case .unquoted:
                if !endsField(byte) { field.append(byte) }
            case .quoted:
                if byte == Self.quote { state = .quoteAfterQuoted } else { field.append(byte) }
            case .quoteAfterQuoted:
                if byte == Self.quote {
                    field.append(byte)
                    state = .quoted
                } else if !endsField(byte) {
                    failure = CSVError(.textAfterClosingQuote, line: line, column: column)
                    return
                }
            }
            if byte == Self.lf {
                if !previousWasCR { line += 1 }
                column = 1
            } else if byte == Self.cr {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            previousWasCR = byte == Self.cr
        }
    }

    /// Ends the current field when `byte` is the delimiter, and the record too when it is a line break.
    /// - Returns: `true` when the byte was consumed so.
    private mutating func endsField(_ byte: UInt8) -> Bool {
        if byte == delimiter {
            endField()
            state = .fieldStart
            return true
        }
        if byte == Self.lf || byte == Self.cr {
            endField()
            endRecord()
            return true
        }
        return false
    }

    /// Ends the input: completes the last record, or fails on an open quote.
    mutating func finish() {
        guard failure == nil else { return }
        switch state {
        case .recordStart:
            break
        case .quoted:
            failure = CSVError(.unterminatedQuote, line: quoteLine, column: quoteColumn)
        case .fieldStart, .unquoted, .quoteAfterQuoted:
            endField()
            endRecord()
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord() {
        let count = fields.count
        records.append(CSVRecord(line: recordLine, fields: fields))
        fields = []
        fields.reserveCapacity(count)
        state = .recordStart
    }
}
