/// The edges of many owners (units' rings, boundary lines) in one segment index, answering "which owner's edge is
/// nearest, and how far" in one search.
///
/// The owners' lines are concatenated into one MultiLineString for ``LineSegmentIndex``; the index of the first
/// segment of each owner maps the nearest segment back to its owner. A class, so that a search borrows the index
/// instead of copying (and retaining) each of its arrays.
final class EdgeIndex: Sendable {
    private let index: LineSegmentIndex
    /// `firstSegment[i]` is the number of the first segment of owner `owners[i]`, ascending.
    private let firstSegment: [Int]
    private let owners: [Int]

    /// Indexes the lines of each owner; owners without a segment are left out. `nil` when no owner has one.
    /// - Parameter lines: per owner (its position in the caller's list), its line parts in a planar CRS.
    init?(_ lines: [(owner: Int, parts: [LineString])]) throws(GeometryError) {
        var all: [LineString] = []
        var firstSegment: [Int] = [], owners: [Int] = []
        var segments = 0
        for (owner, parts) in lines {
            let usable = parts.filter { $0.coordinates.count >= 2 }
            guard !usable.isEmpty else { continue }
            firstSegment.append(segments)
            owners.append(owner)
            for part in usable { segments += part.coordinates.count - 1 }
            all += usable
        }
        guard !all.isEmpty else { return nil }
        index = try LineSegmentIndex(.multiLineString(all))
        self.firstSegment = firstSegment
        self.owners = owners
    }

    /// The owner whose edge is nearest to `point`, and the distance to it (the plane's units).
    func nearest(to point: Coordinate) throws(GeometryError) -> (owner: Int, distance: Double) {
        owner(of: try index.locate(point))
    }

    /// The owner whose edge is nearest to `point` and its distance, when some edge is within `radius`.
    func nearest(to point: Coordinate, within radius: Double) throws(GeometryError) -> (owner: Int, distance: Double)? {
        try index.locate(point, within: radius).map(owner(of:))
    }

    private func owner(of location: LineSegmentIndex.Location) -> (owner: Int, distance: Double) {
        // The last owner whose first segment is at or before the nearest one.
        var low = 0, high = firstSegment.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if firstSegment[mid] <= location.segment { low = mid } else { high = mid - 1 }
        }
        return (owners[low], location.distance)
    }
}
