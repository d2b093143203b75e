/// How much ``LocatorProbe/locate(_:detail:)`` works out about a point, each case adding to the one before.
///
/// A bulk run asks only for what its output shows: the county of a million points needs neither the Gauss-Krüger
/// projection nor a search of the edges, and the unbounded nearest-edge search is the dearest step of all.
public enum LocationDetail: Int, Sendable, Comparable, CaseIterable {
    /// The units that hold the point, by GEOS's exact predicates; ``PointLocation/isOnBoundary`` is then only
    /// "exactly on a unit's boundary", and nothing is measured.
    case units
    /// Also the exact boundary flag: on a unit's boundary, or within the tolerance of a unit edge or a boundary
    /// line, with that edge and line when they are that near. The point's zone and projection are left out (most
    /// points are never projected: ``BoundaryClearance`` knows them to be clear of every edge).
    case boundary
    /// Also the point's Gauss-Krüger zone and coordinates.
    case nearby
    /// Also the nearest unit edge and boundary line at any distance.
    case full

    public static func < (a: LocationDetail, b: LocationDetail) -> Bool { a.rawValue < b.rawValue }
}
