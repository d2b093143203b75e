import Foundation

/// The rules and lists a name check runs with, read from a directory such as `data/names/`.
///
/// The directory holds `rules.tsv` (the rules), `generics.tsv` (generic terms and their categories),
/// `regional_names.tsv` (the approved names of the region's own languages, which foreign-name rules never flag)
/// and `categories.tsv` (the category tree). Their columns are documented in `data/names/README.md`.
public struct NameRuleSet: Sendable {
    /// The rules in file order.
    public private(set) var rules: [NameRule]
    /// Each generic term with the category or subcategory codes it fits.
    public private(set) var generics: [String: [String]]
    /// Generic terms, longest first, so that a name's generic is found by its longest matching ending.
    public private(set) var genericsLongestFirst: [String]
    /// Approved names of Mongolian, Daur, Evenki and Oroqen origin.
    public private(set) var regionalNames: [String]
    /// The language of each of `regionalNames` (regional_names.tsv `language`: 蒙古语, 达斡尔语…).
    public private(set) var regionalLanguages: [String]
    /// The 通用规范汉字表 (hanzi.tsv): character → toneless Mandarin reading; empty when the directory has no table.
    public private(set) var hanziReadings: [Character: String] = [:]
    /// Traditional forms outside the table → their simplified form (variants.tsv).
    public private(set) var simplifiedOf: [Character: Character] = [:]
    /// Each generic's spelling in romanized names (generics.tsv `pinyin`).
    public private(set) var genericPinyin: [String: String] = [:]
    /// Approved transliterations of regional names (regional_names.tsv `romanized`), longest name first.
    public private(set) var approvedRomanizations: [(name: String, romanized: String)] = []
    /// Readings of polyphonic phrases (phrases.tsv), longest first.
    public private(set) var phraseReadings: [(phrase: String, syllables: [String])] = []
    /// The category tree: code → (parent code or nil, Chinese name).
    public private(set) var categories: [String: (parent: String?, chinese: String)]
    /// The tables above compiled for fast checking (built last in `init`; the tables cannot change afterwards).
    private(set) var index: NameRuleIndex

    /// Reads the rule set in `directory`.
    /// - Throws: ``NameRuleFileError`` naming the file and line of the first problem.
    public init(directory: String) throws(NameRuleFileError) {
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        let categoryTable = try RuleTable(path: path("categories.tsv"), required: ["code", "parent", "name_zh"])
        var categories: [String: (parent: String?, chinese: String)] = [:]
        for row in categoryTable.rows { categories[row["code"]] = (row["parent"].isEmpty ? nil : row["parent"], row["name_zh"]) }
        self.categories = categories

        let genericTable = try RuleTable(path: path("generics.tsv"), required: ["generic", "applies_to"])
        var generics: [String: [String]] = [:]
        for row in genericTable.rows {
            let applies = row["applies_to"].ruleListItems
            if let unknown = applies.first(where: { categories[$0] == nil }) {
                throw NameRuleFileError(file: genericTable.file, line: row.line, reason: LocalizedText(
                    zh: "类别“\(unknown)”不在 categories.tsv 中", en: "category '\(unknown)' is not in categories.tsv"))
            }
            generics[row["generic"], default: []] += applies
            if !row["pinyin"].isEmpty { genericPinyin[row["generic"]] = row["pinyin"] }
        }
        self.generics = generics
        genericsLongestFirst = generics.keys.sorted { ($0.count, $0) > ($1.count, $1) }

        // The character tables are generated (tools/char-tables); a rule set without them has no script rules.
        if FileManager.default.fileExists(atPath: path("hanzi.tsv")) {
            for row in try RuleTable(path: path("hanzi.tsv"), required: ["char", "toneless"]).rows {
                if let character = row["char"].first { hanziReadings[character] = row["toneless"] }
            }
        }
        if FileManager.default.fileExists(atPath: path("variants.tsv")) {
            for row in try RuleTable(path: path("variants.tsv"), required: ["traditional", "simplified"]).rows {
                if let traditional = row["traditional"].first, let simplified = row["simplified"].first { simplifiedOf[traditional] = simplified }
            }
        }

        let regionalTable = try RuleTable(path: path("regional_names.tsv"), required: ["name", "language"])
        regionalNames = regionalTable.rows.map { $0["name"] }.filter { !$0.isEmpty }
        regionalLanguages = regionalTable.rows.filter { !$0["name"].isEmpty }.map { $0["language"] }
        approvedRomanizations = regionalTable.rows.filter { !$0["name"].isEmpty && !$0["romanized"].isEmpty }
            .map { ($0["name"], $0["romanized"]) }.sorted { $0.name.count > $1.name.count }
        if FileManager.default.fileExists(atPath: path("phrases.tsv")) {
            phraseReadings = try RuleTable(path: path("phrases.tsv"), required: ["phrase", "pinyin"]).rows
                .map { ($0["phrase"], $0["pinyin"].split(separator: " ").map(String.init)) }.sorted { $0.phrase.count > $1.phrase.count }
        }

        let ruleTable = try RuleTable(path: path("rules.tsv"), required: [
            "id", "category", "match", "words", "threshold", "applies_to", "severity", "exemptions",
            "description_zh", "description_en", "citation", "fix",
        ])
        var seen: Set<String> = []
        rules = []
        for row in ruleTable.rows {
            let rule = try Self.rule(row, file: ruleTable.file, categories: categories)
            guard seen.insert(rule.id).inserted else {
                throw NameRuleFileError(file: ruleTable.file, line: row.line, reason: LocalizedText(
                    zh: "规则编号 \(rule.id) 重复", en: "rule id \(rule.id) appears twice"))
            }
            rules.append(rule)
        }
        // The one category each generic fits, resolved once here rather than once per name of a list.
        let genericCategories = generics.compactMapValues { codes in codes.count == 1 ? Self.resolveCategory(codes[0], in: categories) : nil }
        index = NameRuleIndex(rules: rules, regionalNames: regionalNames, regionalLanguages: regionalLanguages, hanziReadings: hanziReadings, simplifiedOf: simplifiedOf,
                              generics: Array(generics.keys), genericCategories: genericCategories, phraseReadings: phraseReadings)
    }

    private static func rule(_ row: RuleTable.Row, file: String, categories: [String: (parent: String?, chinese: String)]) throws(NameRuleFileError) -> NameRule {
        func fail(_ zh: String, _ en: String) -> NameRuleFileError {
            NameRuleFileError(file: file, line: row.line, reason: LocalizedText(zh: zh, en: en))
        }
        let id = row["id"]
        guard !id.isEmpty else { throw fail("缺少规则编号（id）", "no rule id") }
        guard let category = NameRuleCategory(rawValue: row["category"]) else {
            let known = NameRuleCategory.allCases.map(\.rawValue).joined(separator: "、")
            throw fail("规则 \(id) 的类别“\(row["category"])”无效，应为 \(known) 之一", "rule \(id): category '\(row["category"])' is not one of \(known)")
        }
        guard let match = NameRuleMatch(rawValue: row["match"]) else {
            let known = NameRuleMatch.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail("规则 \(id) 的匹配方式“\(row["match"])”无效，应为 \(known) 之一", "rule \(id): match '\(row["match"])' is not one of \(known)")
        }
        guard let severity = Finding.Severity(rawValue: row["severity"]) else {
            throw fail("规则 \(id) 的严重程度“\(row["severity"])”无效，应为 error、warning 或 info",
                       "rule \(id): severity '\(row["severity"])' is not error, warning or info")
        }
        // A character list is read as single characters, so it may hold `|` itself.
        let words = match == .characters || match == .transliteration ? row["words"].map(String.init) : row["words"].ruleListItems
        if [.words, .characters, .stackedGeneric, .scale, .transliteration, .mongolianMissing].contains(match), words.isEmpty {
            throw fail("规则 \(id)（\(match.rawValue)）须在 words 列给出词语", "rule \(id) (\(match.rawValue)) needs words in the words column")
        }
        var thresholds: [ScaleThreshold] = []
        for item in row["threshold"].ruleListItems {
            let parts = item.components(separatedBy: ">=")
            guard parts.count == 2, ScaleThreshold.attributes.contains(parts[0].trimmedWhitespace),
                  let minimum = Double(parts[1].trimmedWhitespace) else {
                throw fail("规则 \(id) 的阈值“\(item)”无效，应写作 属性>=数值，属性为 \(ScaleThreshold.attributes.joined(separator: "、"))",
                           "rule \(id): threshold '\(item)' should read attribute>=number with attribute one of \(ScaleThreshold.attributes.joined(separator: ", "))")
            }
            thresholds.append(ScaleThreshold(attribute: parts[0].trimmedWhitespace, minimum: minimum))
        }
        if [.duplicate, .nearDuplicate, .homophone].contains(match), !words.contains(where: { NameScope(rawValue: $0) != nil }) {
            throw fail("规则 \(id)（\(match.rawValue)）须在 words 列给出范围：township、county 或 province",
                       "rule \(id) (\(match.rawValue)) needs a scope in the words column: township, county or province")
        }
        if [.scale, .transliteration].contains(match), thresholds.isEmpty {
            throw fail("规则 \(id)（\(match.rawValue)）须给出阈值", "rule \(id) (\(match.rawValue)) needs a threshold")
        }
        let appliesTo = row["applies_to"] == "*" ? [] : row["applies_to"].ruleListItems
        if let unknown = appliesTo.first(where: { categories[$0] == nil }) {
            throw fail("规则 \(id) 的适用类别“\(unknown)”不在 categories.tsv 中", "rule \(id): category '\(unknown)' is not in categories.tsv")
        }
        var exemptions: [NameRuleExemption] = []
        for item in row["exemptions"].split(separator: ";").map({ $0.trimmedWhitespace }).filter({ !$0.isEmpty }) {
            let parts = item.split(separator: "~", maxSplits: 1).map(String.init)
            guard parts.count == 2, NameRuleExemption.fields.contains(parts[0]), !parts[1].ruleListItems.isEmpty else {
                throw fail("规则 \(id) 的豁免“\(item)”无效，应写作 字段~词语|词语，字段为 \(NameRuleExemption.fields.joined(separator: "、"))",
                           "rule \(id): exemption '\(item)' should read field~word|word with field one of \(NameRuleExemption.fields.joined(separator: ", "))")
            }
            exemptions.append(NameRuleExemption(field: parts[0], words: parts[1].ruleListItems))
        }
        return NameRule(
            id: id, category: category, match: match, words: words, thresholds: thresholds, appliesTo: appliesTo,
            severity: severity, exemptions: exemptions,
            description: LocalizedText(zh: row["description_zh"], en: row["description_en"].isEmpty ? row["description_zh"] : row["description_en"]),
            citation: row["citation"], fix: row["fix"], source: "\(file):\(row.line)")
    }

    /// The one category `generic` fits in `generics.tsv`, `nil` when it fits none or several.
    public func categoryOfGeneric(_ generic: String) -> (category: PlaceCategory, subcategory: String?)? {
        guard let codes = generics[generic], codes.count == 1 else { return nil }
        return resolveCategory(codes[0])
    }

    /// The top-level category of `code` (a category or subcategory code, or a Chinese category name), `nil` when the
    /// tree does not know it.
    public func resolveCategory(_ text: String) -> (category: PlaceCategory, subcategory: String?)? {
        Self.resolveCategory(text, in: categories)
    }

    /// ``resolveCategory(_:)`` in the tree `categories`.
    private static func resolveCategory(_ text: String, in categories: [String: (parent: String?, chinese: String)]) -> (category: PlaceCategory, subcategory: String?)? {
        let code = categories[text] != nil ? text : categories.first(where: { $0.value.chinese == text })?.key
        guard var code else { return nil }
        let leaf = code
        while let parent = categories[code]?.parent { code = parent }
        guard let top = PlaceCategory(rawValue: code) else { return nil }
        return (top, leaf == code ? nil : leaf)
    }
}
