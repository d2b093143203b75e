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

/// A name in all its forms, as one version of a unit or place name records them: the standard Chinese name, its
/// specific and generic parts (专名 + 通名, e.g. 呼伦 + 湖, 扎兰屯 + 市), its romanization, its Mongolian forms, and the
/// other names in use or in the past.
public struct NameForms: Hashable, Sendable {
    /// The standard Chinese name (标准名称).
    public var standard: String
    /// 专名: the specific part, when recorded.
    public var specific: String?
    /// 通名: the generic part, when recorded (some settlements have none).
    public var generic: String?
    /// The Hanyu Pinyin romanization.
    public var romanized: String?
    /// The name in traditional Mongolian script.
    public var mongolian: String?
    /// The Latin transliteration of the Mongolian name.
    public var mongolianLatin: String?
    /// Other names in use (别名), in the order recorded.
    public var aliases: [String]
    /// Former names (历史名称), in the order recorded.
    public var historical: [String]

    public init(standard: String, specific: String? = nil, generic: String? = nil, romanized: String? = nil,
                mongolian: String? = nil, mongolianLatin: String? = nil, aliases: [String] = [], historical: [String] = []) {
        self.standard = standard
        self.specific = specific
        self.generic = generic
        self.romanized = romanized
        self.mongolian = mongolian
        self.mongolianLatin = mongolianLatin
        self.aliases = aliases
        self.historical = historical
    }
}
