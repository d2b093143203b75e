import Testing
@testable import Gazetteer

/// The reading of marker numbers: the byte-wise reading of ASCII numbers must agree with the character-wise reading
/// that serves every other number, on hand-picked forms and on many random ones.
@Suite("Marker numbering")
struct MarkerNumberingTests {
    struct Parts: Equatable, CustomStringConvertible {
        var linePart: String, sequence: Int, letter: Character?, isProvincial: Bool
        init?(_ n: MarkerNumbering?) {
            guard let n else { return nil }
            (linePart, sequence, letter, isProvincial) = (n.linePart, n.sequence, n.letter, n.isProvincial)
        }
        init(_ linePart: String, _ sequence: Int, _ letter: Character? = nil, provincial: Bool = false) {
            (self.linePart, self.sequence, self.letter, isProvincial) = (linePart, sequence, letter, provincial)
        }
        var description: String { "\(linePart)|\(sequence)|\(letter.map(String.init) ?? "-")|\(isProvincial)" }
    }

    @Test("Known forms: provincial, local with and without a type letter, lower case, padding, no sequence")
    func knownForms() {
        let cases: [(String, Parts?)] = [
            ("1523001Q", Parts("1523", 1, "Q", provincial: true)),
            ("1523012a", Parts("1523", 12, "A", provincial: true)),
            (" 1523003B\t", Parts("1523", 3, "B", provincial: true)),
            ("1523000Q", Parts("", 1_523_000, "Q")),  // sequence 0 is not provincial: read as a bare sequence
            ("1523001X", Parts("", 1_523_001, "X")),  // X is no type letter of GB/T 17796
            ("150702-150724-004C", Parts("150702-150724", 4, "C")),
            ("150702-150724-00017", Parts("150702-150724", 17)),
            ("150702-150724_/ 9", Parts("150702-150724", 9)),
            ("42", Parts("", 42)),
            ("123456789", Parts("", 123_456_789)),
            ("1234567890", nil),  // ten digits: an identifier
            ("ABC", nil),
            ("", nil),
            ("-", nil),
            ("蒙黑-005", Parts("蒙黑", 5)),
            ("１２", nil),  // full-width digits are not read as a sequence
        ]
        for (number, expected) in cases {
            #expect(Parts(MarkerNumbering(number)) == expected, "\(number)")
            #expect(Parts(MarkerNumbering(characters: number)) == expected, "\(number) (character-wise)")
        }
    }

    @Test("Byte-wise and character-wise readings agree on 20,000 random ASCII numbers")
    func randomASCIIAgrees() {
        let alphabet = Array("0123456789012345678901234567890123456789QABCDEqabcdexz-_/ \t")
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let number = String((0..<next(14)).map { _ in alphabet[next(alphabet.count)] })
            if Parts(MarkerNumbering(number)) != Parts(MarkerNumbering(characters: number)) { disagreements.append(number) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("The duplicate key trims and upper-cases, and keeps a number already in that form")
    func duplicateKey() {
        #expect(MarkerNumbering.duplicateKey("150702-150724-004c") == "150702-150724-004C")
        #expect(MarkerNumbering.duplicateKey(" 1523001Q\n") == "1523001Q")
        #expect(MarkerNumbering.duplicateKey("1523001Q") == "1523001Q")
        #expect(MarkerNumbering.duplicateKey("蒙黑-005a") == "蒙黑-005A")
        #expect(MarkerNumbering.duplicateKey("") == "")
    }
}
