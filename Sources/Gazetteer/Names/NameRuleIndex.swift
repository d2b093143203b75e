/// The tables of a ``NameRuleSet`` compiled for checking many names fast: built once when the rule set is read.
///
/// A check over the national lists (half a million names) must not search each rule's word list with a string
/// search per word, nor build `Character`s per name: every table the inner loop reads is keyed by Unicode scalar,
/// and the words of all `words` rules are one ``WordIndex`` searched once per name. A class, so that a rule's check
/// reading the tables retains one reference rather than copying a dozen.
final class NameRuleIndex: Sendable {
    /// The words of every `words` rule, one index; `wordOwner[i]` is the (rule, word) position of its word `i`.
    let ruleWords: WordIndex
    let wordOwner: [(rule: Int, word: Int)]
    /// The approved regional names (regional_names.tsv).
    let regionalNames: WordIndex
    /// Per rule (rule-file order): its words as scalars (stacked generics, scale generics).
    let wordScalars: [[[Unicode.Scalar]]]
    /// Per rule: for `mongolian-missing`, the regional names of the languages among its words (empty otherwise).
    let originNames: [WordIndex]
    /// Per rule: its characters, for `characters` and `transliteration` rules (empty otherwise).
    let characters: [ScalarMap<Bool>]
    /// hanzi.tsv: character → toneless reading.
    let readings: ScalarMap<String>
    /// Every syllable of hanzi.tsv and phrases.tsv numbered, and each character's reading by number.
    let syllableNumbers: [String: Int32]
    let readingNumbers: ScalarMap<Int32>
    /// variants.tsv: traditional form → simplified form.
    let simplified: ScalarMap<Unicode.Scalar>
    /// A generic of generics.tsv, with the one category it fits (``NameRuleSet/categoryOfGeneric(_:)``).
    struct Generic: Sendable {
        var scalars: [Unicode.Scalar]
        var generic: String
        var category: (category: PlaceCategory, subcategory: String?)?
    }
    /// generics.tsv by their last scalar, longest first, to find a name's generic by its ending.
    let genericsByLast: ScalarMap<[Generic]>
    /// phrases.tsv: phrase readings by their first scalar, longest phrase first.
    let phrases: ScalarMap<[(phrase: [Unicode.Scalar], syllables: [String])]>

    init(rules: [NameRule], regionalNames: [String], regionalLanguages: [String], hanziReadings: [Character: String], simplifiedOf: [Character: Character],
         generics: [String], genericCategories: [String: (category: PlaceCategory, subcategory: String?)], phraseReadings: [(phrase: String, syllables: [String])]) {
        var words: [String] = []
        var owner: [(rule: Int, word: Int)] = []
        for (ruleIndex, rule) in rules.enumerated() where rule.match == .words {
            for (wordIndex, word) in rule.words.enumerated() {
                words.append(word)
                owner.append((ruleIndex, wordIndex))
            }
        }
        ruleWords = WordIndex(words)
        wordOwner = owner
        self.regionalNames = WordIndex(regionalNames)
        originNames = rules.map { rule in
            guard rule.match == .mongolianMissing else { return WordIndex([]) }
            return WordIndex(zip(regionalNames, regionalLanguages).filter { _, language in rule.words.contains { language.contains($0) } }.map(\.0))
        }
        wordScalars = rules.map { $0.words.map { Array($0.unicodeScalars) } }
        characters = rules.map { rule in
            var set = ScalarMap<Bool>()
            if rule.match == .characters || rule.match == .transliteration {
                for scalar in rule.words.flatMap(\.unicodeScalars) { set[scalar] = true }
            }
            return set
        }
        var readings: [Unicode.Scalar: String] = [:]
        for (character, reading) in hanziReadings {
            if let scalar = character.singleScalar { readings[scalar] = reading }
        }
        self.readings = ScalarMap(readings)
        var numbers: [String: Int32] = [:]
        for syllable in Set(readings.values).union(phraseReadings.flatMap(\.syllables)).sorted() { numbers[syllable] = Int32(numbers.count) }
        syllableNumbers = numbers
        readingNumbers = ScalarMap(readings.compactMapValues { numbers[$0] })
        var simplified: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (traditional, simple) in simplifiedOf {
            if let from = traditional.singleScalar, let to = simple.singleScalar { simplified[from] = to }
        }
        self.simplified = ScalarMap(simplified)
        var byLast: [Unicode.Scalar: [Generic]] = [:]
        for generic in generics {
            let scalars = Array(generic.unicodeScalars)
            if let last = scalars.last { byLast[last, default: []].append(Generic(scalars: scalars, generic: generic, category: genericCategories[generic])) }
        }
        for key in byLast.keys { byLast[key]?.sort { ($0.scalars.count, $0.generic) > ($1.scalars.count, $1.generic) } }
        genericsByLast = ScalarMap(byLast)
        var phrases: [Unicode.Scalar: [(phrase: [Unicode.Scalar], syllables: [String])]] = [:]
        for (phrase, syllables) in phraseReadings {
            let scalars = Array(phrase.unicodeScalars)
            if let first = scalars.first { phrases[first, default: []].append((scalars, syllables)) }
        }
        for key in phrases.keys { phrases[key]?.sort { $0.phrase.count > $1.phrase.count } }
        self.phrases = ScalarMap(phrases)
    }

    /// The longest generic of generics.tsv that `name` ends with and is longer than, `nil` when none.
    func generic(endingOf name: [Unicode.Scalar]) -> String? {
        genericEntry(endingOf: name)?.generic
    }

    /// ``generic(endingOf:)`` with the one category that generic fits.
    func genericEntry(endingOf name: [Unicode.Scalar]) -> Generic? {
        guard let last = name.last, let candidates = genericsByLast[last] else { return nil }
        return candidates.first { name.count > $0.scalars.count && WordIndex.matches($0.scalars, in: name, at: name.count - $0.scalars.count) }
    }

    /// ``syllables(_:)`` as numbers, for grouping homophones without building strings: each syllable's number in
    /// `syllableNumbers`, and a character without a reading its scalar value, negated.
    func syllableIDs(_ text: [Unicode.Scalar]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(text.count)
        var position = 0
        while position < text.count {
            let scalar = text[position]
            if let phrase = phrases[scalar]?.first(where: { WordIndex.matches($0.phrase, in: text, at: position) }) {
                out += phrase.syllables.map { syllableNumbers[$0] ?? -1 }
                position += phrase.phrase.count
            } else {
                out.append(readingNumbers[scalar] ?? -Int32(scalar.value))
                position += 1
            }
        }
        return out
    }

    /// Toneless syllables of `text`: a phrase of phrases.tsv read as a whole (longest first), otherwise each
    /// character by its first reading in hanzi.tsv, and anything else as it is.
    func syllables(_ text: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(text.count)
        var position = 0
        while position < text.count {
            let scalar = text[position]
            if let phrase = phrases[scalar]?.first(where: { WordIndex.matches($0.phrase, in: text, at: position) }) {
                out += phrase.syllables
                position += phrase.phrase.count
            } else {
                out.append(readings[scalar] ?? String(scalar))
                position += 1
            }
        }
        return out
    }
}

extension Character {
    /// The character's scalar when it is a single one (every Han character of the tables is).
    var singleScalar: Unicode.Scalar? {
        unicodeScalars.count == 1 ? unicodeScalars.first : nil
    }
}

extension Unicode.Scalar {
    /// A CJK unified ideograph (the basic block and extensions A–H, compatibility ideographs).
    var isHanIdeograph: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: return true
        default: return false
        }
    }

    /// An ASCII or full-width digit 0–9 (not 一, 二: Chinese numerals are words).
    var isDecimalDigit: Bool {
        ("0"..."9").contains(self) || ("\u{FF10}"..."\u{FF19}").contains(self)
    }

    /// An ASCII or full-width Latin letter.
    var isLatinLetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("\u{FF21}"..."\u{FF3A}").contains(self) || ("\u{FF41}"..."\u{FF5A}").contains(self)
    }
}
