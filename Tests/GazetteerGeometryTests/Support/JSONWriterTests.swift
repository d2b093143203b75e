import Foundation
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

    @Test("rounding from the shortest digits gives printf's answer, and is taken for ordinary coordinates")
    func roundingAgreesWithPrintf() {
        var state: UInt64 = 42
        func random() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 47.60195065, 47.601950649999, 119.7649,
                                9.99999995, 9.999999949, 99.999999999, -0.00000004, -0.00000006, 1e-5, 123456789.123456789,
                                268_435_455.9999999, 1e15 - 0.5, 530.27, 0.1 + 0.2]
        for _ in 0..<20_000 {
            values.append(115 + random() * 11)                         // coordinates, 17 significant digits
            values.append((random() - 0.5) * 2e-3)                      // small offsets
            values.append(Double(Int(random() * 1e6)) / 1_000)          // three-decimal survey values
            values.append(Double(Int(random() * 1e8)) / 128)            // binary fractions: exact halves and ties
            values.append((random() - 0.5) * pow(10, random() * 12))    // every magnitude up to 1e12
        }
        var fast = 0
        for value in values {
            for places in [0, 1, 2, 3, 6, 7, 9] {
                let reference = JSONWriter.printfFixed(value, places: places)
                guard let quick = JSONWriter.roundedFromShortest(value, places: places) else { continue }
                fast += 1
                if quick != reference { Issue.record("\(value) to \(places) places: \(quick), printf \(reference)"); return }
            }
            #expect(JSONWriter.formatFixed(value, decimals: 7) == JSONWriter.printfFixed(value, places: 7))
        }
        // Most numbers take the quick path; a coordinate always does at 7 places.
        #expect(fast > values.count * 7 / 2)
        #expect(JSONWriter.roundedFromShortest(121.52324146242542, places: 7) == "121.5232415")
        #expect(JSONWriter.roundedFromShortest(119.999999996, places: 7) == "120")
        // One decimal beyond: the digits may be the half-way point itself, so printf decides.
        #expect(JSONWriter.roundedFromShortest(119.99999996, places: 7) == nil)
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
