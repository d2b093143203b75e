/// The control characters a text field may not hold.
///
/// A NUL (U+0000) in a field cut the stored value short (`测\0试河` was stored as `测`), and the other control
/// characters (U+0001–U+001F, U+007F, and the C1 controls U+0080–U+009F) are invisible in every tool the
/// registry's users open it with. They arrive as raw bytes in CSV or as `\u0000`-style escapes in GeoJSON strings,
/// and are refused on import. Tab, line feed and carriage return are kept: a multi-line cell from Excel holds CRLF.
enum ControlCharacters {
    /// The first forbidden control character in `text` and its 1-based position, counted in Unicode scalars.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, position: Int)? {
        // Bytes 0x20–0x7E and those of multi-byte characters (0x80 and up, where U+0080–U+009F begin with 0xC2) hold
        // no forbidden character unless a 0xC2 is among them: most text is told clean without decoding it.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 != 0x7F && $0 != 0xC2) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return nil
        }
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            if isForbidden(scalar) { return (scalar, position) }
        }
        return nil
    }

    /// Whether `scalar` is a control character other than tab, line feed and carriage return.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// Why a value with `scalar` at `position` is refused, in both languages.
    static func problem(_ scalar: Unicode.Scalar, at position: Int) -> RecordValidator.ValueProblem {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return RecordValidator.ValueProblem(
            zh: "第 \(position) 个字符是控制字符 \(code)：不可见，且会截断存储的文字；请删除",
            en: "control character \(code) at character \(position): invisible, and it would cut the stored text short; remove it")
    }
}
