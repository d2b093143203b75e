/// Writes delimited text as Excel opens it: UTF-8 with a byte-order mark, CRLF line ends, and quotes only around
/// fields that need them (those containing the delimiter, a quote, CR or LF; quotes inside are doubled).
///
/// Without the byte-order mark, Excel on Chinese Windows reads a UTF-8 CSV as GBK and shows mojibake.
/// Excel still turns long digit strings into numbers (`150700000000` → `1.507E+11`, `001` → `1`) whatever the
/// quoting; import through Data ▸ From Text to keep codes as text. ``CSVReader`` reads the output back exactly.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.writeRecord(["code", "name"])
/// writer.writeRecord(["150702", "海拉尔区, 呼伦贝尔"])
/// writer.bytes   // EF BB BF "code,name\r\n150702,\"海拉尔区, 呼伦贝尔\"\r\n"
/// ```
public struct CSVWriter: Sendable {
    /// The field delimiter.
    public let delimiter: CSVDelimiter
    /// The output so far: the byte-order mark (if asked for) and every record written.
    public private(set) var bytes: [UInt8]

    /// A writer into memory.
    /// - Parameters:
    ///   - delimiter: comma by default; tab for TSV.
    ///   - byteOrderMark: whether the output starts with EF BB BF (the default, for Excel).
    public init(delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = true) {
        self.delimiter = delimiter
        self.bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    }

    /// Appends one record and its CRLF.
    ///
    /// A record of one empty field is written as `""`: an empty line would be skipped when read back.
    public mutating func writeRecord(_ fields: [String]) {
        if fields.count == 1 && fields[0].isEmpty {
            bytes.append(contentsOf: [0x22, 0x22, 0x0D, 0x0A])
            return
        }
        for field in fields { append(field: field) }
        endRecord()
    }

    /// Fields of the record being written so far (``append(field:)`` and its kin; ``endRecord()`` resets it).
    private var fieldsInRecord = 0

    /// Appends one field to the record being written, quoted if it needs it. End the record with ``endRecord()``.
    ///
    /// For writers of many records that hold their fields in several places (a record read plus columns added to
    /// it): no array of the record's fields is made.
    public mutating func append(field: String) {
        beginField()
        Self.appendField(field, delimiter: delimiter.byte, to: &bytes)
    }

    /// Appends an integer field.
    public mutating func append(integer: Int) {
        beginField()
        Self.appendDigits(of: integer.magnitude, negative: integer < 0, to: &bytes)
    }

    /// Appends `value` rounded to thousandths, in the shortest form that reads back as the rounded value
    /// (`24130.386`, `491308`, `0.5`): the text `String(Double)` gives the rounded value, without making it.
    /// `nil` and non-finite values give an empty field.
    public mutating func append(thousandths value: Double?) {
        beginField()
        guard let value, value.isFinite else { return }
        let scaled = (value * 1000).rounded()
        // Below 10¹² every multiple of 0.001 has at most 15 significant digits, so it is the shortest text of the
        // double nearest to it, which is what dividing by 1000 gives. Larger values take the general path.
        guard abs(scaled) < 1e15 else {
            var text = ""
            JSONWriter.writeNumber(scaled / 1000, precision: nil, to: &text)
            bytes.append(contentsOf: text.utf8)
            return
        }
        let millis = Int64(scaled)
        let whole = millis.magnitude / 1000
        var fraction = millis.magnitude % 1000
        Self.appendDigits(of: UInt(whole), negative: millis < 0, to: &bytes)
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        var divisor: UInt64 = digits == 3 ? 100 : digits == 2 ? 10 : 1
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends `bytes`, the text of `fields` fields already in the file's form (delimited, quoted where needed), to
    /// the record being written: a row read from a file whose fields need no quotes, written back unchanged.
    mutating func append(verbatim bytes: UnsafeBufferPointer<UInt8>, fields: Int) {
        if fieldsInRecord > 0 { self.bytes.append(delimiter.byte) }
        self.bytes.append(contentsOf: bytes)
        fieldsInRecord += max(1, fields)
    }

    /// Makes room for `count` bytes in all, so that a writer of a known amount grows its buffer once.
    mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Ends the record being written with CRLF.
    public mutating func endRecord() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        fieldsInRecord = 0
    }

    private mutating func beginField() {
        if fieldsInRecord > 0 { bytes.append(delimiter.byte) }
        fieldsInRecord += 1
    }

    private static func appendDigits(of magnitude: some UnsignedInteger, negative: Bool, to out: inout [UInt8]) {
        if negative { out.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = UInt64(magnitude), count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends several records.
    public mutating func writeRecords(_ records: [[String]]) {
        for record in records { writeRecord(record) }
    }

    /// Hands over the bytes written so far and starts an empty buffer (no second byte-order mark).
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Whether `field` must be quoted: it contains the delimiter, a quote, CR or LF.
    ///
    /// An empty field is written as nothing, not `""`; leading and trailing spaces are kept unquoted
    /// (RFC 4180 makes them part of the field, and ``CSVReader`` keeps them).
    public static func needsQuoting(_ field: String, delimiter: CSVDelimiter = .comma) -> Bool {
        field.utf8.contains { $0 == delimiter.byte || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    }

    /// `field` as it appears in the file: itself, or quoted with inner quotes doubled.
    public static func escaped(_ field: String, delimiter: CSVDelimiter = .comma) -> String {
        var out: [UInt8] = []
        appendField(field, delimiter: delimiter.byte, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The file contents for `records`.
    public static func encode(_ records: [[String]], delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = true) -> [UInt8] {
        var writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark)
        writer.writeRecords(records)
        return writer.bytes
    }

    /// Writes `records` to a new file at `path` (replacing any file there).
    /// - Throws: ``CSVError`` with ``CSVError/Reason/unwritable(_:)`` and the system's reason when the file cannot
    ///   be written.
    public static func write(_ records: [[String]], to path: String, delimiter: CSVDelimiter = .comma,
                             byteOrderMark: Bool = true) throws(CSVError) {
        let file = try CSVFileWriter(path: path, delimiter: delimiter, byteOrderMark: byteOrderMark)
        try file.writeRecords(records)
        try file.close()
    }

    private static func appendField(_ field: String, delimiter: UInt8, to out: inout [UInt8]) {
        var field = field
        // A native string's bytes, scanned in place: the generic `contains` over the UTF-8 view was a tenth of
        // writing a bulk-locate result.
        let plain = field.withUTF8 { bytes in
            for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0D || byte == 0x0A { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain { return }
        let utf8 = field.utf8
        out.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        out.append(0x22)
    }
}

/// Writes records to a file as they come, in ``CSVWriter``'s format, through ``TextOutput``: the file appears whole
/// at ``close()`` (written beside it, synced, renamed into place) or not at all.
///
/// Call ``close()`` to publish the file and learn of write errors; a writer dropped without it is abandoned: its
/// temporary file is removed and a file already at `path` is left as it was (on a lent descriptor, records still
/// buffered are dropped). Not thread safe.
public final class CSVFileWriter {
    /// The file written to.
    public let path: String
    private var writer: CSVWriter
    private let output: TextOutput
    private var isClosed = false
    private static let flushSize = 1 << 16

    /// Starts writing the file at `path`, replacing any file there when closed.
    /// - Throws: ``CSVError`` (unwritable, with the system's reason) when it cannot be created: a directory, a
    ///   missing or read-only directory.
    public init(path: String, delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = true) throws(CSVError) {
        self.path = path
        self.writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark)
        do { output = try TextOutput(path: path) } catch { throw Self.csvError(error, path) }
    }

    /// Writes to an open descriptor (such as 1, standard output), which ``close()`` flushes but leaves open.
    public init(fileDescriptor: Int32, name: String = "<stdout>", delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = true) {
        self.path = name
        self.writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark)
        self.output = TextOutput(borrowing: fileDescriptor, name: name)
    }

    /// Writes one record.
    /// - Throws: ``CSVError`` when a buffer flush fails; the file is then abandoned.
    public func writeRecord(_ fields: [String]) throws(CSVError) {
        guard !isClosed else { return }
        writer.writeRecord(fields)
        if writer.bytes.count >= Self.flushSize { try flush() }
    }

    /// Writes several records.
    public func writeRecords(_ records: [[String]]) throws(CSVError) {
        for record in records { try writeRecord(record) }
    }

    /// Writes out the buffer.
    /// - Throws: ``CSVError`` with the system's reason when the write fails (disk full, closed pipe).
    public func flush() throws(CSVError) {
        guard !isClosed else { return }
        do {
            try output.write(bytes: writer.takeBytes())
            try output.flush()
        } catch {
            isClosed = true
            throw Self.csvError(error, path)
        }
    }

    /// Flushes, syncs and closes the file and moves it into place (a descriptor given to
    /// ``init(fileDescriptor:name:delimiter:byteOrderMark:)`` is flushed and stays open). Further writes are ignored.
    /// - Throws: ``CSVError`` when the last write, the sync, the close or the rename fails; nothing is left then.
    public func close() throws(CSVError) {
        guard !isClosed else { return }
        isClosed = true
        do {
            try output.write(bytes: writer.takeBytes())
            try output.finish()
        } catch {
            throw Self.csvError(error, path)
        }
    }

    private static func csvError(_ error: OutputError, _ path: String) -> CSVError {
        CSVError(.unwritable(error.systemReason), file: path, line: 0)
    }
}
