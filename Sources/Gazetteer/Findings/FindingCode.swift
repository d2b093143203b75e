/// One entry of the finding catalogue: a stable code, its severity, and its message in Chinese and English.
///
/// Templates name their placeholders in braces (`{subject}`, `{reason}`); a ``Finding`` supplies the values and
/// the message is rendered when a report asks for it, in the report's language. Codes are stable: worklists,
/// scripts and the HTTP service key on them. Every code is listed in ``FindingCode/catalogue`` and documented in
/// `docs/FINDINGS.md`, which is generated from it (`gazetteer findings-catalogue`).
public struct FindingCode: Sendable, Hashable, CustomStringConvertible {
    /// The stable id: a family and a name, e.g. `geometry.invalid`, `import.record-rejected`.
    public let id: String
    /// The severity a finding with this code has unless its producer says otherwise.
    public let severity: Finding.Severity
    /// A short title for the catalogue and for report legends.
    public let title: LocalizedText
    /// The message, with `{placeholder}`s filled from ``Finding/values``.
    public let template: LocalizedText
    /// What each placeholder holds, in the catalogue's order (documentation).
    public let placeholders: [(name: String, meaning: String)]
    /// What the user should do about it (documentation and the HTML report's legend).
    public let advice: LocalizedText

    /// A catalogue entry; codes are declared only in `FindingCatalogue.swift`.
    init(_ id: String, _ severity: Finding.Severity, title: LocalizedText, template: LocalizedText,
         placeholders: [(name: String, meaning: String)], advice: LocalizedText) {
        self.id = id
        self.severity = severity
        self.title = title
        self.template = template
        self.placeholders = placeholders
        self.advice = advice
    }

    /// The family, the part of the id before the first dot (`geometry`, `import`).
    public var family: String { String(id.prefix { $0 != "." }) }

    /// The id.
    public var description: String { id }

    /// The code with `id`, or `nil` when the catalogue has none.
    public init?(id: String) {
        guard let code = Self.catalogue.first(where: { $0.id == id }) else { return nil }
        self = code
    }

    /// The template in `language` with each `{name}` replaced by `values[name]`; a placeholder without a value
    /// stays visible as `{name}` so that a missing value is noticed rather than silently dropped.
    public func message(_ language: Language, values: [String: FindingValue]) -> String {
        var out = ""
        var rest = Substring(template.text(language))
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name]?.text(language) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The placeholder names that appear in the template's `language` text, in order.
    public func templatePlaceholders(_ language: Language) -> [String] {
        var names: [String] = []
        var rest = Substring(template.text(language))
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    public static func == (a: FindingCode, b: FindingCode) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
