/// A plain-text table for terminals, aligned by display width so that Chinese text (two columns per character)
/// lines up with Latin text and digits.
public struct TextTable: Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Sendable { case left, right }

    /// Column headings.
    public var headers: [String]
    /// Alignment per column (missing entries mean left).
    public var alignments: [Alignment]
    /// Data rows; short rows are padded with empty cells.
    public var rows: [[String]] = []

    /// A table with `headers` and per-column `alignments`.
    public init(headers: [String], alignments: [Alignment] = []) {
        self.headers = headers
        self.alignments = alignments
    }

    /// Adds a row.
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as text: header, a rule, the rows; each line ends with a newline.
    public func render() -> String {
        let all = [headers] + rows
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (i, cell) in row.prefix(widths.count).enumerated() { widths[i] = max(widths[i], Self.displayWidth(cell)) }
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for i in widths.indices {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - Self.displayWidth(cell))
                let right = i < alignments.count && alignments[i] == .right
                parts.append(right ? pad + cell : cell + pad)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        var out = line(headers)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) }
        return out
    }

    /// `text` cut to at most `width` display columns, ending in "…" when cut.
    public static func truncated(_ text: String, width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var out = "", used = 0
        for character in text {
            let w = displayWidth(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Terminal columns taken by `text`: 2 for East Asian wide and full-width characters, 0 for combining marks,
    /// 1 otherwise (an approximation of Unicode's East Asian Width property that covers CJK, kana, Hangul,
    /// full-width forms and the Mongolian script's neighbours correctly for our data).
    public static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0300...0x036F, 0x200B...0x200F, 0x180B...0x180F: break // combining marks, zero-width, Mongolian FVS
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                width += 2
            default:
                width += 1
            }
        }
        return width
    }
}
