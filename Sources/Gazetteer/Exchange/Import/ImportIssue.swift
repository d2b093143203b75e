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

    public init(_ severity: Finding.Severity = .error, position: String, key: String? = nil, field: String? = nil, reason: LocalizedText) {
        self.severity = severity
        self.position = position
        self.key = key
        self.field = field
        self.reason = reason
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
    public var file: String
    public var issues: [ImportIssue]
    public var recordCount: Int

    public var description: String {
        let errors = issues.filter { $0.severity == .error }
        return "\(file): \(errors.count) problem(s) in \(recordCount) record(s); nothing was imported:\n"
            + errors.map { "  " + $0.line(.en) }.joined(separator: "\n")
    }
}
