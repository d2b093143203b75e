/// `gazetteer inspect topology`: every boundary framework check on one coverage, sharing one ``CoverageContext``,
/// so each unit polygon is converted to GEOS, repaired and indexed once for the whole run.
public enum TopologyCheck {
    /// The thresholds of a run.
    public struct Options: Sendable, Equatable {
        /// Holes smaller than this many m² are slivers (``CoverageCheck/defaultMinArea``).
        public var minArea = CoverageCheck.defaultMinArea
        /// Units apart by at most this many metres are near contacts; holes narrower on average are slivers.
        public var snap = AdjacencyCheck.defaultSnap
        /// How far a line may lie from its units' shared edge, by level.
        public var tolerances = LineCheck.Tolerances()
        /// Pieces between the units' union and the parent's outline narrower on average than this (m) are ignored.
        public var parentTolerance = CoverageCheck.defaultParentTolerance

        /// The default thresholds.
        public init(minArea: Double = CoverageCheck.defaultMinArea, snap: Double = AdjacencyCheck.defaultSnap,
                    tolerances: LineCheck.Tolerances = LineCheck.Tolerances(), parentTolerance: Double = CoverageCheck.defaultParentTolerance) {
            self.parentTolerance = parentTolerance
            self.minArea = minArea
            self.snap = snap
            self.tolerances = tolerances
        }
    }

    /// The report of every check on `input`: polygon validity, overlaps, gaps, slivers and enclaves, derived adjacency
    /// against the registered lines.
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    /// - Parameter parent: the parent's outline to check the units' union against (`--parent FILE`), if any.
    public static func report(_ input: CheckInput, options: Options = Options(), parent: CheckedUnit? = nil) throws -> FindingReport {
        let context = try CoverageContext(units: input.units)
        let overlaps = try CoverageCheck.overlaps(context)
        let parentCheck = try parent.map { try CoverageCheck.againstParent(context, parent: $0, minArea: options.minArea, width: options.parentTolerance) }
        let holes = try CoverageCheck.holes(context, minArea: options.minArea, snap: options.snap)
        let adjacency = try AdjacencyCheck.outcome(context, input: input, snap: options.snap)
        let projected = try LineCheck.projected(context, input)
        let lines = try LineCheck.validity(context, lines: projected)
            + LineCheck.againstPolygons(context, lines: projected, tolerances: options.tolerances)
            + LineCheck.network(context, lines: projected)
        let seats = try SeatCheck.outcome(context, input: input)
        func count(_ code: FindingCode) -> Int { holes.filter { $0.code == code }.count }
        let overlapArea = overlaps.compactMap(\.measured).reduce(0) { $0 + ($1.unit == .squareKilometre ? $1.value * 1e6 : $1.value) }
        let totals: [FindingSummary.Total] = [
            .init(key: "invalid", label: LocalizedText(zh: "无效多边形（已修复后使用）", en: "invalid polygons (used repaired)"),
                  quantity: .count(context.findings.filter { $0.code == .geometryInvalid }.count)),
            .init(key: "overlaps", label: LocalizedText(zh: "重叠单元对", en: "overlapping pairs"), quantity: .count(overlaps.count)),
            .init(key: "overlap_km2", label: LocalizedText(zh: "重叠总面积", en: "total overlap"), quantity: .squareKilometres(fromSquareMetres: overlapArea)),
            .init(key: "gaps", label: LocalizedText(zh: "缝隙", en: "gaps"), quantity: .count(count(.coverageGap))),
            .init(key: "slivers", label: LocalizedText(zh: "细缝", en: "slivers"), quantity: .count(count(.coverageSliver))),
            .init(key: "enclaves", label: LocalizedText(zh: "飞地或内洞", en: "enclaves"), quantity: .count(count(.coverageEnclave))),
        ] + (parentCheck.map { check in [
            .init(key: "outside_parent_km2", label: LocalizedText(zh: "超出上级轮廓（含细缝）", en: "outside the parent (slivers included)"),
                  quantity: .squareKilometres(fromSquareMetres: check.outside)),
            .init(key: "parent_uncovered_km2", label: LocalizedText(zh: "上级轮廓未覆盖（含细缝）", en: "parent not covered (slivers included)"),
                  quantity: .squareKilometres(fromSquareMetres: check.uncovered)),
        ] } ?? []) + adjacency.totals + (input.hasRegisteredLines ? [
            .init(key: "off_edge", label: LocalizedText(zh: "偏离公共边的界线", en: "lines off their edge"),
                  quantity: .count(lines.filter { $0.code == .lineOffEdge }.count)),
            .init(key: "dangles", label: LocalizedText(zh: "悬挂端点", en: "dangles"), quantity: .count(lines.filter { $0.code == .lineDangle }.count)),
            .init(key: "crossings", label: LocalizedText(zh: "相交或重合的界线对", en: "crossing line pairs"), quantity: .count(lines.filter { $0.code == .lineCrossing }.count)),
            .init(key: "tri_points", label: LocalizedText(zh: "交会点", en: "tri-points"), quantity: .count(lines.filter { $0.code == .lineTriPoint }.count)),
        ] : []) + seats.totals
        var parentText = LocalizedText(zh: "", en: "")
        if let parent, let check = parentCheck {
            let outside = Quantity.squareKilometres(fromSquareMetres: check.outside).formatted
            let uncovered = Quantity.squareKilometres(fromSquareMetres: check.uncovered).formatted
            let wide = Quantity.metres(options.parentTolerance).formatted
            parentText = LocalizedText(
                zh: "与上级 \(parent.label) 的轮廓比：超出 \(outside)，未覆盖 \(uncovered)（含细缝），其中平均宽于 \(wide) 的 \(check.findings.count) 块。",
                en: " Against the outline of \(parent.label): \(outside) outside, \(uncovered) not covered (slivers included), \(check.findings.count) piece(s) wider than \(wide) on average.")
        }
        let statement = LocalizedText(
            zh: "覆盖：重叠 \(overlaps.count) 对，缝隙 \(count(.coverageGap)) 处，细缝 \(count(.coverageSliver)) 处，飞地或内洞 \(count(.coverageEnclave)) 处。" + parentText.zh + adjacency.statement.zh + seats.statement.zh,
            en: "Coverage: \(overlaps.count) overlapping pair(s), \(count(.coverageGap)) gap(s), \(count(.coverageSliver)) sliver(s), \(count(.coverageEnclave)) enclave(s)." + parentText.en + " " + adjacency.statement.en + " " + seats.statement.en)
        return FindingReport(
            title: LocalizedText(zh: "界线框架检查", en: "Boundary framework checks"), source: input.source,
            subjects: AdjacencyCheck.subjects(context, input: input) + SeatCheck.seatSubjects(input),
            findings: input.problems + context.findings + overlaps + holes + (parentCheck?.findings ?? []) + lines + seats.findings + adjacency.findings,
            checked: input.units.count, totals: totals, statement: statement, dataSources: input.dataSources)
    }
}
