import Foundation
import Testing
@testable import Gazetteer

/// `gazetteer inspect round …` and `gazetteer report round` through the built executable, on the demo data.
@Suite("CLI inspection rounds")
struct RoundCommandTests {
    /// A registry with the demo units, lines and markers.
    func demoRegistry() throws -> String {
        let path = try TestFixtures.temporaryDirectory().appendingPathComponent("demo.gpkg").path
        #expect(try gazetteer("init", path).status == 0)
        for layer in ["units", "lines", "markers"] {
            let result = try gazetteer("import", layer, TestFixtures.data("boundaries/demo_\(layer).geojson"), "--registry", path, "--date", "2020-01-01")
            #expect(result.status == 0, "\(result.stderr)")
        }
        return path
    }

    @Test("create → import → compare → close → report, with the refusals on the way")
    func fullRound() throws {
        let registry = try demoRegistry()
        let create = try gazetteer("inspect", "round", "create", "--line", "1523", "--ordinal", "4", "--year", "2025",
                                   "--parties", "内蒙古自治区,黑龙江省", "--registry", registry, "--date", "2025-06-01")
        #expect(create.status == 0 && create.stdout == "1523-4\n")
        let again = try gazetteer("inspect", "round", "create", "--line", "1523", "--ordinal", "4", "--year", "2025",
                                  "--parties", "内蒙古自治区,黑龙江省", "--registry", registry, "--lang", "en")
        #expect(again.status == 3 && again.stderr.contains("already has round 4"))
        let unknown = try gazetteer("inspect", "round", "create", "--line", "9999", "--ordinal", "1", "--year", "2025",
                                    "--parties", "甲,乙", "--registry", registry)
        #expect(unknown.status == 3 && unknown.stderr.contains("9999"))

        let file = TestFixtures.data("boundaries/demo_inspection_round.geojson")
        let imported = try gazetteer("inspect", "round", "import", "1523-4", file, "--map", DemoRoundTests.mapping, "--registry", registry)
        #expect(imported.status == 0 && imported.stdout.contains("40"), "\(imported.stderr)")

        let compare = try gazetteer("inspect", "round", "compare", "1523-4", "--registry", registry, "--format", "json")
        #expect(compare.status == 1) // displaced and missing posts are errors
        let object = try #require(try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
        #expect((object["findings"] as? [Any])?.count == 8)

        let close = try gazetteer("inspect", "round", "close", "1523-4", "--decision", "蒙黑联检〔2025〕1号", "--date", "2025-07-15",
                                  "--registry", registry, "--lang", "en")
        #expect(close.status == 0 && close.stdout.contains("8 findings recorded"), "\(close.stderr)")
        #expect(close.stdout.contains("1523028Q → missing") && close.stdout.contains("1523007Q → displaced"))
        let second = try gazetteer("inspect", "round", "close", "1523-4", "--decision", "x", "--registry", registry, "--lang", "en")
        #expect(second.status == 3 && second.stderr.contains("was closed on 2025-07-15"))
        let late = try gazetteer("inspect", "round", "import", "1523-4", file, "--map", DemoRoundTests.mapping, "--registry", registry)
        #expect(late.status == 3)
        let history = try gazetteer("history", "1523028Q", "--registry", registry, "--format", "json")
        #expect(history.stdout.contains("蒙黑联检〔2025〕1号"))

        let html = try TestFixtures.temporaryDirectory().appendingPathComponent("round.html").path
        let report = try gazetteer("report", "round", "1523-4", "--registry", registry, "--format", "html", "--output", html)
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("已于 2025-07-15 关闭"))
        // The closed round reads as signed: 1523028Q was registered intact when the team found it missing.
        #expect(page.contains("1523028Q：实地未找到界桩（登记状态 完好）"))
        let summary = try gazetteer("report", "round", "1523-4", "--registry", registry)
        #expect(summary.status == 0 && summary.stdout.contains("1523007Q"))
    }

    @Test("a malformed field file exits 3 naming its lines, and writes nothing")
    func malformed() throws {
        let registry = try demoRegistry()
        _ = try gazetteer("inspect", "round", "create", "--line", "1523", "--ordinal", "1", "--year", "2025", "--parties", "甲,乙", "--registry", registry)
        let file = try TestFixtures.temporaryDirectory().appendingPathComponent("bad.csv")
        try "number,x,y,condition\n1523001Q,122.4586,53.2004,intact\n1523002Q,,,intact\n1523003Q,122.86,52.83,broken\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try gazetteer("inspect", "round", "import", "1523-1", file.path, "--registry", registry, "--lang", "en")
        #expect(result.status == 3 && result.stderr.contains("line 3") && result.stderr.contains("line 4") && result.stderr.contains("nothing written"))
        let compare = try gazetteer("inspect", "round", "compare", "1523-1", "--registry", registry, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
        let codes = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.count == 40 && Set(codes) == ["marker.not-visited"])
    }
}
