/// A planar position: `x` is longitude or easting, `y` latitude or northing.
///
/// The registry stores CGCS2000 geographic coordinates (EPSG:4490) as longitude, latitude in degrees;
/// metric work happens in a Gauss-Krüger zone (metres). The memory layout is two `Double`s, so an array of
/// coordinates can be handed to GEOS and PROJ as one interleaved buffer without copying element by element.
@frozen
public struct Coordinate: Hashable, Sendable, CustomStringConvertible {
    /// Longitude or easting.
    public var x: Double
    /// Latitude or northing.
    public var y: Double

    /// A coordinate from its two ordinates.
    @inlinable
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// A coordinate from labelled ordinates.
    @inlinable
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// `true` when both ordinates are finite (not NaN, not infinite).
    @inlinable
    public var isFinite: Bool { x.isFinite && y.isFinite }

    public var description: String { "\(x) \(y)" }
}

/// An axis-aligned rectangle; empty when `minX > maxX`.
@frozen
public struct Envelope: Hashable, Sendable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    /// A rectangle from its bounds.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The empty envelope, neutral for ``expand(toInclude:)-7z9a``.
    public static let empty = Envelope(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

    /// `true` when it contains no point.
    public var isEmpty: Bool { minX > maxX || minY > maxY }

    /// Grows the rectangle to include `c`.
    public mutating func expand(toInclude c: Coordinate) {
        minX = Swift.min(minX, c.x); maxX = Swift.max(maxX, c.x)
        minY = Swift.min(minY, c.y); maxY = Swift.max(maxY, c.y)
    }

    /// Grows the rectangle to include `other`.
    public mutating func expand(toInclude other: Envelope) {
        guard !other.isEmpty else { return }
        minX = Swift.min(minX, other.minX); maxX = Swift.max(maxX, other.maxX)
        minY = Swift.min(minY, other.minY); maxY = Swift.max(maxY, other.maxY)
    }

    /// `true` when the two rectangles share at least one point (boundaries included).
    public func intersects(_ other: Envelope) -> Bool {
        !isEmpty && !other.isEmpty && minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    /// `true` when `c` lies inside or on the rectangle.
    @inlinable
    public func contains(_ c: Coordinate) -> Bool {
        c.x >= minX && c.x <= maxX && c.y >= minY && c.y <= maxY
    }

    /// The rectangle as a polygon (counter-clockwise shell).
    public var polygon: Polygon {
        Polygon(exterior: [
            Coordinate(minX, minY), Coordinate(maxX, minY), Coordinate(maxX, maxY), Coordinate(minX, maxY), Coordinate(minX, minY),
        ])
    }
}
