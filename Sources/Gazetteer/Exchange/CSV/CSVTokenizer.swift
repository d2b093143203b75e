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

    /// The longest record kept, in bytes; a longer one is a fatal ``CSVError/Reason/recordTooLong(limit:)``.
    private let maximumRecordBytes: Int
    private var recordBytes = 0

    init(delimiter: UInt8, maximumRecordBytes: Int = ImportLimits.maximumRecordBytes) {
        self.delimiter = delimiter
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// The records completed so far, handed over (the tokenizer forgets them).
    mutating func takeRecords() -> [CSVRecord] {
        defer { records = [] }
        return records
    }

    /// Consumes `bytes`.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, let base = bytes.baseAddress else { return }
        var i = 0
        while i < bytes.count {
            // Inside a field, the bytes up to the next one that can end it (or a quote, in a quoted field) are
            // taken as one run: appending and counting byte by byte was most of the tokenizer's time.
            if state == .unquoted || state == .quoted {
                let run = runLength(base + i, bytes.count - i, stopAtQuote: state == .quoted)
                if run > 0 {
                    recordBytes += run
                    if recordBytes > maximumRecordBytes {
                        failure = CSVError(.recordTooLong(limit: maximumRecordBytes), line: recordLine)
                        return
                    }
                    let piece = UnsafeBufferPointer(start: base + i, count: run)
                    field.append(contentsOf: piece)
                    for byte in piece where byte & 0xC0 != 0x80 { column += 1 }
                    previousWasCR = false
                    i += run
                    if i == bytes.count { return }
                }
            }
            step(base[i])
            if failure != nil { return }
            i += 1
        }
    }

    /// How many bytes from `start` hold no line break and no delimiter (no quote, with `stopAtQuote`).
    @inline(__always)
    private func runLength(_ start: UnsafePointer<UInt8>, _ count: Int, stopAtQuote: Bool) -> Int {
        let stop = stopAtQuote ? Self.quote : delimiter
        var n = 0
        while n < count {
            let byte = start[n]
            if byte == stop || byte == Self.lf || byte == Self.cr { break }
            n += 1
        }
        return n
    }

    /// Consumes one byte.
    private mutating func step(_ byte: UInt8) {
        if state != .recordStart {
            recordBytes += 1
            if recordBytes > maximumRecordBytes {
                // Most likely a quote never closed: nothing after it can be read reliably, so reading stops.
                failure = CSVError(.recordTooLong(limit: maximumRecordBytes), line: recordLine)
                return
            }
        }
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
        recordBytes = 0
        fields = []
        fields.reserveCapacity(count)
        state = .recordStart
    }
}
