/// Renders a report as an RFC 7946 FeatureCollection: one feature per finding, its geometry the finding's location
/// (null when it has none), its properties the finding's members, so QGIS shows findings as a layer.
///
/// Subjects are GIS-friendly scalars: `subjects` is a comma-separated string, measured and threshold are split
/// into `measured`, `measured_unit`, `threshold`, `threshold_unit`. The report's summary is a foreign member.
public struct GeoJSONRenderer: ReportRenderer {
    /// A GeoJSON renderer.
    public init() {}

    public func render(_ report: FindingReport, language: Language) -> [UInt8] {
        Array(text(report, language: language).utf8)
    }

    /// The FeatureCollection text, ending with a newline.
    public func text(_ report: FindingReport, language: Language) -> String {
        var out = "{\"type\":\"FeatureCollection\",\"name\":\"findings\",\"summary\":"
        JSONWriter.write(.object(JSONRenderer.summary(report, language: language)), precision: 7, to: &out)
        out += ",\"features\":["
        for (i, finding) in report.findings.enumerated() {
            if i > 0 { out += ",\n" }
            let members = finding.jsonMembers(language)
            var properties = JSONObject()
            for (key, value) in members.members {
                switch key {
                case "subjects": properties[key] = .string(finding.subjects.joined(separator: ","))
                case "measured", "threshold":
                    properties[key] = value["value"] ?? .null
                    properties[key + "_unit"] = value["unit"] ?? .null
                case "values": break
                default: properties[key] = value
                }
            }
            out += "{\"type\":\"Feature\",\"id\":\(i + 1),\"properties\":"
            JSONWriter.write(.object(properties), precision: 7, to: &out)
            out += ",\"geometry\":"
            if let location = finding.location { location.appendGeoJSON(to: &out, precision: 7) } else { out += "null" }
            out += "}"
        }
        return out + "]}\n"
    }
}
