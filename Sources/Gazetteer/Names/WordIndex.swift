/// A fixed list of words, indexed so that every occurrence of any of them in a short text is found in one pass.
///
/// Place names are a handful of characters and the lists are a few dozen to a few thousand words, so a pass over the
/// text that looks up the words starting with each character (a dictionary keyed by the first scalar) is as fast as
/// an automaton and much simpler. Matching is by Unicode scalars: the rule files and the names are NFC text, where
/// that is the same as comparing characters, and it avoids building `Character`s and Foundation string searches in
/// the inner loop of a check over half a million names.
struct WordIndex: Sendable {
    /// One occurrence: which word (its position in the list given to `init`) and where it starts, in scalars.
    struct Occurrence: Equatable {
        var word: Int
        var start: Int
        var length: Int
        /// The scalar offset just past the occurrence.
        var end: Int { start + length }
    }

    /// The words as scalars, in the order given.
    let words: [[Unicode.Scalar]]
    /// Word positions by their first scalar, longest word first.
    private let byFirst: ScalarMap<[Int]>

    /// An index of `words` (empty words are never found).
    init(_ words: [String]) {
        let scalars = words.map { Array($0.unicodeScalars) }
        self.words = scalars
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (position, word) in scalars.enumerated() {
            if let first = word.first { byFirst[first, default: []].append(position) }
        }
        for key in byFirst.keys { byFirst[key]?.sort { scalars[$0].count > scalars[$1].count } }
        self.byFirst = ScalarMap(byFirst)
    }

    /// Whether the index holds no word.
    var isEmpty: Bool { byFirst.isEmpty }

    /// Every occurrence of every word in `text`, by start and then longest first (overlapping ones included).
    func occurrences(in text: [Unicode.Scalar]) -> [Occurrence] {
        guard !byFirst.isEmpty else { return [] }
        var found: [Occurrence] = []
        for start in text.indices {
            guard let candidates = byFirst[text[start]] else { continue }
            for word in candidates where Self.matches(words[word], in: text, at: start) {
                found.append(Occurrence(word: word, start: start, length: words[word].count))
            }
        }
        return found
    }

    /// Whether any word occurs in `text`.
    func occurs(in text: [Unicode.Scalar]) -> Bool {
        guard !byFirst.isEmpty else { return false }
        for start in text.indices {
            guard let candidates = byFirst[text[start]] else { continue }
            if candidates.contains(where: { Self.matches(words[$0], in: text, at: start) }) { return true }
        }
        return false
    }

    /// Whether `word` occurs in `text` at `start`.
    static func matches(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + word.count <= text.count else { return false }
        var offset = 0
        while offset < word.count {
            if text[start + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether `word` occurs anywhere in `text` (a plain scan: both are a few scalars long).
    static func contains(_ word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
        guard !word.isEmpty, word.count <= text.count else { return word.isEmpty }
        for start in 0...(text.count - word.count) where matches(word, in: text, at: start) { return true }
        return false
    }
}
