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
        var tokenizer = CSVTokenizer(delimiter: options.delimiter.byte, maximumRecordBytes: options.maximumRecordBytes)
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
        var tokenizer = CSVTokenizer(delimiter: options.delimiter.byte, maximumRecordBytes: options.maximumRecordBytes)
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
