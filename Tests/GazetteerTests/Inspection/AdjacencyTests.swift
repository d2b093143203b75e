import Foundation
import Testing
@testable import Gazetteer

/// Derived adjacency: hand-built squares with lengths and gaps from pyproj's geodesics, the comparison with
/// registered lines, and the real Hulunbuir polygons of DOMAIN.md §7.
@Suite("Adjacency")
struct AdjacencyTests {
    /// A lon/lat rectangle as a unit.
    static func square(_ code: String, _ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> CheckedUnit {
        CheckedUnit(code: code, name: "U\(code)", level: .county, boundary: .polygon(Polygon(exterior: [
            Coordinate(minX, minY), Coordinate(maxX, minY), Coordinate(maxX, maxY), Coordinate(minX, maxY), Coordinate(minX, minY),
        ])))
    }

    /// A and B share the meridian 120.1° E from 49.0° to 49.1° N; C touches B at its corner (120.2, 49.1); D lies
    /// 0.0005° east of B (36.55–36.59 m by pyproj's GRS80 inverse at 49.05° and 49.0° N).
    static let units = [
        square("150701", 120.0, 49.0, 120.1, 49.1), square("150702", 120.1, 49.0, 120.2, 49.1),
        square("150703", 120.2, 49.1, 120.3, 49.2), square("150704", 120.2005, 49.0, 120.3, 49.05),
    ]

    @Test("shared length, point contact and near contact, by pyproj's geodesics")
    func handBuilt() throws {
        let pairs = try AdjacencyCheck.pairs(CoverageContext(units: Self.units), snap: 100)
        #expect(pairs.map(\.key) == ["150701|150702", "150702|150703", "150702|150704"])
        let ab = try #require(pairs.first { $0.key == "150701|150702" })
        guard case .shared(let length, let segments, _) = ab.contact else { Issue.record("A–B not shared: \(ab.contact)"); return }
        // pyproj Geod(ellps='GRS80').inv(120.1, 49, 120.1, 49.1) = 11121.0707 m.
        #expect(abs(length - 11_121.0707) < 0.01)
        #expect(segments == 1)
        let bc = try #require(pairs.first { $0.key == "150702|150703" })
        guard case .point(let point) = bc.contact else { Issue.record("B–C not a point contact: \(bc.contact)"); return }
        var corner = Coordinate(0, 0)
        point.forEachCoordinate { corner = $0 }
        #expect(abs(corner.x - 120.2) < 1e-9 && abs(corner.y - 49.1) < 1e-9)
        let bd = try #require(pairs.first { $0.key == "150702|150704" })
        guard case .near(let gap, _) = bd.contact else { Issue.record("B–D not a near contact: \(bd.contact)"); return }
        #expect(gap > 36.54 && gap < 36.59)
        // C and D are 0.05° of latitude apart (5.5 km): beyond the snap, so no pair.
    }

    @Test("a smaller snap drops the near contact")
    func snapMatters() throws {
        let pairs = try AdjacencyCheck.pairs(CoverageContext(units: Self.units), snap: 30)
        #expect(pairs.map(\.key) == ["150701|150702", "150702|150703"])
    }

    @Test("against registered lines: the pair without a line, the line whose units do not meet, the line across a point")
    func againstRegisteredLines() throws {
        let lines = [
            BoundaryLine(code: "L13", name: "A—C", level: .county, leftUnitCode: "150701", rightUnitCode: "150703"),
            BoundaryLine(code: "L23", name: "B—C", level: .county, leftUnitCode: "150703", rightUnitCode: "150702"),
        ]
        let input = CheckInput(units: Array(Self.units.prefix(3)), lines: lines, hasRegisteredLines: true, source: "test")
        let report = try AdjacencyCheck.report(input, snap: 100)
        let codes = report.findings.map { "\($0.code.id) \($0.severity.rawValue) \($0.subjects.joined(separator: ","))" }
        #expect(codes.contains("adjacency.unregistered warning 150701,150702"))
        #expect(codes.contains("adjacency.no-contact error L13,150701,150703"))
        #expect(codes.contains("adjacency.no-contact warning L23,150703,150702"))
        #expect(report.summary.errors == 1)
        #expect(report.summary.statement?.en.contains("The registry holds 2 line(s), against 1 derived pairs: 1 pair(s) without a registered line, 2 line(s) whose units share no boundary.") == true)
    }

    /// The 26 pairs of DOMAIN.md §7, by code.
    static let hulunbuirPairs: Set<String> = [
        "150702|150724", "150702|150725", "150703|150726", "150703|150727", "150703|150781", "150721|150722", "150721|150723",
        "150721|150782", "150721|150783", "150722|150723", "150723|150782", "150723|150785", "150724|150725", "150724|150726",
        "150724|150782", "150724|150783", "150725|150726", "150725|150782", "150725|150784", "150726|150727", "150726|150781",
        "150727|150781", "150782|150783", "150782|150784", "150782|150785", "150784|150785",
    ]

    @Test("DataV: the 26 pairs of DOMAIN.md §7, 海拉尔–牙克石 a point contact, 鄂伦春 invalid yet used; lengths as shapely's",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func dataV() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let input = try CheckInputReader.read(files: [file], idField: "adcode", nameField: "name", crs: nil, selection: UnitSelection())
        #expect(input.units.count == 14)
        let context = try CoverageContext(units: input.units)
        #expect(context.findings.map(\.code) == [.geometryInvalid])
        #expect(context.findings.first?.subjects == ["150723"])
        let pairs = try AdjacencyCheck.pairs(context)
        #expect(Set(pairs.filter(\.sharesBoundary).map(\.key)) == Self.hulunbuirPairs)
        let hailarYakeshi = try #require(pairs.first { $0.key == "150702|150782" })
        if case .point = hailarYakeshi.contact {} else { Issue.record("海拉尔–牙克石: \(hailarYakeshi.contact)") }
        // shapely 2.2 on the same file (boundary ∩ boundary, line_merge, pyproj geodesic length in km):
        // 海拉尔–鄂温克 95.898, 额尔古纳–根河 429.181, 鄂伦春–牙克石 405.321 (鄂伦春 repaired by make_valid).
        for (key, km) in [("150702|150724", 95.898), ("150784|150785", 429.181), ("150723|150782", 405.321)] {
            guard case .shared(let length, let segments, _)? = pairs.first(where: { $0.key == key })?.contact else {
                Issue.record("\(key) not shared"); continue
            }
            #expect(abs(length / 1000 - km) < 0.001, "\(key): \(length / 1000) km")
            #expect(segments == 1)
        }
    }

    @Test("MCA: the same 26 pairs, 鄂温克–陈巴尔虎 in two segments, 海拉尔–牙克石 76 m apart",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func mca() throws {
        let file = try #require(TestFixtures.realData("mca_150700_converted.geojson"))
        let input = try CheckInputReader.read(files: [file], idField: "QUHUADAIMA", nameField: "NAME", crs: nil,
                                              selection: UnitSelection(level: .county, within: "150700"))
        #expect(input.units.count == 14)
        let pairs = try AdjacencyCheck.pairs(CoverageContext(units: input.units))
        #expect(Set(pairs.filter(\.sharesBoundary).map(\.key)) == Self.hulunbuirPairs)
        guard case .shared(let length, let segments, _)? = pairs.first(where: { $0.key == "150724|150725" })?.contact else {
            Issue.record("鄂温克–陈巴尔虎 not shared"); return
        }
        #expect(segments == 2)
        // shapely: 64.201 km.
        #expect(abs(length / 1000 - 64.201) < 0.001)
        guard case .near(let gap, _)? = pairs.first(where: { $0.key == "150702|150782" })?.contact else {
            Issue.record("海拉尔–牙克石 not a near contact"); return
        }
        // shapely's planar distance in EPSG:4549 (CM 120° E): 75.8 m.
        #expect(abs(gap - 75.8) < 0.2)
    }

    @Test("CLI: files in JSON and every format, usage and input errors",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func cli() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let result = try gazetteer("inspect", "adjacency", file, "--id-field", "adcode", "--name-field", "name", "--format", "json")
        // 鄂伦春's invalid polygon is an error finding.
        #expect(result.status == 1)
        let report = try JSONParser.parse(result.stdout)
        #expect(report["summary"]?["totals"]?["pairs"]?.numberValue == 26)
        #expect(report["summary"]?["totals"]?["point_contacts"]?.numberValue == 1)
        let dir = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["table", "geojson", "csv", "html"] {
            let out = dir.appendingPathComponent("adjacency.\(format)").path
            let r = try gazetteer("inspect", "adjacency", file, "--id-field", "adcode", "--format", format, "--output", out, "--lang", "en")
            #expect(r.status == 1, "\(format): \(r.stderr)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.contains("adjacency.shared"), "\(format)")
        }
        #expect(try gazetteer("inspect", "adjacency", file, "--registry", "x.gpkg").status == 2)
        #expect(try gazetteer("inspect", "adjacency", "/nonexistent.geojson").status == 3)
    }

    @Test("CLI on the demo registry: 25 pairs against 25 registered county lines, in agreement")
    func demoRegistry() throws {
        let dir = try TestFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let registry = dir.appendingPathComponent("demo.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        for layer in ["units", "lines"] {
            let r = try gazetteer("import", layer, TestFixtures.data("boundaries/demo_\(layer).geojson"), "--registry", registry, "--date", "2020-01-01")
            #expect(r.status == 0, "\(r.stderr)")
        }
        let result = try gazetteer("inspect", "adjacency", "--registry", registry, "--format", "json", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONParser.parse(result.stdout)
        let totals = report["summary"]?["totals"]
        #expect(totals?["units"]?.numberValue == 14)
        #expect(totals?["registered_lines"]?.numberValue == totals?["pairs"]?.numberValue)
        #expect(totals?["unregistered"]?.numberValue == 0)
        #expect(totals?["no_contact"]?.numberValue == 0)
        #expect(report["summary"]?["statement"]?.stringValue?.hasSuffix("in agreement.") == true)
    }
}
