import CGeos

/// A packed R-tree (Sort-Tile-Recursive) over a fixed list of geometries, answering envelope queries and
/// nearest-neighbour searches by index into that list.
///
/// Build it once per check run; the tree is packed on the first query and cannot take more items after that.
/// Not thread safe: it owns one GEOS context. Wraps `GEOSSTRtree_*_r`.
public final class SpatialIndex {
    /// The indexed geometries; query results are positions in this array.
    public let geometries: [Geometry]
    private let context: GEOSContext
    private let handles: [GEOSHandle]
    private let tree: OpaquePointer

    /// Builds an index over `geometries`.
    /// - Parameter nodeCapacity: children per tree node (GEOS's default is 10).
    /// - Throws: ``GeometryError`` when a geometry cannot be converted.
    public init(_ geometries: [Geometry], nodeCapacity: Int = 10) throws(GeometryError) {
        self.geometries = geometries
        let context = GEOSContext()
        self.context = context
        var handles: [GEOSHandle] = []
        handles.reserveCapacity(geometries.count)
        for g in geometries { handles.append(try GEOSHandle(g, context: context)) }
        self.handles = handles
        context.clearError()
        guard let tree = GEOSSTRtree_create_r(context.handle, max(2, nodeCapacity)) else { throw context.error("STRtree_create") }
        self.tree = tree
        for (i, handle) in handles.enumerated() {
            // Items are positions + 1, so that no item is a null pointer.
            GEOSSTRtree_insert_r(context.handle, tree, handle.pointer, UnsafeMutableRawPointer(bitPattern: i + 1))
        }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
    }

    /// The positions of the geometries whose envelopes intersect `envelope`, in ascending order.
    /// Candidates only: test them with an exact predicate.
    public func query(_ envelope: Envelope) throws(GeometryError) -> [Int] {
        guard !envelope.isEmpty else { return [] }
        let box = try GEOSHandle(.polygon(envelope.polygon), context: context)
        var found: [Int] = []
        withUnsafeMutablePointer(to: &found) { pointer in
            GEOSSTRtree_query_r(context.handle, tree, box.pointer, { item, userdata in
                let found = userdata!.assumingMemoryBound(to: [Int].self)
                found.pointee.append(Int(bitPattern: item) - 1)
            }, pointer)
        }
        return found.sorted()
    }

    /// The position of the indexed geometry nearest to `geometry` by true planar distance (ties: any of them),
    /// or `nil` when the index is empty. Wraps `GEOSSTRtree_nearest_generic_r`.
    public func nearest(to geometry: Geometry) throws(GeometryError) -> Int? {
        guard !handles.isEmpty else { return nil }
        let query = try GEOSHandle(geometry, context: context)
        var search = NearestSearch(context: context.handle, query: query.pointer, items: handles.map(\.pointer))
        context.clearError()
        let result = withUnsafeMutablePointer(to: &search) { pointer in
            GEOSSTRtree_nearest_generic_r(context.handle, tree, NearestSearch.queryItem, query.pointer, { a, b, distance, userdata in
                let search = userdata!.assumingMemoryBound(to: NearestSearch.self).pointee
                guard let ga = search.geometry(for: a), let gb = search.geometry(for: b) else { return 0 }
                // GEOS treats a zero return as failure ("Failed to compute distance").
                return GEOSDistance_r(search.context, ga, gb, distance)
            }, pointer)
        }
        guard let result else {
            if context.lastError != nil { throw context.error("STRtree_nearest_generic") }
            return nil
        }
        return Int(bitPattern: result) - 1
    }
}

/// What the nearest-neighbour callback needs to turn item pointers back into geometries.
private struct NearestSearch {
    /// The item standing for the query geometry: no real item is this large.
    nonisolated(unsafe) static let queryItem = UnsafeRawPointer(bitPattern: Int.max)
    let context: GEOSContextHandle_t
    let query: OpaquePointer
    let items: [OpaquePointer]

    func geometry(for item: UnsafeRawPointer?) -> OpaquePointer? {
        guard let item else { return nil }
        if item == Self.queryItem { return query }
        let i = Int(bitPattern: item) - 1
        return items.indices.contains(i) ? items[i] : nil
    }
}
