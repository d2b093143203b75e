/// The standard romanization of place names by the 1984 rules (中地字〔1984〕17号; DOMAIN.md §3), without tones.
///
/// The specific and the generic are written separately (Nanjing Lu); the specific is one word (Zhoukoudian), with an
/// apostrophe before a syllable starting with a, o or e (Xi'an, Tian'e); each word is capitalised. Characters are read
/// by the phrase table (`phrases.tsv`, for polyphones: 六安 Lu'an) and otherwise by their first reading in `hanzi.tsv`.
/// An approved transliteration of `regional_names.tsv` (海拉尔 Hailar, 呼伦贝尔 Hulun Buir) overrides pinyin for the
/// part of the specific it covers, as the rules for minority-language names require.
///
/// A one-syllable positional modifier before a street's generic is joined to the generic (景山后街 Jingshan Houjie,
/// 中山北路 Zhongshan Beilu); a natural village (a generic listed for `hamlet`: 屯, 营子, 窝棚) is one word with its
/// generic (李家屯 Lijiatun). What it does not do: tell every multi-syllable modifier (Chaoyangmennei Dajie needs to
/// know that 朝阳门内 is one), spell Mongolian names from their Mongolian pronunciation when they are not in the
/// approved table.
///
/// ```swift
/// Romanizer(rules: rules).romanize("天鹅湖")    // "Tian'e Hu"
/// Romanizer(rules: rules).romanize("海拉尔站")  // "Hailar Zhan"
/// ```
public struct Romanizer: Sendable {
    /// The rule set whose tables are read.
    public var rules: NameRuleSet

    /// A romanizer over `rules`' tables.
    public init(rules: NameRuleSet) {
        self.rules = rules
    }

    /// The standard romanization of `name` (its generic found as the checker finds it).
    public func romanize(_ name: String) -> String {
        romanize(NameForms(standard: name))
    }

    /// The standard romanization of `forms`, using its recorded specific and generic when given.
    public func romanize(_ forms: NameForms) -> String {
        let parts = NameParts(forms, generics: rules.index)
        guard !parts.generic.isEmpty else { return specificWords(parts.specific, approved: true).joined(separator: " ") }
        // Natural villages are written as one word, generic included (Zhoukoudian, Majiaying, Lijiatun).
        if isNaturalVillage(parts.generic) {
            return specificWords(parts.specific, approved: true).joined(separator: " ") + genericPinyin(parts.generic).lowercased()
        }
        // A one-syllable positional modifier before the generic is joined to it (Jingshan Houjie, Zhongshan Beilu),
        // not to the specific.
        if let modifier = positionalModifier(parts) {
            let head = String(parts.specific.dropLast())
            let generic = word(syllables(String(modifier))) + genericPinyin(parts.generic).lowercased().replacingOccurrences(of: " ", with: "")
            return [specificWords(head, approved: true).joined(separator: " "), generic].filter { !$0.isEmpty }.joined(separator: " ")
        }
        let specific = specificWords(parts.specific, approved: true).joined(separator: " ")
        return [specific, genericPinyin(parts.generic)].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The one-syllable positional modifiers (东西南北中前后) that attach to the generic after them.
    static let positionalModifiers: Set<Character> = ["东", "西", "南", "北", "中", "前", "后"]

    /// The modifier ending the specific when it attaches to the generic: the specific keeps at least two characters
    /// of its own (河北路 is Hebei Lu, 中山北路 Zhongshan Beilu) and the generic is a street's.
    func positionalModifier(_ parts: NameParts) -> Character? {
        guard let last = parts.specific.last, Self.positionalModifiers.contains(last), parts.specific.count >= 3,
              rules.generics[parts.generic]?.contains("street") == true else { return nil }
        return last
    }

    /// Whether `generic` is a natural village's (generics.tsv lists it for `hamlet` only).
    func isNaturalVillage(_ generic: String) -> Bool {
        rules.generics[generic] == ["hamlet"]
    }

    /// The generic's spelling: `generics.tsv`'s pinyin, else its characters as one word.
    func genericPinyin(_ generic: String) -> String {
        rules.genericPinyin[generic] ?? word(syllables(generic))
    }

    /// The specific as written words: approved transliterations where `approved`, pinyin otherwise (one word per
    /// stretch of pinyin).
    func specificWords(_ specific: String, approved: Bool) -> [String] {
        var words: [String] = []
        var pending = ""
        var rest = Substring(specific)
        while !rest.isEmpty {
            if approved, let regional = rules.approvedRomanizations.first(where: { rest.hasPrefix($0.name) }) {
                if !pending.isEmpty { words.append(word(syllables(pending))); pending = "" }
                words.append(regional.romanized)
                rest = rest.dropFirst(regional.name.count)
            } else {
                pending.append(rest.removeFirst())
            }
        }
        if !pending.isEmpty {
            // A stretch after an approved name continues its word (伊敏 + 河畔 → Yiminhepan), as the register writes it.
            let tail = word(syllables(pending))
            if let last = words.last, specific.hasSuffix(pending), !words.isEmpty {
                words[words.count - 1] = last + tail.lowercased()
            } else {
                words.append(tail)
            }
        }
        return words
    }

    /// Toneless syllables of `text`, a phrase of `phrases.tsv` read as a whole (longest first).
    func syllables(_ text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let first = rest.first {
            if let phrase = rules.phraseReadings.first(where: { rest.hasPrefix($0.phrase) }) {
                out += phrase.syllables
                rest = rest.dropFirst(phrase.phrase.count)
            } else {
                out.append(rules.hanziReadings[first] ?? String(first))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// Syllables joined into one capitalised word, with an apostrophe before a non-initial a, o or e.
    func word(_ syllables: [String]) -> String {
        var text = ""
        for syllable in syllables {
            if !text.isEmpty, let first = syllable.first, "aoe".contains(first) { text += "'" }
            text += syllable.replacingOccurrences(of: "v", with: "ü")
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
