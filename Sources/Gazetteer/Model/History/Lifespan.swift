/// A calendar date without time zone (the registry records decisions by day).
public struct RegistryDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, month and day in one number (`year << 9 | month << 5 | day`), which orders as the dates do: a record
    /// carries up to three dates, and three `Int`s each made every place name 60 bytes larger.
    private let packed: UInt32

    /// The year, 1–9999.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1–12.
    public var month: Int { Int(packed >> 5 & 0xF) }
    /// The day of the month, from 1.
    public var day: Int { Int(packed & 0x1F) }

    /// A date; the components are checked (including leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
            return nil
        }
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Parses ISO 8601 "YYYY-MM-DD" (also "YYYY/MM/DD" and "YYYYMMDD", as spreadsheets write them).
    public init?(_ text: String) {
        let trimmed = text.trimmedWhitespace
        let parts: [Substring]
        if trimmed.count == 8, trimmed.allSatisfy(\.isNumber) {
            parts = [trimmed.prefix(4), trimmed.dropFirst(4).prefix(2), trimmed.suffix(2)]
        } else {
            parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        }
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The dates a record may carry (its `valid_from` and `valid_to`, an import's or a rename's effective day):
    /// 1900-01-01 to 2099-12-31. The calendar allows years 1–9999, but a unit or name dated 0001 or 2999 is a typo
    /// (a dropped or doubled digit), and one dated far ahead would silently vanish from every query of today.
    public static let recordable = RegistryDate(year: 1900, month: 1, day: 1)!...RegistryDate(year: 2099, month: 12, day: 31)!

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "YYYY-MM-DD".
    /// `YYYY-MM-DD`. Written digit by digit into a small string (ten bytes, no allocation): an import formats
    /// a date or two for every record, and padding and interpolating strings was a few per cent of it.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { bytes in
            func digits(_ n: Int, _ width: Int, at start: Int) {
                var n = n
                for k in stride(from: start + width - 1, through: start, by: -1) {
                    bytes[k] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
            }
            digits(year, 4, at: 0)
            bytes[4] = UInt8(ascii: "-")
            digits(month, 2, at: 5)
            bytes[7] = UInt8(ascii: "-")
            digits(day, 2, at: 8)
            return 10
        }
    }

    public static func < (a: RegistryDate, b: RegistryDate) -> Bool {
        a.packed < b.packed
    }
}

/// When a version of a record was in force: from `validFrom` (inclusive) to `validTo` (exclusive), open-ended
/// when `validTo` is `nil`.
///
/// Nothing in the registry is deleted: an edit closes the old version's lifespan and opens a new one, so the
/// registry can answer "as of date D".
public struct Lifespan: Hashable, Sendable {
    /// The first day in force; `nil` when unknown (in force since before records began).
    public var validFrom: RegistryDate?
    /// The first day no longer in force; `nil` while current.
    public var validTo: RegistryDate?

    /// A lifespan; `validTo` must not precede `validFrom`.
    public init(from validFrom: RegistryDate? = nil, to validTo: RegistryDate? = nil) {
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// `true` when the version is in force on `date`.
    public func contains(_ date: RegistryDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validTo, date >= validTo { return false }
        return true
    }

    /// `true` while the version has not been closed.
    public var isCurrent: Bool { validTo == nil }

    /// Checks the invariant that the lifespan does not end before it begins.
    public var isWellFormed: Bool {
        guard let validFrom, let validTo else { return true }
        return validFrom <= validTo
    }
}

import Foundation
