import Foundation

/// The registered boundary lines against the unit polygons and against each other (part of `gazetteer inspect
/// topology`): each line on the shared edge of its left and right units, with them on the correct sides; no line
/// crossing or overlapping another; no dangling end; the tri-points where three or more units meet.
public enum LineCheck {
    /// How far (Hausdorff distance, metres) a line may lie from the shared edge of its units, by the line's level.
    ///
    /// GB/T 17796 draws boundary lines on 1:50,000 base maps; 0.5 mm of drawing accuracy there is 25 m on the ground,
    /// the default for prefectural and county lines. Provincial lines are surveyed and published by the Ministry at
    /// larger scales, so 10 m. `--tolerance M` sets one value for every level.
    public struct Tolerances: Sendable, Equatable {
        /// 省级界线.
        public var provincial = 10.0
        /// 地级界线.
        public var prefectural = 25.0
        /// 县级界线.
        public var county = 25.0

        /// The documented defaults.
        public init() {}

        /// One tolerance for every level.
        public init(uniform metres: Double) {
            provincial = metres
            prefectural = metres
            county = metres
        }

        /// The tolerance for `level`.
        public func metres(_ level: BoundaryLevel) -> Double {
            switch level {
            case .provincial: return provincial
            case .prefectural: return prefectural
            case .county: return county
            }
        }
    }

    /// Line ends closer than this (metres) meet: a node of the network.
    public static let nodeTolerance = 1.0

    /// A registered line in zone metres, converted once.
    struct ProjectedLine {
        var line: BoundaryLine
        var metres: Geometry
        var native: NativeGeometry
        var ends: [Coordinate]
    }

    /// The lines of `input` with a geometry, in zone metres and in GEOS form: built once per run and shared by
    /// the line checks.
    static func projected(_ context: CoverageContext, _ input: CheckInput) throws -> [ProjectedLine] {
        try input.lines.compactMap { line in
            guard let g = line.geometry, !g.lineStrings.isEmpty else { return nil }
            let metres = try context.metres(g)
            let ends = metres.lineStrings.flatMap { [$0.coordinates.first, $0.coordinates.last].compactMap { $0 } }
            return ProjectedLine(line: line, metres: metres, native: try NativeGeometry(metres), ends: ends)
        }
    }

    static func label(_ line: BoundaryLine) -> FindingValue { .text("\(line.code) \(line.name)") }

    /// One ``FindingCode/lineOffEdge`` per line farther than its level's tolerance from the shared edge of its units,
    /// and one ``FindingCode/lineSidesSwapped`` per line whose left unit lies on its right walking its direction.
    /// Lines whose units share no edge are left to ``AdjacencyCheck`` (`adjacency.no-contact`).
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func againstPolygons(_ context: CoverageContext, input: CheckInput, tolerances: Tolerances = Tolerances()) throws -> [Finding] {
        try againstPolygons(context, lines: projected(context, input), tolerances: tolerances)
    }

    /// ``againstPolygons(_:input:tolerances:)`` on lines already in zone metres (a run converts them once).
    static func againstPolygons(_ context: CoverageContext, lines: [ProjectedLine], tolerances: Tolerances) throws -> [Finding] {
        var findings: [Finding] = []
        for projected in lines {
            let line = projected.line
            guard let i = context.position(of: line.leftUnitCode), let j = context.position(of: line.rightUnitCode) else { continue }
            let edge = try context.sharedEdge(i, j)
            guard !edge.lineStrings.isEmpty else { continue }
            let edgeNative = try NativeGeometry(edge)
            // Densified so that a line bowing away between two vertices of the edge is measured there too.
            let distance = try projected.native.hausdorffDistance(to: edgeNative, densify: 0.1)
            let tolerance = tolerances.metres(line.level)
            let lineLength = try context.geodesicLength(ofProjected: projected.metres)
            let edgeLength = try context.geodesicLength(ofProjected: edge)
            if distance > tolerance {
                findings.append(Finding(
                    .lineOffEdge, subjects: [line.code, line.leftUnitCode, line.rightUnitCode], location: line.geometry,
                    measured: .metres(distance), threshold: .metres(tolerance),
                    values: ["line": label(line), "distance": .quantity(.metres(distance)), "tolerance": .quantity(.metres(tolerance)),
                             "line_length": .quantity(.kilometres(fromMetres: lineLength)), "edge_length": .quantity(.kilometres(fromMetres: edgeLength))]))
                continue
            }
            if try sidesSwapped(projected.metres, left: i, right: j, context: context, offset: 2 * distance + 5) {
                findings.append(Finding(
                    .lineSidesSwapped, subjects: [line.code, line.leftUnitCode, line.rightUnitCode], location: line.geometry,
                    values: ["line": label(line), "left": .text(context.units[i].label), "right": .text(context.units[j].label)]))
            }
        }
        return findings
    }

    /// `true` when, at the middle of the line, the point `offset` metres to its left lies in the right unit and the
    /// point to its right in the left unit. `false` when they are as registered or the test is inconclusive.
    static func sidesSwapped(_ line: Geometry, left: Int, right: Int, context: CoverageContext, offset: Double) throws -> Bool {
        guard let probe = probes(line, offset: offset), let l = context.polygons[left], let r = context.polygons[right] else { return false }
        return try r.covers(probe.left) && l.covers(probe.right)
    }

    /// The points `offset` metres to the left and to the right of the middle of the middle segment of the line's
    /// longest part (zone metres), walking it in its direction; nil for a line without a segment of positive length.
    static func probes(_ line: Geometry, offset: Double) -> (left: Coordinate, right: Coordinate)? {
        guard let part = line.lineStrings.max(by: { $0.coordinates.count < $1.coordinates.count }), part.coordinates.count > 1 else { return nil }
        let k = part.coordinates.count / 2
        let (p, q) = (part.coordinates[max(0, k - 1)], part.coordinates[max(1, k)])
        let (dx, dy) = (q.x - p.x, q.y - p.y)
        let norm = (dx * dx + dy * dy).squareRoot()
        guard norm > 0 else { return nil }
        let mid = Coordinate((p.x + q.x) / 2, (p.y + q.y) / 2)
        return (Coordinate(mid.x - dy / norm * offset, mid.y + dx / norm * offset),
                Coordinate(mid.x + dy / norm * offset, mid.y - dx / norm * offset))
    }

    /// The network of the registered lines: each pair that crosses or overlaps (``FindingCode/lineCrossing``), each
    /// end on no other line and not on the coverage's outer boundary (``FindingCode/lineDangle``), each node where
    /// lines of three or more units meet (``FindingCode/lineTriPoint``, info).
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func network(_ context: CoverageContext, input: CheckInput) throws -> [Finding] {
        try network(context, lines: projected(context, input))
    }

    /// ``network(_:input:)`` on lines already in zone metres.
    static func network(_ context: CoverageContext, lines: [ProjectedLine]) throws -> [Finding] {
        var findings: [Finding] = []
        let index = EnvelopeIndex(lines.map { $0.native.envelope.expanded(by: nodeTolerance) })
        func isEnd(_ c: Coordinate, of line: ProjectedLine) -> Bool {
            line.ends.contains { hypot($0.x - c.x, $0.y - c.y) <= nodeTolerance }
        }
        // Crossings and overlaps.
        for (i, a) in lines.enumerated() {
            for j in index.query(a.native.envelope.expanded(by: nodeTolerance)) where j > i {
                let b = lines[j]
                guard try a.native.intersects(b.native) else { continue }
                let common = try a.native.intersection(b.native).value()
                let overlapping = common.lineStrings.filter { $0.coordinates.count > 1 }
                var crossings: [Coordinate] = []
                Self.points(common).forEach { c in if !isEnd(c, of: a) && !isEnd(c, of: b) { crossings.append(c) } }
                guard !overlapping.isEmpty || !crossings.isEmpty else { continue }
                let location: Geometry = overlapping.isEmpty
                    ? (crossings.count == 1 ? .point(Point(crossings[0])) : .multiPoint(crossings.map { Point($0) }))
                    : .multiLineString(overlapping)
                let overlapLength = overlapping.isEmpty ? 0 : try context.geodesicLength(ofProjected: .multiLineString(overlapping))
                findings.append(Finding(
                    .lineCrossing, subjects: [a.line.code, b.line.code], location: try context.lonLat(location),
                    measured: overlapping.isEmpty ? .count(crossings.count) : .kilometres(fromMetres: overlapLength),
                    values: ["first": label(a.line), "second": label(b.line),
                             "how": .localized(overlapping.isEmpty
                                ? LocalizedText(zh: "相交 \(crossings.count) 处", en: "cross at \(crossings.count) point(s)")
                                : LocalizedText(zh: "重合 \(Quantity.kilometres(fromMetres: overlapLength).formatted)", en: "overlap along \(Quantity.kilometres(fromMetres: overlapLength).formatted)"))]))
            }
        }
        // Dangles: an end must meet another line (at its end or along it) or the coverage's outer boundary.
        let outer = try context.union().boundary()
        for (i, a) in lines.enumerated() {
            for end in a.ends {
                let window = Envelope(minX: end.x, minY: end.y, maxX: end.x, maxY: end.y).expanded(by: nodeTolerance)
                var met = false
                for j in index.query(window) where j != i {
                    if try lines[j].native.distance(to: end) <= nodeTolerance { met = true; break }
                }
                if !met, try outer.distance(to: end) <= nodeTolerance { met = true }
                if met { continue }
                let gap = try outer.distance(to: end)
                findings.append(Finding(
                    .lineDangle, subjects: [a.line.code], location: .point(Point(try context.lonLat(end))), measured: .metres(gap),
                    threshold: .metres(nodeTolerance), values: ["line": label(a.line), "distance": .quantity(.metres(gap))]))
            }
        }
        // Tri-points: clusters of ends whose lines separate three or more units.
        var nodes: [(at: Coordinate, lines: [BoundaryLine])] = []
        for a in lines {
            for end in a.ends {
                if let k = nodes.firstIndex(where: { hypot($0.at.x - end.x, $0.at.y - end.y) <= nodeTolerance }) {
                    if !nodes[k].lines.contains(where: { $0.code == a.line.code }) { nodes[k].lines.append(a.line) }
                } else {
                    nodes.append((end, [a.line]))
                }
            }
        }
        for node in nodes {
            let units = Set(node.lines.flatMap { [$0.leftUnitCode, $0.rightUnitCode] })
            guard units.count >= 3, node.lines.count >= 2 else { continue }
            let sortedUnits = units.sorted()
            findings.append(Finding(
                .lineTriPoint, subjects: sortedUnits, location: .point(Point(try context.lonLat(node.at))), measured: .count(units.count),
                values: ["units": .text(sortedUnits.map { code in context.position(of: code).map { context.units[$0].label } ?? code }.joined(separator: "、")),
                         "lines": .text(node.lines.map(\.code).joined(separator: ", "))]))
        }
        return findings
    }

    /// One ``FindingCode/lineInvalid`` per registered line that is not a sound line: zero length, repeated
    /// consecutive points (located at the first), or crossing or touching itself (GEOS `isSimple`).
    /// - Throws: ``GeometryError`` or ``GeodesyError`` when GEOS or PROJ fails.
    public static func validity(_ context: CoverageContext, input: CheckInput) throws -> [Finding] {
        try validity(context, lines: projected(context, input))
    }

    /// ``validity(_:input:)`` on lines already in zone metres.
    static func validity(_ context: CoverageContext, lines: [ProjectedLine]) throws -> [Finding] {
        var findings: [Finding] = []
        for projected in lines {
            let line = projected.line
            func add(_ reason: LocalizedText, _ location: Geometry?) {
                findings.append(Finding(.lineInvalid, subjects: [line.code], location: location ?? line.geometry,
                                        values: ["line": label(line), "reason": .localized(reason)]))
            }
            if try context.geodesicLength(ofProjected: projected.metres) == 0 {
                add(LocalizedText(zh: "长度为零", en: "zero length"), nil)
                continue
            }
            let original = line.geometry?.lineStrings ?? []
            if let repeated = original.lazy.compactMap({ l in zip(l.coordinates, l.coordinates.dropFirst()).first { $0 == $1 }?.0 }).first {
                add(LocalizedText(zh: "有重复点", en: "repeated point"), .point(Point(repeated)))
            }
            if try !projected.native.isSimple() {
                add(LocalizedText(zh: "自相交或自接触", en: "crosses or touches itself"), nil)
            }
        }
        return findings
    }

    /// The point parts of a GEOS result.
    static func points(_ geometry: Geometry) -> [Coordinate] {
        switch geometry {
        case .point(let p): return [p.coordinate]
        case .multiPoint(let ps): return ps.map(\.coordinate)
        case .collection(let parts): return parts.flatMap(points)
        default: return []
        }
    }
}
