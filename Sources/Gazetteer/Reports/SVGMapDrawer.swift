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
        guard let frame = SVGMapFrame(bounds: bounds, width: width, maxHeight: maxHeight, margin: margin) else { return nil }
        let height = frame.height
        let point = frame.point, path = frame.path, points = SVGMapFrame.points
        let n = SVGMapFrame.n

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
        svg += frame.scaleBar()
        svg += frame.northArrow()
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
}
