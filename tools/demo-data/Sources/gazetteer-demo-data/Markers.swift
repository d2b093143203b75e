import Gazetteer

/// One post of a boundary marker (界桩), as written to the `markers` layer. A same-number pair or triple is two or
/// three posts sharing a sequence number, told apart by the type letter.
struct DemoMarker {
    var number: String
    var line: String
    var sequence: Int
    var kind: MarkerKind
    var faces: Int
    /// The registered position.
    var position: Coordinate
    /// Where the marker's number belongs on its line: the post's own position for a single, the point on the line
    /// between the two posts of a pair, the junction for a triple.
    var linePoint: Coordinate
    /// The azimuth of the line at ``linePoint`` in numbering order (`nil` at a junction).
    var lineAzimuth: Double?
    var height: Double
    var surveyCRS: String
    var accuracy: Double
    var material: String
    var emplaced: DemoDate
    var deviceId: String?
    var landmarks: [Landmark]
    var status: MarkerStatus
}

/// Places and numbers the markers of every line.
///
/// Spacing: provincial and prefectural lines every 15–40 km, county lines every 20–50 km (a short county line gets
/// one marker at its middle), drawn from a stream seeded by the line code. Numbering runs from 001 in the line's
/// numbering sense (``NumberingPath``), continuing across the pieces of a line in several parts.
///
/// Numbers: 蒙黑线 uses the 8-character provincial form of GB/T 17796 — line code 1523, 3-digit sequence, type letter
/// (`1523001Q`; a 嫩江 pair `1523021A`/`1523021B`, A on the Inner Mongolia side, the side of the smaller province
/// code; the triple at its southern end `1523nnnC/D/E`). League and county lines use this project's local form: the
/// line code, a hyphen, the 3-digit sequence, and for the posts of a pair or triple the same type letter, e.g.
/// `150700-152200-012`, `150702-150724-003`, `150702-150724-001C`.
///
/// Positions: a single stands on its line (interpolated on the line's straight lon/lat segment, so within a millimetre
/// of it as written); the posts of a pair stand 15–40 m either side of the line (30–80 m apart), perpendicular to it;
/// the posts of a triple stand 20–35 m from the junction, each in its own unit, on the bisector of that unit's corner.
/// Exceptions are listed in ``MarkerConditions``: displaced markers are registered where they were found, 5–50 m off.
enum Markers {
    /// How far apart markers stand on lines of each level, in metres.
    private static func spacing(_ level: BoundaryLevel) -> ClosedRange<Double> {
        switch level {
        case .provincial, .prefectural: return 15_000...40_000
        case .county: return 20_000...50_000
        }
    }

    /// A station along a line: one marker number, before its posts are set out.
    private enum Station {
        case onLine(Coordinate, azimuth: Double, pair: Bool)
        case junction(Junction)
    }

    /// The markers of all `lines`, line by line in the order given, each line in sequence order.
    static func build(lines: [DemoLine], units polygons: [String: Polygon]) throws -> [DemoMarker] {
        let junctions = try Junction.find(in: lines)
        let outline = try Geometry.polygon(Authored.outline).prepared()
        var markers: [DemoMarker] = []
        for line in lines {
            var rng = SeededGenerator(label: "markers/\(line.code)")
            // The side of the smaller unit code: Inner Mongolia / Hulunbuir for the outer lines, the left unit otherwise.
            let smallerSide = line.level == .county ? try Geometry.polygon(polygons[line.leftUnit]!).prepared() : outline
            let stations = try self.stations(line, junctions: junctions.filter { $0.ownerLine == line.code }, rng: &rng)
            for (i, station) in stations.enumerated() {
                let sequence = i + 1
                let (linePoint, lineAzimuth, posts) = try setOut(station, line: line, smallerSide: smallerSide, units: polygons, rng: &rng)
                let ground = Terrain.height(at: linePoint) + rng.uniform(-15, 15)
                let emplaced = emplacement(line, sequence: sequence)
                for post in posts {
                    let kind: MarkerKind = posts.count == 1 ? .single : posts.count == 2 ? .pair : .triple
                    markers.append(DemoMarker(
                        number: number(line, sequence: sequence, letter: post.letter, alone: posts.count == 1),
                        line: line.code, sequence: sequence, kind: kind, faces: post.faces,
                        position: post.position, linePoint: linePoint, lineAzimuth: lineAzimuth, height: rounded(ground + rng.uniform(-1, 1), 2),
                        surveyCRS: "EPSG:\(try GaussKrugerZone(longitude: post.position.x).epsgCode)",
                        accuracy: line.level == .provincial ? 0.05 : line.level == .prefectural ? 0.1 : 0.2,
                        material: material(line.level, using: &rng), emplaced: emplaced, deviceId: nil,
                        landmarks: Landmark.around(post.position, count: line.level == .county ? rng.integer(2...3) : 3,
                                                   onRiverBank: kind == .pair, using: &rng),
                        status: .intact))
                }
            }
        }
        return try MarkerConditions.apply(to: markers)
    }

    /// A post as set out on the ground: its type letter, position and number of faces.
    private typealias Post = (letter: Character, position: Coordinate, faces: Int)

    /// The posts of a station, with the point and azimuth of the line the station belongs to.
    private static func setOut(_ station: Station, line: DemoLine, smallerSide: PreparedGeometry, units polygons: [String: Polygon],
                               rng: inout SeededGenerator) throws -> (Coordinate, Double?, [Post]) {
        switch station {
        case .onLine(let c, let azimuth, let pair):
            guard pair else { return (c, azimuth, [("Q", c, 2)]) }
            let left = try Geodesic.cgcs2000.direct(from: c, azimuth: azimuth - 90, distance: rng.uniform(15, 40))
            let right = try Geodesic.cgcs2000.direct(from: c, azimuth: azimuth + 90, distance: rng.uniform(15, 40))
            let leftIsSmaller = try smallerSide.contains(left)
            return (c, azimuth, [("A", leftIsSmaller ? left : right, 2), ("B", leftIsSmaller ? right : left, 2)])
        case .junction(let junction):
            let letters: [Character] = ["C", "D", "E"]
            var posts: [Post] = []
            for (k, sector) in try junction.sectors().enumerated() {
                let p = try Geodesic.cgcs2000.direct(from: junction.position, azimuth: sector.azimuth, distance: rng.uniform(20, 35))
                if let unit = polygons[sector.unit], try !Geometry.polygon(unit).contains(.point(Point(p))) {
                    throw DemoDataError("triple post \(letters[k]) of \(line.code) falls outside \(sector.unit)")
                }
                posts.append((letters[k], p, 3))
            }
            return (junction.position, nil, posts)
        }
    }

    /// The stations of `line` in numbering order.
    private static func stations(_ line: DemoLine, junctions: [Junction], rng: inout SeededGenerator) throws -> [Station] {
        let gap = spacing(line.level)
        let river = line.code == LineFacts.provincialCode
            ? line.path.stretch(between: LineFacts.nenRiverStretch.north, and: LineFacts.nenRiverStretch.south) : nil
        var result: [Station] = []
        for piece in line.path.pieces {
            let startJunction = junctions.first { $0.position == piece.coordinates[0] }
            let endJunction = junctions.first { $0.position == piece.coordinates.last! }
            if let startJunction { result.append(.junction(startJunction)) }
            var distances: [Double] = []
            var d = startJunction == nil ? rng.uniform(0.25, 0.6) * rng.uniform(gap.lowerBound, gap.upperBound)
                                         : rng.uniform(gap.lowerBound, gap.upperBound)
            while d < piece.length - 0.4 * gap.lowerBound {
                distances.append(d)
                d += rng.uniform(gap.lowerBound, gap.upperBound)
            }
            if distances.isEmpty && startJunction == nil && endJunction == nil { distances = [piece.length / 2] }
            for distance in distances {
                let (c, azimuth) = try piece.point(at: distance)
                result.append(.onLine(c, azimuth: azimuth, pair: river.map { $0.contains(distance) } ?? false))
            }
            if let endJunction { result.append(.junction(endJunction)) }
        }
        return result
    }

    /// The registered number of a post.
    static func number(_ line: DemoLine, sequence: Int, letter: Character, alone: Bool) -> String {
        if line.level == .provincial {
            return ProvincialMarkerNumber(lineCode: line.code, sequence: sequence, typeLetter: letter)!.description
        }
        let digits = String(sequence)
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        return "\(line.code)-\(padded)" + (alone ? "" : String(letter))
    }

    /// Granite for most provincial markers, concrete for most county markers.
    private static func material(_ level: BoundaryLevel, using rng: inout SeededGenerator) -> String {
        let granite: Double = level == .provincial ? 0.9 : level == .prefectural ? 0.6 : 0.2
        return rng.chance(granite) ? "花岗岩" : "混凝土"
    }

    /// When the markers of a line were set: the 蒙黑线 survey of summer 2001, 呼兴线 in spring 2003, a county line in
    /// the months before its agreement (or the 1998 survey for lines without one), working along the line.
    private static func emplacement(_ line: DemoLine, sequence: Int) -> DemoDate {
        switch line.level {
        case .provincial: return DemoDate(2001, 5, 20).adding(days: 2 * sequence)
        case .prefectural: return DemoDate(2003, 4, 22).adding(days: sequence)
        case .county:
            let start = line.agreement.map { $0.date.adding(days: -150) } ?? DemoDate(1998, 6, 1)
            return start.adding(days: 3 * sequence)
        }
    }

    /// Writes `demo_markers.geojson`.
    static func write(_ markers: [DemoMarker], to path: String) throws {
        var file = FeatureCollectionWriter(name: "demo_markers")
        for m in markers {
            var p = PropertyList()
            p.add("number", m.number)
            p.add("line", m.line)
            p.add("kind", m.kind.rawValue)
            p.add("faces", m.faces)
            p.add("height", m.height)
            p.add("survey_crs", m.surveyCRS)
            p.add("accuracy", m.accuracy)
            p.add("material", m.material)
            p.add("emplaced", m.emplaced.text)
            p.add("device_id", m.deviceId)
            p.add("landmarks", json: .array(m.landmarks.map(\.json)))
            p.add("status", m.status.rawValue)
            file.add(id: m.number, properties: p.object, geometry: .point(Point(m.position)), precision: 8)
        }
        try file.write(to: path)
    }
}
