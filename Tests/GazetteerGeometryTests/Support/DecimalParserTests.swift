import Foundation
import Testing
@testable import GazetteerGeometry

/// ``DecimalParser`` gives `strtod`'s double, bit for bit, wherever it answers, and answers for nearly every number
/// GIS tools write.
@Suite("Decimal parser")
struct DecimalParserTests {
    func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { DecimalParser.parse(UnsafeBufferPointer($0)) }
    }

    /// glibc's answer, and whether it consumed the whole text.
    func strtodValue(_ text: String) -> Double? {
        text.withCString { start -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(start, &end)
            guard let end, end - UnsafeMutablePointer(mutating: start) == text.utf8.count, !text.isEmpty else { return nil }
            return value
        }
    }

    /// Checks `texts` against strtod; returns how many the parser declined.
    func compare(_ texts: [String]) -> Int {
        var declined = 0
        for text in texts {
            guard let value = parse(text) else { declined += 1; continue }
            let expected = strtodValue(text)
            #expect(expected?.bitPattern == value.bitPattern, "\(text): \(value) against strtod's \(String(describing: expected))")
        }
        return declined
    }

    struct Seeded {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    @Test("coordinates as GIS tools write them (shortest, 17 significant digits, 6 and 9 decimals) equal strtod")
    func coordinates() {
        var random = Seeded(state: 42)
        var texts: [String] = []
        for _ in 0..<100_000 {
            let lon = 73 + Double(random.next() >> 11) / Double(1 << 53) * 63
            let lat = -90 + Double(random.next() >> 11) / Double(1 << 53) * 180
            texts += ["\(lon)", "\(lat)", String(format: "%.17g", lon), String(format: "%.6f", lat), String(format: "%.9f", lon),
                      String(format: "%.3f", lat * 111_000)]
        }
        let declined = compare(texts)
        // Ties and near-ties are rare; more than 19 significant digits never occur here.
        #expect(declined < texts.count / 1000, "declined \(declined) of \(texts.count)")
    }

    @Test("random significands of 1 to 19 digits, points anywhere, exponents -80 to 80, signs: strtod's doubles")
    func randomDecimals() {
        var random = Seeded(state: 7)
        var texts: [String] = []
        for _ in 0..<200_000 {
            let count = 1 + Int(random.next() % 19)
            var digits = ""
            for _ in 0..<count { digits.append(Character(String(random.next() % 10))) }
            let point = Int(random.next() % UInt64(count + 1))
            var text = random.next() % 3 == 0 ? "-" : (random.next() % 5 == 0 ? "+" : "")
            text += String(digits.prefix(point)) + (point < count || random.next() % 2 == 0 ? "." : "") + String(digits.dropFirst(point))
            if random.next() % 2 == 0 { text += (random.next() % 2 == 0 ? "e" : "E") + String(Int(random.next() % 161) - 80) }
            texts.append(text)
        }
        let declined = compare(texts)
        #expect(declined < texts.count / 5, "declined \(declined) of \(texts.count)")
    }

    @Test("every double's shortest text and %.17g text round-trips to the same double")
    func roundTrips() {
        var random = Seeded(state: 99)
        for _ in 0..<100_000 {
            // Any finite normal double with a modest exponent (the table's range).
            let bits = (random.next() & 0x800F_FFFF_FFFF_FFFF) | (UInt64(1023 - 150 + Int(random.next() % 300)) << 52)
            let value = Double(bitPattern: bits)
            for text in ["\(value)", String(format: "%.17g", value)] {
                if let parsed = parse(text) { #expect(parsed.bitPattern == value.bitPattern, "\(text)") }
            }
        }
    }

    @Test("ties, zeros and the edges of the fast paths")
    func edges() {
        // 2^53 + 1 is exactly half way between two doubles: declined or even, never the odd neighbour.
        for text in ["9007199254740993", "9007199254740993e0", "9.007199254740993e15", "4503599627370496.5",
                     "0", "-0", "0.0e10", "-0.000", "1", "1.", ".5", "-.5", "1e22", "1e23", "123456789012345678e-5",
                     "9999999999999999999", "1e-64", "1e64", "18446744073709551615", "0.1", "0.2", "0.3",
                     "2.2250738585072014e-308", "1.7976931348623157e308"] {
            #expect(compare([text]) <= 1)
        }
        #expect(parse("-0")?.sign == .minus)
        #expect(parse("-0") == 0)
        // More than 19 significant digits, or an exponent beyond the table: declined, for strtod to answer.
        #expect(parse("12345678901234567890") == nil)
        #expect(parse("1e300") == nil)
        // Not numbers in this grammar.
        for text in ["", "-", "+", ".", "..", "1.2.3", "1e", "1e+", "e5", "+-1", "--1", "1x", "0x10", "nan", "inf", " 1", "1 ", "1e5.0", "1e1234567"] {
            #expect(parse(text) == nil, "\(text)")
        }
    }
}
