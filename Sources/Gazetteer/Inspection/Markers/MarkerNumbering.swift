/// A marker number split into the parts the numbering checks compare: the line part, the sequence along the line
/// and the type letter.
///
/// Provincial numbers have the 8-character form of GB/T 17796 (``ProvincialMarkerNumber``: `1523001Q`). League and
/// banner lines number markers in local forms; the registry's are the line code, a dash and the sequence, with a
/// type letter for pairs and triples (`150702-150724-004C`). Any number ending in digits (and perhaps one letter)
/// is read that way, so the sequence checks work on both.
struct MarkerNumbering: Hashable, Sendable {
    /// The line part as written: "1523", "150702-150724", or "" when the number is only a sequence.
    var linePart: String
    /// The sequence along the line.
    var sequence: Int
    /// The type letter, when the number has one.
    var letter: Character?
    /// Whether it is an 8-character provincial number.
    var isProvincial: Bool

    /// The parts of `number`, or nil when it does not end in a sequence of digits.
    init?(_ number: String) {
        if let provincial = ProvincialMarkerNumber(number) {
            linePart = provincial.lineCode
            sequence = provincial.sequence
            letter = provincial.typeLetter
            isProvincial = true
            return
        }
        var chars = Array(number.trimmedWhitespace.uppercased())
        var letter: Character?
        if let last = chars.last, last.isASCII, last.isLetter {
            letter = last
            chars.removeLast()
        }
        var digits = chars.count
        while digits > 0, chars[digits - 1].isASCII, chars[digits - 1].isNumber { digits -= 1 }
        // More than 9 digits is an identifier, not a sequence.
        guard digits < chars.count, chars.count - digits <= 9, let sequence = Int(String(chars[digits...])) else { return nil }
        var prefix = chars[..<digits]
        while let last = prefix.last, "-_/ ".contains(last) { prefix.removeLast() }
        linePart = String(prefix)
        self.sequence = sequence
        self.letter = letter
        isProvincial = false
    }

    /// The kind the type letter implies (Q single, A/B pair, C/D/E triple), nil for no letter or another letter.
    var letterKind: MarkerKind? {
        switch letter {
        case "Q": return .single
        case "A", "B": return .pair
        case "C", "D", "E": return .triple
        default: return nil
        }
    }
}
