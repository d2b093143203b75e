// The catalogue of finding codes: the only place codes are declared. docs/FINDINGS.md is generated from it.

extension FindingCode {
    // MARK: geometry

    /// A geometry that GEOS reads but finds invalid (self-intersection, hole outside its shell…).
    public static let geometryInvalid = FindingCode(
        "geometry.invalid", .error,
        title: LocalizedText(zh: "几何无效", en: "Invalid geometry"),
        template: LocalizedText(zh: "{subject} 的几何无效：{reason}", en: "{subject}: invalid geometry: {reason}"),
        placeholders: [("subject", "the feature's id and name"), ("reason", "GEOS's reason (IsValidOp), translated")],
        advice: LocalizedText(zh: "在 GIS 软件中修正该处，或导入时使用 --make-valid 修复。",
                              en: "Fix it in a GIS tool at the location given, or repair it with --make-valid on import."))

    /// A geometry that cannot even be built: an unclosed ring, a one-point line, malformed coordinates.
    public static let geometryUnreadable = FindingCode(
        "geometry.unreadable", .error,
        title: LocalizedText(zh: "几何无法读取", en: "Unreadable geometry"),
        template: LocalizedText(zh: "{subject} 的几何无法读取：{reason}", en: "{subject}: geometry cannot be read: {reason}"),
        placeholders: [("subject", "the feature's id and name"), ("reason", "what is wrong with the coordinates")],
        advice: LocalizedText(zh: "检查该要素的坐标：环须闭合，线至少两个点。", en: "Check the feature's coordinates: rings must close, lines need two points."))

    /// A feature whose geodesic measures could not be taken (its coordinates could not be transformed).
    public static let geometryUnmeasurable = FindingCode(
        "geometry.unmeasurable", .error,
        title: LocalizedText(zh: "无法量算", en: "Not measurable"),
        template: LocalizedText(zh: "{subject} 无法量算：{reason}", en: "{subject}: cannot be measured: {reason}"),
        placeholders: [("subject", "the feature's id and name"), ("reason", "why the measure failed")],
        advice: LocalizedText(zh: "检查坐标与 --crs 是否一致。", en: "Check that the coordinates are in the CRS named by --crs."))

    /// The geodesic area, perimeter and length of a feature on the CGCS2000 ellipsoid.
    public static let geometryMeasured = FindingCode(
        "geometry.measured", .info,
        title: LocalizedText(zh: "量算结果", en: "Measures"),
        template: LocalizedText(zh: "{subject}：{measures}", en: "{subject}: {measures}"),
        placeholders: [("subject", "the feature's id and name"),
                       ("measures", "the measures the geometry has: geodesic area (km²) and perimeter (km) of a polygon, length (km) of a line; also given as the values area, perimeter and length")],
        advice: LocalizedText(zh: "无需处理。", en: "Nothing to do."))

    // MARK: import

    /// A record an import refuses: a required field missing, a bad value, a bad geometry, a dangling reference.
    public static let importRecordRejected = FindingCode(
        "import.record-rejected", .error,
        title: LocalizedText(zh: "记录被拒", en: "Record rejected"),
        template: LocalizedText(zh: "{record} {field}：{reason}", en: "{record} {field}: {reason}"),
        placeholders: [("record", "the record's position in the file and its key"), ("field", "the field concerned, or —"),
                       ("reason", "what is wrong and how to fix it")],
        advice: LocalizedText(zh: "修正文件中的该记录后重新导入，或用 --skip-invalid 先导入其余记录。",
                              en: "Fix the record in the file and import again, or import the rest with --skip-invalid."))

    /// Something an import changed or noticed in a record it accepts (a repaired geometry).
    public static let importRecordWarning = FindingCode(
        "import.record-warning", .warning,
        title: LocalizedText(zh: "记录警告", en: "Record warning"),
        template: LocalizedText(zh: "{record} {field}：{reason}", en: "{record} {field}: {reason}"),
        placeholders: [("record", "the record's position in the file and its key"), ("field", "the field concerned, or —"),
                       ("reason", "what was noticed or changed")],
        advice: LocalizedText(zh: "核对该记录是否符合预期。", en: "Check that the record is as intended."))

    /// A remark on an accepted record that needs no action (a reference to a unit outside the registry).
    public static let importRecordNote = FindingCode(
        "import.record-note", .info,
        title: LocalizedText(zh: "记录提示", en: "Record note"),
        template: LocalizedText(zh: "{record} {field}：{reason}", en: "{record} {field}: {reason}"),
        placeholders: [("record", "the record's position in the file and its key"), ("field", "the field concerned, or —"),
                       ("reason", "the remark")],
        advice: LocalizedText(zh: "无需处理。", en: "Nothing to do."))

    /// What a dry run would do to one record (`--dry-run`): create, change (and how), leave, reject or retire it.
    public static let importRecordOutcome = FindingCode(
        "import.record-outcome", .info,
        title: LocalizedText(zh: "试运行结果", en: "Dry-run outcome"),
        template: LocalizedText(zh: "{record}：{action}{changes}", en: "{record}: {action}{changes}"),
        placeholders: [("record", "the record's position in the file and its key"),
                       ("action", "created, changed, unchanged, rejected or retired"),
                       ("changes", "for a change, its kinds (renamed, moved, boundaryChanged, …)")],
        advice: LocalizedText(zh: "核对后去掉 --dry-run 再导入。", en: "Check it, then import again without --dry-run."))

    // MARK: names

    /// A place name breaking a grandiose rule of `data/names/rules.tsv`: names claiming more territory, status or scale than the entity has.
    public static let nameGrandiose = nameRuleCode("name.grandiose", title: LocalizedText(zh: "大：刻意夸大", en: "Exaggerated name (大)"))

    /// A place name breaking a foreign rule of `data/names/rules.tsv`: foreign place or personal names and foreign words.
    public static let nameForeign = nameRuleCode("name.foreign", title: LocalizedText(zh: "洋：崇洋媚外", en: "Foreign name (洋)"))

    /// A place name breaking a bizarre rule of `data/names/rules.tsv`: bare numbers, digit mixes, symbols, Latin letters, feudal or vulgar words.
    public static let nameBizarre = nameRuleCode("name.bizarre", title: LocalizedText(zh: "怪：怪异难懂", en: "Bizarre name (怪)"))

    /// A place name breaking a duplicate rule of `data/names/rules.tsv`: identical or near-identical names within one legal scope.
    public static let nameDuplicate = nameRuleCode("name.duplicate", title: LocalizedText(zh: "重：重名", en: "Duplicate name (重)"))

    /// A place name breaking a homophone rule of `data/names/rules.tsv`: names with the same toneless pinyin within one legal scope.
    public static let nameHomophone = nameRuleCode("name.homophone", title: LocalizedText(zh: "重：同音", en: "Homophone (重)"))

    /// A place name breaking a generic rule of `data/names/rules.tsv`: a missing, stacked or ill-fitting generic (通名).
    public static let nameGeneric = nameRuleCode("name.generic", title: LocalizedText(zh: "通名不规范", en: "Generic term"))

    /// A place name breaking a script rule of `data/names/rules.tsv`: rare characters, traditional characters or mixed scripts.
    public static let nameScript = nameRuleCode("name.script", title: LocalizedText(zh: "用字不规范", en: "Nonstandard characters"))

    /// A place name breaking a romanization rule of `data/names/rules.tsv`: a registered romanization that breaks the 1984 spelling rules.
    public static let nameRomanization = nameRuleCode("name.romanization", title: LocalizedText(zh: "罗马字母拼写不规范", en: "Romanization"))

    /// A place name breaking a mongolian rule of `data/names/rules.tsv`: a missing or malformed Mongolian-script form.
    public static let nameMongolian = nameRuleCode("name.mongolian", title: LocalizedText(zh: "蒙古文形式", en: "Mongolian form"))

    /// The codes of the name rules share one template: the rule's own description, the matched text, the citation
    /// and the suggested fix all come from the rule file, so the office can change them without code.
    private static func nameRuleCode(_ id: String, title: LocalizedText) -> FindingCode {
        FindingCode(
            id, .warning, title: title,
            template: LocalizedText(zh: "{subject}：{reason}（“{matched}”{detail}）。依据：{citation}。建议：{fix}。［规则 {rule}］",
                                    en: "{subject}: {reason} (“{matched}”{detail}). Basis: {citation}. Suggestion: {fix}. [rule {rule}]"),
            placeholders: [("subject", "the record's id and name"), ("reason", "the rule's description (description_zh / description_en)"),
                           ("matched", "the text that broke the rule"), ("detail", "for scale rules, the values compared with the thresholds"),
                           ("citation", "the document and article the rule rests on"), ("fix", "the rule's suggested fix"),
                           ("rule", "the rule's id in rules.tsv")],
            advice: LocalizedText(zh: "按建议更名（gazetteer names rename），或确属历史、纪念等例外时以 gazetteer findings accept 记录理由。",
                                  en: "Rename as suggested, or, for a genuine exception (historical, commemorative), record the reason with gazetteer findings accept."))
    }

    // MARK: catalogue

    /// Every code, grouped by family, in the order the documentation lists them.
    public static let catalogue: [FindingCode] = [
        .geometryInvalid, .geometryUnreadable, .geometryUnmeasurable, .geometryMeasured,
        .importRecordRejected, .importRecordWarning, .importRecordNote, .importRecordOutcome,
        .nameGrandiose, .nameForeign, .nameBizarre, .nameDuplicate, .nameHomophone, .nameGeneric, .nameScript,
        .nameRomanization, .nameMongolian,
    ]
}
