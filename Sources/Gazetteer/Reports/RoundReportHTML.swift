import Foundation

/// The round report as one self-contained HTML page for both sides to sign: metadata and parties, a summary of the
/// line, an overview map (the line, posts coloured by outcome, displacement arrows exaggerated and labelled), a
/// detail map per displaced post (registered and observed positions at true scale, its landmarks), the table of
/// every post, the findings, and a signature block. No script and nothing fetched; prints on A4.
public struct RoundReportHTML: Sendable {
    /// The overview map's width in pixels.
    public var width: Double = 960

    /// A renderer.
    public init() {}

    /// The colour of an outcome on the maps and in the table.
    public static func colour(_ outcome: MarkerComparison.Outcome) -> String {
        switch outcome {
        case .withinTolerance: return "#2e7d32"
        case .suspectedDisplacement: return "#ef6c00"
        case .displaced: return "#c62828"
        case .missing: return "#4a148c"
        case .notVisited: return "#9e9e9e"
        case .unknownMarker: return "#1565c0"
        }
    }

    /// The round report's own style, after the shared one: the metadata table, the detail maps, the signature block.
    static let roundStyle = """
        table.meta td:first-child { width: 9em; background: #f7f7f2; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; vertical-align: middle; }
        .details { display: flex; flex-wrap: wrap; gap: 12px; }
        .details figure { margin: 0; width: 300px; page-break-inside: avoid; }
        .details figcaption { font-size: 12px; color: #444; }
        .signatures { display: flex; gap: 24px; margin-top: 16px; page-break-inside: avoid; }
        .signatures div { flex: 1; border: 1px solid #999; padding: 12px; min-height: 150px; }
        .signatures p { margin: 18px 0 0; }
        td.small { font-size: 11px; } td.nowrap { white-space: nowrap; }
        @media print { .details figure { width: 48%; } h2 { page-break-after: avoid; } }
        """

    /// The page's text.
    public func page(_ report: RoundReport, language: Language) -> String {
        let zh = language == .zh
        let e = HTMLRenderer.escape
        let round = report.round, comparison = report.comparison
        let title = e(report.title(language))
        var html = HTMLRenderer.documentStart(title: title, language: language, extraStyle: Self.roundStyle)
        if let source = report.source { html += "<div class=\"source\">\(zh ? "登记册：" : "Registry: ")\(e(source))</div>\n" }

        // Metadata.
        let line = comparison.line
        let rows: [(String, String)] = [
            (zh ? "联检编号" : "Round", round.id),
            (zh ? "界线" : "Line", [round.lineCode, line?.name, line.map { zh ? $0.level.chinese : $0.level.rawValue }].compactMap { $0 }.joined(separator: " ")),
            (zh ? "次序与年度" : "Ordinal, year", zh ? "第 \(round.ordinal) 次，\(round.year) 年" : "round \(round.ordinal), \(round.year)"),
            (zh ? "参加方" : "Parties", round.parties.joined(separator: zh ? "、" : ", ")),
            (zh ? "协议书" : "Agreement", [line?.agreementReference, line?.agreementDate?.description].compactMap { $0 }.joined(separator: " ")),
            (zh ? "开启" : "Opened", "\(round.openedOn) \(round.openedBy)"),
            (zh ? "状态" : "State", report.state(language)),
            (zh ? "判定阈值" : "Thresholds", zh
                ? "GNSS 不确定度 \(Quantity.metres(comparison.options.tolerance).formatted) + 界桩登记精度；移位 ≥ \(Quantity.metres(comparison.options.displaced).formatted)；距离与方位按 CGCS2000 椭球大地线计算"
                : "GNSS uncertainty \(Quantity.metres(comparison.options.tolerance).formatted) + the marker's recorded accuracy; displaced at \(Quantity.metres(comparison.options.displaced).formatted) or more; geodesic distances and bearings on the CGCS2000 ellipsoid"),
        ]
        html += "<h2>\(zh ? "基本情况" : "Round")</h2>\n<table class=\"meta\">\n"
        for (k, v) in rows { html += "<tr><td>\(e(k))</td><td>\(e(v))</td></tr>\n" }
        html += "</table>\n"

        // Summary of the line.
        html += "<h2>\(zh ? "界线汇总" : "Summary of the line")</h2>\n<table>\n<thead><tr>"
        html += "<th>\(zh ? "界线" : "line")</th><th>\(zh ? "登记界桩" : "registered posts")</th><th>\(zh ? "已检查" : "visited")</th>"
        for (outcome, _) in comparison.outcomeCounts { html += "<th><span class=\"swatch\" style=\"background:\(Self.colour(outcome))\"></span>\(e(outcome.label(language)))</th>" }
        html += "<th>\(zh ? "错误/警告" : "errors/warnings")</th></tr></thead>\n<tbody><tr>"
        let registeredCount = comparison.markers.filter { $0.registered != nil }.count
        let visited = comparison.markers.filter { $0.registered != nil && $0.observation != nil }.count
        html += "<td>\(e(round.lineCode + " " + (line?.name ?? "")))</td><td class=\"num\">\(registeredCount)</td><td class=\"num\">\(visited)</td>"
        for (_, count) in comparison.outcomeCounts { html += "<td class=\"num\">\(count)</td>" }
        let errors = comparison.findings.filter { $0.severity == .error }.count, warnings = comparison.findings.filter { $0.severity == .warning }.count
        html += "<td class=\"num\">\(errors) / \(warnings)</td></tr></tbody>\n</table>\n"

        // Maps.
        if let (svg, exaggeration) = overview(comparison, language: language) {
            html += "<h2>\(zh ? "界线与界桩总图" : "Line and markers")</h2>\n" + svg + "\n"
            html += "<div class=\"source\">" + e(zh
                ? "位移箭头自登记位置指向实测位置，长度放大 \(Self.factorText(exaggeration)) 倍，标注为实际位移。等距圆柱投影（经度按中纬度余弦缩放），CGCS2000 经纬度。"
                : "Displacement arrows run from the registered to the observed position, lengthened \(Self.factorText(exaggeration))×, labelled with the true displacement. Equirectangular, longitudes scaled by the cosine of the mid latitude; CGCS2000.") + "</div>\n"
        }
        let detailed = comparison.markers.filter { $0.outcome == .displaced || $0.outcome == .suspectedDisplacement }
        if !detailed.isEmpty {
            html += "<h2>\(zh ? "移位界桩详图" : "Displaced markers")</h2>\n<div class=\"details\">\n"
            for entry in detailed { if let figure = detail(entry, line: line, language: language) { html += figure } }
            html += "</div>\n"
        }

        // The table of every post.
        html += "<h2>\(zh ? "界桩逐个检查表" : "Markers")</h2>\n<table>\n<thead><tr>"
        let headers = zh ? ["序号", "界桩号", "类型", "登记位置（经度, 纬度）", "实测位置", "位移", "方位", "状况", "结论", "问题", "备注"]
                         : ["#", "number", "kind", "registered (lon, lat)", "observed", "displacement", "bearing", "condition", "outcome", "findings", "notes"]
        html += headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (i, entry) in comparison.markers.enumerated() {
            let kind = entry.registered?.kind.map { zh ? $0.chinese : $0.rawValue } ?? "—"
            html += "<tr id=\"marker-\(e(entry.number))\"><td class=\"num\">\(i + 1)</td><td class=\"code\">\(e(entry.number))</td><td>\(e(kind))</td>"
            html += "<td class=\"num small\">\(Self.coordinateCell(entry.registered?.position))</td>"
            html += "<td class=\"num small\">\(Self.coordinateCell(entry.observation?.position))</td>"
            html += "<td class=\"num\">\(e(entry.displacement.map { Quantity.metres($0).formatted } ?? "—"))</td>"
            html += "<td class=\"num\">\(e(RoundComparison.bearingText(entry.bearing)))</td>"
            html += "<td class=\"nowrap\">\(e(RoundReport.conditionText(entry, language)))</td>"
            html += "<td class=\"nowrap\" style=\"color:\(Self.colour(entry.outcome))\"><span class=\"swatch\" style=\"background:\(Self.colour(entry.outcome))\"></span>\(e(entry.outcome.label(language)))</td>"
            html += "<td class=\"code small\">\(entry.findingCodes.map(e).joined(separator: "<br>"))</td>"
            var notes = entry.observation?.notes ?? ""
            for h in entry.history {
                notes += (notes.isEmpty ? "" : " ") + (zh ? "〔\(h.round)：\(h.observation.condition.chinese)" : "[\(h.round): \(h.observation.condition.rawValue)")
                    + (h.drift.map { zh ? "，至本次位移 \(Quantity.metres($0).formatted)〕" : ", \(Quantity.metres($0).formatted) since]" } ?? (zh ? "〕" : "]"))
            }
            html += "<td class=\"small\">\(e(notes))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"

        // The findings, numbered as the shared findings report numbers them.
        html += HTMLRenderer.findingsSection(comparison.report, language: language)

        // Signatures.
        html += "<h2>\(zh ? "双方签字" : "Signatures")</h2>\n"
        let pledge = zh ? "双方确认上述检查结果属实，对移位、丢失、损坏界桩按《行政区域界线界桩管理办法》及双方协议组织复位、重建或修复。"
                        : "Both parties confirm the results above; displaced, missing and damaged markers will be restored, rebuilt or repaired under the marker regulations and the parties' agreement."
        html += "<p>\(e(pledge))</p>\n"
        html += "<div class=\"signatures\">\n"
        for party in round.parties {
            html += "<div><strong>\(e(party))</strong>"
            html += "<p>\(zh ? "代表（签字）：" : "Representative (signature):")</p><p>\(zh ? "单位（盖章）：" : "Seal:")</p><p>\(zh ? "日期：" : "Date:")</p></div>\n"
        }
        html += "</div>\n"
        return html + "</body>\n</html>\n"
    }

    /// A position as two lines, longitude over latitude, or a dash.
    static func coordinateCell(_ c: Coordinate?) -> String {
        guard let c else { return "—" }
        return Quantity.fixed(c.x, decimals: 7) + "<br>" + Quantity.fixed(c.y, decimals: 7)
    }

    /// "1", "2.5", "1,200".
    static func factorText(_ value: Double) -> String {
        value >= 10 ? String(Int(value.rounded())) : Quantity.fixed(value, decimals: value == value.rounded() ? 0 : 1)
    }

    /// A round number (1, 2 or 5 × 10ⁿ) at or below `value`, at least 1.
    static func roundFactor(_ value: Double) -> Double {
        guard value > 1, value.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        return [1.0, 2, 5, 10].map { $0 * magnitude }.last { $0 <= value } ?? magnitude
    }

    /// An arrow from pixel (x, y) along `bearing` for `pixels`, with its label.
    static func arrow(x: Double, y: Double, bearing: Double, pixels: Double, label: String, colour: String) -> String {
        let n = SVGMapFrame.n
        let b = bearing * .pi / 180
        let x2 = x + sin(b) * pixels, y2 = y - cos(b) * pixels
        return "<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(colour)\" stroke-width=\"2\" marker-end=\"url(#arrowhead)\"/>"
            + "<text x=\"\(n(x2 + 4))\" y=\"\(n(y2 - 4))\" font-size=\"11\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(HTMLRenderer.escape(label))</text>\n"
    }

    static let arrowDefinition = """
        <defs><marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">\
        <path d="M0 0L10 5L0 10Z" fill="context-stroke"/></marker></defs>

        """

    /// The overview map and its arrows' exaggeration, or nil when nothing has a place.
    func overview(_ comparison: RoundComparison, language: Language) -> (String, Double)? {
        var bounds = Envelope.empty
        if let g = comparison.line?.geometry { bounds.expand(toInclude: g.envelope) }
        for entry in comparison.markers {
            if let p = entry.registered?.position { bounds.expand(toInclude: Envelope(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y)) }
            if let p = entry.observation?.position { bounds.expand(toInclude: Envelope(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y)) }
        }
        guard let frame = SVGMapFrame(bounds: bounds, width: width, maxHeight: 900, margin: 40) else { return nil }
        let n = SVGMapFrame.n
        let largest = comparison.markers.filter { $0.outcome == .displaced || $0.outcome == .suspectedDisplacement }.compactMap(\.displacement).max() ?? 0
        // The largest arrow about 80 px long: a 20 m move on a 700 km line is otherwise invisible.
        let exaggeration = largest > 0 ? Self.roundFactor(80 * frame.metresPerPixel / largest) : 1
        var svg = "<svg class=\"map\" viewBox=\"0 0 \(n(frame.width)) \(n(frame.height))\" width=\"\(n(frame.width))\" height=\"\(n(frame.height))\" role=\"img\">\n"
        svg += Self.arrowDefinition
        svg += "<rect x=\"0\" y=\"0\" width=\"\(n(frame.width))\" height=\"\(n(frame.height))\" fill=\"#fbfbf8\" stroke=\"#bbb\"/>\n"
        if let line = comparison.line, let g = line.geometry {
            svg += "<path class=\"line\" d=\"\(frame.path(g))\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"10 3 2 3\"><title>\(HTMLRenderer.escape(line.code + " " + line.name))</title></path>\n"
        }
        svg += "<g class=\"markers\">\n"
        for entry in comparison.markers {
            guard let at = entry.registered?.position ?? entry.observation?.position else { continue }
            let (x, y) = frame.point(at)
            let colour = Self.colour(entry.outcome)
            let title = HTMLRenderer.escape("\(entry.number) \(entry.outcome.label(language))")
            if entry.outcome == .missing {
                svg += "<path d=\"M\(n(x - 5)) \(n(y - 5))L\(n(x + 5)) \(n(y + 5))M\(n(x - 5)) \(n(y + 5))L\(n(x + 5)) \(n(y - 5))\" stroke=\"\(colour)\" stroke-width=\"2.5\"><title>\(title)</title></path>\n"
            } else {
                svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.5\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1\"><title>\(title)</title></circle>\n"
            }
            if entry.outcome != .withinTolerance || !entry.findingCodes.isEmpty {
                // The number on the side away from its arrow, so that the two labels do not overlap.
                let west = entry.bearing.map { sin($0 * .pi / 180) < 0 } ?? false
                svg += "<text x=\"\(n(west ? x + 8 : x - 8))\" y=\"\(n(y + 4))\" font-size=\"11\" text-anchor=\"\(west ? "start" : "end")\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(HTMLRenderer.escape(entry.number))</text>\n"
            }
            if let d = entry.displacement, let bearing = entry.bearing, entry.outcome == .displaced || entry.outcome == .suspectedDisplacement {
                svg += Self.arrow(x: x, y: y, bearing: bearing, pixels: d * exaggeration / frame.metresPerPixel,
                                  label: Quantity.metres(d).formatted, colour: colour)
            }
        }
        svg += "</g>\n" + legend(comparison, language: language) + frame.scaleBar() + frame.northArrow()
        return (svg + "</svg>", exaggeration)
    }

    private func legend(_ comparison: RoundComparison, language: Language) -> String {
        let present = comparison.outcomeCounts.filter { $0.1 > 0 }
        var out = "<g class=\"legend\" font-size=\"12\">\n"
        out += "<rect x=\"8\" y=\"8\" width=\"150\" height=\"\(10 + 18 * present.count)\" fill=\"#fff\" fill-opacity=\"0.9\" stroke=\"#bbb\"/>\n"
        for (i, (outcome, count)) in present.enumerated() {
            let y = 16 + 18 * i
            out += "<circle cx=\"22\" cy=\"\(y + 6)\" r=\"5\" fill=\"\(Self.colour(outcome))\"/>"
            out += "<text x=\"34\" y=\"\(y + 11)\">\(HTMLRenderer.escape(outcome.label(language))) \(count)</text>\n"
        }
        return out + "</g>\n"
    }

    /// A small map of one displaced post: the line nearby, the registered and observed positions, the arrow at true
    /// scale (lengthened only when shorter than 25 px) and the post's landmarks.
    func detail(_ entry: MarkerComparison, line: BoundaryLine?, language: Language) -> String? {
        guard let marker = entry.registered, let observed = entry.observation?.position, let d = entry.displacement,
              let bearing = entry.bearing else { return nil }
        let zh = language == .zh
        let landmarks: [(ReferenceLandmark, Coordinate)] = marker.landmarks.compactMap { l in
            (l.position ?? (try? Geodesic.cgcs2000.direct(from: marker.position, azimuth: l.bearing, distance: l.distance))).map { (l, $0) }
        }
        // Room for the landmarks, or 60 m around the post when it has none.
        var bounds = Envelope(minX: marker.position.x, minY: marker.position.y, maxX: marker.position.x, maxY: marker.position.y)
        for c in [observed] + landmarks.map(\.1) { bounds.expand(toInclude: Envelope(minX: c.x, minY: c.y, maxX: c.x, maxY: c.y)) }
        for azimuth in [0.0, 90, 180, 270] {
            if let c = try? Geodesic.cgcs2000.direct(from: marker.position, azimuth: azimuth, distance: 60) {
                bounds.expand(toInclude: Envelope(minX: c.x, minY: c.y, maxX: c.x, maxY: c.y))
            }
        }
        let size = 300.0
        guard let frame = SVGMapFrame(bounds: bounds, width: size, maxHeight: size, margin: 34) else { return nil }
        let n = SVGMapFrame.n
        var svg = "<svg class=\"map detail\" viewBox=\"0 0 \(n(size)) \(n(frame.height))\" width=\"\(n(size))\" height=\"\(n(frame.height))\" role=\"img\">\n"
        svg += Self.arrowDefinition
        svg += "<rect x=\"0\" y=\"0\" width=\"\(n(size))\" height=\"\(n(frame.height))\" fill=\"#fbfbf8\" stroke=\"#bbb\"/>\n"
        if let g = line?.geometry {
            svg += "<path d=\"\(frame.path(g))\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"10 3 2 3\"/>\n"
        }
        for (l, c) in landmarks {
            let (x, y) = frame.point(c)
            svg += "<rect x=\"\(n(x - 4))\" y=\"\(n(y - 4))\" width=\"8\" height=\"8\" fill=\"#6d4c41\"><title>\(HTMLRenderer.escape(l.name))</title></rect>"
            let right = x > size * 0.6
            svg += "<text x=\"\(n(right ? x - 6 : x + 6))\" y=\"\(n(y + 4))\" text-anchor=\"\(right ? "end" : "start")\" font-size=\"10\" fill=\"#6d4c41\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\(HTMLRenderer.escape(l.name))</text>\n"
        }
        let (x, y) = frame.point(marker.position)
        let truePixels = d / frame.metresPerPixel
        let factor = truePixels < 25 ? Self.roundFactor(25 / max(truePixels, 1e-9)) : 1
        let colour = Self.colour(entry.outcome)
        svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"2\"><title>\(zh ? "登记位置" : "registered")</title></circle>\n"
        svg += Self.arrow(x: x, y: y, bearing: bearing, pixels: truePixels * factor, label: Quantity.metres(d).formatted, colour: colour)
        if factor == 1 {
            let (ox, oy) = frame.point(observed)
            svg += "<circle cx=\"\(n(ox))\" cy=\"\(n(oy))\" r=\"4.5\" fill=\"\(colour)\"><title>\(zh ? "实测位置" : "observed")</title></circle>\n"
        }
        svg += frame.scaleBar() + frame.northArrow() + "</svg>"
        let scaleNote = factor == 1 ? (zh ? "箭头为实际比例" : "arrow at true scale")
                                    : (zh ? "箭头放大 \(Self.factorText(factor)) 倍" : "arrow lengthened \(Self.factorText(factor))×")
        let caption = zh ? "\(marker.number)：\(entry.outcome.label(language)) \(Quantity.metres(d).formatted)，方位 \(RoundComparison.bearingText(bearing))；○ 登记位置，■ 方位物；\(scaleNote)"
                         : "\(marker.number): \(entry.outcome.label(language)) \(Quantity.metres(d).formatted), bearing \(RoundComparison.bearingText(bearing)); ○ registered, ■ landmarks; \(scaleNote)"
        return "<figure>\(svg)<figcaption>\(HTMLRenderer.escape(caption))</figcaption></figure>\n"
    }
}
