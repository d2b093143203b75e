import Foundation
import Testing
@testable import Gazetteer

/// Each renderer on one hand-made report: an error at a point, a warning over a polygon, a note with no place.
@Suite("Report renderers")
struct ReportRendererTests {
    static let square = Geometry.polygon(Polygon(exterior: [
        Coordinate(120, 49), Coordinate(121, 49), Coordinate(121, 50), Coordinate(120, 50), Coordinate(120, 49),
    ]))

    static let report: FindingReport = {
        let findings = [
            Finding(.geometryInvalid, subjects: ["150723"], location: .point(Point(x: 120.5, y: 49.5)), file: "u.geojson",
                    record: "features[0]", field: "geometry",
                    values: ["subject": "150723 <鄂伦春>", "reason": .localized(LocalizedText(zh: "自相交", en: "Self-intersection"))]),
            Finding(.importRecordWarning, subjects: ["150724"], location: square, measured: .metres(0.42), threshold: .metres(0.2),
                    values: ["record": "features[1] (150724)", "field": "geometry", "reason": .localized(LocalizedText(zh: "已修复", en: "repaired"))]),
            Finding(.importRecordNote, subjects: [], values: ["record": "line 3", "field": "—", "reason": "a note, with a comma"]),
        ]
        return FindingReport(title: LocalizedText(zh: "测试报告", en: "Test report"), source: "u.geojson",
                             subjects: [ReportSubject(id: "150724", name: "鄂温克", geometry: square)],
                             findings: findings, checked: 5,
                             totals: [.init(key: "area_km2", label: LocalizedText(zh: "总面积", en: "total area"), quantity: Quantity(12.5, .squareKilometre))])
    }()

    @Test("JSON parses back to {summary, findings} with units, values and GeoJSON locations")
    func json() throws {
        let value = try JSONParser.parse(JSONRenderer().text(Self.report, language: .en))
        #expect(value["summary"]?["checked"]?.numberValue == 5)
        #expect(value["summary"]?["errors"]?.numberValue == 1)
        #expect(value["summary"]?["warnings"]?.numberValue == 1)
        #expect(value["summary"]?["infos"]?.numberValue == 1)
        #expect(value["summary"]?["totals"]?["area_km2"]?.numberValue == 12.5)
        let findings = try #require(value["findings"]?.arrayValue)
        #expect(findings.count == 3)
        #expect(findings[0]["code"]?.stringValue == "geometry.invalid")
        #expect(findings[0]["message"]?.stringValue == "150723 <鄂伦春>: invalid geometry: Self-intersection")
        #expect(findings[0]["location"]?["type"]?.stringValue == "Point")
        #expect(findings[0]["location"]?["coordinates"]?.arrayValue?.compactMap(\.numberValue) == [120.5, 49.5])
        #expect(findings[0]["record"]?.stringValue == "features[0]")
        #expect(findings[1]["measured"]?["value"]?.numberValue == 0.42)
        #expect(findings[1]["measured"]?["unit"]?.stringValue == "m")
        #expect(findings[1]["threshold"]?["value"]?.numberValue == 0.2)
        #expect(findings[1]["location"]?["type"]?.stringValue == "Polygon")
        #expect(findings[2]["location"] == .null)
    }

    @Test("GeoJSON is read by GDAL's ogrinfo: three features, the codes, the point",
          .enabled(if: TestFixtures.hasTool("ogrinfo"), "needs ogrinfo (gdal-bin)"))
    func geoJSONThroughGDAL() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("findings.geojson").path
        try Data(GeoJSONRenderer().render(Self.report, language: .zh)).write(to: URL(fileURLWithPath: path))
        let info = try runCommand("/usr/bin/env", ["ogrinfo", "-ro", "-al", path])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("Feature Count: 3"))
        #expect(info.stdout.contains("code (String) = geometry.invalid"))
        #expect(info.stdout.contains("code (String) = import.record-warning"))
        #expect(info.stdout.contains("POINT (120.5 49.5)"))
        #expect(info.stdout.contains("measured_unit (String) = m"))
        #expect(info.stdout.contains("150723 <鄂伦春> 的几何无效：自相交"))
    }

    @Test("the CSV worklist is UTF-8 with a BOM, one row per finding, and an empty decision column")
    func csvWorklist() throws {
        let bytes = CSVWorklistRenderer().render(Self.report, language: .zh)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(bytes: bytes.dropFirst(3), encoding: .utf8) != nil)
        let table = try CSVReader.parse(bytes: bytes)
        #expect(table.encoding == .utf8 && table.problems.isEmpty)
        let rows = [try #require(table.header?.names)] + table.records.map(\.fields)
        #expect(rows.count == 4)
        let decision = try #require(rows[0].firstIndex { $0.hasPrefix("复核结论") })
        #expect(rows.dropFirst().allSatisfy { $0.count == rows[0].count && $0[decision] == "" })
        #expect(rows[1][1] == Self.report.findings[0].identity && rows[1][2] == "open")
        #expect(rows[1][4] == "geometry.invalid" && rows[1][13] == "120.5000000" && rows[1][14] == "49.5000000")
        #expect(rows[3][9] == "line 3 —：a note, with a comma")
    }

    @Test("the HTML page holds the SVG map, a row per finding, escaped text, and no external URL")
    func html() {
        let page = HTMLRenderer().page(Self.report, language: .zh)
        #expect(page.contains("<svg class=\"map\""))
        for i in 1...3 { #expect(page.contains("<tr id=\"finding-\(i)\">")) }
        #expect(page.contains("150723 &lt;鄂伦春&gt; 的几何无效：自相交"))
        #expect(!page.contains("<鄂伦春>"))
        for external in ["http://", "https://", "//cdn", "src=", "url(", "@import"] { #expect(!page.contains(external), "\(external)") }
    }

    @Test("the map scales longitude by cos(mid latitude): a 1°×1° cell at 60° N is half as wide as tall")
    func mapProjection() throws {
        let cell = Geometry.polygon(Polygon(exterior: [
            Coordinate(10, 59.5), Coordinate(11, 59.5), Coordinate(11, 60.5), Coordinate(10, 60.5), Coordinate(10, 59.5),
        ]))
        let report = FindingReport(title: LocalizedText(zh: "", en: ""), source: nil,
                                   subjects: [ReportSubject(id: "c", geometry: cell)], findings: [], checked: 1)
        let svg = try #require(SVGMapDrawer().svg(report, language: .en))
        // 960 × 720 at most, 40 px margins: the height limits, 640 px per degree of latitude, so the cell is
        // 640 px tall and 640 × cos 60° = 320 px wide.
        let path = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<path d=\"M") })
        let numbers = path.dropFirst(9).prefix { $0 != "\"" }.split { "MLZ ".contains($0) }.compactMap { Double($0) }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        #expect(abs(xs.max()! - xs.min()! - 320) < 0.5)
        #expect(abs(ys.max()! - ys.min()! - 640) < 0.5)
        #expect(svg.contains("viewBox=\"0 0 960 720\""))
    }

    @Test("the table lists each finding then the summary; with none, it says so")
    func table() {
        let text = TableRenderer().text(Self.report, language: .en)
        #expect(text.contains("geometry.invalid") && text.contains("0.42 m / 0.20 m") && text.contains("120.500000 49.500000"))
        #expect(text.hasSuffix("5 checked: 1 error(s), 1 warning(s), 1 note(s).\ntotal area: 12.500 km²\n"))
        let empty = FindingReport(title: LocalizedText(zh: "", en: ""), source: nil, findings: [], checked: 2)
        #expect(TableRenderer().text(empty, language: .zh) == "未发现问题。\n检查 2 项：错误 0，警告 0，提示 0。\n")
    }
}
