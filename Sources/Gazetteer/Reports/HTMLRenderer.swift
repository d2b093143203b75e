/// Renders a report as one self-contained HTML page: title, summary, an SVG map of the subjects and findings, the
/// table of findings, and what each code found means. No script, no stylesheet or font fetched: the page opens
/// offline and prints on A4 (the table's heading repeats on each page).
///
/// Chinese text needs a CJK font on the reader's machine; the style lists the usual ones (Noto Sans CJK, Source
/// Han Sans, Microsoft YaHei, PingFang, WenQuanYi) before the generic sans-serif.
public struct HTMLRenderer: ReportRenderer {
    /// The map drawer (its size can be changed).
    public var map = SVGMapDrawer()

    /// An HTML renderer.
    public init() {}

    public func render(_ report: FindingReport, language: Language) -> [UInt8] {
        Array(page(report, language: language).utf8)
    }

    /// The page's text.
    public func page(_ report: FindingReport, language: Language) -> String {
        let zh = language == .zh
        let e = Self.escape
        let title = e(report.title.text(language))
        var html = Self.documentStart(title: title, language: language)
        if let source = report.source { html += "<div class=\"source\">\(zh ? "数据：" : "Source: ")\(e(source))</div>\n" }
        for dataSource in report.dataSources {
            html += "<div class=\"provenance\">\(zh ? "数据来源：" : "Data from: ")\(e(dataSource.line(language)))</div>\n"
        }

        let s = report.summary
        html += "<h2>\(zh ? "摘要" : "Summary")</h2>\n<div class=\"counts\">"
        html += "<span style=\"background:#555\">\(zh ? "检查" : "checked") \(s.checked)</span>"
        for (severity, count) in [(Finding.Severity.error, s.errors), (.warning, s.warnings), (.info, s.infos)] {
            html += "<span style=\"background:\(SVGMapDrawer.colour(severity))\">\(e(severity.label(language))) \(count)</span>"
        }
        html += "</div>\n"
        let lines = s.lines(language)
        html += "<p class=\"statement\">\(e(lines[0]))</p>\n"
        if lines.count > 1 { html += "<ul class=\"totals\">" + lines.dropFirst().map { "<li>\(e($0))</li>" }.joined() + "</ul>\n" }

        if let svg = map.svg(report, language: language) {
            html += "<h2>\(zh ? "地图" : "Map")</h2>\n" + svg + "\n"
            html += "<div class=\"source\">\(zh ? "等距圆柱投影（经度按中纬度余弦缩放），CGCS2000 经纬度。" : "Equirectangular, longitudes scaled by the cosine of the mid latitude; CGCS2000 longitude/latitude.")</div>\n"
        }

        html += Self.findingsSection(report, language: language)
        return html + "</body>\n</html>\n"
    }

    /// The style every report page shares: fonts with the usual CJK faces, headings, tables, maps, print on A4.
    /// The start of a self-contained page up to its `<h1>`: doctype, language, charset, `title` (already escaped)
    /// and the shared style with `extraStyle` after it. Every HTML report begins so.
    public static func documentStart(title: String, language: Language, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>
        \(baseStyle)
        \(extraStyle)
        </style>
        </head>
        <body>
        <h1>\(title)</h1>

        """
    }

    public static let baseStyle = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif;
               margin: 24px auto; max-width: 1000px; color: #222; line-height: 1.45; padding: 0 16px; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #ddd; }
        .source { color: #666; font-size: 13px; word-break: break-all; }
        .provenance { color: #8a4b00; font-size: 13px; }
        .counts span { display: inline-block; margin: 8px 8px 0 0; padding: 3px 10px; border-radius: 12px; color: #fff; font-size: 14px; }
        .statement { margin: 10px 0 0; } .totals { margin: 4px 0 0; padding-left: 20px; }
        svg.map { width: 100%; height: auto; display: block; margin: 8px 0; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f0f0ea; } td.num { text-align: right; white-space: nowrap; } td.code { white-space: nowrap; font-family: monospace; }
        .sev { font-weight: bold; white-space: nowrap; }
        @media print { body { margin: 0; max-width: none; } thead { display: table-header-group; } tr { page-break-inside: avoid; }
                       svg.map { page-break-inside: avoid; } }
        @page { size: A4; margin: 15mm; }
        """

    /// The findings table (numbered as on the map) and what each code found means, as one HTML section.
    public static func findingsSection(_ report: FindingReport, language: Language) -> String {
        let zh = language == .zh
        let e = Self.escape
        var html = ""
        html += "<h2>\(zh ? "问题清单" : "Findings")</h2>\n"
        if report.findings.isEmpty {
            html += "<p>\(zh ? "未发现问题。" : "No findings.")</p>\n"
        } else {
            let headers = zh ? ["序号", "级别", "代码", "对象", "说明", "量值", "位置"] : ["#", "severity", "code", "subjects", "message", "measured", "location"]
            html += "<table>\n<thead><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for (i, f) in report.findings.enumerated() {
                html += "<tr id=\"finding-\(i + 1)\"><td class=\"num\">\(i + 1)</td>"
                html += "<td class=\"sev\" style=\"color:\(SVGMapDrawer.colour(f.severity))\">\(e(f.severity.label(language) + f.statusSuffix(language)))</td>"
                html += "<td class=\"code\">\(e(f.code.id))</td><td>\(e(f.subjects.joined(separator: ", ")))</td>"
                html += "<td>\(e(f.message(language) + f.reviewNote(language)))</td><td class=\"num\">\(e(f.measuredText))</td><td class=\"num\">\(e(f.locationText))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"

            var seen = Set<String>()
            let codes = report.findings.map(\.code).filter { seen.insert($0.id).inserted }
            html += "<h2>\(zh ? "代码说明" : "Codes")</h2>\n<table>\n<thead><tr><th>\(zh ? "代码" : "code")</th><th>\(zh ? "含义" : "meaning")</th><th>\(zh ? "处理" : "what to do")</th></tr></thead>\n<tbody>\n"
            for code in codes {
                html += "<tr><td class=\"code\">\(e(code.id))</td><td>\(e(code.title.text(language)))</td><td>\(e(code.advice.text(language)))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html
    }

    /// `text` with the five characters HTML gives meaning to replaced by entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
