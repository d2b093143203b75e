import Foundation

/// A tab-separated table of `data/names/`: a header line naming the columns, then one row per line.
///
/// Lines starting with `#` and blank lines are ignored, so the office can comment its lists. Cells are trimmed of
/// spaces. A row with another number of cells than the header is an error naming the file and line.
struct RuleTable {
    /// One row, with its 1-based line in the file.
    struct Row {
        var line: Int
        var cells: [String: String]

        /// The trimmed cell of `column` ("" when empty).
        subscript(_ column: String) -> String { cells[column] ?? "" }
    }

    var file: String
    var rows: [Row]

    /// Reads `path`, requiring the columns `required` in its header (others are allowed and kept).
    /// - Throws: ``NameRuleFileError`` when the file cannot be read, has no header, lacks a required column, or a
    ///   row has the wrong number of cells.
    init(path: String, required: [String]) throws(NameRuleFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NameRuleFileError(file: path, line: 0, reason: LocalizedText(zh: "无法读取文件", en: "cannot read the file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NameRuleFileError(file: path, line: 0, reason: LocalizedText(zh: "不是 UTF-8 文本", en: "not UTF-8 text"))
        }
        try self.init(text: text, file: path, required: required)
    }

    /// Parses `text` as the contents of `file`; see ``init(path:required:)``.
    init(text: String, file: String, required: [String]) throws(NameRuleFileError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.trimmedWhitespace.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmedWhitespace }
            guard let columns = header else {
                let missing = required.filter { !cells.contains($0) }
                guard missing.isEmpty else {
                    throw NameRuleFileError(file: file, line: number, reason: LocalizedText(
                        zh: "表头缺少列：\(missing.joined(separator: "、"))（表头须以制表符分隔）",
                        en: "the header lacks the column(s) \(missing.joined(separator: ", ")) (columns are tab-separated)"))
                }
                header = cells
                continue
            }
            guard cells.count == columns.count else {
                throw NameRuleFileError(file: file, line: number, reason: LocalizedText(
                    zh: "有 \(cells.count) 列，表头为 \(columns.count) 列（列以制表符分隔）",
                    en: "\(cells.count) cells where the header has \(columns.count) (cells are tab-separated)"))
            }
            rows.append(Row(line: number, cells: Dictionary(zip(columns, cells), uniquingKeysWith: { first, _ in first })))
        }
        guard header != nil else {
            throw NameRuleFileError(file: file, line: 0, reason: LocalizedText(zh: "没有表头行", en: "no header line"))
        }
        self.rows = rows
    }
}

extension String {
    /// The `|`-separated items of a rule cell, trimmed, without empty ones.
    var ruleListItems: [String] {
        split(separator: "|").map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
    }
}
