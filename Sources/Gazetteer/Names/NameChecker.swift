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
    /// - Parameter mongolianRecorded: `false` when the name's source has no Mongolian-script field (see
    ///   ``CheckedName/mongolianRecorded``).
    public func hits(for name: PlaceName, categoryKnown: Bool = true, mongolianRecorded: Bool = true) -> [NameRuleHit] {
        hits(for: name, categoryKnown: categoryKnown, parts: NameParts(name.names, generics: rules.index), mongolianRecorded: mongolianRecorded)
    }

    /// ``hits(for:categoryKnown:)`` with the name's parts already split and, optionally, the positions of the rules
    /// that apply to its category (``applicableRules(category:subcategory:categoryKnown:)``; the report computes
    /// them once per category, not once per name).
    func hits(for name: PlaceName, categoryKnown: Bool, parts: NameParts, applicable: [Int]? = nil, mongolianRecorded: Bool = true) -> [NameRuleHit] {
        let positions = applicable ?? applicableRules(category: name.category, subcategory: name.subcategory, categoryKnown: categoryKnown)
        // Every word of every word rule, and every approved regional name, found in one pass each.
        let occurrences = rules.index.ruleWords.occurrences(in: parts.standardScalars)
        var regional: [WordIndex.Occurrence]?
        var out: [NameRuleHit] = []
        // The rules are read in place: binding each to a local would copy its ten strings and arrays for every rule
        // and every name, which was a tenth of a national run.
        rules.rules.withUnsafeBufferPointer { all in
            for position in positions {
                let found: NameRuleHit?
                switch all[position].match {
                case .words:
                    found = occurrences.isEmpty ? nil : wordHit(all[position], position: position, occurrences: occurrences, parts: parts, regional: &regional)
                case .mongolianMissing:
                    found = mongolianRecorded ? mongolianHit(all[position], position: position, name: name, parts: parts) : nil
                default:
                    found = hit(all[position], position: position, name: name, parts: parts)
                }
                // Exemptions are read only for a name that breaks the rule: most break none.
                guard let found, !all[position].exemptions.contains(where: { $0.exempts(name) }) else { continue }
                out.append(found)
            }
        }
        return out
    }

    /// The positions of the one-name rules that judge a name of this category, in rule-file order. A rule for some
    /// categories, or one that compares the generic with the category, cannot judge a name whose category is unknown.
    func applicableRules(category: PlaceCategory, subcategory: String?, categoryKnown: Bool) -> [Int] {
        rules.rules.indices.filter { position in
            let rule = rules.rules[position]
            guard ![.duplicate, .nearDuplicate, .homophone].contains(rule.match) else { return false }
            return categoryKnown ? rule.applies(to: category, subcategory: subcategory)
                                 : rule.appliesTo.isEmpty && rule.match != .genericCategory
        }
    }

    /// A `words` rule: its words found in the name (by the one pass over all rules' words), in the rule's order;
    /// for 洋 rules not those lying inside an approved regional name; a word inside a longer one found is dropped.
    private func wordHit(_ rule: NameRule, position: Int, occurrences: [WordIndex.Occurrence], parts: NameParts,
                         regional: inout [WordIndex.Occurrence]?) -> NameRuleHit? {
        var mine: [(word: Int, occurrence: WordIndex.Occurrence)] = []
        for occurrence in occurrences {
            let owner = rules.index.wordOwner[occurrence.word]
            if owner.rule == position { mine.append((owner.word, occurrence)) }
        }
        guard !mine.isEmpty else { return nil }
        if rule.category == .foreign {
            let covering = regional ?? rules.index.regionalNames.occurrences(in: parts.standardScalars)
            regional = covering
            // A word is the region's own when every occurrence of it lies inside an approved regional name.
            let foreignWords = Set(mine.filter { item in
                !covering.contains { $0.start <= item.occurrence.start && item.occurrence.end <= $0.end }
            }.map(\.word))
            mine = mine.filter { foreignWords.contains($0.word) }
        }
        let words = Set(mine.map(\.word)).sorted().map { rule.words[$0] }
        // A longer word found (香榭丽舍) makes a shorter one inside it redundant.
        let matched = words.filter { word in !words.contains { $0 != word && $0.contains(word) } }
        return matched.isEmpty ? nil : NameRuleHit(rule: rule, matched: matched)
    }

    private func hit(_ rule: NameRule, position: Int, name: PlaceName, parts: NameParts) -> NameRuleHit? {
        func found(_ matched: [String], detail: String? = nil) -> NameRuleHit? {
            matched.isEmpty ? nil : NameRuleHit(rule: rule, matched: matched, detail: detail)
        }
        let index = rules.index
        let specific = parts.specificScalars
        switch rule.match {
        case .rareCharacter:
            guard !index.readings.isEmpty else { return nil }
            return found(parts.standardScalars.filter { $0.isHanIdeograph && index.readings[$0] == nil && index.simplified[$0] == nil }
                .map { String($0) })
        case .traditional:
            return found(parts.standardScalars.compactMap { scalar in index.simplified[scalar].map { "\(scalar)→\($0)" } })
        case .invisible:
            guard parts.standardScalars.contains(where: Self.isInvisible) else { return nil }
            return found(parts.standardScalars.enumerated().compactMap { offset, scalar in
                Self.isInvisible(scalar) ? "\(ForbiddenCharacters.codePoint(scalar)) @\(offset + 1)" : nil
            })
        case .englishGeneric, .apostrophe, .wordDivision, .approvedTransliteration, .polyphone, .modifierDivision:
            guard let registered = name.names.romanized, !registered.isEmpty else { return nil }
            return romanizationHit(rule, registered: registered, parts: parts)
        case .duplicate, .nearDuplicate, .homophone:
            return nil  // rules over groups of names: see duplicateGroups(_:)
        case .words, .mongolianMissing:
            return nil  // see wordHit, mongolianHit
        case .mongolianScript:
            guard let text = name.names.mongolian, !text.isEmpty else { return nil }
            return found(MongolianScript.foreignRuns(in: text))
        case .characters:
            let characters = index.characters[position]
            guard specific.contains(where: { characters.contains($0) }) else { return nil }
            let present = Set(specific)
            return found(rule.words.filter { $0.unicodeScalars.first.map(present.contains) == true })
        case .bareNumber:
            return !specific.isEmpty && specific.allSatisfy(\.isDecimalDigit) ? found([parts.specific]) : nil
        case .digitMix:
            let hasDigit = specific.contains(where: \.isDecimalDigit)
            return hasDigit && specific.contains { !$0.isDecimalDigit } ? found([parts.specific]) : nil
        case .latin:
            return found(Self.latinRuns(parts.standardScalars))
        case .stackedGeneric:
            guard !parts.generic.isEmpty else { return nil }
            let inner = zip(rule.words, index.wordScalars[position])
                .filter { specific.count > $0.1.count && specific.suffix($0.1.count).elementsEqual($0.1) }
                .max { $0.1.count < $1.1.count }
            return inner.flatMap { found(["\($0.0)+\(parts.generic)"]) }
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
            guard specific.count >= 3, let share = rule.thresholds.first(where: { $0.attribute == "share" })?.minimum else { return nil }
            let characters = index.characters[position]
            // From 0, as the regional names' occurrences count.
            let specific = Array(specific)
            // Cheap test first: without the regional names the score can only be higher.
            guard Double(specific.filter { characters.contains($0) }.count) / Double(specific.count) >= share else { return nil }
            // Characters inside an approved regional name (呼伦 in 呼伦诺尔) are the region's own, not foreign.
            let covered = index.regionalNames.occurrences(in: specific)
            let typical = specific.indices.filter { offset in
                characters.contains(specific[offset]) && !covered.contains { $0.start <= offset && offset < $0.end }
            }.count
            let score = Double(typical) / Double(specific.count)
            guard score >= share else { return nil }
            return found([parts.specific], detail: "\(typical)/\(specific.count) ≥ \(Self.number(share * 100))%")
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
        case .polyphone:
            let lower = squeezed(registered)
            for phrase in rules.phraseReadings where parts.standard.contains(phrase.phrase) {
                let plain = phrase.phrase.map { rules.hanziReadings[$0] ?? String($0) }.joined()
                let right = phrase.syllables.joined()
                guard plain != right, lower.contains(plain), !lower.contains(right) else { continue }
                return NameRuleHit(rule: rule, matched: [phrase.phrase], detail: "\(plain) → \(right)")
            }
            return nil
        case .modifierDivision:
            guard !parts.generic.isEmpty,
                  romanizer.positionalModifier(parts) != nil || romanizer.isNaturalVillage(parts.generic) else { return nil }
            let expected = romanizer.romanize(NameForms(standard: parts.standard, specific: parts.specific, generic: parts.generic))
            func words(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "") }
            guard squeezed(expected) == squeezed(registered), words(expected) != words(registered) else { return nil }
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

    /// A name of Mongolian origin without a Mongolian-script form; the evidence of origin is what is matched.
    private func mongolianHit(_ rule: NameRule, position: Int, name: PlaceName, parts: NameParts) -> NameRuleHit? {
        guard (name.names.mongolian ?? "").isEmpty else { return nil }
        if let origin = name.origin, let word = rule.words.first(where: { origin.contains($0) }) {
            return NameRuleHit(rule: rule, matched: [word], detail: "origin")
        }
        if let latin = name.names.mongolianLatin, !latin.isEmpty {
            return NameRuleHit(rule: rule, matched: [latin], detail: "mongolian_latin")
        }
        let index = rules.index.originNames[position]
        let found = index.occurrences(in: parts.standardScalars)
        guard !found.isEmpty else { return nil }
        let words = found.map { String(String.UnicodeScalarView(index.words[$0.word])) }
        // The longest names only: 陈巴尔虎 rather than 巴尔虎 inside it.
        let matched = words.filter { word in !words.contains { $0 != word && $0.contains(word) } }
        return NameRuleHit(rule: rule, matched: Array(Set(matched)).sorted(), detail: "regional_names.tsv")
    }

    /// The maximal runs of Latin letters (ASCII and full-width) in `text`.
    private static func latinRuns(_ text: [Unicode.Scalar]) -> [String] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text {
            if scalar.isLatinLetter { current.append(scalar) } else if !current.isEmpty { runs.append(String(current)); current = String.UnicodeScalarView() }
        }
        if !current.isEmpty { runs.append(String(current)) }
        return runs
    }

    /// Whether `scalar` is invisible in a name: a control or format character (the joiners the import keeps for
    /// Mongolian script included) or a space of any kind. Printable ASCII and the Han blocks are answered first:
    /// they are nearly every character of a name list, and Unicode property look-ups cost a tenth of a names check.
    @inline(__always)
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3400...0x4DBF, 0x4E00...0x9FFF: return false
        default:
            let properties = scalar.properties
            return properties.generalCategory == .control || properties.generalCategory == .format || properties.isWhitespace
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
