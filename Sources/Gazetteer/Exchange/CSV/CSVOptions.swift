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
    /// The longest record read, in bytes (``ImportLimits/maximumRecordBytes`` by default); a longer one stops the
    /// reading with ``CSVError/Reason/recordTooLong(limit:)``.
    public var maximumRecordBytes = ImportLimits.maximumRecordBytes

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
