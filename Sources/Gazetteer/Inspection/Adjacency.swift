/// How two units of one level meet, as derived from their polygons.
public struct AdjacencyPair: Sendable, Equatable {
    /// How they meet.
    public enum Contact: Sendable, Equatable {
        /// They share a boundary: its geodesic length in metres, its number of separate segments, and the shared
        /// line (CGCS2000 longitude/latitude).
        case shared(length: Double, segments: Int, line: Geometry)
        /// They touch at points only (a four-way corner); the points.
        case point(Geometry)
        /// They do not touch but come within the snap distance: the gap in metres and the shortest line across it.
        case near(distance: Double, gap: Geometry)
    }

    /// The first unit's code (the lower of the two).
    public var first: String
    /// The second unit's code.
    public var second: String
    /// How they meet.
    public var contact: Contact
    /// `true` when the polygons overlap (two sources drawn apart): the shared length is then the mean of the lengths
    /// of each boundary inside the other polygon, an estimate, and the segments are counted on the first one.
    public var overlapping = false

    /// A pair; the codes are put in order.
    public init(_ a: String, _ b: String, contact: Contact) {
        (first, second) = a <= b ? (a, b) : (b, a)
        self.contact = contact
    }

    /// The pair's key, independent of order: "150702|150724".
    public var key: String { Self.key(first, second) }

    /// The key of the pair of `a` and `b` in either order.
    public static func key(_ a: String, _ b: String) -> String { a <= b ? "\(a)|\(b)" : "\(b)|\(a)" }

    /// `true` for a shared boundary (not a point or near contact).
    public var sharesBoundary: Bool {
        if case .shared = contact { return true }
        return false
    }
}

/// Derived adjacency (`gazetteer inspect adjacency`): which units of one level share a boundary, how long and in how
/// many segments, which touch only at a point or come within a small gap, and how that compares with the lines the
/// registry holds. Never a hard-coded count: the plan may say 28 banner lines where the polygons give 26 pairs, and
/// the report says so.
public enum AdjacencyCheck {
    /// The default `--snap`: gaps up to 100 m count as near contacts. Two sources of the same city disagree by
    /// tens of metres at four-way corners (海拉尔–牙克石 are 76 m apart in the MCA's polygons, touching in DataV's).
    public static let defaultSnap = 100.0

    /// The pairs of `context`'s units that share a boundary, touch at a point, or come within `snap` metres.
    /// - Parameter including: when given, only the candidate pairs (by position in the context) it accepts are
    ///   tested, so a caller that wants the pairs of a few units does not pay for all of them.
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails on a pair.
    public static func pairs(_ context: CoverageContext, snap: Double = defaultSnap,
                             including: ((Int, Int) -> Bool)? = nil) throws -> [AdjacencyPair] {
        var pairs: [AdjacencyPair] = []
        for (i, j) in context.candidatePairs(within: snap) where including?(i, j) ?? true {
            guard let a = context.polygons[i], let b = context.polygons[j], let ba = context.boundaries[i], let bb = context.boundaries[j],
                  try a.isWithinDistance(snap, of: b) else { continue }
            let codes = (context.units[i].code, context.units[j].code)
            let shared = try ba.intersection(bb).value()
            let lines = shared.lineStrings.filter { $0.coordinates.count > 1 }
            // Boundaries that cross rather than follow each other leave isolated points: the polygons may overlap
            // (two sources simplified apart), and then the common border is where each boundary runs inside the other.
            let crosses = Self.hasPoints(shared)
            if crosses, let overlap = try a.intersection(b).polygonalPart(), try overlap.area() > CoverageCheck.overlayNoise {
                let inB = try Geometry.multiLineString(ba.intersection(b).value().lineStrings).lineMerged()
                let inA = try Geometry.multiLineString(bb.intersection(a).value().lineStrings).lineMerged()
                let length = (try context.geodesicLength(ofProjected: inB) + context.geodesicLength(ofProjected: inA)) / 2
                var pair = AdjacencyPair(codes.0, codes.1, contact: .shared(
                    length: length, segments: inB.lineStrings.count, line: try context.lonLat(inB)))
                pair.overlapping = true
                pairs.append(pair)
            } else if !lines.isEmpty {
                let merged = try Geometry.multiLineString(lines).lineMerged()
                let length = try context.geodesicLength(ofProjected: merged)
                pairs.append(AdjacencyPair(codes.0, codes.1, contact: .shared(
                    length: length, segments: merged.lineStrings.count, line: try context.lonLat(merged))))
            } else if !shared.isEmpty {
                pairs.append(AdjacencyPair(codes.0, codes.1, contact: .point(try context.lonLat(shared))))
            } else {
                let (p, q) = try a.nearestPoints(to: b)
                let gap = try context.lonLat(Geometry.lineString(LineString([p, q])))
                let distance = try Geodesic.cgcs2000.length(of: gap.lineStrings[0].coordinates)
                pairs.append(AdjacencyPair(codes.0, codes.1, contact: .near(distance: distance, gap: gap)))
            }
        }
        return pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// `true` when a GEOS result holds points besides its lines (a collection with a point part).
    private static func hasPoints(_ geometry: Geometry) -> Bool {
        switch geometry {
        case .point, .multiPoint: return true
        case .collection(let parts): return parts.contains(where: hasPoints)
        default: return false
        }
    }

    /// The findings for `pairs`: one per pair (shared boundary, point or near contact), and, when `input` holds the
    /// registry's lines, each derived pair without a registered line and each registered line whose units do not touch.
    public static func findings(_ pairs: [AdjacencyPair], input: CheckInput, snap: Double) -> [Finding] {
        let labels = Dictionary(input.units.map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a })
        func label(_ code: String) -> FindingValue { .text(labels[code] ?? code) }
        let registered = Dictionary(grouping: input.lines, by: { AdjacencyPair.key($0.leftUnitCode, $0.rightUnitCode) })
        var findings: [Finding] = []
        for pair in pairs {
            let values: [String: FindingValue] = ["first": label(pair.first), "second": label(pair.second)]
            let subjects = [pair.first, pair.second]
            switch pair.contact {
            case .shared(let length, let segments, let line):
                var v = values
                v["length"] = .quantity(.kilometres(fromMetres: length))
                v["segments"] = .quantity(.count(segments))
                v["estimate"] = .localized(pair.overlapping ? LocalizedText(zh: "（两多边形重叠，长度为估计值）", en: " (the polygons overlap: an estimate)")
                                                            : LocalizedText(zh: "", en: ""))
                findings.append(Finding(.adjacencyShared, subjects: subjects, location: line, measured: .kilometres(fromMetres: length), values: v))
                if input.hasRegisteredLines, registered[pair.key] == nil {
                    findings.append(Finding(.adjacencyUnregistered, subjects: subjects, location: line,
                                            measured: .kilometres(fromMetres: length), values: v))
                }
            case .point(let points):
                findings.append(Finding(.adjacencyPointContact, subjects: subjects, location: points, values: values))
            case .near(let distance, let gap):
                var v = values
                v["distance"] = .quantity(.metres(distance))
                findings.append(Finding(.adjacencyNearContact, subjects: subjects, location: gap, measured: .metres(distance),
                                        threshold: .metres(snap), values: v))
            }
        }
        let contacts = Dictionary(pairs.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for line in input.lines {
            let key = AdjacencyPair.key(line.leftUnitCode, line.rightUnitCode)
            if contacts[key]?.sharesBoundary == true { continue }
            // Units meeting at a point or across a small gap are not neighbours either, but the line is then
            // likely a matter of the polygons' precision rather than a wrong pair: a warning, not an error.
            let touchesNearly = contacts[key] != nil
            findings.append(Finding(
                .adjacencyNoContact, severity: touchesNearly ? .warning : .error, subjects: [line.code, line.leftUnitCode, line.rightUnitCode],
                location: line.geometry,
                values: ["line": .text("\(line.code) \(line.name)"), "first": label(line.leftUnitCode), "second": label(line.rightUnitCode),
                         "contact": .localized(touchesNearly ? LocalizedText(zh: "仅点接触或近接", en: "they meet only at a point or across a small gap")
                                                              : LocalizedText(zh: "两单元不相接", en: "the units do not touch"))]))
        }
        return findings
    }

    /// The adjacency report of `input`: validity findings from the context, one finding per pair, the comparison with
    /// the registered lines, and totals stating the counts plainly.
    /// - Throws: as ``pairs(_:snap:)``.
    public static func report(_ input: CheckInput, snap: Double = defaultSnap) throws -> FindingReport {
        let context = try CoverageContext(units: input.units)
        let outcome = try outcome(context, input: input, snap: snap)
        return FindingReport(title: LocalizedText(zh: "相邻关系检查", en: "Derived adjacency"), source: input.source,
                             subjects: subjects(context, input: input), findings: input.problems + context.findings + outcome.findings,
                             checked: input.units.count, totals: outcome.totals, statement: outcome.statement,
                             dataSources: input.dataSources)
    }

    /// What the report of a run shows: the units as read and the registered lines.
    public static func subjects(_ context: CoverageContext, input: CheckInput) -> [ReportSubject] {
        var subjects = context.reportSubjects
        for line in input.lines { if let g = line.geometry { subjects.append(ReportSubject(id: line.code, name: line.name, geometry: g)) } }
        return subjects
    }

    /// The adjacency part of a run on `context`: the findings, the totals and the verdict in a sentence.
    /// - Throws: as ``pairs(_:snap:)``.
    public static func outcome(_ context: CoverageContext, input: CheckInput, snap: Double = defaultSnap) throws
        -> (findings: [Finding], totals: [FindingSummary.Total], statement: LocalizedText) {
        let pairs = try pairs(context, snap: snap)
        let findings = Self.findings(pairs, input: input, snap: snap)
        let shared = pairs.filter(\.sharesBoundary)
        let segments = shared.reduce(0) { total, pair in
            if case .shared(_, let n, _) = pair.contact { return total + n }
            return total
        }
        let points = pairs.filter { if case .point = $0.contact { return true }; return false }.count
        let near = pairs.count - shared.count - points
        var totals: [FindingSummary.Total] = [
            .init(key: "units", label: LocalizedText(zh: "单元", en: "units"), quantity: .count(input.units.count)),
            .init(key: "pairs", label: LocalizedText(zh: "共界单元对", en: "pairs sharing a boundary"), quantity: .count(shared.count)),
            .init(key: "segments", label: LocalizedText(zh: "共界段数", en: "shared segments"), quantity: .count(segments)),
            .init(key: "point_contacts", label: LocalizedText(zh: "点接触", en: "point contacts"), quantity: .count(points)),
            .init(key: "near_contacts", label: LocalizedText(zh: "近接（间隙 ≤ \(Quantity.metres(snap).formatted)）", en: "near contacts (gap ≤ \(Quantity.metres(snap).formatted))"),
                  quantity: .count(near)),
        ]
        var statement = LocalizedText(
            zh: "由 \(input.units.count) 个单元的多边形推得 \(shared.count) 对共界单元（\(segments) 段），点接触 \(points) 对，近接 \(near) 对。",
            en: "The polygons of \(input.units.count) units give \(shared.count) pairs sharing a boundary (\(segments) segments), \(points) point contact(s), \(near) near contact(s).")
        if input.hasRegisteredLines {
            let registeredPairs = Set(input.lines.map { AdjacencyPair.key($0.leftUnitCode, $0.rightUnitCode) })
            let unregistered = shared.filter { !registeredPairs.contains($0.key) }.count
            let sharedKeys = Set(shared.map(\.key))
            let noContact = input.lines.filter { !sharedKeys.contains(AdjacencyPair.key($0.leftUnitCode, $0.rightUnitCode)) }.count
            totals.append(.init(key: "registered_lines", label: LocalizedText(zh: "登记界线", en: "registered lines"), quantity: .count(input.lines.count)))
            totals.append(.init(key: "unregistered", label: LocalizedText(zh: "无登记界线的共界对", en: "pairs without a registered line"), quantity: .count(unregistered)))
            totals.append(.init(key: "no_contact", label: LocalizedText(zh: "单元不共界的登记界线", en: "registered lines whose units share no boundary"), quantity: .count(noContact)))
            let verdict = shared.count == input.lines.count && unregistered == 0 && noContact == 0
            statement = LocalizedText(
                zh: statement.zh + "登记册登记界线 \(input.lines.count) 条" + (verdict ? "，与推得的相邻关系一致。"
                    : "，与推得的 \(shared.count) 对不一致：\(unregistered) 对没有登记界线，\(noContact) 条登记界线的两单元不共界。"),
                en: statement.en + " The registry holds \(input.lines.count) line(s)" + (verdict ? ", in agreement."
                    : ", against \(shared.count) derived pairs: \(unregistered) pair(s) without a registered line, \(noContact) line(s) whose units share no boundary."))
        } else {
            statement = LocalizedText(zh: statement.zh + "输入为文件，没有登记界线可比对。",
                                      en: statement.en + " The input is files: there are no registered lines to compare with.")
        }
        return (findings, totals, statement)
    }
}
