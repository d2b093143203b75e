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
    /// Rounds the exact binary value correctly (glibc's printf): scaling by 10ⁿ first would round twice, writing
    /// 47.60195064999… as 47.6019507 where GDAL writes 47.6019506.
    public static func formatFixed(_ n: Double, decimals: Int) -> String {
        guard n.isFinite else { return "null" }
        let decimals = Int32(max(0, min(decimals, 15)))
        var buffer = [CChar](repeating: 0, count: 400)
        let written = withVaList([decimals, n]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        guard written > 0, Int(written) < buffer.count else { return String(n) }
        var text = String(decoding: buffer[0 ..< Int(written)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.contains(".") {
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
