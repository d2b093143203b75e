/// A field value of a registry record, independent of where it is stored or exchanged.
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    case text(String)
    case integer(Int64)
    case real(Double)

    /// The value as it is written in a table cell or CSV field.
    public var description: String {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d):
            if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
            return String(d)
        }
    }

    /// The numeric value, when it has one.
    public var double: Double? {
        switch self {
        case .text(let s): return Double(s)
        case .integer(let i): return Double(i)
        case .real(let d): return d
        }
    }
}

/// A record's fields by name; absent means unknown.
public typealias FieldBag = [String: FieldValue]
