import Foundation
import Gazetteer

/// Where an authored place name stands: the unit it belongs to and how its point is found.
struct Place {
    /// How the point is found.
    enum Site {
        /// An approximate real position (to a kilometre or so), which must fall inside the unit's demo polygon.
        case at(Coordinate)
        /// A point drawn within `km` of an anchor (a town centre), inside the unit.
        case near(Coordinate, km: Double)
        /// A point drawn anywhere inside the unit, at least 3 km from its boundary.
        case anywhere
    }

    var unit: String
    var site: Site

    /// At a known position in unit `unit`.
    static func at(_ lon: Double, _ lat: Double, _ unit: String) -> Place {
        Place(unit: unit, site: .at(Coordinate(lon, lat)))
    }

    /// Somewhere in unit `unit`.
    static func inUnit(_ unit: String) -> Place {
        Place(unit: unit, site: .anywhere)
    }

    /// Built-up areas: town centres with the radius their streets and estates are scattered over.
    static let hailar = Place(unit: "150702", site: .near(Coordinate(119.765, 49.213), km: 3.0))
    static let manzhouli = Place(unit: "150781", site: .near(Coordinate(117.430, 49.590), km: 2.5))
    static let jalainur = Place(unit: "150703", site: .near(Coordinate(117.705, 49.470), km: 2.0))
    static let yakeshi = Place(unit: "150782", site: .near(Coordinate(120.712, 49.286), km: 2.5))
    static let zalantun = Place(unit: "150783", site: .near(Coordinate(122.738, 48.014), km: 2.5))
    static let labudalin = Place(unit: "150784", site: .near(Coordinate(120.179, 50.243), km: 2.0))
    static let genhe = Place(unit: "150785", site: .near(Coordinate(121.521, 50.780), km: 2.0))
    static let alihe = Place(unit: "150723", site: .near(Coordinate(123.726, 50.592), km: 1.5))
    static let nierji = Place(unit: "150722", site: .near(Coordinate(124.510, 48.478), km: 2.0))
    static let naji = Place(unit: "150721", site: .near(Coordinate(123.459, 48.126), km: 2.0))
    static let bayantohoi = Place(unit: "150724", site: .near(Coordinate(119.755, 49.143), km: 1.2))
    static let bayanhure = Place(unit: "150725", site: .near(Coordinate(119.437, 49.328), km: 1.0))
    static let amgalang = Place(unit: "150726", site: .near(Coordinate(118.270, 48.218), km: 1.5))
    static let altanemel = Place(unit: "150727", site: .near(Coordinate(116.824, 48.672), km: 1.5))
}

/// Approval of a name: the approving authority, its decision number and date (all invented for the demo).
struct Approval {
    var authority: String
    var decision: String
    var date: DemoDate
}

/// The short name the catalogue files use for their entries.
typealias Entry = AuthoredName

/// One place name as authored in the catalogue files (Names*.swift).
///
/// Only the Chinese name, the romanization of its specific, its subcategory and place are required; the generic and
/// its romanization come from ``Generics``. `roman` replaces the whole romanized form where it does not follow that
/// pattern: Mongolian-origin generics (Hulun Nur) — and, deliberately, the faulty forms a name office has to catch.
struct AuthoredName {
    var name: String
    var pinyin: String
    var subcategory: String
    var place: Place
    var roman: String?
    var mongolian: String?
    var latin: String?
    var aliases: [String]
    var historical: [String]
    var meaning: String?
    var origin: String?
    var approval: Approval?
    var width: Double?
    var land: Double?
    var floor: Double?
    var storeys: Int?

    init(_ name: String, _ pinyin: String, _ subcategory: String, _ place: Place, roman: String? = nil,
         mongolian: String? = nil, latin: String? = nil, aliases: [String] = [], historical: [String] = [],
         meaning: String? = nil, origin: String? = nil, approval: Approval? = nil,
         width: Double? = nil, land: Double? = nil, floor: Double? = nil, storeys: Int? = nil) {
        self.name = name
        self.pinyin = pinyin
        self.subcategory = subcategory
        self.place = place
        self.roman = roman
        self.mongolian = mongolian
        self.latin = latin
        self.aliases = aliases
        self.historical = historical
        self.meaning = meaning
        self.origin = origin
        self.approval = approval
        self.width = width
        self.land = land
        self.floor = floor
        self.storeys = storeys
    }

    /// The specific and generic (the generic empty when the name ends in none).
    var split: (specific: String, generic: String) {
        Generics.split(name) ?? (name, "")
    }

    /// The romanized form: `roman` when given, else the specific's pinyin and the generic's, written separately.
    var romanized: String {
        if let roman { return roman }
        let generic = split.generic
        return generic.isEmpty ? pinyin : "\(pinyin) \(Generics.pinyin[generic]!)"
    }
}

/// Builds the names layer from the catalogue: assigns ids, places every name at a point inside its unit's demo
/// polygon (checked with the Geometry layer), and writes `demo_names.csv`.
///
/// The catalogue deliberately includes about one name in ten with the faults a name office meets (大, 洋, 怪, 重,
/// stacked generics, English generics or a missing apostrophe in the romanization, 广场 on a small plot, Mongolian
/// names spelt from the characters). They are marked by their content only, as a real register would hold them,
/// so that the checker has something to find; ``NameCatalogue/problemNames`` lists them for tests.
enum PlaceNames {
    /// A name with its id and point.
    struct Record {
        var id: String
        var entry: AuthoredName
        var position: Coordinate
    }

    static let header = [
        "id", "name", "specific", "generic", "category", "subcategory", "unit", "romanized", "mongolian", "mongolian_latin",
        "aliases", "historical", "meaning", "origin", "authority", "decision", "approved", "status", "road_width",
        "land_area", "floor_area", "storeys", "valid_from", "valid_to", "lon", "lat",
    ]

    /// The catalogue placed in the unit `polygons`.
    static func build(units polygons: [String: Polygon]) throws -> [Record] {
        var areas: [String: (area: PreparedGeometry, inner: PreparedGeometry)] = [:]
        for (code, polygon) in polygons {
            let g = Geometry.polygon(polygon)
            areas[code] = (try g.prepared(), try g.buffer(by: -0.04).prepared())
        }
        for p in NameCatalogue.problemNames where !NameCatalogue.all.contains(where: { $0.name == p.name && $0.place.unit == p.unit }) {
            throw DemoDataError("problem name \(p.name) in \(p.unit) is not in the catalogue")
        }
        var records: [Record] = []
        for (i, entry) in NameCatalogue.all.enumerated() {
            let digits = String(i + 1)
            let id = "N" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            guard NameCategories.category(of: entry.subcategory) != nil else {
                throw DemoDataError("\(id) \(entry.name): unknown subcategory \(entry.subcategory)")
            }
            guard let unit = areas[entry.place.unit] else { throw DemoDataError("\(id) \(entry.name): unknown unit \(entry.place.unit)") }
            var rng = SeededGenerator(label: "names/\(entry.place.unit)/\(entry.name)/\(i)")
            let position: Coordinate
            switch entry.place.site {
            case .at(let c):
                guard try unit.area.contains(c) else {
                    let actual = try areas.keys.sorted().first { try areas[$0]!.area.contains(c) } ?? "none"
                    throw DemoDataError("\(id) \(entry.name) at \(c) lies in unit \(actual), not \(entry.place.unit)")
                }
                position = c
            case .near(let centre, let km):
                position = try draw(in: unit.area, using: &rng) {
                    try Geodesic.cgcs2000.direct(from: centre, azimuth: $0.uniform(0, 360), distance: 1000 * km * $0.unit().squareRoot())
                }
            case .anywhere:
                let e = unit.inner.envelope
                position = try draw(in: unit.inner, using: &rng) { Coordinate($0.uniform(e.minX, e.maxX), $0.uniform(e.minY, e.maxY)) }
            }
            records.append(Record(id: id, entry: entry, position: position))
        }
        return records
    }

    /// The first of up to 1000 candidate points, rounded to 6 decimals as written, that falls inside `area`.
    private static func draw(in area: PreparedGeometry, using rng: inout SeededGenerator,
                             _ candidate: (inout SeededGenerator) throws -> Coordinate) throws -> Coordinate {
        for _ in 0..<1000 {
            let raw = try candidate(&rng)
            let c = Coordinate(rounded(raw.x, 6), rounded(raw.y, 6))
            if try area.contains(c) { return c }
        }
        throw DemoDataError("no point found inside the unit")
    }

    /// The records holding a deliberately faulty name (see ``NameCatalogue/problemNames``).
    static func problems(_ records: [Record]) -> [Record] {
        records.filter { r in NameCatalogue.problemNames.contains { $0.name == r.entry.name && $0.unit == r.entry.place.unit } }
    }

    /// Writes `demo_names.csv` with the registry's CSV writer: UTF-8 with a byte-order mark, CRLF, quotes only
    /// where needed, as the registry exports CSV for Excel. `status` is left empty (standard, the default) for every
    /// name, faulty ones included: finding them is the checker's job. `valid_from`/`valid_to` are left empty too.
    static func write(_ records: [Record], to path: String) throws {
        var csv = CSVWriter()
        csv.writeRecord(header)
        func number(_ value: Double?) -> String {
            value.map { JSONWriter.formatFixed($0, decimals: 2) } ?? ""
        }
        for r in records {
            let e = r.entry
            let (specific, generic) = e.split
            csv.writeRecord([
                r.id, e.name, specific, generic, NameCategories.category(of: e.subcategory)!, e.subcategory, e.place.unit,
                e.romanized, e.mongolian ?? "", e.latin ?? "", e.aliases.joined(separator: ";"),
                e.historical.joined(separator: ";"), e.meaning ?? "", e.origin ?? "", e.approval?.authority ?? "",
                e.approval?.decision ?? "", e.approval?.date.text ?? "", "", number(e.width),
                number(e.land), number(e.floor), e.storeys.map(String.init) ?? "", "", "",
                JSONWriter.formatFixed(r.position.x, decimals: 6), JSONWriter.formatFixed(r.position.y, decimals: 6),
            ])
        }
        try Data(csv.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
