import Gazetteer

/// A boundary line of the demo registry, as written to the `lines` layer.
struct DemoLine {
    var code: String
    var name: String
    var level: BoundaryLevel
    /// The unit on the left and right walking the line in its digitised direction; always the smaller code on the left.
    var leftUnit: String
    var rightUnit: String
    /// The line's pieces, each digitised with ``leftUnit`` on its left. Only county lines have more than one.
    var pieces: [[Coordinate]]
    var agreement: LineFacts.Agreement?
    var course: String?
    var status: BoundaryStatus
    /// The line walked in marker-numbering order.
    var path: NumberingPath

    /// A LineString, or a MultiLineString for a line in several pieces.
    var geometry: Geometry {
        pieces.count == 1 ? .lineString(LineString(pieces[0])) : .multiLineString(pieces.map(LineString.init))
    }
}

/// Builds the boundary lines: the provincial line 蒙黑线 and the prefectural line 呼兴线 from the authored outline
/// runs, and the county lines from the shared edges of neighbouring unit polygons.
///
/// Direction: every line is digitised so that the unit with the smaller code lies on its left (蒙黑线 south→north
/// with 150000 on the left, 呼兴线 west→east with 150700 on the left, county lines likewise), which keeps left and
/// right predictable without a per-line table.
///
/// County lines: one line per pair of units whose boundaries share a stretch of positive length (GEOS intersection
/// of the two boundaries, line-merged). A pair sharing several disjoint stretches gets ONE line, a MultiLineString:
/// a line code names a pair of units, and the registry keeps one record per code. With the demo partition this gives
/// 25 county lines in 27 pieces (鄂温克—陈巴尔虎 is cut in two by 海拉尔, 新右旗—满洲里 by 扎赉诺尔), against the 26
/// pairs of the real data and the 28 lines of the project plan: the schematic partition lacks 扎赉诺尔—新左旗 and
/// 新左旗—满洲里 and has 陈巴尔虎—新右旗, which the real units do not. Counts are derived, never asserted.
enum Lines {
    /// The lines: provincial first, then prefectural, then county lines by code.
    static func build(units polygons: [String: Polygon]) throws -> [DemoLine] {
        var lines: [DemoLine] = []
        let provincial = Array(Authored.provincialLine.reversed())
        lines.append(DemoLine(
            code: LineFacts.provincialCode, name: LineFacts.provincialName, level: .provincial,
            leftUnit: "150000", rightUnit: "230000", pieces: [provincial], agreement: LineFacts.provincialAgreement,
            course: nil, status: .agreed, path: try NumberingPath([provincial])))
        let league = Array(Authored.leagueLine.reversed())
        lines.append(DemoLine(
            code: LineFacts.leagueCode, name: LineFacts.leagueName, level: .prefectural,
            leftUnit: "150700", rightUnit: "152200", pieces: [league], agreement: LineFacts.leagueAgreement,
            course: nil, status: .agreed, path: try NumberingPath([league])))
        lines += try countyLines(polygons)
        try checkFacts(lines)
        let course = try Course(lines: lines, units: polygons)
        for i in lines.indices where lines[i].agreement != nil {
            lines[i].course = try course.describe(lines[i])
        }
        return lines
    }

    /// One line per pair of units sharing a stretch of boundary.
    private static func countyLines(_ polygons: [String: Polygon]) throws -> [DemoLine] {
        let units = Authored.units.sorted { $0.code < $1.code }
        var result: [DemoLine] = []
        for (i, a) in units.enumerated() {
            let areaA = Geometry.polygon(polygons[a.code]!)
            let boundaryA = try areaA.boundary()
            let preparedA = try areaA.prepared()
            for b in units[(i + 1)...] {
                let shared = try boundaryA.intersection(Geometry.polygon(polygons[b.code]!).boundary())
                let segments = shared.lineStrings.filter { $0.coordinates.count >= 2 }
                guard !segments.isEmpty else { continue }
                let merged = try Geometry.multiLineString(segments).lineMerged().lineStrings
                let pieces = try merged.map { try orient($0.coordinates, leftInside: preparedA) }
                let code = "\(a.code)-\(b.code)"
                let disputed = code == LineFacts.disputedCountyLine
                result.append(DemoLine(
                    code: code, name: "\(LineFacts.shortNames[a.code]!)—\(LineFacts.shortNames[b.code]!)线", level: .county,
                    leftUnit: a.code, rightUnit: b.code, pieces: pieces,
                    agreement: disputed ? nil : LineFacts.countyAgreement(code, a, b), course: nil,
                    status: disputed ? .disputed : .agreed, path: try NumberingPath(pieces)))
            }
        }
        return result
    }

    /// `piece` reversed if needed so that the polygon `left` lies on its left.
    private static func orient(_ piece: [Coordinate], leftInside left: PreparedGeometry) throws -> [Coordinate] {
        let i = (piece.count - 1) / 2
        let a = piece[i], b = piece[i + 1]
        let dx = b.x - a.x, dy = b.y - a.y
        let norm = (dx * dx + dy * dy).squareRoot()
        let probe = Coordinate((a.x + b.x) / 2 - dy / norm * 1e-5, (a.y + b.y) / 2 + dx / norm * 1e-5)
        return try left.contains(probe) ? piece : piece.reversed()
    }

    /// Every authored agreement and the disputed line must name a derived line, or the facts have gone stale.
    private static func checkFacts(_ lines: [DemoLine]) throws {
        let codes = Set(lines.map(\.code))
        for code in LineFacts.countyAgreementDates.keys.sorted() + [LineFacts.disputedCountyLine] where !codes.contains(code) {
            throw DemoDataError("authored facts name line \(code), which the partition does not produce")
        }
    }

    /// Writes `demo_lines.geojson`.
    static func write(_ lines: [DemoLine], to path: String) throws {
        var file = FeatureCollectionWriter(name: "demo_lines")
        for line in lines {
            var p = PropertyList()
            p.add("code", line.code)
            p.add("name", line.name)
            p.add("level", line.level.rawValue)
            p.add("left_unit", line.leftUnit)
            p.add("right_unit", line.rightUnit)
            p.add("agreement", line.agreement?.title)
            p.add("agreement_date", line.agreement?.date.text)
            p.add("course", line.course)
            p.add("status", line.status.rawValue)
            file.add(id: line.code, properties: p.object, geometry: line.geometry, precision: 6)
        }
        try file.write(to: path)
    }
}
