/// What a set of findings adds up to: how many things were checked, how many findings of each severity, and
/// the totals a check reports beside its findings (an import's counts, a measure's total area).
public struct FindingSummary: Sendable, Equatable {
    /// One total a report states: a stable key for programs, a label for people, a value with its unit.
    public struct Total: Sendable, Equatable {
        /// Stable key, e.g. `area_km2`, `created`.
        public var key: String
        /// What a person reads before the value.
        public var label: LocalizedText
        /// The value.
        public var quantity: Quantity

        /// A total; see the properties.
        public init(key: String, label: LocalizedText, quantity: Quantity) {
            self.key = key
            self.label = label
            self.quantity = quantity
        }
    }

    /// How many subjects (features, records) were checked.
    public var checked: Int
    /// Findings at error severity.
    public var errors: Int
    /// Findings at warning severity.
    public var warnings: Int
    /// Findings at info severity.
    public var infos: Int
    /// Accepted exceptions (``FindingStatus/accepted``), not counted above: they never set the exit status.
    public var accepted: Int
    /// How many accepted exceptions a report leaves out of its list (all of them unless `--show-accepted`).
    public var acceptedHidden = 0
    /// The check's own totals, in the order it states them.
    public var totals: [Total]
    /// The check's verdict in a sentence, when it has one to say ("导入被拒绝…", "行政区划：读取 14 条…").
    public var statement: LocalizedText?
    /// Whether ``statement`` already says every total, so a terminal shows it alone (an import's counts); the
    /// totals still go to JSON and HTML.
    public var statementIncludesTotals = false

    /// The summary of `findings` over `checked` subjects.
    public init(findings: [Finding], checked: Int, totals: [Total] = [], statement: LocalizedText? = nil) {
        self.checked = checked
        let counted = findings.filter { !$0.status.isAccepted }
        errors = counted.filter { $0.severity == .error }.count
        warnings = counted.filter { $0.severity == .warning }.count
        infos = counted.filter { $0.severity == .info }.count
        accepted = findings.count - counted.count
        self.totals = totals
        self.statement = statement
    }

    /// The most serious severity found, `nil` when there are no findings.
    public var worst: Finding.Severity? {
        errors > 0 ? .error : warnings > 0 ? .warning : infos > 0 ? .info : nil
    }

    /// The counts in a sentence: "检查 14 项：错误 1，警告 0，提示 0。"
    public func counts(_ language: Language) -> String {
        switch language {
        case .zh: return "检查 \(checked) 项：错误 \(errors)，警告 \(warnings)，提示 \(infos)。"
        case .en: return "\(checked) checked: \(errors) error(s), \(warnings) warning(s), \(infos) note(s)."
        }
    }
}
