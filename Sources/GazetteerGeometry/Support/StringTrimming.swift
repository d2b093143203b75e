extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, ideographic space U+3000).
    ///
    /// Returns the text unchanged, without copying, in the common case where it has none: an import trims every
    /// field of every record, and Foundation's `trimmingCharacters(in:)` made that a third of an import's time.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        // Most fields start and end with printable ASCII or a Chinese character: two comparisons each then say so,
        // without looking up Unicode properties (which cost as much as parsing the number in bulk locate).
        if Self.isSurelyNotWhitespace(first), Self.isSurelyNotWhitespace(last) { return String(self) }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return String(self) }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// `true` for an ASCII character that is neither white space nor a control character (U+0021–U+007E), and
    /// for the CJK blocks U+3400–U+F8FF (past the ideographic space U+3000).
    @inline(__always)
    private static func isSurelyNotWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value > 0x20 && scalar.value < 0x7F) || (scalar.value >= 0x3400 && scalar.value < 0xF900)
    }
}
