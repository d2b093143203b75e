/// The product of every check: what is wrong (or noteworthy), about which record, where, by how much.
///
/// Codes are stable (`geometry.invalid`, later `marker.off-line`, `name.foreign`…) so that worklists and scripts
/// can rely on them; messages come in Chinese and English.
public struct Finding: Sendable, Equatable {
    /// How serious a finding is. Error-severity findings make the CLI exit with status 1.
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case info, warning, error

        /// The severity's label in `language`.
        public func label(_ language: Language) -> String {
            switch (self, language) {
            case (.info, .zh): return "提示"
            case (.warning, .zh): return "警告"
            case (.error, .zh): return "错误"
            case (_, .en): return rawValue
            }
        }

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Stable machine-readable code, e.g. `geometry.invalid`.
    public var code: String
    /// How serious it is.
    public var severity: Severity
    /// The ids of the records concerned (a feature label, a unit code, a marker number).
    public var subjects: [String]
    /// Where it is, in the registry's CRS, when it has a place.
    public var location: Coordinate?
    /// The measured value, when the check measures something (a distance in metres, an area in km²).
    public var measured: Double?
    /// The threshold the measured value was compared with.
    public var threshold: Double?
    /// What a person reads.
    public var message: LocalizedText

    /// A finding; see the properties for the meaning of each argument.
    public init(
        code: String, severity: Severity, subjects: [String], location: Coordinate? = nil,
        measured: Double? = nil, threshold: Double? = nil, message: LocalizedText
    ) {
        self.code = code
        self.severity = severity
        self.subjects = subjects
        self.location = location
        self.measured = measured
        self.threshold = threshold
        self.message = message
    }
}
