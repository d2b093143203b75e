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
