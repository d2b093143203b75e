import Foundation
import Gazetteer

/// Place names planted for `gazetteer names locate-check`: points registered in a unit they do not lie in, and
/// lines that leave the unit they are registered in.
///
/// The first is the classic flaw of census data: a village near a county boundary coded to the neighbouring county.
/// The points are written after the catalogue's names in `demo_names.csv` (ids continue its numbering); the lines,
/// which a CSV of points cannot hold, go to `demo_names_lines.geojson`. Each case is checked here against the demo
/// polygons, so a change of the partition that would dissolve a case stops the generator instead.
enum MisplacedNames {
    /// Points registered in `entry.place.unit` that lie in `actual` (at least 250 m from the claimed unit).
    static let misfiled: [(entry: AuthoredName, position: Coordinate, actual: String)] = [
        (AuthoredName("团结村", "Tuanjie", "village", Place(unit: "150725", site: .anywhere), roman: "Tuanjie Cun"),
         Coordinate(119.9332, 49.4151), "150702"),
        (AuthoredName("宝格德嘎查", "Baogede", "gacha", Place(unit: "150726", site: .anywhere), roman: "Baogede Gacha"),
         Coordinate(119.4582, 48.156), "150724"),
        (AuthoredName("红旗林场", "Hongqi", "farm", Place(unit: "150784", site: .anywhere), roman: "Hongqi Linchang"),
         Coordinate(121.0698, 51.4498), "150785"),
    ]

    /// Lines registered in `entry.place.unit` that cross its boundary.
    static let straddling: [(entry: AuthoredName, line: [Coordinate])] = [
        (AuthoredName("海巴路", "Haiba", "road", Place(unit: "150702", site: .anywhere), roman: "Haiba Lu"),
         [Coordinate(119.765, 49.213), Coordinate(119.755, 49.143)]),
        (AuthoredName("免渡河", "Miandu", "river", Place(unit: "150782", site: .anywhere), roman: "Miandu He"),
         [Coordinate(121.0, 49.1), Coordinate(120.6, 49.2), Coordinate(120.2, 49.25)]),
    ]

    /// The misfiled points as name records numbered after the first `count` names, each checked to lie in its
    /// `actual` unit and at least 250 m outside its claimed one.
    static func misfiledRecords(after count: Int, units polygons: [String: Polygon]) throws -> [PlaceNames.Record] {
        try misfiled.enumerated().map { (i, planted) in
            guard let claimed = polygons[planted.entry.place.unit], let actual = polygons[planted.actual] else {
                throw DemoDataError("planted name \(planted.entry.name): unknown unit")
            }
            let point = Geometry.point(Point(planted.position))
            guard try Geometry.polygon(actual).contains(point),
                  try Geometry.polygon(claimed).distance(to: point) > 0.0025 else {
                throw DemoDataError("planted name \(planted.entry.name) at \(planted.position) is not in \(planted.actual) away from \(planted.entry.place.unit)")
            }
            return PlaceNames.Record(id: id(count + i + 1), entry: planted.entry, position: planted.position)
        }
    }

    /// Writes the straddling lines, numbered after the first `count` names, to `path`; each must meet its claimed
    /// unit and leave it.
    static func writeLines(after count: Int, units polygons: [String: Polygon], to path: String) throws {
        var out = FeatureCollectionWriter(name: "demo_names_lines")
        for (i, planted) in straddling.enumerated() {
            let e = planted.entry
            guard let claimed = polygons[e.place.unit] else { throw DemoDataError("planted line \(e.name): unknown unit") }
            let line = Geometry.lineString(LineString(planted.line))
            guard try Geometry.polygon(claimed).intersects(line), !(try Geometry.polygon(claimed).covers(line)) else {
                throw DemoDataError("planted line \(e.name) does not cross the boundary of \(e.place.unit)")
            }
            let (specific, generic) = e.split
            let key = id(count + i + 1)
            out.add(id: key, properties: JSONObject([
                ("id", .string(key)), ("name", .string(e.name)), ("specific", .string(specific)), ("generic", .string(generic)),
                ("category", .string(NameCategories.category(of: e.subcategory)!)), ("subcategory", .string(e.subcategory)),
                ("unit", .string(e.place.unit)), ("romanized", .string(e.romanized)),
            ]), geometry: line, precision: 6)
        }
        try out.write(to: path)
    }

    /// The catalogue's id form: N and four digits.
    static func id(_ number: Int) -> String {
        let digits = String(number)
        return "N" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
