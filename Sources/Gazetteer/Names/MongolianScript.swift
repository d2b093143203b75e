/// What may stand in a traditional-Mongolian field, and the runs of other scripts found there.
///
/// Traditional Mongolian is the Unicode block U+1800–U+18AF (letters, the free variation selectors FVS1–4 and the
/// vowel separator among them); words are joined by spaces or the narrow no-break space U+202F that suffixes take,
/// and ZWJ/ZWNJ shape letters. Anything else (Latin transliterations, Han characters, Cyrillic Khalkha spellings)
/// is another script in the wrong field: Inner Mongolia's 2019 clean-up lists wrong Mongolian script among its
/// targets (内民政发〔2019〕5号).
enum MongolianScript {
    /// The script of a scalar, as a finding names it.
    enum Script: String {
        case mongolian, latin = "Latin", han = "Han", cyrillic = "Cyrillic", other = "other"
    }

    /// The script `scalar` belongs to; spaces and joiners count as Mongolian (they belong in the field).
    static func script(of scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x1800...0x18AF, 0x202F, 0x200C, 0x200D, 0x0020, 0x00A0: return .mongolian
        case 0x0041...0x005A, 0x0061...0x007A, 0x00C0...0x024F, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .latin
        case 0x0400...0x052F: return .cyrillic
        default: return scalar.isHanIdeograph ? .han : .other
        }
    }

    /// The maximal runs of non-Mongolian script in `text`, each as `Script: run` (`Latin: Khailaar`).
    static func foreignRuns(in text: String) -> [String] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        var currentScript = Script.mongolian
        func flush() {
            if !current.isEmpty { runs.append("\(currentScript.rawValue): \(String(current))") }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let script = script(of: scalar)
            if script != currentScript { flush(); currentScript = script }
            if script != .mongolian { current.append(scalar) }
        }
        flush()
        return runs
    }
}
