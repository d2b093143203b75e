/// A finding of a round as recorded when the round was closed: the round, the finding's id, code, subjects,
/// severity, message in both languages, and the measured value and threshold with their unit.
///
/// These rows are the round's findings of record (what the two sides signed), kept even when a later check of the
/// registry no longer reports them.
public struct RoundFindingRecord: Sendable, Equatable {
    public var round: String
    /// The finding's stable id (``Finding/identity``).
    public var finding: String
    public var code: String
    public var subjects: [String]
    public var severity: Finding.Severity
    public var message: LocalizedText
    public var measured: Quantity?
    public var threshold: Quantity?

    /// A record; see the properties.
    public init(round: String, finding: String, code: String, subjects: [String], severity: Finding.Severity, message: LocalizedText,
                measured: Quantity? = nil, threshold: Quantity? = nil) {
        self.round = round
        self.finding = finding
        self.code = code
        self.subjects = subjects
        self.severity = severity
        self.message = message
        self.measured = measured
        self.threshold = threshold
    }

    /// The record of `finding` in `round`.
    public init(_ finding: Finding, round: String) {
        self.init(round: round, finding: finding.identity, code: finding.code.id, subjects: finding.subjects, severity: finding.severity,
                  message: LocalizedText(zh: finding.message(.zh), en: finding.message(.en)), measured: finding.measured,
                  threshold: finding.threshold)
    }
}
