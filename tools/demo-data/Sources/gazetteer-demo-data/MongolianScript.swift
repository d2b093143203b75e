/// Traditional Mongolian script (Unicode U+1820–U+18AF) for the few names whose written form the project is sure of,
/// written in the catalogue in the usual Latin transliteration of the script and converted here letter by letter.
///
/// The transliteration spells the letters, not the sound: `q` and `γ` also stand for k and g in front-vowel words
/// (köke "blue" is written `qöqe`), `ng` is the single letter ᠩ. Unicode stores the nominal letters; initial,
/// medial and final shapes are the font's business.
enum MongolianScript {
    private static let letters: [Character: Unicode.Scalar] = [
        "a": "\u{1820}", "e": "\u{1821}", "i": "\u{1822}", "o": "\u{1823}", "u": "\u{1824}", "ö": "\u{1825}", "ü": "\u{1826}",
        "n": "\u{1828}", "b": "\u{182A}", "p": "\u{182B}", "q": "\u{182C}", "γ": "\u{182D}", "m": "\u{182E}", "l": "\u{182F}",
        "s": "\u{1830}", "š": "\u{1831}", "t": "\u{1832}", "d": "\u{1833}", "č": "\u{1834}", "ǰ": "\u{1835}", "y": "\u{1836}",
        "r": "\u{1837}", "w": "\u{1838}",
    ]

    /// The script form of a transliterated name such as `"dalai naγur"`.
    static func script(_ transliteration: String) -> String {
        var scalars = String.UnicodeScalarView()
        let chars = Array(transliteration)
        var i = 0
        while i < chars.count {
            if chars[i] == "n", i + 1 < chars.count, chars[i + 1] == "g", i + 2 == chars.count || chars[i + 2] == " " {
                scalars.append("\u{1829}")
                i += 2
                continue
            }
            if chars[i] == " " {
                scalars.append(" ")
            } else {
                scalars.append(letters[chars[i]]!)
            }
            i += 1
        }
        return String(scalars)
    }
}
