import Gazetteer

/// The facts the demo registry is built from, authored for this project.
///
/// Codes and names are the real GB/T 2260 codes and names of Hulunbuir's 14 county-level units; seat positions
/// are approximate real positions of their government seats (to about a kilometre). Geometry is schematic: the
/// outline is a coarse hand-drawn polygon of the city, and the units are built from it by ``Partition``.
enum Authored {
    /// One county-level unit.
    struct Unit {
        var code: String
        var name: String
        /// Romanization per the place-name rules (specific and generic written separately).
        var romanized: String
        /// GB/T 2260 level word: 区 district, 旗 banner, 自治旗 autonomous banner, 市 county-level city.
        var kind: String
        var seatName: String
        var seat: Coordinate
        /// Where the unit's Voronoi site lies (chosen so that each seat falls inside its own unit);
        /// `nil` for the three small urban units, which are drawn as explicit polygons instead.
        var site: Coordinate?
        /// The explicit polygon of a small urban unit.
        var shape: [Coordinate]?
    }

    static let units: [Unit] = [
        Unit(code: "150702", name: "海拉尔区", romanized: "Hailar Qu", kind: "区", seatName: "胜利街道",
             seat: Coordinate(119.7657, 49.2122), site: nil,
             shape: [Coordinate(119.45, 49.18), Coordinate(120.15, 49.16), Coordinate(120.25, 49.30), Coordinate(119.95, 49.42),
                     Coordinate(119.50, 49.36), Coordinate(119.45, 49.18)]),
        Unit(code: "150703", name: "扎赉诺尔区", romanized: "Jalainur Qu", kind: "区", seatName: "第三街道",
             seat: Coordinate(117.7165, 49.4862), site: nil,
             shape: [Coordinate(117.50, 49.42), Coordinate(117.80, 49.42), Coordinate(117.80, 49.56), Coordinate(117.50, 49.56),
                     Coordinate(117.50, 49.42)]),
        Unit(code: "150721", name: "阿荣旗", romanized: "Arun Qi", kind: "旗", seatName: "那吉镇",
             seat: Coordinate(123.4592, 48.1262), site: Coordinate(123.5, 48.5), shape: nil),
        Unit(code: "150722", name: "莫力达瓦达斡尔族自治旗", romanized: "Morin Dawa Daurzu Zizhiqi", kind: "自治旗", seatName: "尼尔基镇",
             seat: Coordinate(124.5096, 48.4778), site: Coordinate(124.5, 48.9), shape: nil),
        Unit(code: "150723", name: "鄂伦春自治旗", romanized: "Oroqen Zizhiqi", kind: "自治旗", seatName: "阿里河镇",
             seat: Coordinate(123.7260, 50.5918), site: Coordinate(124.0, 50.3), shape: nil),
        Unit(code: "150724", name: "鄂温克族自治旗", romanized: "Ewenkizu Zizhiqi", kind: "自治旗", seatName: "巴彦托海镇",
             seat: Coordinate(119.7550, 49.1430), site: Coordinate(120.0, 48.6), shape: nil),
        Unit(code: "150725", name: "陈巴尔虎旗", romanized: "Chen Barag Qi", kind: "旗", seatName: "巴彦库仁镇",
             seat: Coordinate(119.4370, 49.3280), site: Coordinate(119.3, 49.7), shape: nil),
        Unit(code: "150726", name: "新巴尔虎左旗", romanized: "Xin Barag Zuoqi", kind: "旗", seatName: "阿木古郎镇",
             seat: Coordinate(118.2696, 48.2184), site: Coordinate(118.7, 48.3), shape: nil),
        Unit(code: "150727", name: "新巴尔虎右旗", romanized: "Xin Barag Youqi", kind: "旗", seatName: "阿拉坦额莫勒镇",
             seat: Coordinate(116.8238, 48.6720), site: Coordinate(116.8, 48.5), shape: nil),
        Unit(code: "150781", name: "满洲里市", romanized: "Manzhouli Shi", kind: "市", seatName: "敖尔金街道",
             seat: Coordinate(117.3788, 49.5976), site: nil,
             shape: [Coordinate(117.25, 49.48), Coordinate(117.50, 49.48), Coordinate(117.50, 50.10), Coordinate(117.25, 50.10),
                     Coordinate(117.25, 49.48)]),
        Unit(code: "150782", name: "牙克石市", romanized: "Yakeshi Shi", kind: "市", seatName: "胜利街道",
             seat: Coordinate(120.7117, 49.2856), site: Coordinate(121.2, 49.5), shape: nil),
        Unit(code: "150783", name: "扎兰屯市", romanized: "Zalantun Shi", kind: "市", seatName: "兴华街道",
             seat: Coordinate(122.7375, 48.0136), site: Coordinate(122.3, 47.8), shape: nil),
        Unit(code: "150784", name: "额尔古纳市", romanized: "Ergun Shi", kind: "市", seatName: "拉布大林街道",
             seat: Coordinate(120.1787, 50.2432), site: Coordinate(120.3, 50.8), shape: nil),
        Unit(code: "150785", name: "根河市", romanized: "Genhe Shi", kind: "市", seatName: "河西街道",
             seat: Coordinate(121.5209, 50.7800), site: Coordinate(122.0, 51.5), shape: nil),
    ]

    /// The city outline, clockwise from the junction of the national border and the league line, in three runs:
    /// the national border (Mongolia, Russia), the provincial line with Heilongjiang (east), and the league
    /// line with Hinggan League (south). Each run ends where the next begins.
    static let nationalBorder: [Coordinate] = [
        Coordinate(119.75, 47.35), Coordinate(118.80, 47.75), Coordinate(117.80, 47.70), Coordinate(116.90, 47.85),
        Coordinate(115.55, 47.90), Coordinate(115.95, 48.55), Coordinate(116.35, 49.25), Coordinate(116.72, 49.85),
        Coordinate(117.85, 49.95), Coordinate(118.60, 50.15), Coordinate(119.30, 50.35), Coordinate(119.60, 51.00),
        Coordinate(120.10, 51.70), Coordinate(120.80, 52.45), Coordinate(121.50, 52.95), Coordinate(122.35, 53.30),
    ]
    static let provincialLine: [Coordinate] = [
        Coordinate(122.35, 53.30), Coordinate(122.95, 52.75), Coordinate(123.55, 52.10), Coordinate(123.75, 51.35),
        Coordinate(124.55, 50.95), Coordinate(125.30, 50.75), Coordinate(125.95, 50.45), Coordinate(126.05, 49.85),
        Coordinate(125.55, 49.40), Coordinate(125.30, 48.90), Coordinate(125.20, 48.35), Coordinate(124.65, 48.00),
        Coordinate(124.00, 47.75), Coordinate(123.45, 47.55),
    ]
    static let leagueLine: [Coordinate] = [
        Coordinate(123.45, 47.55), Coordinate(122.85, 47.30), Coordinate(122.30, 47.15), Coordinate(121.55, 47.20),
        Coordinate(120.85, 47.40), Coordinate(120.25, 47.30), Coordinate(119.75, 47.35),
    ]

    /// The outline as one closed ring.
    static var outline: Polygon {
        Polygon(exterior: nationalBorder + provincialLine.dropFirst() + leagueLine.dropFirst())
    }
}
