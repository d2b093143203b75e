import Foundation
import Gazetteer

/// Reference landmarks (方位物) of a marker post: obvious, fixed, durable features near it, each with its azimuth
/// and distance from the post, as the 界桩登记表 records them (GB/T 17796 asks for at least three; county forms often
/// hold two).
///
/// The kinds of feature follow the land cover around the post (``Terrain/Cover``); posts on the banks of the 嫩江
/// get river-bank features. Names carrying a number (a pylon, a milestone) draw it from the stream.
struct Landmark {
    var name: String
    /// Degrees clockwise from true north, from the post to the landmark.
    var bearing: Double
    /// Metres from the post.
    var distance: Double

    /// As the `landmarks` property holds it.
    var json: JSONValue {
        .object(JSONObject([("name", .string(name)), ("bearing", .number(bearing)), ("distance", .number(distance))]))
    }

    private static let grassland = [
        "敖包", "网围栏拐角", "牧户棚圈西北角", "饮水井", "110千伏线路铁塔#号", "草原防火隔离带拐点", "三角点", "砂石路岔口",
        "风力发电机#号",
    ]
    private static let forest = [
        "独立落叶松", "林区防火道交叉口", "护林防火瞭望塔", "第#林班界桩", "集材道路口", "废弃森林铁路路基", "白桦林缘拐角",
        "林区公路里程碑K#",
    ]
    private static let farmland = [
        "机耕路交叉口", "农田防护林带拐角", "灌渠涵洞", "10千伏线路电杆#号", "村道桥涵", "砖砌机井房", "公路里程碑K#",
    ]
    private static let riverBank = [
        "嫩江堤防里程桩K#", "江岸独立柳树", "水文标志牌", "渡口码头", "护岸丁坝#号", "排涝闸",
    ]

    /// `count` landmarks for a post at `position`; `onRiverBank` for a post of a 嫩江 pair.
    static func around(_ position: Coordinate, count: Int, onRiverBank: Bool, using rng: inout SeededGenerator) -> [Landmark] {
        let pool: [String]
        if onRiverBank {
            pool = riverBank
        } else {
            switch Terrain.cover(at: position) {
            case .grassland: pool = grassland
            case .forest: pool = forest
            case .farmland: pool = farmland
            }
        }
        return rng.pick(count, of: pool).map { template in
            let name = template.replacingOccurrences(of: "#", with: String(rng.integer(3...180)))
            return Landmark(name: name, bearing: rounded(rng.uniform(0, 360), 1), distance: rounded(rng.uniform(18, 380), 1))
        }
    }
}
