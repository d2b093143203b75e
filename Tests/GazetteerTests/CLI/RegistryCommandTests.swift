import Foundation
import Testing
@testable import Gazetteer
@testable import GazetteerGeoPackage

/// End-to-end tests of the registry commands through the built `gazetteer` executable.
@Suite("CLI registry commands")
struct RegistryCommandTests {
    let units = TestFixtures.data("boundaries/demo_units.geojson")

    func freshRegistry() throws -> (String, URL) {
        let dir = try TestFixtures.temporaryDirectory()
        let path = dir.appendingPathComponent("r.gpkg").path
        let result = try gazetteer("init", path)
        #expect(result.status == 0 && result.stdout.contains("GeoPackage 1.3"))
        return (path, dir)
    }

    @Test("init, import, list, show, stats on the demo units")
    func basicFlow() throws {
        let (path, _) = try freshRegistry()
        let imported = try gazetteer("import", "units", units, "--registry", path, "--date", "2020-01-01", "--by", "测试员")
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("新增 14"))
        let list = try gazetteer("list", "units", "--registry", path, "--format", "json")
        let items = try #require(try JSONParser.parse(list.stdout).arrayValue)
        #expect(items.count == 14)
        let show = try gazetteer("show", "150724", "--registry", path)
        #expect(show.status == 0 && show.stdout.contains("鄂温克族自治旗") && show.stdout.contains("area_km2"))
        let stats = try gazetteer("stats", "--registry", path, "--format", "json")
        let report = try JSONParser.parse(stats.stdout)
        #expect(report["layers"]?["units"]?["in_force"]?.numberValue == 14)
        #expect(report["audit_entries"]?.numberValue == 1)
    }

    // Regression (data-safety 9): `--crs foo` was PROJ's approximate name for Amersfoort (EPSG:4289).
    @Test("--crs that is no code, WKT, PROJ string or exact name is a usage error naming the value, in zh and en")
    func crsNotRecognised() throws {
        let (path, _) = try freshRegistry()
        let zh = try gazetteer("import", "units", units, "--registry", path, "--crs", "foo")
        #expect(zh.status == 2)
        #expect(zh.stderr.contains("“foo”不是可识别的坐标系"), "\(zh.stderr)")
        let en = try gazetteer("import", "units", units, "--registry", path, "--crs", "foo", "--lang", "en")
        #expect(en.status == 2)
        #expect(en.stderr.contains("'foo' is not a coordinate reference system"), "\(en.stderr)")
        #expect(try gazetteer("geometry", "measure", units, "--crs", "foo").status == 2)
        #expect(try gazetteer("stats", "--registry", path, "--format", "json").stdout.contains("\"audit_entries\":0"))
    }

    @Test("export as GeoJSON, GeoJSONSeq and CSV; files are whole")
    func export() throws {
        let (path, dir) = try freshRegistry()
        #expect(try gazetteer("import", "units", units, "--registry", path).status == 0)
        let geojson = dir.appendingPathComponent("u.geojson").path
        #expect(try gazetteer("export", "units", "--registry", path, "--output", geojson, "--bbox", "--precision", "6").status == 0)
        let features = try GeoJSONReader.readFeatures(path: geojson, reading: .longitudeLatitude)
        #expect(features.count == 14)
        #expect(features.allSatisfy { $0.id?.stringValue?.count == 6 })
        let seq = try gazetteer("export", "units", "--registry", path, "--format", "geojsonseq")
        #expect(seq.stdout.split(separator: "\n").count == 14)
        let csv = dir.appendingPathComponent("u.csv").path
        #expect(try gazetteer("export", "units", "--registry", path, "--format", "csv", "--output", csv).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self).contains("150702,海拉尔区"))
        #expect(!FileManager.default.fileExists(atPath: csv + ".partial-0"))
    }

    @Test("a refused import exits 3, lists the problem with its position, and changes nothing")
    func refusedImport() throws {
        let (path, dir) = try freshRegistry()
        let bad = dir.appendingPathComponent("bad.geojson").path
        try RegistryFixtures.collection([("{\"code\":\"150799\"}", RegistryFixtures.square)]).write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try gazetteer("import", "units", bad, "--registry", path)
        #expect(result.status == 3)
        #expect(result.stderr.contains("features[0]") && result.stderr.contains("缺少必填字段"))
        #expect(try gazetteer("stats", "--registry", path, "--format", "json").stdout.contains("\"audit_entries\":0"))
    }

    @Test("--skip-invalid writes the good records, lists the rejects where --rejects says, and exits 1")
    func skipInvalid() throws {
        let (path, dir) = try freshRegistry()
        let mixed = dir.appendingPathComponent("mixed.geojson").path
        try RegistryFixtures.collection([
            ("{\"code\":\"150799\"}", RegistryFixtures.square),
            ("{\"code\":\"150798\",\"name\":\"好\"}", RegistryFixtures.square),
        ]).write(toFile: mixed, atomically: true, encoding: .utf8)
        let rejects = dir.appendingPathComponent("out/rejects.csv").path
        try FileManager.default.createDirectory(atPath: dir.appendingPathComponent("out").path, withIntermediateDirectories: true)
        let result = try gazetteer("import", "units", mixed, "--registry", path, "--skip-invalid", "--rejects", rejects, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 created") && result.stdout.contains("1 rejected"))
        let listed = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(listed.contains("features[0]") && listed.contains("required field is missing"))
        #expect(!FileManager.default.fileExists(atPath: mixed + ".rejects.csv"))
    }

    @Test("history and --as-of through the CLI")
    func history() throws {
        let (path, dir) = try freshRegistry()
        #expect(try gazetteer("import", "units", units, "--registry", path, "--date", "2020-01-01").status == 0)
        var text = try String(contentsOfFile: units, encoding: .utf8)
        text = text.replacingOccurrences(of: "新巴尔虎右旗", with: "新巴尔虎右旗（改）")
        let renamed = dir.appendingPathComponent("renamed.geojson").path
        try text.write(toFile: renamed, atomically: true, encoding: .utf8)
        let second = try gazetteer("import", "units", renamed, "--registry", path, "--date", "2023-05-08", "--decision", "呼政发〔2023〕9号")
        #expect(second.stdout.contains("变更 1"))
        let history = try gazetteer("history", "150727", "--registry", path, "--format", "json")
        let events = try #require(try JSONParser.parse(history.stdout)["events"]?.arrayValue)
        #expect(events.map { $0["kind"]?.stringValue } == ["created", "renamed"])
        #expect(events.last?["decision"]?.stringValue == "呼政发〔2023〕9号")
        let before = try gazetteer("show", "150727", "--registry", path, "--as-of", "2021-01-01")
        #expect(before.stdout.contains("新巴尔虎右旗") && !before.stdout.contains("（改）"))
        let after = try gazetteer("show", "150727", "--registry", path)
        #expect(after.stdout.contains("新巴尔虎右旗（改）"))
    }

    @Test("exit codes: unknown record 3, existing file 3, bad date 2, missing registry 3")
    func exitCodes() throws {
        let (path, _) = try freshRegistry()
        #expect(try gazetteer("show", "999999", "--registry", path).status == 3)
        #expect(try gazetteer("init", path).status == 3)
        #expect(try gazetteer("list", "units", "--registry", path, "--as-of", "yesterday").status == 2)
        #expect(try gazetteer("list", "units", "--registry", "/nonexistent/x.gpkg").status == 3)
        #expect(try gazetteer("list", "rivers", "--registry", path).status == 2)
    }

    @Test("a --date outside 1900–2099 is a usage error before anything is written; one after today is written, with a warning")
    func recordedDates() throws {
        let (path, _) = try freshRegistry()
        for typo in ["2205-01-01", "0202-05-01", "1899-12-31"] {
            let refused = try gazetteer("import", "units", units, "--registry", path, "--date", typo)
            #expect(refused.status == 2, "\(typo)")
            #expect(refused.stderr.contains("between 1900-01-01 and 2099-12-31"), "\(refused.stderr)")
        }
        #expect(try gazetteer("stats", "--registry", path, "--format", "json").stdout.contains("\"audit_entries\":0"))
        #expect(try gazetteer("inspect", "round", "create", "--line", "1523", "--ordinal", "1", "--year", "2025", "--parties", "a,b",
                              "--registry", path, "--date", "3025-06-01").status == 2)
        // A month ahead: allowed (a decision may take effect later), and said.
        let ahead = Calendar.current.date(byAdding: .month, value: 1, to: Date())!
        let c = Calendar.current.dateComponents([.year, .month, .day], from: ahead)
        let day = RegistryDate(year: c.year!, month: c.month!, day: c.day!)!.description
        let later = try gazetteer("import", "units", units, "--registry", path, "--date", day)
        #expect(later.status == 0, "\(later.stderr)")
        #expect((later.stdout + later.stderr).contains("14 条记录的新版本在今天"), "\(later.stdout)")
        #expect((later.stdout + later.stderr).contains("自 \(day) 起"))
        // Re-imported unchanged, no new version starts: no warning.
        let again = try gazetteer("import", "units", units, "--registry", path, "--date", day, "--lang", "en")
        #expect(again.status == 0 && !(again.stdout + again.stderr).contains("start after today"), "\(again.stdout)")
    }

    @Test("an approval, agreement or emplacement dated after today is refused; today itself is accepted")
    func pastDates() throws {
        let (path, dir) = try freshRegistry()
        #expect(try gazetteer("import", "units", units, "--registry", path, "--date", "2020-01-01").status == 0)
        func day(_ months: Int) -> String {
            let c = Calendar.current.dateComponents([.year, .month, .day], from: Calendar.current.date(byAdding: .month, value: months, to: Date())!)
            return RegistryDate(year: c.year!, month: c.month!, day: c.day!)!.description
        }
        let ahead = try RegistryFixtures.file(dir, "ahead.csv", "id,name,category,unit,approved\nN1,呼伦湖,natural,150702,\(day(1))\n")
        let refused = try gazetteer("import", "names", ahead, "--registry", path, "--date", "2020-01-01")
        #expect(refused.status == 3, "\(refused.stderr)")
        #expect((refused.stdout + refused.stderr).contains("已发生的事"), "\(refused.stdout)")
        let onTime = try RegistryFixtures.file(dir, "today.csv", "id,name,category,unit,approved\nN1,呼伦湖,natural,150702,\(day(0))\n")
        #expect(try gazetteer("import", "names", onTime, "--registry", path, "--date", "2020-01-01").status == 0)
    }
}
