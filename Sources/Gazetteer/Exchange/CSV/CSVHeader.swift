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
