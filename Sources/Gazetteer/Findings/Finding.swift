/// The product of every check: what is wrong (or noteworthy), about which record, where, by how much.
///
/// A finding holds values, not sentences: its ``code`` names a catalogue entry whose template is filled from
/// ``values`` when a report renders ``message(_:)`` in a language. Reports (table, JSON, GeoJSON, CSV worklist,
/// HTML) all read the same findings.
public struct Finding: Sendable, Equatable {
    /// The catalogue entry: stable id, default severity, message templates.
    public var code: FindingCode
    /// How serious it is; the code's severity unless the producer decided otherwise.
    public var severity: Severity
    /// The ids of the records concerned (a feature label, a unit code, a marker number).
    public var subjects: [String]
    /// Where it is, in the registry's CRS (CGCS2000 longitude/latitude): a point, a line or a polygon.
    public var location: Geometry?
    /// The measured value, with its unit, when the check measures something.
    public var measured: Quantity?
    /// The threshold the measured value was compared with, in the same kind of unit.
    public var threshold: Quantity?
    /// The file the finding is about, when it comes from a file.
    public var file: String?
    /// The record's position in that file ("features[3]", "line 17").
    public var record: String?
    /// The field concerned (`geometry` for the geometry).
    public var field: String?
    /// The values that fill the code's template.
    public var values: [String: FindingValue]
    /// Whether a reviewer accepted it as an exception (see ``FindingReview``); open unless reviews were applied.
    public var status: FindingStatus = .open

    /// A finding; see the properties for the meaning of each argument. `severity` defaults to the code's.
    public init(
        _ code: FindingCode, severity: Severity? = nil, subjects: [String], location: Geometry? = nil,
        measured: Quantity? = nil, threshold: Quantity? = nil, file: String? = nil, record: String? = nil,
        field: String? = nil, values: [String: FindingValue] = [:]
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        self.subjects = subjects
        self.location = location
        self.measured = measured
        self.threshold = threshold
        self.file = file
        self.record = record
        self.field = field
        self.values = values
    }

    /// What a person reads, in `language`: the code's template filled from ``values``.
    public func message(_ language: Language) -> String {
        code.message(language, values: values)
    }
}
