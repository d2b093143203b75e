#if canImport(Glibc)
import Glibc
#endif

/// Serialises ``JSONValue`` to compact JSON text.
///
/// Numbers are written in Swift's shortest round-trip form, or with at most `precision` decimals
/// when a precision is given (RFC 7946 recommends 6–7 decimals for coordinates: 1e-7° is about 1 cm).
public enum JSONWriter {
    /// Compact JSON text for `value`.
    public static func serialize(_ value: JSONValue, precision: Int? = nil) -> String {
        var out = ""
        write(value, precision: precision, to: &out)
        return out
    }

    /// Appends the JSON text of `value` to `out`.
    public static func write(_ value: JSONValue, precision: Int? = nil, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): writeNumber(n, precision: precision, to: &out)
        case .string(let s): writeString(s, to: &out)
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                write(element, precision: precision, to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, member) in object.members.enumerated() {
                if i > 0 { out += "," }
                writeString(member.key, to: &out)
                out += ":"
                write(member.value, precision: precision, to: &out)
            }
            out += "}"
        }
    }

    /// Appends a number; JSON has no NaN or infinity, so those become `null`.
    public static func writeNumber(_ n: Double, precision: Int?, to out: inout String) {
        guard n.isFinite else { out += "null"; return }
        if n.rounded() == n, abs(n) < 1e15 {
            out += String(Int64(n))
            return
        }
        guard let precision else { out += String(n); return }
        out += formatFixed(n, decimals: precision)
    }

    /// `n` rounded to `decimals` places, without trailing zeros ("119.5", not "119.5000000").
    ///
    /// Rounds the exact binary value correctly, as glibc's printf does: scaling by 10ⁿ first would round twice,
    /// writing 47.60195064999… as 47.6019507 where GDAL writes 47.6019506. Most numbers are rounded from their
    /// shortest round-trip digits (``roundedFromShortest(_:places:)``), which decide the same way; the rest go
    /// through printf.
    public static func formatFixed(_ n: Double, decimals: Int) -> String {
        guard n.isFinite else { return "null" }
        let places = max(0, min(decimals, 15))
        return roundedFromShortest(n, places: places) ?? printfFixed(n, places: places)
    }

    /// `n` rounded to `places` decimals from Swift's shortest round-trip digits, or `nil` where those digits cannot
    /// stand for the exact value.
    ///
    /// Why the digits decide: the shortest digits S lie within half a unit in the last place (ulp) of the exact
    /// value X. If S has at most `places` decimals and ulp/2 is below half a unit of the last place kept, X rounds
    /// to S. If S has two or more decimals beyond `places`, no number with just one more decimal rounds to X (it
    /// would have been shorter), so the half-way point between the two candidates lies outside X's rounding
    /// interval, which holds both S and X: they round the same way. With exactly one more decimal, or an exponent
    /// in Swift's text, or too large an ulp, this gives up.
    static func roundedFromShortest(_ n: Double, places: Int) -> String? {
        guard n.magnitude.ulp < 0.5 * pow10Negative[places] else { return nil }
        var text = Array(n.description.utf8)
        let negative = text.first == UInt8(ascii: "-")
        if negative { text.removeFirst() }
        guard let dot = text.firstIndex(of: UInt8(ascii: ".")), !text.contains(UInt8(ascii: "e")) else { return nil }
        let fractionDigits = text.count - dot - 1
        var digits = Array(text[..<dot]) + Array(text[(dot + 1)...].prefix(places))
        var integerDigits = dot
        if fractionDigits > places {
            guard fractionDigits >= places + 2 else { return nil }
            if text[dot + 1 + places] >= UInt8(ascii: "5") {
                var i = digits.count - 1
                while i >= 0 && digits[i] == UInt8(ascii: "9") {
                    digits[i] = UInt8(ascii: "0")
                    i -= 1
                }
                if i >= 0 { digits[i] += 1 } else { digits.insert(UInt8(ascii: "1"), at: 0); integerDigits += 1 }
            }
        }
        // Trailing zeros of the fraction go, and the point with them when nothing is left after it.
        var end = digits.count
        while end > integerDigits && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        var out: [UInt8] = []
        out.reserveCapacity(end + 2)
        if negative && digits[..<end].contains(where: { $0 != UInt8(ascii: "0") }) { out.append(UInt8(ascii: "-")) }
        out += digits[..<integerDigits]
        if end > integerDigits {
            out.append(UInt8(ascii: "."))
            out += digits[integerDigits..<end]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// 10⁻ᵖ for p = 0…15.
    private static let pow10Negative: [Double] = (0...15).map { 1 / pow10($0) }

    private static func pow10(_ p: Int) -> Double {
        (0..<p).reduce(1.0) { value, _ in value * 10 }
    }

    /// `formatFixed` through glibc's printf (`%.*f`), which rounds the exact binary value.
    static func printfFixed(_ n: Double, places: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        let written = withVaList([Int32(places), n]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        guard written > 0, Int(written) < buffer.count else { return String(n) }
        var text = String(decoding: buffer[0 ..< Int(written)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.utf8.contains(UInt8(ascii: ".")) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// Appends a quoted, escaped JSON string.
    public static func writeString(_ s: String, to out: inout String) {
        out += "\""
        // The runs between characters that need escaping are appended whole (most strings are one run): appending
        // scalar by scalar was the largest cost of a GeoJSON export. Every escaped character is ASCII, so each run
        // ends on a character boundary.
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let byte = utf8[i]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                i = utf8.index(after: i)
                continue
            }
            out += s[runStart..<i]
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case UInt8(ascii: "\t"): out += "\\t"
            default:
                let hex = String(byte, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            i = utf8.index(after: i)
            runStart = i
        }
        out += s[runStart..<utf8.endIndex]
        out += "\""
    }
}
