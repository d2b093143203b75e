/// An index over the segments of one line that answers, for a point, the distance to the line, the nearest
/// segment and the position along the line, all in one search.
///
/// The boundary-marker check asks two questions of every marker against the same line: how far it stands from the
/// line, and where along the line it stands (its chainage). GEOS answers each with a walk over every segment
/// (`GEOSDistance_r`, `GEOSProject_r`); this index packs the segments into an R-tree once and finds the nearest one
/// by branch and bound, so a query costs a few dozen segment distances instead of all of them.
///
/// **Plane.** The index is planar: it measures in the units of the coordinates it was built from. Build it from the
/// line in its Gauss-Krüger zone (``GaussKrugerZone/project(_:)``) and query it with points in the same zone, so that
/// distances and positions are metres. In CGCS2000 degrees a degree of longitude is about 0.66 of a degree of
/// latitude at Hulunbuir's latitudes, so both the distance and even the choice of nearest segment would be wrong.
///
/// **Agreement with GEOS.** Distances follow GEOS's point-to-segment formula, and positions its linear referencing
/// (`LengthIndexOfPoint`): the position is the distance from the start of the line to the point's orthogonal
/// projection onto the nearest segment, clamped to that segment, with the parts of a MultiLineString measured one
/// after another. When several segments are equally near, the first along the line wins, as in GEOS. So
/// ``Location/distance`` equals `GEOSDistance_r` and ``Location/position`` equals `GEOSProject_r` (and shapely's
/// `distance` and `line_locate_point`) up to rounding.
///
/// Immutable and `Sendable`: one index can serve every task of a check run.
///
/// ```swift
/// let line = try LineSegmentIndex(.lineString(LineString([Coordinate(0, 0), Coordinate(10, 0), Coordinate(10, 10)])))
/// let here = try line.locate(Coordinate(12, 5))   // distance 2, segment 1, position 15
/// ```
public struct LineSegmentIndex: Sendable {
    /// Where a point lies relative to the line.
    public struct Location: Hashable, Sendable {
        /// The shortest distance from the point to the line (coordinate units; metres in a Gauss-Krüger zone).
        public var distance: Double
        /// The position along the line of the point on it nearest to the query: the length of line from its start,
        /// as `GEOSProject_r` and shapely's `line_locate_point` give it. In [0, ``LineSegmentIndex/length``].
        public var position: Double
        /// The nearest segment, counted from 0 along the line (through the parts of a MultiLineString in order):
        /// segment `i` of a single line runs from vertex `i` to vertex `i + 1`.
        public var segment: Int
        /// The point on the line nearest to the query.
        public var nearestPoint: Coordinate
        /// Which side of the line the point is on, walking the line in its direction: +1 left, -1 right, 0 on the
        /// line. Taken from the nearest segment (the sign of the cross product of the segment and the point), so a
        /// same-number pair (同号双立) can be told to stand on both sides.
        public var side: Int
    }

    /// Segment `i` runs from `starts[i]` to `ends[i]`.
    private let starts: [Coordinate]
    private let ends: [Coordinate]
    /// The position along the line where segment `i` starts (summed segment by segment, as GEOS does).
    private let startPositions: [Double]
    private let tree: PackedRTree
    /// The length of the line: the sum of its segments' lengths (the parts' lengths for a MultiLineString).
    public let length: Double

    /// The number of segments.
    public var segmentCount: Int { starts.count }

    /// Indexes the segments of a LineString or MultiLineString.
    /// - Parameters:
    ///   - line: a LineString or MultiLineString, in a planar CRS (see the type's notes on the plane). Empty parts of
    ///     a MultiLineString are skipped.
    ///   - nodeCapacity: segments (and child nodes) per tree node.
    /// - Throws: ``GeometryError/invalidStructure(_:)`` for another geometry type, an empty line or a part with a
    ///   single point; ``GeometryError/nonFiniteCoordinate(index:)`` for NaN or infinite coordinates.
    /// - Complexity: O(n log n) for n segments.
    public init(_ line: Geometry, nodeCapacity: Int = 8) throws(GeometryError) {
        let parts: [LineString]
        switch line {
        case .lineString(let l): parts = [l]
        case .multiLineString(let ls): parts = ls
        default: throw .invalidStructure("a line segment index needs a LineString or MultiLineString, got \(line.typeName)")
        }
        var starts: [Coordinate] = [], ends: [Coordinate] = [], startPositions: [Double] = []
        var envelopes: [Envelope] = []
        var position = 0.0
        var vertex = 0
        for (p, part) in parts.enumerated() {
            let c = part.coordinates
            defer { vertex += c.count }
            if c.isEmpty { continue }
            guard c.count >= 2 else { throw .invalidStructure("line part #\(p + 1) has a single point; a line needs at least 2") }
            if let bad = c.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteCoordinate(index: vertex + bad) }
            for i in 1..<c.count {
                let a = c[i - 1], b = c[i]
                starts.append(a)
                ends.append(b)
                startPositions.append(position)
                position += Self.distance(a, b)
                envelopes.append(Envelope(minX: Swift.min(a.x, b.x), minY: Swift.min(a.y, b.y),
                                          maxX: Swift.max(a.x, b.x), maxY: Swift.max(a.y, b.y)))
            }
        }
        guard !starts.isEmpty else { throw .invalidStructure("cannot index an empty line") }
        self.starts = starts
        self.ends = ends
        self.startPositions = startPositions
        self.length = position
        self.tree = PackedRTree(envelopes, nodeCapacity: nodeCapacity)
    }

    /// The distance from `point` to the line, the nearest segment, and the position along the line, in one search.
    ///
    /// A point on the line has distance 0 and its own position; a point beyond an end has the end's position
    /// (0 or ``length``); a point equally near two segments gets the first of them along the line.
    /// - Parameter point: in the same plane as the line.
    /// - Throws: ``GeometryError/nonFiniteCoordinate(index:)`` when `point` is NaN or infinite.
    /// - Complexity: O(log n) segment distances for a point near the line; at worst O(n).
    public func locate(_ point: Coordinate) throws(GeometryError) -> Location {
        // Not nil: the line has at least one segment and the point is finite.
        guard let location = try locate(point, within: .infinity) else { throw .invalidStructure("the line segment index found no segment") }
        return location
    }

    /// As ``locate(_:)``, but only when the line comes within `radius` of `point`; `nil` otherwise. Much faster than
    /// the unlimited search for a small radius (only the segments near the point are visited).
    /// - Throws: ``GeometryError/nonFiniteCoordinate(index:)`` when `point` is NaN or infinite.
    public func locate(_ point: Coordinate, within radius: Double) throws(GeometryError) -> Location? {
        guard point.isFinite else { throw .nonFiniteCoordinate(index: 0) }
        let query = Envelope(minX: point.x, minY: point.y, maxX: point.x, maxY: point.y)
        // The closure reads the segments through buffer pointers: capturing the arrays (or self) would retain
        // and copy the index on every call, which for a search of a few dozen segments costs more than the search.
        let found = starts.withUnsafeBufferPointer { starts in
            ends.withUnsafeBufferPointer { ends in
                tree.nearest(to: query, within: radius, distance: { i in Self.pointToSegment(point, starts[i], ends[i]) })
            }
        }
        guard let (segment, distance) = found, distance <= radius else { return nil }
        let a = starts[segment], b = ends[segment]
        let r = Self.projectionFactor(point, a, b)
        let segmentLength = Self.distance(a, b)
        // GEOS's LengthIndexOfPoint.segmentNearestMeasure: clamp the projection to the segment. A zero-length
        // segment gives NaN or ±infinity here and lands on its start, as in GEOS.
        let position: Double, nearest: Coordinate
        if r <= 0 {
            (position, nearest) = (startPositions[segment], a)
        } else if r <= 1 {
            (position, nearest) = (startPositions[segment] + r * segmentLength, Coordinate(a.x + r * (b.x - a.x), a.y + r * (b.y - a.y)))
        } else {
            (position, nearest) = (startPositions[segment] + segmentLength, b)
        }
        let cross = (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x)
        let side = distance == 0 || cross == 0 ? 0 : (cross > 0 ? 1 : -1)
        return Location(distance: distance, position: position, segment: segment, nearestPoint: nearest, side: side)
    }

    /// The shortest distance from `point` to the line. See ``locate(_:)``.
    public func distance(to point: Coordinate) throws(GeometryError) -> Double {
        try locate(point).distance
    }

    /// The position along the line of the point on it nearest to `point`. See ``locate(_:)``.
    public func lineLocatePoint(_ point: Coordinate) throws(GeometryError) -> Double {
        try locate(point).position
    }

    // MARK: GEOS's formulas, term for term, so that results agree to the last bits wherever the same segment wins.

    /// `Coordinate::distance`.
    @inline(__always)
    static func distance(_ a: Coordinate, _ b: Coordinate) -> Double {
        let dx = a.x - b.x, dy = a.y - b.y
        return (dx * dx + dy * dy).squareRoot()
    }

    /// `Distance::pointToSegment`.
    @inline(__always)
    static func pointToSegment(_ p: Coordinate, _ a: Coordinate, _ b: Coordinate) -> Double {
        if a.x == b.x, a.y == b.y { return distance(p, a) }
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        let r = ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2
        if r <= 0 { return distance(p, a) }
        if r >= 1 { return distance(p, b) }
        let s = ((a.y - p.y) * dx - (a.x - p.x) * dy) / len2
        return abs(s) * len2.squareRoot()
    }

    /// `LineSegment::projectionFactor`: where the orthogonal projection of `p` falls, 0 at `a` and 1 at `b`.
    @inline(__always)
    static func projectionFactor(_ p: Coordinate, _ a: Coordinate, _ b: Coordinate) -> Double {
        if p == a { return 0 }
        if p == b { return 1 }
        let dx = b.x - a.x, dy = b.y - a.y
        return ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)
    }
}
