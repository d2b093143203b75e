import Foundation
import Testing
@testable import Gazetteer

/// End-to-end tests of `gazetteer geometry validate|measure` and the exit-code contract.
@Suite("CLI geometry commands")
struct GeometryCommandTests {
    @Test("the demo units are all valid: exit 0")
    func demoIsValid() throws {
        let result = try gazetteer("geometry", "validate", TestFixtures.data("boundaries/demo_units.geojson"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("合计 14 个要素，0 个无效"))
    }

    @Test("real DataV counties: exactly 鄂伦春自治旗 invalid, at its self-intersection; exit 1",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func realDataOneInvalid() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let result = try gazetteer("geometry", "validate", file, "--id-field", "adcode", "--format", "json", "--lang", "en")
        #expect(result.status == 1)
        let report = try JSONParser.parse(result.stdout)
        #expect(report["summary"]?["checked"]?.numberValue == 14)
        let findings = try #require(report["findings"]?.arrayValue)
        #expect(findings.count == 1)
        let bad = try #require(findings.first)
        #expect(bad["code"]?.stringValue == "geometry.invalid")
        #expect(bad["subjects"]?.arrayValue == [.string("150723")])
        #expect(bad["values"]?["name"]?.stringValue == "鄂伦春自治旗")
        #expect(bad["values"]?["reason"]?.stringValue == "Self-intersection")
        let location = (bad["location"]?["coordinates"]?.arrayValue ?? []).compactMap { $0.numberValue }
        try #require(location.count == 2)
        // SOURCES.md: "Self-intersection[124.543935 49.638912]".
        #expect(abs(location[0] - 124.5439) < 1e-3 && abs(location[1] - 49.6389) < 1e-3)
    }

    @Test("real DataV counties: geodesic areas sum to within 2% of the city's official ~253,000 km²",
          .enabled(if: TestFixtures.hasRealData, TestFixtures.realDataMissing))
    func realDataArea() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let result = try gazetteer("geometry", "measure", file, "--format", "json")
        #expect(result.status == 0)
        let report = try JSONParser.parse(result.stdout)
        let total = try #require(report["summary"]?["totals"]?["area_km2"]?.numberValue)
        #expect(abs(total - 253_000) / 253_000 < 0.02)
        let areas = (report["findings"]?.arrayValue ?? []).compactMap { $0["values"]?["area"]?.numberValue }
        #expect(areas.count == 14)
        #expect(abs(areas.reduce(0, +) - total) < 1e-6 * total)
    }

    @Test("measure accepts Gauss-Krüger survey coordinates with --crs")
    func measureProjected() throws {
        // A 10 km × 10 km square in the CM 120E zone; its geodesic area differs from 100 km² only by the
        // projection's scale error, under 0.1% within 1.5° of the central meridian.
        let dir = try TestFixtures.temporaryDirectory()
        let file = dir.appendingPathComponent("square.geojson").path
        try """
        {"type":"Polygon","coordinates":[[[500000,5450000],[510000,5450000],[510000,5460000],[500000,5460000],[500000,5450000]]]}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try gazetteer("geometry", "measure", file, "--crs", "EPSG:4549", "--format", "json")
        #expect(result.status == 0)
        let total = try #require(try JSONParser.parse(result.stdout)["summary"]?["totals"]?["area_km2"]?.numberValue)
        #expect(abs(total - 100) < 0.1)
    }

    @Test("a file with an unclosed ring reports it as unreadable with its position: exit 1")
    func unreadableGeometry() throws {
        let dir = try TestFixtures.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.geojson").path
        try """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"ok","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
          {"type":"Feature","id":"open","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}
        ]}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try gazetteer("geometry", "validate", file, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stdout.contains("geometry.unreadable"))
        #expect(result.stdout.contains("not closed"))
    }

    @Test("unreadable input exits 3 with the file and position", arguments: [
        ("missing.geojson", nil as String?, "No such file"),
        ("syntax.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [ }", ":2:"),
        ("array.geojson", "[1, 2, 3]", "expected a GeoJSON object"),
        ("gbk.geojson", nil, "not valid UTF-8"),
    ])
    func badInput(name: String, content: String?, expected: String) throws {
        let dir = try TestFixtures.temporaryDirectory()
        let file = dir.appendingPathComponent(name).path
        if name == "gbk.geojson" {
            // 海拉尔 in GBK bytes: not UTF-8, so the reader must refuse it with a hint, not crash.
            var bytes = Array("{\"type\":\"Feature\",\"properties\":{\"name\":\"".utf8)
            bytes += [0xBA, 0xA3, 0xC0, 0xAD, 0xB6, 0xFB]
            bytes += Array("\"},\"geometry\":null}".utf8)
            try Data(bytes).write(to: URL(fileURLWithPath: file))
        } else if let content {
            try content.write(toFile: file, atomically: true, encoding: .utf8)
        }
        // The expected texts are the English messages (the Chinese ones say the same).
        let result = try gazetteer("geometry", "validate", file, "--lang", "en")
        #expect(result.status == 3)
        #expect(result.stderr.contains(expected))
    }

    @Test("usage errors exit 2, not ArgumentParser's 64")
    func usageError() throws {
        #expect(try gazetteer("geometry", "validate").status == 2)
        #expect(try gazetteer("geometry", "validate", "x.geojson", "--format", "xml").status == 2)
        #expect(try gazetteer("no-such-command").status == 2)
        #expect(try gazetteer("geometry", "measure", "x.geojson", "--crs", "EPSG:999999").status == 3)
    }

    @Test("--version names GEOS and PROJ; help teaches with an example")
    func versionAndHelp() throws {
        let version = try gazetteer("--version")
        #expect(version.status == 0)
        #expect(version.stdout.contains("GEOS 3.") && version.stdout.contains("PROJ "))
        let help = try gazetteer("geometry", "validate", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example:") && help.stdout.contains("--id-field"))
        #expect(help.stdout.contains("--format <format>") && help.stdout.contains("table"))
    }

    @Test("validate under valgrind loses no memory definitely",
          .enabled(if: TestFixtures.hasRealData && TestFixtures.hasTool("valgrind"), "needs valgrind and ../shared/data/real"))
    func noLeaks() throws {
        let file = try #require(TestFixtures.realData("datav_150700_full.json"))
        let result = try runCommand("/usr/bin/env", [
            // Only leaks count: Swift's runtime fills generic metadata in ways memcheck reports as uninitialised reads.
            "valgrind", "--leak-check=full", "--errors-for-leak-kinds=definite", "--undef-value-errors=no", "--error-exitcode=99",
            TestFixtures.cliPath, "geometry", "validate", file, "--id-field", "adcode",
        ])
        // validate exits 1 (one invalid feature); 99 would mean a definite leak.
        #expect(result.status == 1, "valgrind said:\n\(result.stderr.suffix(2000))")
        #expect(result.stderr.contains("definitely lost: 0 bytes") || result.stderr.contains("All heap blocks were freed"))
    }
}
