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

    // MARK: adjacency

    /// Two units of one level that share a boundary, derived from their polygons: the adjacency table's row.
    public static let adjacencyShared = FindingCode(
        "adjacency.shared", .info,
        title: LocalizedText(zh: "共界", en: "Shared boundary"),
        template: LocalizedText(zh: "{first} 与 {second} 共界 {length}，{segments} 段{estimate}",
                                en: "{first} and {second} share {length} of boundary in {segments} segment(s){estimate}"),
        placeholders: [("first", "the first unit's code and name"), ("second", "the second unit's code and name"),
                       ("length", "geodesic length of the shared boundary, km"), ("segments", "number of separate shared segments"),
                       ("estimate", "a note when the polygons overlap and the length is the mean of each boundary's length inside the other")],
        advice: LocalizedText(zh: "无需处理；与登记界线核对。", en: "Nothing to do; compare with the registered lines."))

    /// Two units that touch at points only (a four-way corner), not along a line.
    public static let adjacencyPointContact = FindingCode(
        "adjacency.point-contact", .info,
        title: LocalizedText(zh: "点接触", en: "Point contact"),
        template: LocalizedText(zh: "{first} 与 {second} 仅在点上相接", en: "{first} and {second} touch at a point only"),
        placeholders: [("first", "the first unit's code and name"), ("second", "the second unit's code and name")],
        advice: LocalizedText(zh: "核对该处是否为四单元交会点；点接触不构成界线。",
                              en: "Check whether this is a four-way corner; a point contact is not a boundary line."))

    /// Two units that do not touch but come within the snap distance (`--snap`).
    public static let adjacencyNearContact = FindingCode(
        "adjacency.near-contact", .warning,
        title: LocalizedText(zh: "近接", en: "Near contact"),
        template: LocalizedText(zh: "{first} 与 {second} 不相接，相距 {distance}", en: "{first} and {second} do not touch: {distance} apart"),
        placeholders: [("first", "the first unit's code and name"), ("second", "the second unit's code and name"),
                       ("distance", "the shortest geodesic distance between the polygons, m")],
        advice: LocalizedText(zh: "核对两单元在该处是否应相接（缝隙或交会点精度）。",
                              en: "Check whether the units should meet there (a gap, or a corner drawn imprecisely)."))

    /// Two units that share a boundary in their polygons but have no registered line between them.
    public static let adjacencyUnregistered = FindingCode(
        "adjacency.unregistered", .warning,
        title: LocalizedText(zh: "共界未登记", en: "Unregistered boundary"),
        template: LocalizedText(zh: "{first} 与 {second} 共界 {length}，但登记册中没有两者之间的界线",
                                en: "{first} and {second} share {length} of boundary but the registry has no line between them"),
        placeholders: [("first", "the first unit's code and name"), ("second", "the second unit's code and name"),
                       ("length", "geodesic length of the shared boundary, km")],
        advice: LocalizedText(zh: "登记该界线，或核对两单元的多边形。", en: "Register the line, or check the two units' polygons."))

    /// A registered line whose left and right units share no boundary in their polygons.
    public static let adjacencyNoContact = FindingCode(
        "adjacency.no-contact", .error,
        title: LocalizedText(zh: "界线两侧单元不共界", en: "Line between units that do not meet"),
        template: LocalizedText(zh: "界线 {line} 登记于 {first} 与 {second} 之间，但{contact}",
                                en: "line {line} is registered between {first} and {second}, but {contact}"),
        placeholders: [("line", "the line's code and name"), ("first", "its left unit"), ("second", "its right unit"),
                       ("contact", "how the units meet: not at all (error), or only at a point or across a gap (warning)")],
        advice: LocalizedText(zh: "核对界线的左右单元代码，或两单元的多边形。", en: "Check the line's left and right unit codes, or the units' polygons."))

    // MARK: coverage

    /// Two units of one level whose areas overlap: land claimed twice.
    public static let coverageOverlap = FindingCode(
        "coverage.overlap", .error,
        title: LocalizedText(zh: "单元重叠", en: "Overlap"),
        template: LocalizedText(zh: "{first} 与 {second} 重叠 {area}（{pieces} 块）", en: "{first} and {second} overlap by {area} ({pieces} piece(s))"),
        placeholders: [("first", "the first unit's code and name"), ("second", "the second unit's code and name"),
                       ("area", "geodesic area of the overlap (km² from 1 km² up, else m²)"), ("pieces", "number of separate overlap polygons")],
        advice: LocalizedText(zh: "按界线协议书修正两单元的多边形，使其只沿界线相接。",
                              en: "Correct the two polygons by the boundary agreement so that they meet only along the line."))

    /// A hole in the union of the units, bordered by several units and not a sliver: land that belongs to none.
    public static let coverageGap = FindingCode(
        "coverage.gap", .error,
        title: LocalizedText(zh: "缝隙", en: "Gap"),
        template: LocalizedText(zh: "{neighbours} 之间有 {area} 的缝隙（{position}）", en: "a gap of {area} between {neighbours} ({position})"),
        placeholders: [("neighbours", "the units bordering the gap"), ("area", "its geodesic area (km² from 1 km² up, else m²)"),
                       ("position", "a point inside it")],
        advice: LocalizedText(zh: "核对该处土地的归属，修正相邻单元的多边形。", en: "Find out which unit the land belongs to and correct the polygons."))

    /// A hole in the union smaller than `--min-area` or narrower than `--snap`: a sliver left by separately drawn polygons.
    public static let coverageSliver = FindingCode(
        "coverage.sliver", .warning,
        title: LocalizedText(zh: "细缝", en: "Sliver"),
        template: LocalizedText(zh: "{neighbours} 之间有细缝 {area}，平均宽 {width}（{position}）",
                                en: "a sliver of {area}, {width} wide on average, between {neighbours} ({position})"),
        placeholders: [("neighbours", "the units bordering the sliver"), ("area", "its geodesic area, m²"),
                       ("width", "its mean width (2 × area / perimeter), m"), ("position", "a point inside it")],
        advice: LocalizedText(zh: "多为不同来源的多边形分别简化所致；入库前将相邻单元的公共边统一。",
                              en: "Usually polygons from different sources simplified apart; make the common edges one before import."))

    /// A hole in the union surrounded by a single unit: an enclave of another unit (加格达奇 inside 鄂伦春) or missing land.
    public static let coverageEnclave = FindingCode(
        "coverage.enclave", .warning,
        title: LocalizedText(zh: "飞地或内洞", en: "Enclave"),
        template: LocalizedText(zh: "{neighbours} 内有 {area} 的洞，不属于任何检查单元（{position}）",
                                en: "a hole of {area} inside {neighbours} that belongs to none of the units checked ({position})"),
        placeholders: [("neighbours", "the unit around the hole"), ("area", "its geodesic area (km² from 1 km² up, else m²)"),
                       ("position", "a point inside it")],
        advice: LocalizedText(zh: "核对是否为其他行政区的飞地（如加格达奇区）；若是，无需处理。",
                              en: "Check whether it is another unit's enclave (such as 加格达奇区); if so, nothing to do."))

    /// A piece of the children's union outside their parent's outline (`--parent`), at least `--min-area` and `--parent-tolerance` wide.
    public static let coverageOutsideParent = FindingCode(
        "coverage.outside-parent", .error,
        title: LocalizedText(zh: "超出上级轮廓", en: "Outside the parent"),
        template: LocalizedText(zh: "{units} 有 {area}（平均宽 {width}）在上级 {parent} 的轮廓之外",
                                en: "{area} of {units} ({width} wide on average) lies outside the outline of {parent}"),
        placeholders: [("units", "the child units the piece touches"), ("area", "its geodesic area"),
                       ("width", "its mean width (2 × area / perimeter), m"), ("parent", "the parent unit")],
        advice: LocalizedText(zh: "核对下级单元与上级轮廓是否出自同一界线成果。", en: "Check that the children and the parent come from the same boundary survey."))

    /// A piece of the parent's outline that none of its children covers (`--parent`).
    public static let coverageParentUncovered = FindingCode(
        "coverage.parent-uncovered", .error,
        title: LocalizedText(zh: "上级轮廓未覆盖", en: "Parent not covered"),
        template: LocalizedText(zh: "上级 {parent} 的轮廓内有 {area}（平均宽 {width}）不属于任何下级单元（邻近 {units}）",
                                en: "{area} of {parent}'s outline ({width} wide on average) belongs to none of its units (next to {units})"),
        placeholders: [("parent", "the parent unit"), ("area", "its geodesic area"), ("width", "its mean width, m"),
                       ("units", "the child units next to it")],
        advice: LocalizedText(zh: "补齐下级单元，或核对上级轮廓。", en: "Complete the child units, or check the parent's outline."))

    // MARK: line

    /// A registered line that is not a sound line: zero length, repeated points, crossing or touching itself.
    public static let lineInvalid = FindingCode(
        "line.invalid", .error,
        title: LocalizedText(zh: "界线无效", en: "Invalid line"),
        template: LocalizedText(zh: "界线 {line}：{reason}", en: "line {line}: {reason}"),
        placeholders: [("line", "the line's code and name"), ("reason", "zero length, repeated point, or crosses or touches itself")],
        advice: LocalizedText(zh: "在 GIS 软件中修正该界线的节点。", en: "Fix the line's vertices in a GIS tool."))

    /// A registered line that does not lie on the shared edge of its left and right units' polygons.
    public static let lineOffEdge = FindingCode(
        "line.off-edge", .error,
        title: LocalizedText(zh: "界线偏离公共边", en: "Line off its edge"),
        template: LocalizedText(zh: "界线 {line} 偏离两侧单元的公共边 {distance}（容差 {tolerance}；界线长 {line_length}，公共边长 {edge_length}）",
                                en: "line {line} lies up to {distance} from its units' shared edge (tolerance {tolerance}; line {line_length}, edge {edge_length})"),
        placeholders: [("line", "the line's code and name"), ("distance", "Hausdorff distance between the line and the shared edge, m"),
                       ("tolerance", "the tolerance for the line's level, m"), ("line_length", "the line's geodesic length, km"),
                       ("edge_length", "the shared edge's geodesic length, km")],
        advice: LocalizedText(zh: "按协议书核对界线与两侧单元多边形，修正偏离的一方。",
                              en: "Check the line and the two polygons against the agreement and correct the one that is off."))

    /// A registered line whose left unit lies on its right walking its direction (and the right on its left).
    public static let lineSidesSwapped = FindingCode(
        "line.sides-swapped", .error,
        title: LocalizedText(zh: "左右单元颠倒", en: "Sides swapped"),
        template: LocalizedText(zh: "界线 {line} 沿走向左侧为 {right}、右侧为 {left}，与登记的左右单元相反",
                                en: "walking line {line}, {right} lies on its left and {left} on its right: the opposite of the registered sides"),
        placeholders: [("line", "the line's code and name"), ("left", "the registered left unit"), ("right", "the registered right unit")],
        advice: LocalizedText(zh: "交换登记的 left_unit 与 right_unit，或反转界线走向。", en: "Swap left_unit and right_unit, or reverse the line."))

    /// Two registered lines that cross, or overlap along a stretch.
    public static let lineCrossing = FindingCode(
        "line.crossing", .error,
        title: LocalizedText(zh: "界线相交或重合", en: "Lines cross"),
        template: LocalizedText(zh: "界线 {first} 与 {second} {how}", en: "lines {first} and {second} {how}"),
        placeholders: [("first", "the first line's code and name"), ("second", "the second line's code and name"),
                       ("how", "how many crossing points, or the length they overlap")],
        advice: LocalizedText(zh: "界线只应在端点（交会点）相接；修正相交处。", en: "Lines should meet only at their ends (junctions); correct the crossing."))

    /// A line end that meets no other line and is not on the coverage's outer boundary.
    public static let lineDangle = FindingCode(
        "line.dangle", .error,
        title: LocalizedText(zh: "悬挂端点", en: "Dangle"),
        template: LocalizedText(zh: "界线 {line} 的端点不与其他界线相接，也不在外边界上（距外边界 {distance}）",
                                en: "an end of line {line} meets no other line and is not on the outer boundary ({distance} from it)"),
        placeholders: [("line", "the line's code and name"), ("distance", "the end's distance from the coverage's outer boundary, m")],
        advice: LocalizedText(zh: "将端点接到交会点或外边界上。", en: "Snap the end onto its junction or onto the outer boundary."))

    /// A node where lines between three or more units meet: a tri-point (交会点), listed for the junction agreements.
    public static let lineTriPoint = FindingCode(
        "line.tri-point", .info,
        title: LocalizedText(zh: "交会点", en: "Tri-point"),
        template: LocalizedText(zh: "{units} 交会于此，界线 {lines}", en: "{units} meet here; lines {lines}"),
        placeholders: [("units", "the units meeting at the node"), ("lines", "the codes of the lines that end there")],
        advice: LocalizedText(zh: "与交会点协议核对。", en: "Compare with the tri-point (交会点) agreement."))


    // MARK: marker

    /// A single marker (单立) farther from its registered line than the tolerance for the line's level.
    public static let markerOffLine = FindingCode(
        "marker.off-line", .error,
        title: LocalizedText(zh: "界桩偏离界线", en: "Marker off its line"),
        template: LocalizedText(zh: "界桩 {marker} 距界线 {line} {distance}（容差 {tolerance}）",
                                en: "marker {marker} stands {distance} from line {line} (tolerance {tolerance})"),
        placeholders: [("marker", "the marker's number"), ("line", "the line's code and name"),
                       ("distance", "distance from the marker to the line in the local Gauss-Krüger zone, m"),
                       ("tolerance", "the tolerance for the line's level, m")],
        advice: LocalizedText(zh: "核对界桩成果表坐标与界线走向：界桩移位，或界线绘制有误。",
                              en: "Check the marker's surveyed coordinates and the line's course: the marker moved, or the line is drawn wrong."))

    /// A marker whose line code names no line of the input.
    public static let markerLineUnknown = FindingCode(
        "marker.line-unknown", .error,
        title: LocalizedText(zh: "界桩所属界线不存在", en: "Marker on an unknown line"),
        template: LocalizedText(zh: "界桩 {marker} 所属界线 {line} 不在所查界线中", en: "marker {marker} names line {line}, which is not among the lines checked"),
        placeholders: [("marker", "the marker's number"), ("line", "the line code the marker names")],
        advice: LocalizedText(zh: "核对界桩的界线代码，或补充该界线。", en: "Check the marker's line code, or add the line."))

    /// Markers whose numbers do not increase along the line's direction.
    public static let markerOutOfOrder = FindingCode(
        "marker.out-of-order", .error,
        title: LocalizedText(zh: "界桩编号顺序错乱", en: "Marker out of order"),
        template: LocalizedText(zh: "界桩 {marker} 位于界线 {line} 里程 {position} 处，编号不符合沿界线走向递增的顺序（应在 {after} 与 {before} 之间）",
                                en: "marker {marker} stands {position} along line {line}: its number breaks the order along the line (it should lie between {after} and {before})"),
        placeholders: [("marker", "the marker's number"), ("line", "the line's code and name"),
                       ("position", "the marker's position along the line from its start, km"),
                       ("after", "the marker in order before it, or —"), ("before", "the marker in order after it, or —")],
        advice: LocalizedText(zh: "核对该界桩的编号与坐标：编号错写，或坐标属于别的界桩。",
                              en: "Check the marker's number and coordinates: a mistyped number, or another marker's coordinates."))

    /// One marker number used more than once on a line.
    public static let markerDuplicateNumber = FindingCode(
        "marker.duplicate-number", .error,
        title: LocalizedText(zh: "界桩编号重复", en: "Duplicate marker number"),
        template: LocalizedText(zh: "界线 {line} 上编号 {marker} 出现 {count} 次（{records}）",
                                en: "number {marker} occurs {count} times on line {line} ({records})"),
        placeholders: [("marker", "the number"), ("line", "the line's code and name"), ("count", "how many times"),
                       ("records", "where: the records in the file, or the positions")],
        advice: LocalizedText(zh: "每条界线内界桩编号唯一：更正重复的编号。", en: "Numbers are unique on a line: correct the repeated one."))

    /// Missing or repeated sequence numbers in a line's numbering.
    public static let markerSequenceGap = FindingCode(
        "marker.sequence-gap", .warning,
        title: LocalizedText(zh: "界桩编号缺号或重号", en: "Gap in marker numbers"),
        template: LocalizedText(zh: "界线 {line} 的界桩编号{what}：{numbers}", en: "line {line}: marker numbering {what}: {numbers}"),
        placeholders: [("line", "the line's code and name"), ("what", "skips numbers, or repeats a sequence number with different types"),
                       ("numbers", "the sequence numbers missing or repeated")],
        advice: LocalizedText(zh: "核对界桩登记表：缺号的界桩是否漏登或已撤销。", en: "Check the registration forms: is the missing marker unregistered or withdrawn?"))

    /// A same-number pair (同号双立) whose two posts stand on the same side of the line.
    public static let markerPairSameSide = FindingCode(
        "marker.pair-same-side", .error,
        title: LocalizedText(zh: "同号双立界桩在同侧", en: "Pair on one side"),
        template: LocalizedText(zh: "同号双立界桩 {markers} 都在界线 {line} 的{side}（距界线 {first}、{second}）",
                                en: "both posts of pair {markers} stand on the {side} of line {line} ({first} and {second} from it)"),
        placeholders: [("markers", "the two posts' numbers"), ("line", "the line's code and name"), ("side", "left or right, walking the line"),
                       ("first", "the first post's distance from the line, m"), ("second", "the second post's distance, m")],
        advice: LocalizedText(zh: "同号双立界桩应分立界线两侧：核对两桩坐标与界线。", en: "The posts of a pair stand on both sides of the line: check their coordinates and the line."))

    /// A same-number pair whose two posts stand at very different distances from the line.
    public static let markerPairUnbalanced = FindingCode(
        "marker.pair-unbalanced", .warning,
        title: LocalizedText(zh: "同号双立界桩距界线不对称", en: "Unbalanced pair"),
        template: LocalizedText(zh: "同号双立界桩 {markers} 距界线 {line} 分别为 {first} 与 {second}，相差 {difference}（容许 {tolerance}）",
                                en: "the posts of pair {markers} stand {first} and {second} from line {line}: {difference} apart (allowed {tolerance})"),
        placeholders: [("markers", "the two posts' numbers"), ("line", "the line's code and name"), ("first", "the first post's distance, m"),
                       ("second", "the second post's distance, m"), ("difference", "the difference, m"),
                       ("tolerance", "the allowed difference: a share of the larger offset, at least a floor, m")],
        advice: LocalizedText(zh: "核对两桩坐标，或界线是否沿界河中线。", en: "Check both posts' coordinates, or whether the line follows the river's centre."))

    /// A same-number triple (同号三立) whose posts do not stand around a tri-point of the line.
    public static let markerTripleOffTriPoint = FindingCode(
        "marker.triple-off-tripoint", .error,
        title: LocalizedText(zh: "同号三立界桩不在交会点", en: "Triple away from its tri-point"),
        template: LocalizedText(zh: "同号三立界桩 {markers} 距界线 {line} 最近的交会点 {distance}（容许 {tolerance}）",
                                en: "the posts of triple {markers} stand up to {distance} from the nearest tri-point of line {line} (allowed {tolerance})"),
        placeholders: [("markers", "the posts' numbers"), ("line", "the line's code and name"),
                       ("distance", "the farthest post's distance from the tri-point (an end of the line where three units meet), m"),
                       ("tolerance", "how far a post may stand from the tri-point, m")],
        advice: LocalizedText(zh: "同号三立界桩立于三方交会点周围：核对坐标与交会点协议。",
                              en: "A triple stands around the point where three units meet: check its coordinates against the tri-point agreement."))

    /// A marker whose recorded number of faces does not fit its kind (three at a tri-point, two otherwise).
    public static let markerFacesMismatch = FindingCode(
        "marker.faces-mismatch", .warning,
        title: LocalizedText(zh: "界桩面数不符", en: "Wrong number of faces"),
        template: LocalizedText(zh: "界桩 {marker}（{kind}）登记为 {faces} 面，应为 {expected} 面",
                                en: "marker {marker} ({kind}) is recorded with {faces} faces; a {kind} has {expected}"),
        placeholders: [("marker", "the marker's number"), ("kind", "single, pair or triple"), ("faces", "the recorded faces"),
                       ("expected", "3 for a triple, 2 otherwise")],
        advice: LocalizedText(zh: "核对界桩登记表中的界桩类型与面数。", en: "Check the marker's kind and faces in its registration form."))

    /// A pair or triple with the wrong number of posts.
    public static let markerGroupIncomplete = FindingCode(
        "marker.group-incomplete", .warning,
        title: LocalizedText(zh: "同号界桩不全", en: "Incomplete marker group"),
        template: LocalizedText(zh: "{kind}界桩 {markers} 有 {count} 根，应为 {expected} 根", en: "{kind} {markers} has {count} posts, not {expected}"),
        placeholders: [("kind", "pair or triple"), ("markers", "the posts' numbers"), ("count", "posts found"), ("expected", "2 or 3")],
        advice: LocalizedText(zh: "补登缺少的界桩，或更正界桩类型。", en: "Register the missing post, or correct the kind."))

    /// A provincial number that does not parse, or whose line code or type letter disagrees with the line or the marker.
    public static let markerNumberMismatch = FindingCode(
        "marker.number-mismatch", .error,
        title: LocalizedText(zh: "界桩编号与界线或类型不符", en: "Marker number mismatch"),
        template: LocalizedText(zh: "界桩 {marker}：{reason}", en: "marker {marker}: {reason}"),
        placeholders: [("marker", "the marker's number"),
                       ("reason", "not an 8-character provincial number, line code not the line's, type letter not the kind, or A on the side of the larger province code")],
        advice: LocalizedText(zh: "省级界桩编号为 8 位：界线代码 4 位、序号 3 位、类型码 1 位（Q 单立，A/B 双立且 A 在省代码较小一侧，C/D/E 三立）。",
                              en: "A provincial number has 8 characters: 4 for the line, 3 for the sequence, 1 for the type (Q single, A/B pair with A on the side of the smaller province code, C/D/E triple)."))

    /// A stretch of line between consecutive markers much longer than the line's usual spacing.
    public static let markerSpacingLong = FindingCode(
        "marker.spacing-long", .warning,
        title: LocalizedText(zh: "界桩间距过大", en: "Long stretch without markers"),
        template: LocalizedText(zh: "界线 {line} 上 {from} 与 {to} 之间 {spacing} 无界桩（中位间距 {median}，阈值 {threshold}）",
                                en: "line {line} runs {spacing} between {from} and {to} without a marker (median spacing {median}, threshold {threshold})"),
        placeholders: [("line", "the line's code and name"), ("from", "the marker before"), ("to", "the marker after"),
                       ("spacing", "distance along the line, km"), ("median", "the line's median spacing, km"), ("threshold", "the threshold, km")],
        advice: LocalizedText(zh: "核对是否有界桩漏登，或需要增设界桩。", en: "Check for an unregistered marker, or whether one should be added."))

    /// Consecutive markers unusually close along the line.
    public static let markerSpacingShort = FindingCode(
        "marker.spacing-short", .warning,
        title: LocalizedText(zh: "界桩间距过小", en: "Markers unusually close"),
        template: LocalizedText(zh: "界线 {line} 上 {from} 与 {to} 相距仅 {spacing}（中位间距 {median}，阈值 {threshold}）",
                                en: "markers {from} and {to} on line {line} are only {spacing} apart along it (median spacing {median}, threshold {threshold})"),
        placeholders: [("line", "the line's code and name"), ("from", "the first marker"), ("to", "the second marker"),
                       ("spacing", "distance along the line, m"), ("median", "the line's median spacing, m"), ("threshold", "the threshold, m")],
        advice: LocalizedText(zh: "核对两桩坐标：可能重复登记，或坐标录错。", en: "Check both markers' coordinates: a double registration, or a mistyped position."))

    /// A marker with fewer than three reference landmarks (方位物) that have a bearing and a distance.
    public static let markerLandmarksMissing = FindingCode(
        "marker.landmarks-missing", .warning,
        title: LocalizedText(zh: "方位物不足", en: "Too few landmarks"),
        template: LocalizedText(zh: "界桩 {marker} 只有 {count} 个带方位角和距离的方位物（应不少于 {minimum} 个）",
                                en: "marker {marker} has {count} reference landmarks with bearing and distance (at least {minimum} needed)"),
        placeholders: [("marker", "the marker's number"), ("count", "landmarks with a bearing in [0, 360) and a positive distance"),
                       ("minimum", "3, GB/T 17796")],
        advice: LocalizedText(zh: "联检时补测方位物并更新界桩登记表。", en: "Survey more landmarks at the next joint inspection and update the form."))

    /// A landmark whose recorded bearing and distance do not lead to its surveyed position.
    public static let markerLandmarkMismatch = FindingCode(
        "marker.landmark-mismatch", .warning,
        title: LocalizedText(zh: "方位物方位距离不符", en: "Landmark mismatch"),
        template: LocalizedText(zh: "界桩 {marker} 的方位物“{landmark}”：登记方位角 {bearing}、距离 {distance}，按坐标为 {actual_bearing}、{actual_distance}，相差 {offset}（容许 {tolerance}）",
                                en: "marker {marker}, landmark “{landmark}”: recorded bearing {bearing} and distance {distance}, from the positions {actual_bearing} and {actual_distance}: {offset} apart (allowed {tolerance})"),
        placeholders: [("marker", "the marker's number"), ("landmark", "the landmark's name"), ("bearing", "recorded bearing, °"),
                       ("distance", "recorded distance, m"), ("actual_bearing", "geodesic azimuth from the marker to the landmark's position, °"),
                       ("actual_distance", "geodesic distance, m"),
                       ("offset", "distance between the point the recorded bearing and distance lead to and the landmark's position, m"),
                       ("tolerance", "the allowed offset, m")],
        advice: LocalizedText(zh: "复测方位物方位角与距离，或核对其坐标。", en: "Re-measure the landmark's bearing and distance, or check its coordinates."))
    /// A boundary line derived from the shared edges of unit polygons (`gazetteer geometry derive-lines`).
    public static let lineDerived = FindingCode(
        "line.derived", .info,
        title: LocalizedText(zh: "推得界线", en: "Derived line"),
        template: LocalizedText(zh: "{level} {line}：{left} 在左，{right} 在右，{pieces} 段，长 {length}，由 {pairs} 对县级单元的公共边合成",
                                en: "{level} {line}: {left} on the left, {right} on the right, {pieces} piece(s), {length} long, from the shared edges of {pairs} pair(s) of county-level units"),
        placeholders: [("level", "the line's level (省级界线, 地级界线, 县级界线)"), ("line", "the derived code and name"),
                       ("left", "the unit on the left walking the line"), ("right", "the unit on the right"),
                       ("pieces", "its number of separate pieces"), ("length", "its geodesic length on the CGCS2000 ellipsoid, km"),
                       ("pairs", "how many pairs of county-level units share the edges that make it up (the pairs themselves are the value unit_pairs)")],
        advice: LocalizedText(zh: "与界线协议书核对后导入（gazetteer import lines）。",
                              en: "Compare with the boundary agreement, then import it (gazetteer import lines)."))

    // MARK: seat

    /// A unit whose registered government seat lies outside its own polygon.
    public static let seatOutside = FindingCode(
        "seat.outside", .error,
        title: LocalizedText(zh: "驻地在单元外", en: "Seat outside its unit"),
        template: LocalizedText(zh: "{unit} 的政府驻地（{position}）在本单元之外，距边界 {distance}",
                                en: "the government seat of {unit} ({position}) lies outside the unit, {distance} from its boundary"),
        placeholders: [("unit", "the unit's code and name"), ("distance", "distance from the seat to the unit's polygon, m"),
                       ("position", "the seat's longitude and latitude")],
        advice: LocalizedText(zh: "核对驻地坐标（经纬度是否颠倒、坐标系是否正确）或单元多边形。",
                              en: "Check the seat's coordinates (swapped axes, wrong CRS) or the unit's polygon."))

    /// A seat whose position changed between two versions without a decision on its `moved` change event: a possible
    /// illegal move (驻地违规搬迁).
    public static let seatMovedWithoutDecision = FindingCode(
        "seat.moved-without-decision", .warning,
        title: LocalizedText(zh: "驻地变更无批准决定", en: "Seat moved without a decision"),
        template: LocalizedText(zh: "{unit} 的政府驻地于 {date} 移动了 {distance}，但没有批准决定，可能属违规搬迁",
                                en: "the government seat of {unit} moved {distance} on {date} without a decision: a possible illegal move"),
        placeholders: [("unit", "the unit's code and name"), ("distance", "geodesic distance moved, m"),
                       ("date", "the day the new position took effect")],
        advice: LocalizedText(zh: "查明批准文件并在登记册中补记（import --decision），否则按违规搬迁处理。",
                              en: "Find the approving decision and record it (import --decision); otherwise treat it as an illegal move."))
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
    // MARK: inspection rounds (联检)

    /// An observed post farther from its registered position than the GNSS uncertainty, but not as far as the
    /// displaced threshold: worth a second look, not proof (DOMAIN.md §5.4).
    public static let observationSuspectedDisplacement = FindingCode(
        "observation.suspected-displacement", .warning,
        title: LocalizedText(zh: "疑似移位", en: "Suspected displacement"),
        template: LocalizedText(zh: "{subject}：实测位置距登记位置 {distance}，方位 {bearing}，超出 GNSS 不确定度 {threshold}（移位阈值 {displaced}）",
                                en: "{subject}: observed {distance} from its registered position, bearing {bearing}, beyond the GNSS uncertainty {threshold} (displaced from {displaced})"),
        placeholders: [("subject", "the marker number"), ("distance", "geodesic distance from the registered to the observed position, m"),
                       ("bearing", "its bearing, degrees clockwise from true north"),
                       ("threshold", "the GNSS uncertainty: --tolerance (0.5 m) plus the marker's recorded accuracy"),
                       ("displaced", "the displaced threshold, --displaced (5 m)")],
        advice: LocalizedText(zh: "复测该界桩；确认移位后按程序复位，否则记为观测误差。",
                              en: "Re-survey the post; if the move is confirmed, restore it by procedure, otherwise record it as survey scatter."))

    /// An observed post at least the displaced threshold from its registered position, or reported displaced by the team.
    public static let observationDisplaced = FindingCode(
        "observation.displaced", .error,
        title: LocalizedText(zh: "界桩移位", en: "Marker displaced"),
        template: LocalizedText(zh: "{subject}：{basis}，距登记位置 {distance}，方位 {bearing}（阈值 {threshold}）",
                                en: "{subject}: {basis}, {distance} from its registered position, bearing {bearing} (threshold {threshold})"),
        placeholders: [("subject", "the marker number"), ("basis", "measured, or reported displaced by the field team"),
                       ("distance", "geodesic distance from the registered to the observed position, m"),
                       ("bearing", "its bearing, degrees clockwise from true north"), ("threshold", "the displaced threshold, m")],
        advice: LocalizedText(zh: "依据《行政区域界线界桩管理办法》将界桩复位至成果表位置；擅自移动界桩不具法律效力。",
                              en: "Restore the post to its registered position (界桩管理办法); a marker moved without authority has no legal effect."))

    /// An observed post that moved between this round and an earlier round of the same line.
    public static let observationDrift = FindingCode(
        "observation.drift", .warning,
        title: LocalizedText(zh: "历次联检间位移", en: "Drift between rounds"),
        template: LocalizedText(zh: "{subject}：与 {previous}（{previous_year} 年）的实测位置相比位移 {distance}，方位 {bearing}（阈值 {threshold}）",
                                en: "{subject}: moved {distance}, bearing {bearing}, since round {previous} ({previous_year}) (threshold {threshold})"),
        placeholders: [("subject", "the marker number"), ("previous", "the earlier round's id"), ("previous_year", "its year"),
                       ("distance", "geodesic distance between the two observed positions, m"), ("bearing", "degrees from true north"),
                       ("threshold", "the GNSS uncertainty of the two observations, m")],
        advice: LocalizedText(zh: "查明原因（冻胀、冰推、施工），必要时加固或复位。", en: "Find the cause (frost heave, ice push, works) and secure or restore the post."))

    /// A field record of a number that is not registered on the round's line.
    public static let observationUnknownMarker = FindingCode(
        "observation.unknown-marker", .error,
        title: LocalizedText(zh: "未登记的界桩号", en: "Unknown marker number"),
        template: LocalizedText(zh: "{subject}：界线 {line} 未登记此界桩号{elsewhere}（{record}）",
                                en: "{subject}: no marker with this number is registered on line {line}{elsewhere} ({record})"),
        placeholders: [("subject", "the number as written"), ("line", "the round's line"),
                       ("elsewhere", "the line it is registered on instead, if any"), ("record", "the file and record")],
        advice: LocalizedText(zh: "核对记录表上的界桩号（抄写错误？）；新增界桩须经审批后登记。",
                              en: "Check the number on the form (a copying error?); a new marker must be approved and registered first."))

    /// A post the field team did not find.
    public static let markerMissing = FindingCode(
        "marker.missing", .error,
        title: LocalizedText(zh: "界桩丢失", en: "Marker missing"),
        template: LocalizedText(zh: "{subject}：实地未找到界桩（登记状态 {registered}）{note}", en: "{subject}: the post was not found (registered as {registered}){note}"),
        placeholders: [("subject", "the marker number"), ("registered", "its registered status"), ("note", "the team's note")],
        advice: LocalizedText(zh: "按成果表坐标在原位重建，并更新界桩登记表。", en: "Rebuild it at its registered position and update the registration form."))

    /// A post found damaged, tilted or buried.
    public static let markerDamaged = FindingCode(
        "marker.damaged", .warning,
        title: LocalizedText(zh: "界桩损坏", en: "Marker damaged"),
        template: LocalizedText(zh: "{subject}：界桩{condition}{note}", en: "{subject}: the post is {condition}{note}"),
        placeholders: [("subject", "the marker number"), ("condition", "damaged, tilted or buried"), ("note", "the team's note")],
        advice: LocalizedText(zh: "修复或扶正界桩、清除掩埋物；无法修复的在原位重建。", en: "Repair, straighten or uncover the post; rebuild it in place when it cannot be repaired."))

    /// A registered post of the line that the round has no observation of.
    public static let markerNotVisited = FindingCode(
        "marker.not-visited", .warning,
        title: LocalizedText(zh: "界桩未检查", en: "Marker not visited"),
        template: LocalizedText(zh: "{subject}：本次联检（{round}）没有该界桩的记录", en: "{subject}: round {round} has no record of this post"),
        placeholders: [("subject", "the marker number"), ("round", "the round's id")],
        advice: LocalizedText(zh: "补充检查该界桩，或在联检报告中说明原因。", en: "Visit the post, or state in the report why it was not visited."))

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

    // MARK: telemetry

    /// A smart marker's position beyond the warning displacement for several messages in a row.
    public static let telemetryDisplacementWarning = FindingCode(
        "telemetry.displacement-warning", .warning,
        title: LocalizedText(zh: "界桩位移预警", en: "Marker displacement warning"),
        template: LocalizedText(zh: "{marker}（设备 {device}）自 {time} 起偏离{reference} {distance}，超过预警值",
                                en: "{marker} (device {device}) has been {distance} from {reference} since {time}, beyond the warning level"),
        placeholders: [("marker", "the marker's number and line, or the device alone without a registry"), ("device", "the device id"),
                       ("time", "the first message of the run beyond the threshold, as the device wrote it"),
                       ("distance", "geodesic distance from the reference position at that message, m"),
                       ("reference", "the registered position, or the device's first reported position without a registry")],
        advice: LocalizedText(zh: "留意后续数据；如持续增大，安排实地核查。", en: "Watch the next messages; if it keeps growing, check the marker in the field."))

    /// A smart marker's position beyond the critical displacement for several messages in a row: it has moved.
    public static let telemetryDisplacementCritical = FindingCode(
        "telemetry.displacement-critical", .error,
        title: LocalizedText(zh: "界桩位移告警", en: "Marker displacement critical"),
        template: LocalizedText(zh: "{marker}（设备 {device}）自 {time} 起偏离{reference} {distance}，超过告警值，界桩可能被移动",
                                en: "{marker} (device {device}) has been {distance} from {reference} since {time}, beyond the critical level: the marker may have been moved"),
        placeholders: [("marker", "the marker's number and line, or the device alone without a registry"), ("device", "the device id"),
                       ("time", "the first message of the run beyond the threshold, as the device wrote it"),
                       ("distance", "geodesic distance from the reference position at that message, m"),
                       ("reference", "the registered position, or the device's first reported position without a registry")],
        advice: LocalizedText(zh: "尽快实地核查界桩；确属移位的，按界桩维护程序恢复并记录。",
                              en: "Check the marker in the field soon; if it has moved, restore it by the maintenance procedure and record it."))

    /// A smart marker's tilt sensor beyond the allowed tilt.
    public static let telemetryTilt = FindingCode(
        "telemetry.tilt", .error,
        title: LocalizedText(zh: "界桩倾斜", en: "Marker tilted"),
        template: LocalizedText(zh: "{marker}（设备 {device}）于 {time} 倾斜 {tilt}，超过允许值", en: "{marker} (device {device}) tilted {tilt} at {time}, beyond the limit"),
        placeholders: [("marker", "the marker's number and line, or the device alone"), ("device", "the device id"),
                       ("time", "the first message beyond the limit"), ("tilt", "tilt from the vertical, degrees")],
        advice: LocalizedText(zh: "实地查看界桩是否被撞、被推或基础下沉，扶正并加固。", en: "Check in the field whether the post was hit, pushed or undermined; straighten and secure it."))

    /// A smart marker's anti-tamper sensor triggered.
    public static let telemetryTamper = FindingCode(
        "telemetry.tamper", .error,
        title: LocalizedText(zh: "防拆报警", en: "Tamper alarm"),
        template: LocalizedText(zh: "{marker}（设备 {device}）于 {time} 触发防拆报警", en: "{marker} (device {device}) raised its tamper alarm at {time}"),
        placeholders: [("marker", "the marker's number and line, or the device alone"), ("device", "the device id"),
                       ("time", "the first message with the alarm")],
        advice: LocalizedText(zh: "立即核查界桩是否遭拆除、涂改或损毁。", en: "Check at once whether the marker was removed, defaced or damaged."))

    /// A smart marker's device that has sent nothing for longer than allowed.
    public static let telemetrySilent = FindingCode(
        "telemetry.silent", .warning,
        title: LocalizedText(zh: "设备离线", en: "Device silent"),
        template: LocalizedText(zh: "{marker}（设备 {device}）自 {time} 起已 {days} 无数据", en: "{marker} (device {device}) has sent nothing for {days} since {time}"),
        placeholders: [("marker", "the marker's number and line, or the device alone"), ("device", "the device id"),
                       ("time", "the device's last message"), ("days", "days from the last message to --as-of-time or the file's latest message")],
        advice: LocalizedText(zh: "检查设备供电与通信；必要时实地查看界桩。", en: "Check the device's power and link; if need be, visit the marker."))

    /// A smart marker's device reporting a battery below the threshold.
    public static let telemetryLowBattery = FindingCode(
        "telemetry.low-battery", .warning,
        title: LocalizedText(zh: "电量低", en: "Low battery"),
        template: LocalizedText(zh: "{marker}（设备 {device}）于 {time} 电量 {battery}，低于阈值", en: "{marker} (device {device}) reported {battery} battery at {time}, below the threshold"),
        placeholders: [("marker", "the marker's number and line, or the device alone"), ("device", "the device id"),
                       ("time", "the first message below the threshold"), ("battery", "charge, percent")],
        advice: LocalizedText(zh: "安排更换电池或检修太阳能板。", en: "Schedule a battery change or a look at the solar panel."))

    /// Messages from a device that no registered marker carries.
    public static let telemetryUnknownDevice = FindingCode(
        "telemetry.unknown-device", .warning,
        title: LocalizedText(zh: "未登记设备", en: "Unknown device"),
        template: LocalizedText(zh: "设备 {device} 不属于登记册中的任何界桩（{messages} 条消息，首条 {time}）",
                                en: "device {device} belongs to no registered marker ({messages} message(s), the first at {time})"),
        placeholders: [("device", "the device id"), ("messages", "how many messages it sent"), ("time", "its first message")],
        advice: LocalizedText(zh: "在界桩记录中登记设备编号（device_id），或核对设备编号是否写错。",
                              en: "Register the device id on its marker (device_id), or check the id for a typo."))

    // MARK: catalogue

    /// Every code, grouped by family, in the order the documentation lists them.
    public static let catalogue: [FindingCode] = [
        .geometryInvalid, .geometryUnreadable, .geometryUnmeasurable, .geometryMeasured,
        .importRecordRejected, .importRecordWarning, .importRecordNote, .importRecordOutcome,
        .adjacencyShared, .adjacencyPointContact, .adjacencyNearContact, .adjacencyUnregistered, .adjacencyNoContact,
        .coverageOverlap, .coverageGap, .coverageSliver, .coverageEnclave, .coverageOutsideParent, .coverageParentUncovered,
        .lineInvalid, .lineOffEdge, .lineSidesSwapped, .lineCrossing, .lineDangle, .lineTriPoint, .lineDerived,
        .markerOffLine, .markerLineUnknown, .markerOutOfOrder, .markerDuplicateNumber, .markerSequenceGap, .markerPairSameSide,
        .markerPairUnbalanced, .markerTripleOffTriPoint, .markerFacesMismatch, .markerGroupIncomplete, .markerNumberMismatch,
        .markerSpacingLong, .markerSpacingShort, .markerLandmarksMissing, .markerLandmarkMismatch,
        .seatOutside, .seatMovedWithoutDecision,
        .nameOutsideUnit, .nameStraddlesBoundary,
        .nameGrandiose, .nameForeign, .nameBizarre, .nameDuplicate, .nameHomophone, .nameGeneric, .nameScript,
        .nameRomanization, .nameMongolian,
        .observationSuspectedDisplacement, .observationDisplaced, .observationDrift, .observationUnknownMarker,
        .markerMissing, .markerDamaged, .markerNotVisited,
        .telemetryDisplacementWarning, .telemetryDisplacementCritical, .telemetryTilt, .telemetryTamper, .telemetrySilent,
        .telemetryLowBattery, .telemetryUnknownDevice,
    ]
}
