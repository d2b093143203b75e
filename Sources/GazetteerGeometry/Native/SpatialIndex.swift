import CGeos

/// A packed R-tree (Sort-Tile-Recursive) over a fixed list of geometries, answering envelope queries, point queries
/// and nearest-neighbour searches by position in that list.
///
/// Build it once per check run. The tree is packed in Swift (``PackedRTree``, the same packing as GEOS's STRtree):
/// window and point queries touch no GEOS object at all, so locating a point costs no temporary GEOS geometry.
/// The geometries are converted to GEOS once, for ``nearest(to:)``'s exact distances.
///
/// Not thread safe: it keeps GEOS geometries, and must stay on one task (see ``NativeGeometry``).
public final class SpatialIndex {
    /// The indexed geometries; query results are positions in this array.
    public let geometries: [Geometry]
    private let natives: [NativeGeometry]
    private let tree: PackedRTree

    /// Builds an index over `geometries`.
    /// - Parameter nodeCapacity: children per tree node (GEOS's default is 10).
    /// - Throws: ``GeometryError`` when a geometry cannot be converted.
    public init(_ geometries: [Geometry], nodeCapacity: Int = 10) throws(GeometryError) {
        self.geometries = geometries
        var natives: [NativeGeometry] = []
        natives.reserveCapacity(geometries.count)
        for g in geometries { natives.append(try NativeGeometry(g)) }
        self.natives = natives
        tree = PackedRTree(geometries.map(\.envelope), nodeCapacity: nodeCapacity)
    }

    /// The positions of the geometries whose envelopes intersect `envelope` (boundaries included), in ascending
    /// order. Candidates only: test them with an exact predicate.
    public func query(_ envelope: Envelope) -> [Int] {
        var found: [Int] = []
        tree.forEach(intersecting: envelope) { found.append($0) }
        return found.sorted()
    }

    /// The positions of the geometries whose envelopes contain `point` (boundaries included), in ascending order:
    /// the candidates for "which unit is this point in". Test them with an exact predicate, e.g. a prepared
    /// ``NativeGeometry/contains(_:)-(Coordinate)`` on each.
    ///
    /// Same answer as ``query(_:)`` with a zero-size envelope at `point`, but a non-finite point finds nothing
    /// rather than everything.
    public func candidates(at point: Coordinate) -> [Int] {
        var found: [Int] = []
        tree.forEach(containing: point) { found.append($0) }
        if found.count > 1 { found.sort() }
        return found
    }

    /// Calls `body` with the position of each geometry whose envelope contains `point`, in the tree's order (not
    /// sorted), without building an array: the allocation-free form of ``candidates(at:)`` for a hot loop.
    public func forEachCandidate(at point: Coordinate, _ body: (Int) throws(GeometryError) -> Void) throws(GeometryError) {
        var failure: GeometryError?
        tree.forEach(containing: point) { i in
            guard failure == nil else { return }
            do throws(GeometryError) { try body(i) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// The position of the indexed geometry nearest to `geometry` by true planar distance (ties: the first in
    /// ``geometries``), or `nil` when the index is empty. Exact distances are `GEOSDistance_r`.
    /// - Throws: ``GeometryError`` when `geometry` cannot be converted or GEOS fails.
    public func nearest(to geometry: Geometry) throws(GeometryError) -> Int? {
        let query = try NativeGeometry(geometry)
        let context = GEOSContext.current
        return try tree.nearest(to: geometry.envelope) { (i) throws(GeometryError) -> Double in
            var d = 0.0
            context.clearError()
            // 0 on exception.
            guard GEOSDistance_r(context.handle, natives[i].pointer, query.pointer, &d) != 0 else { throw context.error("Distance") }
            return d
        }?.item
    }

    /// Checks the tree's packing; tests call it after building.
    func checkInvariants() {
        tree.checkInvariants()
        precondition(tree.count == geometries.filter { !$0.isEmpty }.count, "the tree holds \(tree.count) of \(geometries.count) geometries")
    }
}
