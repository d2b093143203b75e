/// `docs/FINDINGS.md`, generated from ``FindingCode/catalogue`` so the documentation cannot drift from the code.
///
/// Regenerate with `gazetteer findings-catalogue > docs/FINDINGS.md`; a test fails when the committed file differs.
public enum FindingCatalogueDocument {
    /// The Markdown text of the catalogue.
    public static func markdown() -> String {
        var out = """
            # Finding codes / 问题代码

            <!-- Generated from Sources/Gazetteer/Findings/FindingCatalogue.swift by `gazetteer findings-catalogue > docs/FINDINGS.md`. Do not edit. -->

            Every check reports findings: a stable code, a severity, the subjects concerned, a location (point, line or
            polygon, CGCS2000 longitude/latitude), the measured value and threshold with their units, and a message
            rendered from the code's template in Chinese (default) or English (`--lang en`). Reports: `--format
            table|json|geojson|csv|html`. A finding of severity `error` makes the command exit with status 1.

            Placeholders in braces are filled from the finding's `values` (in the JSON report, `findings[].values`).

            """
        var family = ""
        for code in FindingCode.catalogue {
            if code.family != family {
                family = code.family
                out += "\n## \(family)\n"
            }
            out += "\n### `\(code.id)` — \(code.title.zh) / \(code.title.en)\n\n"
            out += "- Severity: **\(code.severity.rawValue)** (\(code.severity.label(.zh)))\n"
            out += "- 中文：\(code.template.zh)\n"
            out += "- English: \(code.template.en)\n"
            out += "- Placeholders: " + code.placeholders.map { "`{\($0.name)}` \($0.meaning)" }.joined(separator: "; ") + "\n"
            out += "- 处理：\(code.advice.zh) / What to do: \(code.advice.en)\n"
        }
        return out
    }
}
