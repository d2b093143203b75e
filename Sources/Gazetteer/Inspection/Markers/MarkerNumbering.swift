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
        var key = Self.duplicateKey(number)
        if let parsed = key.withUTF8({ Self(ascii: $0) }) {
            self = parsed
        } else if key.utf8.allSatisfy({ $0 < 0x80 }) {
            return nil
        } else if let parsed = Self(characters: key) {
            self = parsed
        } else {
            return nil
        }
    }

    /// The number as the duplicate check compares it: without surrounding whitespace, in upper case. A number that
    /// already is so (nearly every one) is returned as it is, without building a new string.
    static func duplicateKey(_ number: String) -> String {
        let utf8 = number.utf8
        guard let first = utf8.first, let last = utf8.last else { return number }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        if !isSpace(first), !isSpace(last), first < 0x80, last < 0x80,
           !utf8.contains(where: { $0 >= 0x80 || (0x61...0x7A).contains($0) }) {
            return number
        }
        return number.trimmedWhitespace.uppercased()
    }

    /// The parts of an ASCII number already trimmed and in upper case (``duplicateKey(_:)``), read byte by byte:
    /// the same reading as ``init(characters:)``, which serves every other number. Nil when the bytes are not all
    /// ASCII or the number does not end in a sequence.
    init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        func value(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
        let n = bytes.count
        // The 8-character provincial form (ProvincialMarkerNumber): 7 digits and a type letter, sequence from 1.
        if n == 8, (0..<7).allSatisfy({ isDigit(bytes[$0]) }), let letter = Self.typeLetters[bytes[7]], value(4..<7) >= 1 {
            linePart = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<4]), as: UTF8.self)
            sequence = value(4..<7)
            self.letter = letter
            isProvincial = true
            return
        }
        var end = n
        var letter: Character?
        if end > 0, (0x41...0x5A).contains(bytes[end - 1]) {
            letter = Character(Unicode.Scalar(bytes[end - 1]))
            end -= 1
        }
        var digits = end
        while digits > 0, isDigit(bytes[digits - 1]) { digits -= 1 }
        guard digits < end, end - digits <= 9 else { return nil }
        var prefixEnd = digits
        while prefixEnd > 0, [0x2D, 0x5F, 0x2F, 0x20].contains(bytes[prefixEnd - 1]) { prefixEnd -= 1 }
        linePart = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<prefixEnd]), as: UTF8.self)
        sequence = value(digits..<end)
        self.letter = letter
        isProvincial = false
    }

    private static let typeLetters: [UInt8: Character] = [0x51: "Q", 0x41: "A", 0x42: "B", 0x43: "C", 0x44: "D", 0x45: "E"]

    /// The parts of any number, character by character (numbers in full-width digits or with CJK prefixes).
    init?(characters number: String) {
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
