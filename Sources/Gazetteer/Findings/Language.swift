/// The language of reports and messages. Chinese is the default: the registry's users read Chinese.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

/// A message in both report languages.
public struct LocalizedText: Sendable, Equatable {
    /// The Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// A message from its two translations.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }
}
