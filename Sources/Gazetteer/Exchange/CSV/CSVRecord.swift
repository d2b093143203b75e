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
