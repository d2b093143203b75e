/// A packed R-tree over a fixed list of envelopes, for finding candidate pairs without any GEOS object.
///
/// ``SpatialIndex`` converts its geometries to GEOS for nearest-neighbour searches; a coverage check that already
/// holds its units as ``NativeGeometry`` needs only the envelopes, so this index keeps nothing else and converts
/// nothing. Items are named by their position in the list given to ``init(_:nodeCapacity:)``.
public struct EnvelopeIndex: Sendable {
    private let tree: PackedRTree

    /// Packs a tree over `envelopes`; empty envelopes are left out (no query finds them).
    /// - Parameter nodeCapacity: children per node (GEOS's STRtree uses 10).
    public init(_ envelopes: [Envelope], nodeCapacity: Int = 10) {
        tree = PackedRTree(envelopes, nodeCapacity: nodeCapacity)
    }

    /// The positions of the envelopes that intersect `envelope` (boundaries included), in ascending order.
    public func query(_ envelope: Envelope) -> [Int] {
        var found: [Int] = []
        tree.forEach(intersecting: envelope) { found.append($0) }
        return found.sorted()
    }
}

extension Envelope {
    /// This envelope grown by `distance` on every side (unchanged when empty).
    public func expanded(by distance: Double) -> Envelope {
        guard !isEmpty else { return self }
        return Envelope(minX: minX - distance, minY: minY - distance, maxX: maxX + distance, maxY: maxY + distance)
    }
}
