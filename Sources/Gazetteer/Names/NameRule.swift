/// The categories of rules, as the 2018 campaign and the issue name them; each has its finding code.
public enum NameRuleCategory: String, Sendable, CaseIterable {
    /// 大: exaggerated names.
    case grandiose = "大"
    /// 洋: foreign names.
    case foreign = "洋"
    /// 怪: bizarre or hard-to-understand names.
    case bizarre = "怪"
    /// 重: duplicates and homophones.
    case duplicate = "重"
    /// 通名: generic terms.
    case generic = "通名"
    /// 书写: script (rare and traditional characters).
    case script = "书写"
    /// 拼写: romanization.
    case romanization = "拼写"
    /// 蒙古文: Mongolian forms.
    case mongolian = "蒙古文"

    /// The finding code of the category's findings.
    public var findingCode: FindingCode {
        switch self {
        case .grandiose: return .nameGrandiose
        case .foreign: return .nameForeign
        case .bizarre: return .nameBizarre
        case .duplicate: return .nameDuplicate
        case .generic: return .nameGeneric
        case .script: return .nameScript
        case .romanization: return .nameRomanization
        case .mongolian: return .nameMongolian
        }
    }
}

/// How a rule looks at a name: the `match` column of `rules.tsv`.
public enum NameRuleMatch: String, Sendable, CaseIterable {
    /// One of the rule's words occurs in the standard name.
    case words
    /// One of the rule's characters (the `words` cell read as single characters) occurs in the specific part.
    case characters
    /// The specific part is only digits.
    case bareNumber = "bare-number"
    /// The specific part mixes digits with other characters.
    case digitMix = "digit-mix"
    /// The name contains Latin letters.
    case latin
    /// The specific part ends with one of the rule's words while the name has a generic of its own.
    case stackedGeneric = "stacked-generic"
    /// The name has no generic part.
    case missingGeneric = "missing-generic"
    /// The generic is not one of `generics.tsv` for the name's category.
    case genericCategory = "generic-category"
    /// The generic is one of the rule's words and the record's scale meets none of the rule's thresholds.
    case scale
    /// Transliteration style: the share of the specific part's characters that are among the rule's characters
    /// (the `words` cell read character by character) reaches the `share` threshold, in a specific part of at least
    /// three characters. An explainable score, not proof: the finding gives the score.
    case transliteration
    /// 重: the same standard name twice within the scope named in `words` (`township`, `county`, `province`).
    case duplicate
    /// 重: specific parts that are the same once the leading words of `words` are removed (新阳光 and 阳光), or the
    /// same specific with another generic, within the scope named among `words`.
    case nearDuplicate = "near-duplicate"
    /// 重: different names with the same toneless pinyin (hanzi.tsv, first reading) within the scope in `words`.
    case homophone
    /// 书写: a Chinese character outside the 通用规范汉字表 (hanzi.tsv) that is not a traditional form.
    case rareCharacter = "rare-character"
    /// 书写: a traditional form (variants.tsv), given with its simplified form.
    case traditional
    /// 书写: an invisible character in the standard name: a control or format character (a zero-width space, a
    /// byte-order mark, a bidirectional control, and the joiners the import keeps for Mongolian script; see
    /// ``ForbiddenCharacters``) or a space of any kind (U+0020, the ideographic space
    /// U+3000, the no-break space). The name looks like another and is a different string to every search and to the
    /// duplicate check; the finding names each character by its code point.
    case invisible
    /// 拼写: a word of the registered romanization is one of the rule's English words (Road, Street).
    case englishGeneric = "english-generic"
    /// 拼写: the registered romanization is the standard one without its apostrophes (Tiane for Tian'e).
    case apostrophe
    /// 拼写: the generic is not written as a word of its own (Hulundajie for Hulun Dajie).
    case wordDivision = "word-division"
    /// 拼写: a regional name spelt from its characters (Hailaer) instead of its approved transliteration (Hailar).
    case approvedTransliteration = "approved-transliteration"
    /// 拼写: a polyphonic character read by its first reading (乐亭 Leting) where phrases.tsv gives the place
    /// name's reading (Laoting).
    case polyphone
    /// 拼写: a one-syllable positional modifier written with the specific (Zhongshanbei Lu) or apart (Zhongshan
    /// Bei Lu) instead of with the generic (Zhongshan Beilu); or a natural village split into words (Lijia Tun).
    case modifierDivision = "modifier-division"
    /// 蒙古文: a name of Mongolian origin without a Mongolian-script form. The origin is known from the record's
    /// `origin` (it contains one of the rule's words, such as 蒙古语), its `mongolian_latin` form, or an approved
    /// regional name of one of those languages inside it (regional_names.tsv `language`).
    case mongolianMissing = "mongolian-missing"
    /// 蒙古文: the Mongolian-script field holds another script (Latin, Han, Cyrillic…): traditional Mongolian is
    /// U+1800–U+18AF, with the free variation selectors, the narrow no-break space U+202F and ZWJ/ZWNJ.
    case mongolianScript = "mongolian-script"
}

/// One condition of a `scale` rule: a scale attribute and the least value that justifies the generic.
public struct ScaleThreshold: Sendable, Equatable {
    /// The attribute: `land_area`, `floor_area` (m²), `road_width` (m) or `storeys`.
    public var attribute: String
    /// The least value the attribute must reach.
    public var minimum: Double

    /// The attribute's value for `scale`, `nil` when the record does not carry it.
    func value(in scale: PlaceScale) -> Double? {
        switch attribute {
        case "land_area": return scale.landArea
        case "floor_area": return scale.floorArea
        case "road_width": return scale.roadWidth
        case "storeys": return scale.storeys.map(Double.init)
        default: return nil
        }
    }

    /// The attributes a threshold may name (`share` only for `transliteration` rules).
    static let attributes = ["land_area", "floor_area", "road_width", "storeys", "share"]
}

/// An exemption of a rule: a field of the record containing one of some words (`origin~沿用|历史`).
public struct NameRuleExemption: Sendable, Equatable {
    /// `name`, `specific`, `origin`, `meaning` or `mongolian` (either Mongolian form: script or Latin).
    public var field: String
    /// Any of these words in the field exempts the record; `*` any non-empty value (`mongolian~*`: the record
    /// has a Mongolian form, evidence that the name is of Mongolian origin).
    public var words: [String]

    /// The fields an exemption may test.
    static let fields = ["name", "specific", "origin", "meaning", "mongolian"]

    /// Whether `name` is exempt.
    func exempts(_ name: PlaceName) -> Bool {
        let text: String?
        switch field {
        case "mongolian": text = [name.names.mongolian, name.names.mongolianLatin].compactMap { $0 }.joined()
        case "name": text = name.names.standard
        case "specific": text = name.names.specific
        case "origin": text = name.origin
        case "meaning": text = name.meaning
        default: text = nil
        }
        guard let text, !text.isEmpty else { return false }
        return words.contains { $0 == "*" || text.contains($0) }
    }
}

/// A rule of `rules.tsv`: what it looks for, where it applies, how serious it is, and why (its citation).
///
/// Immutable, and a class: a check over half a million names hands each rule to several functions per name, and a
/// reference costs one retain where a struct of ten strings and arrays cost ten.
public final class NameRule: Sendable, Equatable {
    /// The stable id (`da.cosmic`), kept in findings and reviews.
    public let id: String
    public let category: NameRuleCategory
    public let match: NameRuleMatch
    /// Words, patterns or characters, as the match needs.
    public let words: [String]
    /// For `scale`: the generic is justified when any threshold is met.
    public let thresholds: [ScaleThreshold]
    /// Category or subcategory codes of `categories.tsv` the rule applies to; empty for every name.
    public let appliesTo: [String]
    public let severity: Finding.Severity
    public let exemptions: [NameRuleExemption]
    /// What the rule finds, in both languages.
    public let description: LocalizedText
    /// The document and article it rests on.
    public let citation: String
    /// The usual fix, where there is one.
    public let fix: String
    /// Where the rule is written (file and line), for reports and errors.
    public let source: String

    /// A rule; see the properties.
    public init(id: String, category: NameRuleCategory, match: NameRuleMatch, words: [String], thresholds: [ScaleThreshold],
                appliesTo: [String], severity: Finding.Severity, exemptions: [NameRuleExemption], description: LocalizedText,
                citation: String, fix: String, source: String) {
        self.id = id
        self.category = category
        self.match = match
        self.words = words
        self.thresholds = thresholds
        self.appliesTo = appliesTo
        self.severity = severity
        self.exemptions = exemptions
        self.description = description
        self.citation = citation
        self.fix = fix
        self.source = source
    }

    /// Two rules are equal when every field is.
    public static func == (a: NameRule, b: NameRule) -> Bool {
        a === b || (a.id == b.id && a.category == b.category && a.match == b.match && a.words == b.words && a.thresholds == b.thresholds
            && a.appliesTo == b.appliesTo && a.severity == b.severity && a.exemptions == b.exemptions && a.description == b.description
            && a.citation == b.citation && a.fix == b.fix && a.source == b.source)
    }

    /// For 重 rules: the scope named among the words.
    public var scope: NameScope? { words.lazy.compactMap { NameScope(rawValue: $0) }.first }

    /// Whether the rule applies to a name of `category` / `subcategory`.
    public func applies(to category: PlaceCategory?, subcategory: String?) -> Bool {
        guard !appliesTo.isEmpty else { return true }
        return appliesTo.contains { $0 == category?.rawValue || $0 == subcategory }
    }
}
