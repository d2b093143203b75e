/// Boundary lines derived from county polygons (`gazetteer geometry derive-lines`): one line per pair of units whose
/// polygons share a boundary, at the level at which they differ.
///
/// The level comes from the codes (GB/T 2260): two counties of one prefecture give a county line between them; two
/// counties of different prefectures of one province give a stretch of the prefectural line between the prefectures
/// (`150700-152200`); counties of different provinces give a stretch of the provincial line (`1523`). The stretches of
/// one line are line-merged, so a prefectural or provincial line is the union of every county-pair edge along it
/// (the 加格达奇 ring inside 鄂伦春 is a piece of the provincial line).
///
/// Direction: the unit with the lower code lies on the left of every piece (tested with a probe either side of the
/// piece's middle segment, as ``LineCheck`` tests registered lines), which keeps left and right predictable.
public enum LineDerivation {
    /// One derived line with its measures.
    public struct Line: Sendable, Equatable {
        /// The line as the `lines` layer would register it (no agreement, no status).
        public var line: BoundaryLine
        /// Its geodesic length on the CGCS2000 ellipsoid, metres.
        public var length: Double
        /// The pairs of input units whose shared edges make it up ("150721|230225").
        public var unitPairs: [String]
    }

    /// The code of the unit on each side of a pair of counties, and the line level between them.
    static func sides(_ a: String, _ b: String) -> (String, String, BoundaryLevel) {
        let level: BoundaryLevel = a.prefix(2) != b.prefix(2) ? .provincial : a.prefix(4) != b.prefix(4) ? .prefectural : .county
        return (side(a, level), side(b, level), level)
    }

    /// The unit a county stands for on a line of `level`: its province, its prefecture, or itself.
    static func side(_ county: String, _ level: BoundaryLevel) -> String {
        switch level {
        case .provincial: return county.prefix(2) + "0000"
        case .prefectural: return county.prefix(4) + "00"
        case .county: return county
        }
    }

    /// The line code of a pair of sides, lower code first: `1523` between provinces, `150700-152200` otherwise.
    static func code(_ left: String, _ right: String, _ level: BoundaryLevel) -> String {
        level == .provincial ? String(left.prefix(2) + right.prefix(2)) : "\(left)-\(right)"
    }

    /// The lines between the county-level units of `units`.
    /// - Parameters:
    ///   - units: the units, one level (counties); other levels are left out.
    ///   - scope: only lines with a side under this code (`150700`: Hulunbuir's own lines, not those among its
    ///     neighbours); nil for every line.
    ///   - names: unit names by code, for the line names ("海拉尔区—鄂温克族自治旗线"); the units' own names are used too.
    ///   - lineNames: names by line code that replace the derived ones (`1523` → 蒙黑线).
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func derive(_ units: [CheckedUnit], scope: String? = nil, names: [String: String] = [:],
                              lineNames: [String: String] = [:]) throws -> (lines: [Line], context: CoverageContext) {
        let counties = units.filter { $0.level == .county }
        let context = try CoverageContext(units: counties)
        let prefix = scope.flatMap { UnitSelection(within: $0).withinPrefix }
        var pieces: [String: (left: String, right: String, level: BoundaryLevel, lines: [LineString], pairs: [String])] = [:]
        // Pairs with no side in scope (the neighbours' own lines) are not even intersected.
        let inScope = counties.map { unit in prefix.map { unit.code.hasPrefix($0) } ?? true }
        for pair in try AdjacencyCheck.pairs(context, snap: 0, including: { inScope[$0] || inScope[$1] }) {
            guard case .shared(_, _, let shared) = pair.contact else { continue }
            let (left, right, level) = sides(pair.first, pair.second)
            let key = code(left, right, level)
            pieces[key, default: (left, right, level, [], [])].lines += shared.lineStrings
            pieces[key]?.pairs.append(pair.key)
        }
        var allNames = names
        for unit in units { if let name = unit.name, !name.isEmpty { allNames[unit.code] = name } }
        var result: [Line] = []
        for key in pieces.keys.sorted(by: { order($0, pieces[$0]!.level, $1, pieces[$1]!.level) }) {
            let entry = pieces[key]!
            let merged = try Geometry.multiLineString(entry.lines).lineMerged().lineStrings
            var oriented: [LineString] = []
            var length = 0.0
            let leftUnits = context.units.indices.filter { side(context.units[$0].code, entry.level) == entry.left }
            for piece in merged {
                // Reversed when the point 5 m to the right of its middle lies in a unit of the left side.
                let flip = try LineCheck.probes(context.metres(.lineString(piece)), offset: 5).map { probe in
                    try leftUnits.contains { try context.polygons[$0]?.covers(probe.right) == true }
                } ?? false
                oriented.append(flip ? LineString(piece.coordinates.reversed()) : piece)
                length += try Geodesic.cgcs2000.length(of: piece.coordinates)
            }
            let name = lineNames[key] ?? "\(allNames[entry.left] ?? entry.left)—\(allNames[entry.right] ?? entry.right)线"
            let geometry: Geometry = oriented.count == 1 ? .lineString(oriented[0]) : .multiLineString(oriented)
            result.append(Line(line: BoundaryLine(code: key, name: name, level: entry.level, leftUnitCode: entry.left,
                                                  rightUnitCode: entry.right, geometry: geometry),
                               length: length, unitPairs: entry.pairs))
        }
        return (result, context)
    }

    /// Provincial lines first, then prefectural, then county lines, each by code.
    private static func order(_ a: String, _ la: BoundaryLevel, _ b: String, _ lb: BoundaryLevel) -> Bool {
        let rank: [BoundaryLevel: Int] = [.provincial: 0, .prefectural: 1, .county: 2]
        return (rank[la]!, a) < (rank[lb]!, b)
    }

    /// The report of a derivation: `problems` (input that could not be used), the context's validity findings, one
    /// ``FindingCode/lineDerived`` per line with its length, and totals by level.
    public static func report(_ lines: [Line], context: CoverageContext, source: String, problems: [Finding] = [],
                              dataSources: [DataSource] = []) -> FindingReport {
        let labels = Dictionary(context.units.map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a })
        var findings = problems + context.findings
        for derived in lines {
            let line = derived.line
            let pieces = line.geometry?.lineStrings.count ?? 0
            findings.append(Finding(
                .lineDerived, subjects: [line.code, line.leftUnitCode, line.rightUnitCode], location: line.geometry,
                measured: .kilometres(fromMetres: derived.length),
                values: ["line": .text("\(line.code) \(line.name)"), "level": .text(line.level.chinese),
                         "left": .text(line.leftUnitCode), "right": .text(line.rightUnitCode),
                         "length": .quantity(.kilometres(fromMetres: derived.length)), "pieces": .quantity(.count(pieces)),
                         "pairs": .quantity(.count(derived.unitPairs.count)),
                         "unit_pairs": .text(derived.unitPairs.map { $0.split(separator: "|").map { labels[String($0)] ?? String($0) }.joined(separator: "|") }
                             .joined(separator: ", "))]))
        }
        var totals: [FindingSummary.Total] = []
        var parts: [(zh: String, en: String)] = []
        for level in BoundaryLevel.allCases {
            let these = lines.filter { $0.line.level == level }
            let length = these.reduce(0) { $0 + $1.length }
            totals.append(.init(key: "\(level.rawValue)_lines", label: LocalizedText(zh: level.chinese, en: "\(level.rawValue) lines"),
                                quantity: .count(these.count)))
            totals.append(.init(key: "\(level.rawValue)_km", label: LocalizedText(zh: "\(level.chinese)长度", en: "\(level.rawValue) length"),
                                quantity: .kilometres(fromMetres: length)))
            let km = Quantity.kilometres(fromMetres: length).formatted
            parts.append(("\(level.chinese) \(these.count) 条（\(km)）", "\(these.count) \(level.rawValue) (\(km))"))
        }
        let statement = LocalizedText(
            zh: "由 \(context.units.count) 个县级单元的多边形推得界线 \(lines.count) 条：" + parts.map(\.zh).joined(separator: "，") + "。",
            en: "The polygons of \(context.units.count) county-level units give \(lines.count) lines: " + parts.map(\.en).joined(separator: ", ") + ".")
        return FindingReport(title: LocalizedText(zh: "由多边形推得界线", en: "Lines derived from polygons"), source: source,
                             subjects: context.reportSubjects, findings: findings, checked: context.units.count,
                             totals: totals, statement: statement, dataSources: dataSources)
    }
}
