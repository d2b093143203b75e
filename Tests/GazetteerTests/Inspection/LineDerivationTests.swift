import Foundation
import Testing
@testable import Gazetteer

/// Lines derived from hand-made county rectangles, whose answers are known from construction.
///
///      49.1 ┌────────┬────────┬────────┐
///           │ 150701 │ 150702 │ 230101 │      150701|150702: a county line on 120.1° E
///           │        │        │        │      150702|230101: the provincial line 1523 on 120.2° E
///      49.0 ├────────┴────────┼────────┘      150701, 150702 | 152201: the prefectural line 150700-152200 on 49° N
///           │     152201      │               (152201 and 230101 meet only at a point)
///      48.9 └─────────────────┘
///         120.0    120.1    120.2    120.3
///
/// Lengths are pyproj's (Geod GRS80) line_length of the same vertices: 11,121.071 m for 0.1° of meridian at 49–49.1° N,
/// 14,634.358 m for 120.0–120.2° E along 49° N (two geodesic segments through 120.1°).
@Suite("Line derivation")
struct LineDerivationTests {
    static func rect(_ code: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, extra: [Coordinate] = []) -> CheckedUnit {
        // Counter-clockwise, with `extra` vertices inserted on the bottom edge (so neighbours share vertices).
        let ring = [Coordinate(x0, y0)] + extra + [Coordinate(x1, y0), Coordinate(x1, y1), Coordinate(x0, y1), Coordinate(x0, y0)]
        return CheckedUnit(code: code, name: "U\(code)", boundary: .polygon(Polygon(exterior: ring)))
    }

    static let units = [
        rect("150701", 120.0, 49.0, 120.1, 49.1), rect("150702", 120.1, 49.0, 120.2, 49.1), rect("230101", 120.2, 49.0, 120.3, 49.1),
        CheckedUnit(code: "152201", name: "U152201", boundary: .polygon(Polygon(exterior: [
            Coordinate(120.0, 48.9), Coordinate(120.2, 48.9), Coordinate(120.2, 49.0), Coordinate(120.1, 49.0), Coordinate(120.0, 49.0),
            Coordinate(120.0, 48.9)]))),
        // A prefecture's own outline is not a county: left out of the derivation, but its name names the line.
        CheckedUnit(code: "150700", name: "呼伦贝尔市", boundary: .polygon(Polygon(exterior: [
            Coordinate(120.0, 49.0), Coordinate(120.2, 49.0), Coordinate(120.2, 49.1), Coordinate(120.0, 49.1), Coordinate(120.0, 49.0)]))),
    ]

    @Test("one line per level and pair of sides, named, with the lower code on the left and geodesic lengths")
    func derive() throws {
        let (lines, context) = try LineDerivation.derive(Self.units, names: ["150000": "内蒙古", "230000": "黑龙江", "152200": "兴安盟"],
                                                         lineNames: ["1523": "蒙黑线"])
        #expect(context.units.count == 4)
        #expect(lines.map(\.line.code) == ["1523", "150700-152200", "150701-150702"])
        #expect(lines.map(\.line.level) == [.provincial, .prefectural, .county])
        #expect(lines.map(\.line.name) == ["蒙黑线", "呼伦贝尔市—兴安盟线", "U150701—U150702线"])
        #expect(lines.map { [$0.line.leftUnitCode, $0.line.rightUnitCode] } == [["150000", "230000"], ["150700", "152200"], ["150701", "150702"]])
        #expect(lines.map(\.unitPairs) == [["150702|230101"], ["150701|152201", "150702|152201"], ["150701|150702"]])
        for (line, expected) in zip(lines, [11_121.071, 14_634.358, 11_121.071]) { #expect(abs(line.length - expected) < 0.01) }
        // Lower code on the left: 150000 west of 120.2° E (the line runs north), 150700 north of 49° N (it runs east),
        // 150701 west of 120.1° E (north).
        let ends = lines.map { ($0.line.geometry?.lineStrings.first?.coordinates.first, $0.line.geometry?.lineStrings.first?.coordinates.last) }
        func near(_ c: Coordinate?, _ x: Double, _ y: Double) -> Bool { c.map { abs($0.x - x) < 1e-7 && abs($0.y - y) < 1e-7 } ?? false }
        #expect(near(ends[0].0, 120.2, 49.0) && near(ends[0].1, 120.2, 49.1))
        #expect(near(ends[1].0, 120.0, 49.0) && near(ends[1].1, 120.2, 49.0))
        #expect(near(ends[2].0, 120.1, 49.0) && near(ends[2].1, 120.1, 49.1))
        #expect(lines[1].line.geometry?.lineStrings.count == 1)
    }

    @Test("--scope keeps the lines with a side under the code")
    func scope() throws {
        let (lines, _) = try LineDerivation.derive(Self.units, scope: "230100")
        #expect(lines.map(\.line.code) == ["1523"])
        let report = LineDerivation.report(lines, context: try CoverageContext(units: Self.units.filter { $0.level == .county }), source: "test")
        #expect(report.findings.map(\.code) == [.lineDerived])
        #expect(report.summary.totals.first { $0.key == "provincial_lines" }?.quantity.value == 1)
        #expect(report.findings.first?.message(.en).contains("1 pair(s)") == true)
    }

    @Test("CLI: derive-lines writes a lines file that imports; a bad --line-name is a usage error")
    func cli() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let units = dir.appendingPathComponent("units.geojson").path
        let features = Self.units.map { unit -> String in
            var geometry = ""
            unit.boundary.appendGeoJSON(to: &geometry, precision: 7)
            return "{\"type\":\"Feature\",\"properties\":{\"code\":\"\(unit.code)\",\"name\":\"\(unit.name ?? "")\"},\"geometry\":\(geometry)}"
        }
        try "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}".write(toFile: units, atomically: true, encoding: .utf8)
        let lines = dir.appendingPathComponent("lines.geojson").path
        let result = try gazetteer("geometry", "derive-lines", units, "--lines", lines, "--line-name", "1523=蒙黑线", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONParser.parse(result.stdout)
        #expect(report["findings"]?.arrayValue?.count == 3)
        let written = try JSONParser.parse(String(contentsOfFile: lines, encoding: .utf8))
        let props = written["features"]?.arrayValue?.compactMap { $0["properties"] } ?? []
        #expect(props.compactMap { $0["name"]?.stringValue } == ["蒙黑线", "呼伦贝尔市—152200线", "U150701—U150702线"])  // 152200 is not in the file: its code stands in
        let registry = dir.appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        #expect(try gazetteer("import", "units", units, "--registry", registry).status == 0)
        let imported = try gazetteer("import", "lines", lines, "--registry", registry)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try gazetteer("geometry", "derive-lines", units, "--line-name", "1523").status == 2)
    }
}
