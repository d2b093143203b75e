import Foundation

/// The projection and furniture every SVG map of the reports shares: longitude/latitude to pixels (equirectangular,
/// longitudes scaled by cos φ₀ at the mid latitude), SVG path data for geometries, a scale bar and a north arrow.
///
/// ``SVGMapDrawer`` (the findings map) and ``RoundReportHTML`` (the round's maps) both draw through it, so their
/// maps read the same way.
public struct SVGMapFrame: Sendable {
    /// The map's size in pixels.
    public let width: Double
    public let height: Double
    /// Pixels per degree of latitude.
    public let scale: Double
    private let bounds: Envelope
    private let kx: Double
    private let offsetX: Double
    private let margin: Double

    /// A frame fitting `bounds` into `width` × at most `maxHeight` pixels with `margin` around; nil for empty bounds.
    /// A point (or a vertical line) is given about a kilometre's extent (`minimumSpan` degrees).
    public init?(bounds: Envelope, width: Double, maxHeight: Double, margin: Double, minimumSpan: Double = 0.02) {
        var bounds = bounds
        guard !bounds.isEmpty, bounds.minX.isFinite, bounds.maxY.isFinite else { return nil }
        if bounds.maxX - bounds.minX < 1e-6 { bounds.minX -= minimumSpan / 2; bounds.maxX += minimumSpan / 2 }
        if bounds.maxY - bounds.minY < 1e-6 { bounds.minY -= minimumSpan / 2; bounds.maxY += minimumSpan / 2 }
        let phi0 = (bounds.minY + bounds.maxY) / 2 * .pi / 180
        kx = max(cos(phi0), 0.01)
        let spanX = (bounds.maxX - bounds.minX) * kx, spanY = bounds.maxY - bounds.minY
        scale = min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY)
        height = (spanY * scale + 2 * margin).rounded(.up)
        // Centre the data horizontally when the height limited the scale.
        offsetX = (width - spanX * scale) / 2
        self.bounds = bounds
        self.width = width
        self.margin = margin
    }

    /// Ground metres per pixel (on the sphere of mean radius; for the scale bar).
    public var metresPerPixel: Double { 6_371_008.8 * .pi / 180 / scale }

    /// The pixel position of `c`.
    public func point(_ c: Coordinate) -> (x: Double, y: Double) {
        (offsetX + (c.x - bounds.minX) * kx * scale, margin + (bounds.maxY - c.y) * scale)
    }

    /// A pixel value as SVG writes it (one decimal).
    public static func n(_ v: Double) -> String { JSONWriter.formatFixed(v, decimals: 1) }

    /// SVG path data for the rings and lines of `g` (empty for points).
    public func path(_ g: Geometry) -> String {
        var d = ""
        func run(_ cs: [Coordinate], close: Bool) {
            for (i, c) in cs.enumerated() {
                let (x, y) = point(c)
                d += (i == 0 ? "M" : "L") + Self.n(x) + " " + Self.n(y)
            }
            if close { d += "Z" }
        }
        for polygon in g.polygons { for ring in polygon.rings { run(ring, close: true) } }
        for line in g.lineStrings { run(line.coordinates, close: false) }
        return d
    }

    /// The points of `g` (a point, a multipoint, the points of a collection).
    public static func points(_ g: Geometry) -> [Coordinate] {
        switch g {
        case .point(let p): return [p.coordinate]
        case .multiPoint(let ps): return ps.map(\.coordinate)
        case .collection(let gs): return gs.flatMap(points)
        default: return []
        }
    }

    /// A bar of a round length (1, 2 or 5 × 10ⁿ m) close to a fifth of the map's width, in the bottom right corner.
    public func scaleBar() -> String {
        let target = width / 5 * metresPerPixel
        let magnitude = pow(10, floor(log10(target)))
        let length = [1.0, 2, 5, 10].map { $0 * magnitude }.last { $0 <= target } ?? magnitude
        let pixels = length / metresPerPixel
        let label = length >= 1000 ? "\(JSONWriter.formatFixed(length / 1000, decimals: length >= 10_000 ? 0 : 1)) km" : "\(Int(length)) m"
        let x = width - 16 - pixels, y = height - 16
        let n = Self.n
        return """
            <g class="scale" font-size="12"><rect x="\(n(x - 6))" y="\(n(y - 22))" width="\(n(pixels + 12))" height="30" fill="#fff" fill-opacity="0.85"/>\
            <path d="M\(n(x)) \(n(y - 6))V\(n(y))H\(n(x + pixels))V\(n(y - 6))" fill="none" stroke="#333" stroke-width="1.5"/>\
            <text x="\(n(x + pixels / 2))" y="\(n(y - 9))" text-anchor="middle">\(label)</text></g>

            """
    }

    /// A north arrow in the top right corner.
    public func northArrow() -> String {
        let x = width - 30
        let n = Self.n
        return """
            <g class="north"><path d="M\(n(x)) 12L\(n(x + 9)) 40L\(n(x)) 34L\(n(x - 9)) 40Z" fill="#333"/>\
            <text x="\(n(x))" y="54" font-size="13" text-anchor="middle" font-weight="bold">N</text></g>

            """
    }
}
