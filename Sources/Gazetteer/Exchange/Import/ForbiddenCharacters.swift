/// The characters a text field may not hold: control characters and invisible format characters.
///
/// A NUL (U+0000) in a field cut the stored value short (`测\0试河` was stored as `测`), and the other control
/// characters (U+0001–U+001F, U+007F, and the C1 controls U+0080–U+009F) are invisible in every tool the
/// registry's users open it with. They arrive as raw bytes in CSV or as `\u0000`-style escapes in GeoJSON strings,
/// and are refused on import. Tab, line feed and carriage return are kept: a multi-line cell from Excel holds CRLF.
///
/// Format characters (Unicode's general category Cf) are as invisible and do the same harm in a name: `天鹅\u{200B}湖`
/// (a zero-width space) looks like `天鹅湖` but is another string to the duplicate check, a search and a join; a
/// byte-order mark arrives at the start of a field when two CSV files are joined with `cat`; bidirectional controls
/// reorder what a reader sees. All are refused but three that scripts need: U+200C ZERO WIDTH NON-JOINER and U+200D
/// ZERO WIDTH JOINER (shaping in Mongolian and other scripts) and U+180E MONGOLIAN VOWEL SEPARATOR.
enum ForbiddenCharacters {
    /// The first forbidden character in `text` and its 1-based position, counted in Unicode scalars.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, position: Int)? {
        // Most text is told clean without decoding it: printable ASCII and the lead bytes of scripts without a
        // format character (Chinese characters begin with 0xE3–0xE9). The lead bytes of the blocks that hold
        // controls or format characters (U+0080–U+00BF: 0xC2; Arabic and Syriac: 0xD8, 0xDB, 0xDC; U+08xx: 0xE0;
        // U+18xx, Mongolian: 0xE1; U+20xx: 0xE2; U+FExx–U+FFxx: 0xEF; beyond U+FFFF: 0xF0, 0xF3) send it to the
        // scalar-by-scalar test.
        if text.utf8.allSatisfy(isPlainByte) { return nil }
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            if isForbidden(scalar) { return (scalar, position) }
        }
        return nil
    }

    @inline(__always)
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0x7F: return false
        case 0xC2, 0xD8, 0xDB, 0xDC, 0xE0, 0xE1, 0xE2, 0xEF, 0xF0, 0xF3: return false
        default: return true
        }
    }

    /// Whether `scalar` is a control character other than tab, line feed and carriage return, or a format character
    /// other than the three scripts need.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x200C, 0x200D, 0x180E: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return scalar.properties.generalCategory == .format
        }
    }

    /// `scalar` as its code point and Unicode name, `U+200B ZERO WIDTH SPACE`; control characters have no name
    /// (`U+0000`).
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return code + (scalar.properties.name.map { " \($0)" } ?? "")
    }

    /// Why a value with `scalar` at `position` is refused, in both languages.
    static func problem(_ scalar: Unicode.Scalar, at position: Int) -> RecordValidator.ValueProblem {
        let code = codePoint(scalar)
        if scalar.properties.generalCategory == .format {
            return RecordValidator.ValueProblem(
                zh: "第 \(position) 个字符是不可见的格式字符 \(code)：看上去与没有它的文字相同，却会使查重、检索和关联失效；请删除",
                en: "invisible format character \(code) at character \(position): the text looks the same without it, "
                    + "but duplicate checks, searches and joins would treat it as different; remove it")
        }
        return RecordValidator.ValueProblem(
            zh: "第 \(position) 个字符是控制字符 \(code)：不可见，且会截断存储的文字；请删除",
            en: "control character \(code) at character \(position): invisible, and it would cut the stored text short; remove it")
    }
}
