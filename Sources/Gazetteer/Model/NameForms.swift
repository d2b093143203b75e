/// The status of one written form of a name.
public enum NameFormStatus: String, Sendable, CaseIterable, Codable {
    /// 标准名称: the approved form.
    case standard
    /// A variant in use (异写).
    case variant
    /// A former form (历史名称).
    case historical
    /// A form found in use that does not meet the rules (不规范).
    case nonstandard
}

/// The script or role of a written form.
public enum NameFormKind: String, Sendable, CaseIterable, Codable {
    /// The standard Chinese form.
    case chinese
    /// Hanyu Pinyin romanization per the place-name spelling rules.
    case romanization
    /// Traditional Mongolian script.
    case mongolianScript
    /// Latin transliteration of the Mongolian name.
    case mongolianLatin
    /// Another name in use (别名).
    case alias
}

/// One written form of a name, with its status and lifespan.
public struct NameForm: Hashable, Sendable {
    public var kind: NameFormKind
    public var text: String
    public var status: NameFormStatus
    public var lifespan: Lifespan

    public init(kind: NameFormKind, text: String, status: NameFormStatus = .standard, lifespan: Lifespan = Lifespan()) {
        self.kind = kind
        self.text = text
        self.status = status
        self.lifespan = lifespan
    }
}

/// A name in all its forms. The standard Chinese form is split into specific and generic parts (专名 + 通名),
/// e.g. 呼伦 + 湖, 扎兰屯 + 市.
public struct NameForms: Hashable, Sendable {
    /// 专名: the specific part.
    public var specific: String
    /// 通名: the generic part (may be empty for names with no generic, such as some settlements).
    public var generic: String
    /// The other forms (romanization, Mongolian, aliases, historical names).
    public var forms: [NameForm]

    public init(specific: String, generic: String, forms: [NameForm] = []) {
        self.specific = specific
        self.generic = generic
        self.forms = forms
    }

    /// The standard Chinese name: specific followed by generic.
    public var chinese: String { specific + generic }

    /// The first standard form of `kind` in force on `date` (or now, when `date` is nil).
    public func form(_ kind: NameFormKind, on date: RegistryDate? = nil) -> String? {
        forms.first { $0.kind == kind && $0.status == .standard && (date.map($0.lifespan.contains) ?? $0.lifespan.isCurrent) }?.text
    }
}
