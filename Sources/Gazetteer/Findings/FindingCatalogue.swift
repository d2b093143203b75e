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
        template: LocalizedText(zh: "{subject}：面积 {area}，周长 {perimeter}，长度 {length}",
                                en: "{subject}: area {area}, perimeter {perimeter}, length {length}"),
        placeholders: [("subject", "the feature's id and name"), ("area", "geodesic area, km²"),
                       ("perimeter", "geodesic perimeter of every ring, km"), ("length", "geodesic length of lines, km")],
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

    // MARK: names against boundaries

    /// A place name whose geometry lies outside the unit it is registered in.
    public static let nameOutsideUnit = FindingCode(
        "name.outside-unit", .error,
        title: LocalizedText(zh: "地名不在所属区划内", en: "Name outside its unit"),
        template: LocalizedText(zh: "{subject} 登记属于 {claimed}，实际位于 {actual}，距 {claimed} {distance}",
                                en: "{subject} is registered in {claimed} but lies in {actual}, {distance} from {claimed}"),
        placeholders: [("subject", "the name's id and standard name"), ("claimed", "the code and name of the unit it is registered in"),
                       ("actual", "the unit(s) its geometry falls in, or outside every unit"),
                       ("distance", "the distance from its geometry to the claimed unit, m (Gauss-Krüger zone)")],
        advice: LocalizedText(zh: "核实地名的位置与所属区划代码，更正其中有误的一项。",
                              en: "Check the name's position and its unit code, and correct whichever is wrong."))

    /// A place name whose line or area crosses the boundary of the unit it is registered in.
    public static let nameStraddlesBoundary = FindingCode(
        "name.straddles-boundary", .warning,
        title: LocalizedText(zh: "地名跨越区划界线", en: "Name straddles a boundary"),
        template: LocalizedText(zh: "{subject} 登记属于 {claimed}，但跨越其边界进入 {others}；界外部分 {outside}",
                                en: "{subject} is registered in {claimed} but crosses its boundary into {others}; {outside} lies outside"),
        placeholders: [("subject", "the name's id and standard name"), ("claimed", "the code and name of the unit it is registered in"),
                       ("others", "the other units its geometry enters"),
                       ("outside", "the geodesic length (m) or area (m²) of the part outside the claimed unit")],
        advice: LocalizedText(zh: "跨界的河流、道路可登记为共有或注明所跨区划；否则核实其几何与所属区划。",
                              en: "A river or road that crosses units may be registered as shared, naming the units; otherwise check its geometry and unit."))

    // MARK: catalogue

    /// Every code, grouped by family, in the order the documentation lists them.
    public static let catalogue: [FindingCode] = [
        .geometryInvalid, .geometryUnreadable, .geometryUnmeasurable, .geometryMeasured,
        .importRecordRejected, .importRecordWarning, .importRecordNote, .importRecordOutcome,
        .nameOutsideUnit, .nameStraddlesBoundary,
    ]
}
