// Point heights: only points carry a Z in Gazetteer (lines and polygons are stored 2D).
extension Geometry {
    /// The first point height, if any point of the geometry has one.
    public var firstHeight: Double? {
        switch self {
        case .point(let p): return p.z
        case .multiPoint(let ps): return ps.lazy.compactMap(\.z).first
        case .collection(let gs): return gs.lazy.compactMap(\.firstHeight).first
        case .lineString, .polygon, .multiLineString, .multiPolygon: return nil
        }
    }

    /// The geometry with its point heights removed (only points carry heights in Gazetteer).
    public var droppingHeights: Geometry {
        switch self {
        case .point(let p): return .point(Point(p.coordinate))
        case .multiPoint(let ps): return .multiPoint(ps.map { Point($0.coordinate) })
        case .collection(let gs): return .collection(gs.map(\.droppingHeights))
        case .lineString, .polygon, .multiLineString, .multiPolygon: return self
        }
    }
}
