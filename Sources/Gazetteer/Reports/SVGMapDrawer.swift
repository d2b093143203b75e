import Foundation

/// Draws a report's subjects and findings as an SVG map for the HTML report: no tiles, no network, nothing but the
/// geometries the report holds.
///
/// The projection is equirectangular with the longitudes scaled by cos(φ₀) at the mid latitude φ₀, so shapes at
/// Hulunbuir's latitudes (47°–53° N) are not stretched sideways. Subjects are drawn in grey, findings on top in
/// their severity's colour (points as numbered dots matching the table's rows); a legend, a scale bar and a north
/// arrow make the map readable when printed.
public struct SVGMapDrawer: Sendable {
    /// The map's width in pixels; the height follows the data's aspect, up to ``maxHeight``.
    public var width: Double = 960
    /// The tallest the map may be.
    public var maxHeight: Double = 720
    /// Blank space around the data, in pixels (room for the legend and scale bar).
    public var margin: Double = 40

    /// A drawer with the default size.
    public init() {}

    /// The colour of a severity on the map and in the HTML report's badges.
    public static func colour(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: return "#c62828"
        case .warning: return "#ef6c00"
        case .info: return "#1565c0"
        }
    }

    /// The `<svg>` element for `report`, or `nil` when nothing in it has a place.
    public func svg(_ report: FindingReport, language: Language) -> String? {
        var bounds = Envelope.empty
        for subject in report.subjects { bounds.expand(toInclude: subject.geometry.envelope) }
        for finding in report.findings { if let l = finding.location { bounds.expand(toInclude: l.envelope) } }
        guard !bounds.isEmpty, bounds.minX.isFinite, bounds.maxY.isFinite else { return nil }
        // A single point (or a vertical line) still needs an extent: about a kilometre around it.
        if bounds.maxX - bounds.minX < 1e-6 { bounds.minX -= 0.01; bounds.maxX += 0.01 }
        if bounds.maxY - bounds.minY < 1e-6 { bounds.minY -= 0.01; bounds.maxY += 0.01 }

        let phi0 = (bounds.minY + bounds.maxY) / 2 * .pi / 180
        let kx = max(cos(phi0), 0.01)
        let spanX = (bounds.maxX - bounds.minX) * kx, spanY = bounds.maxY - bounds.minY
        let scale = min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY)
        let height = (spanY * scale + 2 * margin).rounded(.up)
        // Centre the data horizontally when the height limited the scale.
        let offsetX = (width - spanX * scale) / 2
        func point(_ c: Coordinate) -> (Double, Double) {
            (offsetX + (c.x - bounds.minX) * kx * scale, margin + (bounds.maxY - c.y) * scale)
        }
        func n(_ v: Double) -> String { JSONWriter.formatFixed(v, decimals: 1) }
        func path(_ g: Geometry) -> String {
            var d = ""
            func run(_ cs: [Coordinate], close: Bool) {
                for (i, c) in cs.enumerated() {
                    let (x, y) = point(c)
                    d += (i == 0 ? "M" : "L") + n(x) + " " + n(y)
                }
                if close { d += "Z" }
            }
            for polygon in g.polygons { for ring in polygon.rings { run(ring, close: true) } }
            for line in g.lineStrings { run(line.coordinates, close: false) }
            return d
        }
        func points(_ g: Geometry) -> [Coordinate] {
            switch g {
            case .point(let p): return [p.coordinate]
            case .multiPoint(let ps): return ps.map(\.coordinate)
            case .collection(let gs): return gs.flatMap(points)
            default: return []
            }
        }

        var svg = "<svg class=\"map\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\">\n"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#fbfbf8\" stroke=\"#bbb\"/>\n"
        svg += "<g class=\"subjects\" fill=\"#e3e3e3\" stroke=\"#8a8a8a\" stroke-width=\"0.8\" fill-rule=\"evenodd\">\n"
        for subject in report.subjects {
            let d = path(subject.geometry)
            let title = HTMLRenderer.escape(subject.name.map { "\(subject.id) \($0)" } ?? subject.id)
            if !d.isEmpty {
                let fill = subject.geometry.dimension == 2 ? "" : " fill=\"none\""
                svg += "<path d=\"\(d)\"\(fill)><title>\(title)</title></path>\n"
            }
            for c in points(subject.geometry) {
                let (x, y) = point(c)
                svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"2.5\"><title>\(title)</title></circle>\n"
            }
        }
        svg += "</g>\n<g class=\"findings\" fill-rule=\"evenodd\">\n"
        // Less serious first, so errors are drawn on top.
        let ordered = report.findings.enumerated().sorted { $0.element.severity < $1.element.severity }
        for (index, finding) in ordered {
            guard let location = finding.location else { continue }
            let colour = Self.colour(finding.severity)
            let title = HTMLRenderer.escape("\(index + 1). \(finding.message(language))")
            let d = path(location)
            if !d.isEmpty {
                let fill = location.dimension == 2 ? "fill=\"\(colour)\" fill-opacity=\"0.18\"" : "fill=\"none\""
                svg += "<path d=\"\(d)\" \(fill) stroke=\"\(colour)\" stroke-width=\"1.6\"><title>\(title)</title></path>\n"
            }
            for c in points(location) {
                let (x, y) = point(c)
                svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"6\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1.5\"><title>\(title)</title></circle>\n"
                svg += "<text x=\"\(n(x + 8))\" y=\"\(n(y - 6))\" font-size=\"12\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(index + 1)</text>\n"
            }
        }
        svg += "</g>\n"
        svg += legend(report, language: language)
        svg += scaleBar(metresPerPixel: 6_371_008.8 * .pi / 180 / scale, height: height, language: language)
        svg += northArrow()
        return svg + "</svg>"
    }

    private func legend(_ report: FindingReport, language: Language) -> String {
        let zh = language == .zh
        var entries: [(String, String)] = [("#e3e3e3", zh ? "检查对象" : "subjects")]
        for severity in Finding.Severity.allCases.reversed() where report.findings.contains(where: { $0.severity == severity }) {
            entries.append((Self.colour(severity), severity.label(language)))
        }
        var out = "<g class=\"legend\" font-size=\"12\">\n"
        out += "<rect x=\"8\" y=\"8\" width=\"110\" height=\"\(10 + 18 * entries.count)\" fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"#bbb\"/>\n"
        for (i, entry) in entries.enumerated() {
            let y = 16 + 18 * i
            out += "<rect x=\"16\" y=\"\(y)\" width=\"14\" height=\"12\" fill=\"\(entry.0)\" stroke=\"#8a8a8a\"/>"
            out += "<text x=\"36\" y=\"\(y + 11)\">\(HTMLRenderer.escape(entry.1))</text>\n"
        }
        return out + "</g>\n"
    }

    /// A bar of a round length (1, 2 or 5 × 10ⁿ m) close to a fifth of the map's width.
    private func scaleBar(metresPerPixel: Double, height: Double, language: Language) -> String {
        let target = width / 5 * metresPerPixel
        let magnitude = pow(10, floor(log10(target)))
        let length = [1.0, 2, 5, 10].map { $0 * magnitude }.last { $0 <= target } ?? magnitude
        let pixels = length / metresPerPixel
        let label = length >= 1000 ? "\(JSONWriter.formatFixed(length / 1000, decimals: length >= 10_000 ? 0 : 1)) km" : "\(Int(length)) m"
        let x = width - 16 - pixels, y = height - 16
        func n(_ v: Double) -> String { JSONWriter.formatFixed(v, decimals: 1) }
        return """
            <g class="scale" font-size="12"><rect x="\(n(x - 6))" y="\(n(y - 22))" width="\(n(pixels + 12))" height="30" fill="#fff" fill-opacity="0.85"/>\
            <path d="M\(n(x)) \(n(y - 6))V\(n(y))H\(n(x + pixels))V\(n(y - 6))" fill="none" stroke="#333" stroke-width="1.5"/>\
            <text x="\(n(x + pixels / 2))" y="\(n(y - 9))" text-anchor="middle">\(label)</text></g>

            """
    }

    private func northArrow() -> String {
        let x = width - 30
        func n(_ v: Double) -> String { JSONWriter.formatFixed(v, decimals: 1) }
        return """
            <g class="north"><path d="M\(n(x)) 12L\(n(x + 9)) 40L\(n(x)) 34L\(n(x - 9)) 40Z" fill="#333"/>\
            <text x="\(n(x))" y="54" font-size="13" text-anchor="middle" font-weight="bold">N</text></g>

            """
    }
}
