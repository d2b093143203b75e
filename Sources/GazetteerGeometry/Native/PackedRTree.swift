/// A static R-tree over a fixed list of envelopes, packed once with Sort-Tile-Recursive (the same packing as GEOS's
/// STRtree), answering window queries, point queries and nearest-neighbour searches in pure Swift.
///
/// Queries walk flat arrays and allocate nothing but their result, so a point query costs no GEOS geometry; the
/// nearest search takes the exact distance as a closure, so one tree serves ``SpatialIndex`` (GEOS distances between
/// geometries) and ``LineSegmentIndex`` (point-to-segment distances in Swift).
///
/// Items are named by their position in the list given to ``init(_:nodeCapacity:)``. Immutable after building,
/// hence `Sendable`.
struct PackedRTree: Sendable {
    /// One tree node: its envelope and the range of its children, which are nodes one level down or, on the lowest
    /// level, item slots (positions in ``order``).
    struct Node: Sendable {
        var envelope: Envelope
        var first: Int32
        var count: Int32
    }

    /// The items in packing order: `order[slot]` is the item's position in the list the tree was built from.
    let order: [Int32]
    /// The items' envelopes in packing order (`itemEnvelopes[slot]` belongs to `order[slot]`).
    let itemEnvelopes: [Envelope]
    /// All nodes, level by level from the lowest; the root is last.
    let nodes: [Node]
    /// Index in ``nodes`` where each level starts, lowest level first.
    private let levelStarts: [Int]

    /// The number of items.
    var count: Int { order.count }

    /// Packs a tree over `envelopes`; empty envelopes are left out (no query can find them).
    /// - Parameter nodeCapacity: children per node, at least 2 (GEOS uses 10).
    init(_ envelopes: [Envelope], nodeCapacity: Int = 10) {
        let capacity = Swift.max(2, nodeCapacity)
        let kept = envelopes.indices.filter { !envelopes[$0].isEmpty }
        let packing = SortTileRecursive.order(kept.map { envelopes[$0] }, capacity: capacity)
        order = packing.map { Int32(kept[$0]) }
        itemEnvelopes = packing.map { envelopes[kept[$0]] }
        var nodes: [Node] = []
        var levelStarts: [Int] = []
        // Each level groups consecutive runs of `capacity` children of the level below; the children are put in STR
        // order first (item slots already are), so that each run is spatially compact. A level's nodes can still be
        // reordered when it is made, because only the level above, not yet built, refers to them.
        var level = Self.group(itemEnvelopes, base: 0, capacity: capacity)
        while !level.isEmpty {
            level = SortTileRecursive.order(level.map(\.envelope), capacity: capacity).map { level[$0] }
            levelStarts.append(nodes.count)
            let base = nodes.count
            nodes += level
            if level.count == 1 { break }
            level = Self.group(level.map(\.envelope), base: base, capacity: capacity)
        }
        self.nodes = nodes
        self.levelStarts = levelStarts
    }

    /// Nodes over consecutive runs of `capacity` children whose envelopes are `children`, the first at `base`.
    private static func group(_ children: [Envelope], base: Int, capacity: Int) -> [Node] {
        stride(from: 0, to: children.count, by: capacity).map { first in
            let n = Swift.min(capacity, children.count - first)
            var box = Envelope.empty
            for e in children[first..<(first + n)] { box.expand(toInclude: e) }
            return Node(envelope: box, first: Int32(base + first), count: Int32(n))
        }
    }

    /// Calls `body` with every item whose envelope intersects `window` (boundaries included), in no set order.
    func forEach(intersecting window: Envelope, _ body: (Int) -> Void) {
        guard let root = nodes.last, !window.isEmpty, root.envelope.intersects(window) else { return }
        visit(nodes.count - 1, level: levelStarts.count - 1, { $0.intersects(window) }, body: body)
    }

    /// Calls `body` with every item whose envelope contains `point` (boundaries included), in no set order.
    func forEach(containing point: Coordinate, _ body: (Int) -> Void) {
        guard let root = nodes.last, root.envelope.contains(point) else { return }
        visit(nodes.count - 1, level: levelStarts.count - 1, { $0.contains(point) }, body: body)
    }

    private func visit(_ node: Int, level: Int, _ accepts: (Envelope) -> Bool, body: (Int) -> Void) {
        let n = nodes[node]
        let range = Int(n.first)..<Int(n.first + n.count)
        if level == 0 {
            for slot in range where accepts(itemEnvelopes[slot]) { body(Int(order[slot])) }
        } else {
            for child in range where accepts(nodes[child].envelope) { visit(child, level: level - 1, accepts, body: body) }
        }
    }

    /// The item nearest to `query` by the exact distance `distance(item)`, and that distance; `nil` when the tree is
    /// empty. Of items at the same distance, the one first in the original list wins, so the answer does not depend
    /// on the packing.
    ///
    /// Branch and bound: a node is opened only when its envelope lies no farther from `query` than the best distance
    /// so far. `distance` must never be less than the envelope distance of its item (true of any exact distance);
    /// a relative margin of 1e-12 keeps rounding in the envelope distance from cutting off an exact tie.
    /// - Complexity: O(log n) item distances for a query near compact items; O(n) at worst.
    /// - Parameter within: only items at most this far count; a small radius prunes nearly the whole tree.
    func nearest<E: Error>(
        to query: Envelope, within: Double = .infinity, distance: (Int) throws(E) -> Double
    ) throws(E) -> (item: Int, distance: Double)? {
        guard !nodes.isEmpty, !query.isEmpty else { return nil }
        // Starting from the radius (nudged up, so that an item exactly at it still wins) prunes as a found item would.
        var best = (item: Int.max, distance: within.nextUp)
        if within.isFinite {
            // A bounded search is a window query: every item near enough has its envelope in the window, and a
            // plain walk over the few nodes that meet it costs less than ordering each node's children by distance,
            // the branch and bound's price, which for a point far from everything is the whole cost.
            // The margin keeps an item whose computed distance rounds to the radius from being cut off.
            let reach = within + within * 1e-12
            let window = Envelope(minX: query.minX - reach, minY: query.minY - reach,
                                  maxX: query.maxX + reach, maxY: query.maxY + reach)
            guard let root = nodes.last, root.envelope.intersects(window) else { return nil }
            try scan(nodes.count - 1, level: levelStarts.count - 1, window, distance, &best)
        } else {
            try descend(nodes.count - 1, level: levelStarts.count - 1, query, distance, &best)
        }
        return best.item == Int.max ? nil : best
    }

    /// The bounded search: the items whose envelopes meet `window`, by exact distance, the same tie rule as
    /// ``descend(_:level:_:_:_:)``.
    private func scan<E: Error>(
        _ node: Int, level: Int, _ window: Envelope, _ distance: (Int) throws(E) -> Double,
        _ best: inout (item: Int, distance: Double)
    ) throws(E) {
        let n = nodes[node]
        let first = Int(n.first), count = Int(n.count)
        if level == 0 {
            for slot in first..<(first + count) where itemEnvelopes[slot].intersects(window) { try consider(slot, distance, &best) }
            return
        }
        for child in first..<(first + count) where nodes[child].envelope.intersects(window) {
            try scan(child, level: level - 1, window, distance, &best)
        }
    }

    private func descend<E: Error>(
        _ node: Int, level: Int, _ query: Envelope, _ distance: (Int) throws(E) -> Double,
        _ best: inout (item: Int, distance: Double)
    ) throws(E) {
        let n = nodes[node]
        let first = Int(n.first), count = Int(n.count)
        if level == 0 {
            for slot in first..<(first + count) where Self.admits(query.distance(to: itemEnvelopes[slot]), best.distance) {
                try consider(slot, distance, &best)
            }
            return
        }
        // Children nearest first, so that the best distance shrinks early and prunes the rest.
        try withUnsafeTemporaryAllocation(of: (Double, Int).self, capacity: count) { (pending) throws(E) in
            for k in 0..<count {
                let child = first + k
                let d = query.distance(to: nodes[child].envelope)
                var j = k
                while j > 0, pending[j - 1].0 > d {
                    pending[j] = pending[j - 1]
                    j -= 1
                }
                pending[j] = (d, child)
            }
            for k in 0..<count {
                guard Self.admits(pending[k].0, best.distance) else { break }
                try descend(pending[k].1, level: level - 1, query, distance, &best)
            }
        }
    }

    /// Measures the item in `slot` and keeps it when it is nearer than `best`, or as near and first in the list.
    @inline(__always)
    private func consider<E: Error>(_ slot: Int, _ distance: (Int) throws(E) -> Double, _ best: inout (item: Int, distance: Double)) throws(E) {
        let item = Int(order[slot])
        let d = try distance(item)
        if d < best.distance || (d == best.distance && item < best.item) { best = (item, d) }
    }

    /// `true` when something at `boxDistance` could still be at least as near as `best`.
    @inline(__always)
    private static func admits(_ boxDistance: Double, _ best: Double) -> Bool {
        boxDistance <= best + best * 1e-12
    }

    /// Checks the packing: every node's envelope covers its children, every item appears exactly once, and the
    /// root covers everything. Tests call it after building.
    func checkInvariants() {
        precondition(Set(order).count == order.count, "an item appears in more than one slot")
        guard let root = nodes.last else {
            precondition(order.isEmpty, "items without nodes")
            return
        }
        for (level, start) in levelStarts.enumerated() {
            let end = level + 1 < levelStarts.count ? levelStarts[level + 1] : nodes.count
            var covered = 0
            for node in nodes[start..<end] {
                for child in Int(node.first)..<Int(node.first + node.count) {
                    let e = level == 0 ? itemEnvelopes[child] : nodes[child].envelope
                    precondition(node.envelope.covers(e), "node envelope \(node.envelope) does not cover child \(e)")
                }
                covered += Int(node.count)
            }
            let below = level == 0 ? order.count : (start - levelStarts[level - 1])
            precondition(covered == below, "level \(level) has \(covered) children, the level below holds \(below)")
        }
        for e in itemEnvelopes { precondition(root.envelope.covers(e), "root does not cover item \(e)") }
    }
}

extension Envelope {
    /// The shortest planar distance between the two rectangles (0 when they intersect).
    @inlinable
    func distance(to other: Envelope) -> Double {
        let dx = Swift.max(0, Swift.max(other.minX - maxX, minX - other.maxX))
        let dy = Swift.max(0, Swift.max(other.minY - maxY, minY - other.maxY))
        return dx == 0 ? dy : dy == 0 ? dx : (dx * dx + dy * dy).squareRoot()
    }

    /// `true` when `other` lies inside or on this rectangle.
    func covers(_ other: Envelope) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}
