/// Renders a report as `{"summary": {…}, "findings": […]}` for programs.
///
/// `summary` holds the title, source, counts per severity, the statement and the totals (`{key: number}`, the unit
/// in the key: `area_km2`); each finding holds its code, severity, subjects, file, record, field, message (in the
/// report's language), measured and threshold with their units, the template's values, and its location as a
/// GeoJSON geometry (CGCS2000 longitude/latitude) or null.
public struct JSONRenderer: ReportRenderer {
    /// A JSON renderer.
    public init() {}

    public func render(_ report: FindingReport, language: Language) -> [UInt8] {
        Array(text(report, language: language).utf8)
    }

    /// The report as JSON text, ending with a newline.
    public func text(_ report: FindingReport, language: Language) -> String {
        var out = "{\"summary\":"
        JSONWriter.write(.object(Self.summary(report, language: language)), precision: 7, to: &out)
        out += ",\"findings\":["
        for (i, finding) in report.findings.enumerated() {
            if i > 0 { out += "," }
            Finding.appendObject(finding.jsonMembers(language), geometryKey: "location", geometry: finding.location, to: &out)
        }
        // Accepted exceptions are reported apart: known, allowed facts, which never set the exit status.
        out += "],\"accepted\":["
        for (i, finding) in report.accepted.enumerated() {
            if i > 0 { out += "," }
            Finding.appendObject(finding.jsonMembers(language), geometryKey: "location", geometry: finding.location, to: &out)
        }
        return out + "]}\n"
    }

    /// The summary object (also the GeoJSON report's top-level `summary` member).
    static func summary(_ report: FindingReport, language: Language) -> JSONObject {
        let s = report.summary
        var totals = JSONObject()
        for total in s.totals { totals[total.key] = .number(total.quantity.value) }
        return JSONObject([
            ("title", .string(report.title.text(language))), ("source", report.source.map(JSONValue.string) ?? .null),
            ("language", .string(language.rawValue)),
            ("checked", .number(Double(s.checked))), ("errors", .number(Double(s.errors))),
            ("warnings", .number(Double(s.warnings))), ("infos", .number(Double(s.infos))),
            ("accepted", .number(Double(s.accepted))),
            ("statement", .string(s.lines(language)[0])),
            ("totals", .object(totals)),
            ("data_sources", .array(report.dataSources.map { .string($0.line(language)) })),
        ])
    }
}
