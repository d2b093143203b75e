/// Turns a ``FindingReport`` into the bytes of one output format.
///
/// Renderers are pure: the same report and language always give the same bytes, so a CLI command, a test and the
/// HTTP service serve identical output.
public protocol ReportRenderer: Sendable {
    /// The report in this format, in `language`.
    func render(_ report: FindingReport, language: Language) -> [UInt8]
}

/// The formats a report can be rendered in; the raw values are the `--format` values.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned plain text for a terminal.
    case table
    /// `{"summary": …, "findings": […]}` for programs.
    case json
    /// An RFC 7946 FeatureCollection, one feature per finding, for GIS tools.
    case geojson
    /// A worklist for reviewers: UTF-8 with a byte-order mark (Excel), with a column for the reviewer's decision.
    case csv
    /// A self-contained web page: summary, an SVG map, the table of findings.
    case html
    /// A GeoPackage with the findings as layers split by geometry type, for QGIS (rendered by
    /// `GeoPackageFindingsRenderer` in the GazetteerGeoPackage target; a binary file, so it needs `--output`).
    case gpkg

    /// The renderer for this format, when it is one of the text formats this target renders (all but ``gpkg``).
    public var textRenderer: (any ReportRenderer)? {
        switch self {
        case .table: return TableRenderer()
        case .json: return JSONRenderer()
        case .geojson: return GeoJSONRenderer()
        case .csv: return CSVWorklistRenderer()
        case .html: return HTMLRenderer()
        case .gpkg: return nil
        }
    }
}

extension Finding {
    /// "（已接受）" after the severity of an accepted exception, "（重开）" after one reopened automatically.
    func statusSuffix(_ language: Language) -> String {
        switch status {
        case .open: return ""
        case .accepted: return language == .zh ? "（已接受）" : " (accepted)"
        case .reopenedAutomatically: return language == .zh ? "（重开）" : " (reopened)"
        }
    }

    /// The review's reason (accepted) or why the acceptance lapsed (reopened), after the message.
    func reviewNote(_ language: Language) -> String {
        switch status {
        case .open: return ""
        case .accepted(let review): return language == .zh ? "〔例外：\(review.reason)〕" : " [exception: \(review.reason)]"
        case .reopenedAutomatically(_, let why): return language == .zh ? "〔已重开：\(why.zh)〕" : " [reopened: \(why.en)]"
        }
    }

    /// A short text for the location: a point's coordinates, else the geometry's type and its envelope's centre.
    var locationText: String {
        guard let location else { return "" }
        if case .point(let p) = location {
            return "\(Quantity.fixed(p.coordinate.x, decimals: 6)) \(Quantity.fixed(p.coordinate.y, decimals: 6))"
        }
        let e = location.envelope
        guard !e.isEmpty else { return location.typeName }
        return "\(location.typeName) ~\(Quantity.fixed((e.minX + e.maxX) / 2, decimals: 4)) \(Quantity.fixed((e.minY + e.maxY) / 2, decimals: 4))"
    }

    /// The measured value and, when there is one, the threshold: "0.42 m / 0.20 m".
    var measuredText: String {
        guard let measured else { return "" }
        return measured.formatted + (threshold.map { " / \($0.formatted)" } ?? "")
    }
}

extension FindingSummary {
    /// The lines every text format closes with: the verdict (or the counts), then each total.
    func lines(_ language: Language) -> [String] {
        var lines = [statement?.text(language) ?? counts(language)]
        if acceptedHidden > 0 {
            lines.append(language == .zh ? "另有 \(acceptedHidden) 个已接受的例外未显示（加 --show-accepted 显示）。"
                                         : "\(acceptedHidden) accepted exception(s) not shown; --show-accepted shows them.")
        }
        let separator = language == .zh ? "：" : ": "
        if statement != nil && statementIncludesTotals { return lines }
        for total in totals { lines.append(total.label.text(language) + separator + total.quantity.formatted) }
        return lines
    }
}
