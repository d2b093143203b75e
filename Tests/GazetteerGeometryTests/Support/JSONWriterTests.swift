import Testing
@testable import GazetteerGeometry

/// Compact JSON output: numbers, fixed-precision rounding, escaping, member order.
@Suite("Support JSON writer")
struct JSONWriterTests {
    @Test("fixed-precision formatting", arguments: [
        (119.123456789, 7, "119.1234568"),
        (-49.987654321, 7, "-49.9876543"),
        (119.5, 7, "119.5"),
        (0.05, 7, "0.05"),
        (0.00000006, 7, "0.0000001"),
        (-0.00000004, 7, "0"),
        (0.99999999, 7, "1"),
        // Exact binary ties round to even, as C's printf (and so GDAL) does.
        (2.5, 0, "2"),
        (-2.5, 0, "-2"),
        (3.5, 0, "4"),
        (1.0005, 2, "1"),
        // Not a tie: the double nearest 47.60195065 lies below it, so it rounds down (scaling by 1e7 first gave …507).
        (47.60195065, 7, "47.6019506"),
    ])
    func formatFixed(_ n: Double, _ decimals: Int, _ expected: String) {
        #expect(JSONWriter.formatFixed(n, decimals: decimals) == expected)
    }

    @Test("integral numbers are written without a decimal point; non-finite numbers as null")
    func numbers() {
        #expect(JSONWriter.serialize(.number(3)) == "3")
        #expect(JSONWriter.serialize(.number(-0.0)) == "0")
        #expect(JSONWriter.serialize(.number(1e20)) == "1e+20")
        #expect(JSONWriter.serialize(.number(0.1)) == "0.1")
        #expect(JSONWriter.serialize(.number(0.1 + 0.2), precision: 7) == "0.3")
        #expect(JSONWriter.serialize(.array([.number(.nan), .number(.infinity)])) == "[null,null]")
    }

    @Test("strings are escaped so the parser reads them back unchanged")
    func strings() throws {
        let text = "引号\" 反斜杠\\ 换行\n 制表\t \u{1} \u{1F600} /"
        let json = JSONWriter.serialize(.string(text))
        #expect(json == "\"引号\\\" 反斜杠\\\\ 换行\\n 制表\\t \\u0001 \u{1F600} /\"")
        #expect(try JSONParser.parse(json) == .string(text))
    }

    @Test("escapes next to combining marks, flags and at the ends keep every scalar", arguments: [
        "\"\u{301}", "a\"\u{301}b", "\u{1F1E8}\u{1F1F3}\\\u{1F1E8}\u{1F1F3}", "\n", "\"\"", "", "e\u{301}\u{1F}",
        "呼伦贝尔\r\n", "\u{0}\u{7F}\u{2028}", String(repeating: "界桩\"", count: 300),
    ])
    func stringsAtBoundaries(text: String) throws {
        let json = JSONWriter.serialize(.string(text))
        guard case .string(let back) = try JSONParser.parse(json) else { Issue.record("not a string: \(json)"); return }
        // Scalar for scalar: String equality alone would accept a canonically equivalent but different text.
        #expect(Array(back.unicodeScalars) == Array(text.unicodeScalars))
        // Only the quote, the backslash and control characters are escaped; everything else is written as it is.
        let expected = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            default:
                guard scalar.value < 0x20 else { return String(scalar) }
                let hex = String(scalar.value, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }.joined()
        #expect(Array(json.unicodeScalars) == Array(("\"" + expected + "\"").unicodeScalars))
    }

    @Test("objects keep member order and round-trip through the parser")
    func roundTrip() throws {
        let value = JSONValue.object(JSONObject([
            ("name", .string("海拉尔区")), ("code", .number(150702)), ("area", .number(1440.5)),
            ("tags", .array([.bool(true), .null])), ("nested", .object(JSONObject([("z", .number(1)), ("a", .number(2))]))),
        ]))
        let json = JSONWriter.serialize(value)
        #expect(json == #"{"name":"海拉尔区","code":150702,"area":1440.5,"tags":[true,null],"nested":{"z":1,"a":2}}"#)
        #expect(try JSONParser.parse(json) == value)
    }
}
