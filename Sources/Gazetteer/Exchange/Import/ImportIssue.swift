/// A problem with one input record, found before anything is written.
public struct ImportIssue: Sendable, Equatable {
    /// Whether the issue blocks the record (`error`) or is only reported (`warning`).
    public var severity: Finding.Severity
    /// Where the record is in the file: "features[3]" or "line 17".
    public var position: String
    /// The record's key, when it has one.
    public var key: String?
    /// The field concerned (`geometry` for the geometry), when one is.
    public var field: String?
    /// Why, in both languages.
    public var reason: LocalizedText

    /// An issue; see the properties.
    public init(_ severity: Finding.Severity = .error, position: String, key: String? = nil, field: String? = nil, reason: LocalizedText) {
        self.severity = severity
        self.position = position
        self.key = key
        self.field = field
        self.reason = reason
    }

    /// The catalogue code for an issue of this severity: rejected record, warning, or note.
    public var code: FindingCode {
        switch severity {
        case .error: return .importRecordRejected
        case .warning: return .importRecordWarning
        case .info: return .importRecordNote
        }
    }

    /// The issue as a finding about `file` (`import.record-rejected`, `import.record-warning`, `import.record-note`).
    public func finding(file: String) -> Finding {
        var record = position
        if let key, !key.isEmpty { record += " (\(key))" }
        return Finding(
            code, severity: severity, subjects: key.map { [$0] } ?? [], file: file, record: position, field: field,
            values: ["record": .text(record), "field": .text(field ?? "—"), "reason": .localized(reason)])
    }

    /// One line for a terminal: "features[3] (150723) geometry: 几何无效…".
    public func line(_ language: Language) -> String {
        var text = position
        if let key, !key.isEmpty { text += " (\(key))" }
        if let field { text += " \(field)" }
        return text + ": " + reason.text(language)
    }
}

/// An import that was refused: every issue found, and nothing written.
public struct ImportRefused: Error, Sendable, CustomStringConvertible {
    /// The file whose records were refused.
    public var file: String
    /// Every issue found, errors and warnings.
    public var issues: [ImportIssue]
    /// How many records the file holds.
    public var recordCount: Int

    /// The issues as findings, in file order.
    public var findings: [Finding] { issues.map { $0.finding(file: file) } }

    public var description: String {
        let errors = issues.filter { $0.severity == .error }
        return "\(file): \(errors.count) problem(s) in \(recordCount) record(s); nothing was imported:\n"
            + errors.map { "  " + $0.line(.en) }.joined(separator: "\n")
    }
}
