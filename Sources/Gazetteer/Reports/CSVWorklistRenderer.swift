/// Renders a report as a reviewers' worklist: UTF-8 CSV with a byte-order mark (so Excel on Chinese Windows opens it
/// correctly), one row per finding, and empty columns for the reviewer's decision, name and note.
///
/// Locations are given as a representative longitude/latitude (a point's own, else its envelope's centre) so the
/// sheet can be sorted and filtered; the full geometry is in the GeoJSON report.
public struct CSVWorklistRenderer: ReportRenderer {
    /// A worklist renderer.
    public init() {}

    /// The column headings in `language`; the decision column is the one reviewers fill in.
    public static func headers(_ language: Language) -> [String] {
        switch language {
        case .zh: return ["序号", "编号", "状态", "级别", "代码", "对象", "文件", "记录", "字段", "说明", "量值", "单位", "阈值", "经度", "纬度",
                          "复核结论（接受/不接受）", "复核人", "备注"]
        case .en: return ["no", "id", "status", "severity", "code", "subjects", "file", "record", "field", "message", "measured", "unit",
                          "threshold", "longitude", "latitude", "decision (accept/reject)", "reviewer", "note"]
        }
    }

    public func render(_ report: FindingReport, language: Language) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: true)
        writer.writeRecord(Self.headers(language) + report.worklistColumns.map { $0.text(language) })
        let extra = [String](repeating: "", count: report.worklistColumns.count)
        for (i, finding) in report.findings.enumerated() {
            var lon = "", lat = ""
            if let location = finding.location {
                let c: Coordinate
                if case .point(let p) = location { c = p.coordinate } else {
                    let e = location.envelope
                    c = Coordinate((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2)
                }
                if c.isFinite {
                    lon = Quantity.fixed(c.x, decimals: 7)
                    lat = Quantity.fixed(c.y, decimals: 7)
                }
            }
            let measured = finding.measured.map { Quantity.fixed($0.value, decimals: $0.unit.decimals) } ?? ""
            let threshold = finding.threshold.map { Quantity.fixed($0.value, decimals: $0.unit.decimals) } ?? ""
            writer.writeRecord([
                String(i + 1), finding.identity, finding.status.keyword, finding.severity.label(language), finding.code.id, finding.subjects.joined(separator: ","),
                finding.file ?? "", finding.record ?? "", finding.field ?? "", finding.message(language), measured,
                finding.measured?.unit.symbol ?? "", threshold, lon, lat, "", "", "",
            ] + extra)
        }
        return writer.takeBytes()
    }
}
