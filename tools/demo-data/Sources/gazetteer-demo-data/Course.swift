import Gazetteer

/// Writes the course description (走向说明) of a line, as the annex of an agreement gives it: where the line
/// starts, the legs it runs on by 16-point compass direction (see ``Compass``) and their lengths, where it ends,
/// and its overall trend, e.g. "界线起于…，先向东南约85公里，再向南约40公里，止于…。全长约125公里，总体自西北向东南走向。"
///
/// Lengths are geodesic on CGCS2000, walked in marker-numbering order (``NumberingPath``).
struct Course {
    private let outerRuns: [(line: PreparedGeometry, outside: String?)]
    private let units: [(code: String, name: String, area: PreparedGeometry)]

    /// A describer for `lines` over the unit `polygons`.
    init(lines: [DemoLine], units polygons: [String: Polygon]) throws {
        outerRuns = [
            (try Geometry.lineString(LineString(Authored.provincialLine)).prepared(), "黑龙江省"),
            (try Geometry.lineString(LineString(Authored.leagueLine)).prepared(), "兴安盟"),
            (try Geometry.lineString(LineString(Authored.nationalBorder)).prepared(), nil),
        ]
        units = try Authored.units.map { ($0.code, $0.name, try Geometry.polygon(polygons[$0.code]!).prepared()) }
    }

    /// The description of `line`.
    func describe(_ line: DemoLine) throws -> String {
        let path = line.path
        var text = ""
        switch line.level {
        case .provincial:
            text = try piece(path.pieces[0], from: LineFacts.provincialEnds.north, to: LineFacts.provincialEnds.south)
            text += nenRiverNote(path)
        case .prefectural:
            text = try piece(path.pieces[0], from: LineFacts.leagueEnds.west, to: LineFacts.leagueEnds.east)
        case .county:
            let parts = try path.pieces.map { p in
                try piece(p, from: try junction(p.coordinates[0]), to: try junction(p.coordinates.last!))
            }
            if parts.count == 1 {
                text = parts[0]
            } else {
                let ordinals = ["一", "二", "三", "四", "五"]
                let counts = ["一", "两", "三", "四", "五"]
                text = "本线分\(counts[parts.count - 1])段。"
                    + parts.enumerated().map { "第\(ordinals[$0.offset])段\($0.element)" }.joined()
            }
        }
        let overall = try Geodesic.cgcs2000.inverse(from: path.start, to: path.end).initialAzimuth
        return text + "全长约\(kilometres(path.length))公里，总体\(Compass.course(overall))走向。"
    }

    /// "界线起于A，先向东南约85公里，再向南约40公里，止于B。"
    private func piece(_ p: NumberingPath.Piece, from start: String, to end: String) throws -> String {
        var legs: [(point: String, metres: Double)] = []
        for i in 1..<p.coordinates.count {
            let leg = try Geodesic.cgcs2000.inverse(from: p.coordinates[i - 1], to: p.coordinates[i])
            let point = Compass.point(leg.initialAzimuth)
            if let last = legs.last, last.point == point {
                legs[legs.count - 1].metres += leg.distance
            } else {
                legs.append((point, leg.distance))
            }
        }
        let walk: String
        if legs.count == 1 {
            walk = "向\(legs[0].point)延伸约\(kilometres(legs[0].metres))公里"
        } else {
            walk = legs.enumerated().map { (i, leg) in
                (i == 0 ? "先" : "再") + "向\(leg.point)约\(kilometres(leg.metres))公里"
            }.joined(separator: "，")
        }
        return "界线起于\(start)，\(walk)，止于\(end)。"
    }

    /// Where a county-line piece starts or ends: a point where three units meet, or where two units meet an
    /// outer line, with its position to the minute (the same three units can meet twice).
    private func junction(_ c: Coordinate) throws -> String {
        let names = try units.filter { try $0.area.covers(c) }.map(\.name).joined(separator: "、")
        let position = "（东经\(Self.degreesMinutes(c.x))、北纬\(Self.degreesMinutes(c.y))）"
        for run in outerRuns where try run.line.isWithinDistance(1e-9, of: .point(Point(c))) {
            if let outside = run.outside { return "\(names)与\(outside)交会点\(position)" }
            return "\(names)界线与国界线交会处\(position)"
        }
        return "\(names)交会点\(position)"
    }

    /// 119°41′ for 119.686 (rounded to the minute).
    private static func degreesMinutes(_ value: Double) -> String {
        let minutes = Int((value * 60).rounded())
        let m = minutes % 60
        return "\(minutes / 60)°\(m < 10 ? "0" : "")\(m)′"
    }

    /// The sentence on the river stretch of 蒙黑线.
    private func nenRiverNote(_ path: NumberingPath) -> String {
        guard let river = path.stretch(between: LineFacts.nenRiverStretch.north, and: LineFacts.nenRiverStretch.south) else { return "" }
        return "其中距起点约\(kilometres(river.lowerBound))公里至\(kilometres(river.upperBound))公里一段以嫩江主航道中心线为界，界桩于两岸同号双立。"
    }

    private func kilometres(_ metres: Double) -> Int {
        max(1, Int((metres / 1000).rounded()))
    }
}
