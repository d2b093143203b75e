/// Runs a ``NameRuleSet`` over place names: the 大, 洋, 怪 and 通名 rules that look at one name at a time.
///
/// Each rule applies to the categories its row names and not to a record one of its exemptions covers. Foreign-name
/// rules never flag text that lies inside an approved name of the region's own languages (`regional_names.tsv`):
/// 巴特尔 in a foreign-name list does not make 巴特尔路 foreign here.
///
/// ```swift
/// let checker = NameChecker(rules: try NameRuleSet(directory: "data/names"))
/// checker.hits(for: name)   // [NameRuleHit] for 中央首府小区: da.cosmic (中央), da.status (首府)
/// ```
public struct NameChecker: Sendable {
    /// The rule set.
    public var rules: NameRuleSet

    /// A checker with `rules`.
    public init(rules: NameRuleSet) {
        self.rules = rules
    }

    /// The rules `name` breaks, in rule-file order.
    /// - Parameter categoryKnown: `false` when the name's category is unknown: only the rules for every category run.
    public func hits(for name: PlaceName, categoryKnown: Bool = true) -> [NameRuleHit] {
        let parts = NameParts(name.names, generics: rules)
        return rules.rules.compactMap { rule in
            // A rule for some categories, or one that compares the generic with the category, cannot judge a name
            // whose category is unknown.
            guard categoryKnown ? rule.applies(to: name.category, subcategory: name.subcategory)
                                : rule.appliesTo.isEmpty && rule.match != .genericCategory,
                  !rule.exemptions.contains(where: { $0.exempts(name) }) else { return nil }
            return hit(rule, name: name, parts: parts)
        }
    }

    private func hit(_ rule: NameRule, name: PlaceName, parts: NameParts) -> NameRuleHit? {
        func found(_ matched: [String], detail: String? = nil) -> NameRuleHit? {
            matched.isEmpty ? nil : NameRuleHit(rule: rule, matched: matched, detail: detail)
        }
        switch rule.match {
        case .rareCharacter:
            guard !rules.hanziReadings.isEmpty else { return nil }
            return found(parts.standard.filter { $0.isHanIdeograph && rules.hanziReadings[$0] == nil && rules.simplifiedOf[$0] == nil }.map(String.init))
        case .traditional:
            let traditional = parts.standard.filter { rules.simplifiedOf[$0] != nil }
            guard !traditional.isEmpty else { return nil }
            return found(traditional.map { "\($0)→\(rules.simplifiedOf[$0]!)" })
        case .englishGeneric, .apostrophe, .wordDivision, .approvedTransliteration:
            guard let registered = name.names.romanized, !registered.isEmpty else { return nil }
            return romanizationHit(rule, registered: registered, parts: parts)
        case .duplicate, .nearDuplicate, .homophone:
            return nil  // rules over groups of names: see duplicateGroups(_:)
        case .words:
            // Only words whose first character occurs in the name are searched: most names share none with a list.
            let characters = Set(parts.standard)
            var matched = rule.words.filter { word in word.first.map(characters.contains) == true && parts.standard.contains(word) }
            if rule.category == .foreign { matched = matched.filter { !isInsideRegionalName($0, in: parts.standard) } }
            // A longer word found (香榭丽舍) makes a shorter one inside it redundant.
            return found(matched.filter { word in !matched.contains { $0 != word && $0.contains(word) } })
        case .characters:
            return found(rule.words.filter { parts.specific.contains($0) })
        case .bareNumber:
            return !parts.specific.isEmpty && parts.specific.allSatisfy(\.isDecimalDigit) ? found([parts.specific]) : nil
        case .digitMix:
            let hasDigit = parts.specific.contains(where: \.isDecimalDigit)
            let hasOther = parts.specific.contains { !$0.isDecimalDigit }
            return hasDigit && hasOther ? found([parts.specific]) : nil
        case .latin:
            return found(latinRuns(parts.standard))
        case .stackedGeneric:
            guard !parts.generic.isEmpty,
                  let inner = rule.words.filter({ parts.specific.hasSuffix($0) && parts.specific.count > $0.count }).max(by: { $0.count < $1.count })
            else { return nil }
            return found(["\(inner)+\(parts.generic)"])
        case .missingGeneric:
            return parts.generic.isEmpty ? found([parts.standard]) : nil
        case .genericCategory:
            guard !parts.generic.isEmpty else { return nil }
            // A generic listed for a subcategory fits that subcategory, or any name of its category whose
            // subcategory is not recorded.
            let fits = rules.generics[parts.generic].map { codes in
                codes.contains { code in
                    code == name.category.rawValue || code == name.subcategory
                        || (name.subcategory == nil && rules.resolveCategory(code)?.category == name.category)
                }
            }
            return fits == true ? nil : found([parts.generic])
        case .transliteration:
            let characters = parts.specific.map(String.init)
            guard characters.count >= 3, let share = rule.thresholds.first(where: { $0.attribute == "share" })?.minimum else { return nil }
            // Characters inside an approved regional name (呼伦 in 呼伦诺尔) are the region's own, not foreign.
            let typical = withoutRegionalNames(parts.specific).map(String.init).filter { rule.words.contains($0) }.count
            let score = Double(typical) / Double(characters.count)
            guard score >= share else { return nil }
            return found([parts.specific], detail: "\(typical)/\(characters.count) ≥ \(Self.number(share * 100))%")
        case .scale:
            guard rule.words.contains(parts.generic) else { return nil }
            let known = rule.thresholds.compactMap { threshold in threshold.value(in: name.scale).map { (threshold, $0) } }
            guard !known.isEmpty, !known.contains(where: { $0.1 >= $0.0.minimum }) else { return nil }
            let detail = known.map { "\($0.0.attribute) \(Self.number($0.1)) < \(Self.number($0.0.minimum))" }.joined(separator: ", ")
            return found([parts.generic], detail: detail)
        }
    }

    /// The romanization rules: each compares the registered form with what the 1984 rules give, and flags only the
    /// fault it knows (a difference it cannot explain, such as a Mongolian name spelt from Mongolian, is left alone).
    private func romanizationHit(_ rule: NameRule, registered: String, parts: NameParts) -> NameRuleHit? {
        let romanizer = Romanizer(rules: rules)
        func squeezed(_ text: String) -> String { text.lowercased().filter { $0 != " " && $0 != "'" && $0 != "’" } }
        switch rule.match {
        case .englishGeneric:
            let words = registered.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.lowercased() }
            let english = rule.words.filter { words.contains($0.lowercased()) }
            guard !english.isEmpty else { return nil }
            return NameRuleHit(rule: rule, matched: english, detail: parts.generic.isEmpty ? nil : "\(parts.generic) → \(romanizer.genericPinyin(parts.generic))")
        case .apostrophe:
            let expected = romanizer.romanize(NameForms(standard: parts.standard, specific: parts.specific, generic: parts.generic.isEmpty ? nil : parts.generic))
            guard expected.contains("'"), !registered.contains("'"), !registered.contains("’"),
                  registered.lowercased() == expected.replacingOccurrences(of: "'", with: "").lowercased() else { return nil }
            return NameRuleHit(rule: rule, matched: [registered], detail: "→ \(expected)")
        case .wordDivision:
            // A street ordinal fused with its generic (铁路一巷 Tielu Yixiang) is the register's accepted style.
            guard !parts.generic.isEmpty, !(parts.specific.last.map { "一二三四五六七八九十".contains($0) } ?? false) else { return nil }
            let generic = romanizer.genericPinyin(parts.generic).lowercased()
            let lower = registered.lowercased()
            guard !generic.isEmpty, squeezed(lower).hasSuffix(squeezed(generic)), !lower.hasSuffix(" " + generic),
                  squeezed(lower).count > squeezed(generic).count else { return nil }
            let expected = romanizer.romanize(NameForms(standard: parts.standard, specific: parts.specific, generic: parts.generic))
            guard squeezed(expected) == squeezed(registered) else { return nil }
            return NameRuleHit(rule: rule, matched: [registered], detail: "→ \(expected)")
        case .approvedTransliteration:
            let lower = squeezed(registered)
            let misspelt = rules.approvedRomanizations.filter { regional in
                parts.specific.contains(regional.name) && !lower.contains(squeezed(regional.romanized))
                    && lower.contains(squeezed(romanizer.syllables(regional.name).joined()))
            }
            guard let first = misspelt.first else { return nil }
            return NameRuleHit(rule: rule, matched: [first.name], detail: "\(romanizer.syllables(first.name).joined()) → \(first.romanized)")
        default:
            return nil
        }
    }

    /// Whether every occurrence of `word` in `text` lies inside an occurrence of an approved regional name.
    private func isInsideRegionalName(_ word: String, in text: String) -> Bool {
        let covering = rules.regionalNames.filter { $0.contains(word) && text.contains($0) }
        guard !covering.isEmpty else { return false }
        return !withoutRegionalNames(text, among: covering).contains(word)
    }

    /// `text` with each occurrence of an approved regional name (longest first) blanked out, one blank per character.
    private func withoutRegionalNames(_ text: String, among names: [String]? = nil) -> String {
        var rest = text
        for name in (names ?? rules.regionalNames.filter { text.contains($0) }).sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: name, with: String(repeating: "\u{3000}", count: name.count))
        }
        return rest
    }

    /// The maximal runs of Latin letters (ASCII and full-width) in `text`.
    private func latinRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if character.isLatinLetter { current.append(character) } else if !current.isEmpty { runs.append(current); current = "" }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension Character {
    /// A CJK unified ideograph (the basic block and extensions A–H, compatibility ideographs).
    var isHanIdeograph: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: return true
        default: return false
        }
    }

    /// An ASCII or full-width digit 0–9 (not 一, 二: Chinese numerals are words).
    var isDecimalDigit: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
    }

    /// An ASCII or full-width Latin letter.
    var isLatinLetter: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || ("\u{FF21}"..."\u{FF3A}").contains(scalar) || ("\u{FF41}"..."\u{FF5A}").contains(scalar)
    }
}
