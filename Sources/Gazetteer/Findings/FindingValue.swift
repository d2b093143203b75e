/// A value that fills a placeholder of a finding's message template.
///
/// Values stay typed until a message is rendered, so that the same finding reads correctly in Chinese and English
/// and a program reading the JSON report gets the raw value, not a sentence.
public enum FindingValue: Sendable, Equatable {
    /// Text that reads the same in every language: an id, a name, a file position.
    case text(String)
    /// Text that has a translation: a reason, a layer's name.
    case localized(LocalizedText)
    /// A number with its unit.
    case quantity(Quantity)

    /// The value as it appears in a message in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .text(let text): return text
        case .localized(let text): return text.text(language)
        case .quantity(let quantity): return quantity.formatted
        }
    }
}

extension FindingValue: ExpressibleByStringLiteral {
    /// A plain text value from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
}
