import Foundation
import Testing
@testable import GazetteerGeometry

/// The strict RFC 8259 parser: values, escapes, error positions, BOM, nesting limit.
@Suite("Support JSON parser")
struct JSONParserTests {
    /// The syntax error thrown for `text`, or `nil` (recording an issue) when it parses.
    static func syntaxError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
        syntaxError(Array(text.utf8), sourceLocation: sourceLocation)
    }

    static func syntaxError(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
        do {
            let value = try JSONParser.parse(bytes)
            Issue.record("expected a syntax error, parsed \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("scalars, arrays and objects")
    func values() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse(" false ") == .bool(false))
        #expect(try JSONParser.parse("[]") == .array([]))
        #expect(try JSONParser.parse("{}") == .object(JSONObject()))
        #expect(try JSONParser.parse(#"[1, "a", [null]]"#) == .array([.number(1), .string("a"), .array([.null])]))
        let object = try JSONParser.parse(#"{"b": 1, "a": {"c": [true]}}"#)
        #expect(object["a"]?["c"] == .array([.bool(true)]))
        // Member order is kept as written.
        #expect(object.objectValue?.keys == ["b", "a"])
    }

    @Test("numbers", arguments: [
        ("0", 0.0), ("-0", -0.0), ("1", 1), ("-12.5", -12.5), ("1e3", 1000), ("1E+3", 1000), ("2.5e-3", 0.0025),
        ("119.7000001", 119.7000001), ("123456789012345678", 123456789012345680), ("1e-400", 0),
    ])
    func numbers(_ text: String, _ value: Double) throws {
        #expect(try JSONParser.parse(text) == .number(value))
    }

    @Test("malformed numbers are rejected", arguments: ["01", "-", "1.", ".5", "1e", "+1", "1e999", "0x10", "-01", "NaN", "Infinity"])
    func badNumbers(_ text: String) {
        #expect(Self.syntaxError(text) != nil)
    }

    @Test("string escapes")
    func escapes() throws {
        #expect(try JSONParser.parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{c}\n\r\t"))
        #expect(try JSONParser.parse(#""\u0041\u00e9\u4E2D""#) == .string("Aé中"))
        #expect(try JSONParser.parse(#""海拉尔 Hailar""#) == .string("海拉尔 Hailar"))
        // Escapes after plain text, and plain text after escapes.
        #expect(try JSONParser.parse(#""abc\ndef""#) == .string("abc\ndef"))
    }

    @Test("surrogate pairs decode to one scalar; lone surrogates are errors")
    func surrogates() throws {
        // U+1F600 GRINNING FACE is D83D DE00 in UTF-16; U+20BB7 𠮷 (a CJK Extension B character) is D842 DFB7.
        #expect(try JSONParser.parse(#""\uD83D\uDE00""#) == .string("\u{1F600}"))
        #expect(try JSONParser.parse(#""\ud842\udfb7野家""#) == .string("\u{20BB7}野家"))
        #expect(Self.syntaxError(#""\uD83D""#) != nil)
        #expect(Self.syntaxError(#""\uD83Dx""#) != nil)
        #expect(Self.syntaxError(#""\uDE00""#) != nil)
        #expect(Self.syntaxError(#""\uD83D\u0041""#) != nil)
        #expect(Self.syntaxError(#""\u12G4""#) != nil)
        #expect(Self.syntaxError(#""\u12""#) != nil)
    }

    @Test("bad strings: invalid escape, raw control character, unterminated, invalid UTF-8")
    func badStrings() {
        #expect(Self.syntaxError(#""\x""#) != nil)
        #expect(Self.syntaxError("\"a\u{1}b\"") != nil)
        #expect(Self.syntaxError("\"a\nb\"") != nil)
        #expect(Self.syntaxError(#""abc"#) != nil)
        #expect(Self.syntaxError(#""abc\"#) != nil)
        // 0xBA 0xA3 is "海" in GBK, not valid UTF-8.
        let gbk = Self.syntaxError([0x22, 0xBA, 0xA3, 0x22])
        #expect(gbk?.reason.contains("UTF-8") == true)
    }

    @Test("errors carry 1-based line and column of the offending byte")
    func positions() throws {
        let e1 = try #require(Self.syntaxError("[1,\n 2,\n x]"))
        #expect(e1.line == 3 && e1.column == 2)
        #expect(e1.description.hasPrefix("line 3, column 2: "))
        let e2 = try #require(Self.syntaxError(#"{"a" 1}"#))
        #expect(e2.line == 1 && e2.column == 6)
        #expect(e2.reason.contains("':'"))
        let e3 = try #require(Self.syntaxError("[1, 2"))
        #expect(e3.line == 1 && e3.column == 6)
        let e4 = try #require(Self.syntaxError("{\"a\": 1}\r\n\r\n  }"))
        #expect(e4.line == 3 && e4.column == 3)
        let e5 = try #require(Self.syntaxError(""))
        #expect(e5.line == 1 && e5.column == 1)
    }

    @Test("structural errors", arguments: [
        "[1,]", "[,1]", "{\"a\":1,}", "{a:1}", "{\"a\"}", "[1 2]", "tru", "nul", "[1]]", "{}{}", "[", "{\"a\":",
    ])
    func structural(_ text: String) {
        #expect(Self.syntaxError(text) != nil)
    }

    @Test("a leading UTF-8 byte-order mark is accepted")
    func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try JSONParser.parse(bom + Array(#"{"a":[1,2]}"#.utf8)) == .object(JSONObject([("a", .array([.number(1), .number(2)]))])))
        #expect(try JSONParser.parse(bom + Array(" 7 ".utf8)) == .number(7))
        // Only at the start: a BOM after whitespace is an error.
        #expect(Self.syntaxError(Array(" ".utf8) + bom + Array("7".utf8)) != nil)
        // An error after a BOM is still on line 2, column 1.
        let e = try #require(Self.syntaxError(bom + Array("[1,\n]".utf8)))
        #expect(e.line == 2 && e.column == 1)
    }

    @Test("nesting is limited to 512 levels")
    func depth() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(ok) }
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let e = try #require(Self.syntaxError(tooDeep))
        #expect(e.reason.contains("512"))
        // A hostile file of a hundred thousand brackets fails cleanly instead of overflowing the stack.
        #expect(Self.syntaxError(String(repeating: "[", count: 100_000)) != nil)
        #expect(Self.syntaxError(String(repeating: #"{"a":"#, count: 100_000)) != nil)
    }

    @Test("trailing content after the value is an error; trailing whitespace is not")
    func trailing() throws {
        #expect(try JSONParser.parse("[1] \n\t\r ") == .array([.number(1)]))
        let e = try #require(Self.syntaxError("[1] x"))
        #expect(e.column == 5)
    }

    @Test("repeated keys keep the first position and the last value")
    func repeatedKeys() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(value["a"] == .number(3))
    }
}

/// Numbers are read as strtod reads them, bit for bit, on every path of the parser (Clinger's for short decimals,
/// Eisel-Lemire for up to 19 digits, strtod for the rest).
@Suite("JSON parser numbers")
struct JSONParserNumberTests {
    static func parsed(_ text: String) throws -> Double {
        guard case .number(let value) = try JSONParser.parse(text) else { throw JSONSyntaxError(reason: "not a number", line: 0, column: 0) }
        return value
    }

    @Test("hand-picked numbers: zeros, signs, exponents, many digits, the edges of the fast path")
    func handPicked() throws {
        let cases = ["0", "-0", "0.0", "0e500", "-0.0e-500", "1", "-1", "121.1234567", "49.5", "0.1", "0.0000001",
                     "1e22", "1e23", "123456789012345", "1234567890123456", "9007199254740993", "1.7976931348623157e308",
                     "5e-324", "2.2250738585072014e-308", "0.30000000000000004", "1E+2", "1e-22", "1.5e-23",
                     "100000000000000000000000", "0.000000000000000000000000000001",
                     // 17 digits as Python writes coordinates; 19 and 20 digits either side of the parser's limit.
                     "121.12345678901234", "-49.999999999999993", "1234567890123456789", "12345678901234567890",
                     "0.1234567890123456789", "9.999999999999999999e-65", "1.0000000000000000001e64"]
        for text in cases {
            let expected = strtod(text, nil)
            let value = try Self.parsed(text)
            #expect(value.bitPattern == expected.bitPattern, "\(text): \(value) vs strtod \(expected)")
        }
        #expect(try Self.parsed("-0").sign == .minus)
        #expect(throws: JSONSyntaxError.self) { try Self.parsed("1e400") }
    }

    @Test("150 000 random coordinates and doubles read bit for bit as strtod reads them")
    func random() throws {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
        for i in 0..<150_000 {
            let text: String
            switch i % 5 {
            case 0: text = String(format: "%.7f", Double(next() % 3_600_000_000) / 1e7 - 180)
            case 1: text = String(format: "%.\(next() % 16)f", Double(bitPattern: next() >> 2).truncatingRemainder(dividingBy: 1e6))
            // Coordinates as Python and shapely write them: the shortest digits that round-trip, 15 to 17 of them.
            case 2: text = "\(Double(next() % 1 << 52) / Double(1 << 52) * 360 - 180)"
            // 18 to 21 digits, with the decimal point anywhere: past 19 the parser hands over to strtod.
            case 3:
                let digits = String(String(next()).prefix(18 + Int(next() % 4)))
                let point = 1 + Int(next() % UInt64(digits.count - 1))
                text = digits.prefix(point) + "." + digits.dropFirst(point)
            default: text = "\(Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF))"
            }
            let expected = strtod(text, nil)
            guard expected.isFinite else { continue }
            let value = try Self.parsed(text)
            #expect(value.bitPattern == expected.bitPattern, "\(text)")
            if value.bitPattern != expected.bitPattern { return }
        }
    }
}
