/// The standard romanization of place names by the 1984 rules (中地字〔1984〕17号; DOMAIN.md §3), without tones.
///
/// The specific and the generic are written separately (Nanjing Lu); the specific is one word (Zhoukoudian), with an
/// apostrophe before a syllable starting with a, o or e (Xi'an, Tian'e); each word is capitalised. Characters are read
/// by the phrase table (`phrases.tsv`, for polyphones: 六安 Lu'an) and otherwise by their first reading in `hanzi.tsv`.
/// An approved transliteration of `regional_names.tsv` (海拉尔 Hailar, 呼伦贝尔 Hulun Buir) overrides pinyin for the
/// part of the specific it covers, as the rules for minority-language names require.
///
/// What it does not do: split multi-syllable modifiers (Chaoyangmennei Dajie needs to know that 朝阳门内 is one
/// modifier), spell Mongolian names from their Mongolian pronunciation when they are not in the approved table.
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
        let parts = NameParts(forms, generics: rules)
        let specific = specificWords(parts.specific, approved: true).joined(separator: " ")
        guard !parts.generic.isEmpty else { return specific }
        return [specific, genericPinyin(parts.generic)].filter { !$0.isEmpty }.joined(separator: " ")
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
