/// One joint inspection (联检) of a boundary line: the line, which inspection of it this is, the year, the parties
/// that walk it together, and whether it has been closed.
///
/// A round is opened by `gazetteer inspect round create`, collects field observations by `… import`, and is closed
/// by `… close` with the decision that approved its report; a closed round takes no more observations. Rounds are
/// never deleted; closing only fills in the close fields, once.
public struct InspectionRound: Sendable, Equatable {
    /// The round's id, `<line>-<ordinal>` (e.g. "1523-4"): the ordinal is unique per line, so the id is too.
    public var id: String
    /// The code of the line inspected.
    public var lineCode: String
    /// Which inspection of the line this is (1 for the first).
    public var ordinal: Int
    /// The year of the round (the field work's year).
    public var year: Int
    /// The parties that inspect the line jointly, e.g. 内蒙古自治区 and 黑龙江省, in the order given.
    public var parties: [String]
    /// Who opened it, and on which day.
    public var openedBy: String
    public var openedOn: RegistryDate
    /// The day it was closed and the decision (文号) that approved its report; nil while open.
    public var closedOn: RegistryDate?
    public var decision: String?

    /// A round; see the properties.
    public init(id: String, lineCode: String, ordinal: Int, year: Int, parties: [String], openedBy: String, openedOn: RegistryDate,
                closedOn: RegistryDate? = nil, decision: String? = nil) {
        self.id = id
        self.lineCode = lineCode
        self.ordinal = ordinal
        self.year = year
        self.parties = parties
        self.openedBy = openedBy
        self.openedOn = openedOn
        self.closedOn = closedOn
        self.decision = decision
    }

    /// The id a round of `line` with `ordinal` gets.
    public static func id(line: String, ordinal: Int) -> String { "\(line)-\(ordinal)" }

    /// Whether it is closed on `asOf` (now when nil).
    public func isClosed(asOf: RegistryDate? = nil) -> Bool {
        guard let closedOn else { return false }
        return asOf.map { closedOn <= $0 } ?? true
    }

    /// The years a round may name: from the first provincial line surveys to a little past today's.
    public static let plausibleYears = 1949...2100
}

extension RegistryDate {
    /// The day before this one (a closed round is compared with the registry as it stood the day before its close,
    /// when the close's status updates were not yet in force).
    public var dayBefore: RegistryDate? {
        if day > 1 { return RegistryDate(year: year, month: month, day: day - 1) }
        if month > 1 {
            let previous = month - 1
            let last = (28...31).last { RegistryDate(year: year, month: previous, day: $0) != nil } ?? 28
            return RegistryDate(year: year, month: previous, day: last)
        }
        return RegistryDate(year: year - 1, month: 12, day: 31)
    }
}
