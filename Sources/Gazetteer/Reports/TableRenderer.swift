/// Renders a report as an aligned text table for a terminal, followed by the summary lines.
///
/// With no findings the table is left out and the summary says so. Wide (CJK) characters are aligned by
/// ``TextTable``'s display width.
public struct TableRenderer: ReportRenderer {
    /// A table renderer.
    public init() {}

    public func render(_ report: FindingReport, language: Language) -> [UInt8] {
        Array(text(report, language: language).utf8)
    }

    /// The report as text (one line per finding, then the summary), each line ending with a newline.
    public func text(_ report: FindingReport, language: Language) -> String {
        let zh = language == .zh
        var out = ""
        if report.findings.isEmpty {
            out += zh ? "未发现问题。\n" : "No findings.\n"
        } else {
            var table = TextTable(
                headers: zh ? ["序号", "级别", "代码", "说明", "量值", "位置"] : ["#", "severity", "code", "message", "measured", "location"],
                alignments: [.right, .left, .left, .left, .right])
            for (i, finding) in report.findings.enumerated() {
                table.append([String(i + 1), finding.severity.label(language) + finding.statusSuffix(language), finding.code.id,
                              finding.message(language) + finding.reviewNote(language), finding.measuredText, finding.locationText])
            }
            out += table.render()
        }
        for line in report.summary.lines(language) { out += line + "\n" }
        for dataSource in report.dataSources { out += (zh ? "数据来源：" : "Data from: ") + dataSource.line(language) + "\n" }
        return out
    }
}
