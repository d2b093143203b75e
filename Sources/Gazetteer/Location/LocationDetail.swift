/// How much ``LocatorProbe/locate(_:detail:)`` works out about a point, each case adding to the one before.
///
/// A bulk run asks only for what its output shows: the county of a million points needs neither the Gauss-Krüger
/// projection nor a search of the edges, and the unbounded nearest-edge search is the dearest step of all.
public enum LocationDetail: Int, Sendable, Comparable, CaseIterable {
    /// The units that hold the point, by GEOS's exact predicates; ``PointLocation/isOnBoundary`` is then only
    /// "exactly on a unit's boundary", and nothing is measured.
    case units
    /// Also the point's Gauss-Krüger zone and coordinates.
    case projected
    /// Also the unit edges and boundary lines within the tolerance: the boundary flag is exact, but the nearest
    /// edge and line are given only for points within the tolerance of them.
    case nearby
    /// Also the nearest unit edge and boundary line at any distance.
    case full

    public static func < (a: LocationDetail, b: LocationDetail) -> Bool { a.rawValue < b.rawValue }
}
