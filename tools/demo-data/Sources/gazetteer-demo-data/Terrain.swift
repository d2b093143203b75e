import Foundation
import Gazetteer

/// A schematic terrain model of Hulunbuir for marker heights and landmark choice.
///
/// The Greater Khingan (大兴安岭) ridge runs north-north-east through the city; west of it lies the Hulunbuir
/// plateau (grassland at 550–700 m), east of it the forest slopes fall to the Nen River plain (farmland at
/// 180–300 m). The model is a smooth function of position, good to a few hundred metres at best: enough for
/// plausible marker heights, not for anything measured.
enum Terrain {
    /// The land cover that decides which reference landmarks (方位物) a marker has.
    enum Cover {
        case grassland, forest, farmland
    }

    /// Longitude of the ridge crest at `latitude`.
    private static func ridgeLongitude(_ latitude: Double) -> Double {
        120.3 + (latitude - 47.2) * 0.36
    }

    /// Signed distance east of the ridge in degrees of longitude.
    private static func eastOfRidge(_ c: Coordinate) -> Double {
        c.x - ridgeLongitude(c.y)
    }

    /// The ground height at `c` in metres.
    static func height(at c: Coordinate) -> Double {
        let d = eastOfRidge(c)
        // Crest heights rise from about 900 m in the south to 1150 m in the middle (根河, 奥科里堆山 1530 m lies
        // near the crest), and fall towards the Heilongjiang (Amur) valley in the far north.
        let crest = 900 + 250 * ramp(c.y, from: 48.0, to: 50.0) - 500 * ramp(c.y, from: 51.5, to: 53.4)
        if d < 0 {
            let plateau = 560.0
            return plateau + (crest - plateau) * gauss(d / 0.9)
        }
        let plain = 190.0 + 40 * max(0, min(1, (c.y - 47.5) / 2.5))
        return plain + (crest - plain) * gauss(d / 1.3)
    }

    /// The land cover at `c`.
    static func cover(at c: Coordinate) -> Cover {
        let d = eastOfRidge(c)
        if d < -0.8 { return .grassland }
        if d > 1.6 || (d > 1.1 && c.y < 49.0) { return .farmland }
        return .forest
    }

    /// 0 below `from`, 1 above `to`, linear between.
    private static func ramp(_ x: Double, from: Double, to: Double) -> Double {
        max(0, min(1, (x - from) / (to - from)))
    }

    private static func gauss(_ t: Double) -> Double {
        exp(-t * t)
    }
}
