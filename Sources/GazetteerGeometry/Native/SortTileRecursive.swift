/// The Sort-Tile-Recursive packing order (Leutenegger, Lopez and Edgington 1997), the order GEOS's STRtree packs
/// its items in; shared by ``PackedRTree`` and by the GeoPackage R-tree bulk load.
public enum SortTileRecursive {
    /// The permutation of `envelopes` that packs them into nodes of `capacity`: sorted by centre x, cut into
    /// ⌈√(n / capacity)⌉ vertical slices, each slice sorted by centre y. Consecutive runs of `capacity` positions
    /// are then spatially compact. Ties are broken by position, so the packing is deterministic.
    public static func order(_ envelopes: [Envelope], capacity: Int) -> [Int] {
        guard envelopes.count > capacity, capacity > 0 else { return Array(envelopes.indices) }
        func centreX(_ i: Int) -> Double { envelopes[i].minX + envelopes[i].maxX }
        func centreY(_ i: Int) -> Double { envelopes[i].minY + envelopes[i].maxY }
        let byX = envelopes.indices.sorted { (centreX($0), $0) < (centreX($1), $1) }
        let leaves = (byX.count + capacity - 1) / capacity
        let perSlice = Int(Double(leaves).squareRoot().rounded(.up)) * capacity
        var result: [Int] = []
        result.reserveCapacity(byX.count)
        for start in stride(from: 0, to: byX.count, by: perSlice) {
            result += byX[start..<Swift.min(start + perSlice, byX.count)].sorted { (centreY($0), $0) < (centreY($1), $1) }
        }
        return result
    }
}
