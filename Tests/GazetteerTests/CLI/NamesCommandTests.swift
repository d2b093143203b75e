import Foundation
import Testing
@testable import Gazetteer

/// `gazetteer names check` through the built executable: inputs, rule errors, exit status, waivers.
@Suite("CLI names check")
struct NamesCommandTests {
    let demoNames = TestFixtures.data("names/demo_names.csv")

    func findings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    @Test("the demo list: 47 warnings over 40 names and 90 prompts for a Mongolian-script form (info), exit 0, summary by category and unit")
    func demoList() throws {
        let result = try gazetteer("names", "check", "--csv", demoNames, "--format", "json", "--lang", "en")
        #expect(result.status == 0)
        let all = try findings(result.stdout)
        let list = all.filter { $0["severity"] as? String == "warning" }
        #expect(list.count == 47)
        #expect(Set(list.compactMap { $0["subjects"] as? [String] }.flatMap { $0 }).count == 40)
        let infos = all.filter { $0["severity"] as? String == "info" }
        #expect(infos.count == 90 && all.count == 137)
        #expect(infos.allSatisfy { ($0["values"] as? [String: String])?["rule"] == "meng.missing" })
        #expect(result.stdout.contains("\"rule_name.mongolian\":90"))
        #expect(result.stdout.contains("\"rule_name.duplicate\":8"))
        #expect(result.stdout.contains("\"rule_name.foreign\":8"))
        // 海拉尔区: 23 warnings and 13 prompts for a Mongolian-script form.
        #expect(result.stdout.contains("\"unit_150702\":36"))
    }

    @Test("--map reads other column names; an unknown category is a warning and the other rules still run")
    func mappedCSV() throws {
        let file = try TestFixtures.temporaryDirectory().appendingPathComponent("list.csv")
        try "编号,标准名称,类别\nA1,宇宙大厦,住宅区与楼宇\nA2,BOBO城,楼盘\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try gazetteer("names", "check", "--csv", file.path, "--map", "id=编号,name=标准名称,category=类别", "--format", "json")
        #expect(result.status == 0)
        let list = try findings(result.stdout)
        #expect(list.map { $0["code"] as? String } == ["import.record-warning", "name.grandiose", "name.bizarre"])
        #expect((list[0]["message"] as? String)?.contains("楼盘") == true)
    }

    @Test("a broken rule file exits 3 naming the file and line")
    func brokenRules() throws {
        let directory = try TestFixtures.temporaryDirectory()
        for file in ["rules.tsv", "generics.tsv", "regional_names.tsv", "categories.tsv"] {
            try FileManager.default.copyItem(atPath: TestFixtures.data("names/\(file)"), toPath: directory.appendingPathComponent(file).path)
        }
        let rules = directory.appendingPathComponent("rules.tsv")
        var text = try String(contentsOf: rules, encoding: .utf8)
        text += "bad.rule\t大\twords\t宇宙\t\t*\turgent\t\td\te\tc\tf\n"
        try text.write(to: rules, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let result = try gazetteer("names", "check", "--csv", demoNames, "--rules", directory.path)
        #expect(result.status == 3)
        #expect(result.stderr.contains("rules.tsv:\(lines)"))
    }

    @Test("names romanize prints the standard forms (1984 rules, approved transliterations)")
    func romanize() throws {
        let result = try gazetteer("names", "romanize", "天鹅湖", "海拉尔站", "呼伦贝尔大厦")
        #expect(result.status == 0)
        #expect(result.stdout == "天鹅湖\tTian'e Hu\n海拉尔站\tHailar Zhan\n呼伦贝尔大厦\tHulun Buir Dasha\n")
    }

    @Test("both or neither of --registry and --csv is a usage error (2)")
    func usage() throws {
        #expect(try gazetteer("names", "check").status == 2)
        #expect(try gazetteer("names", "check", "--csv", demoNames, "--registry", "x.gpkg").status == 2)
    }

    @Test("on a registry, accepting one rule's finding waives that rule for that record only")
    func registryWaiver() throws {
        let registry = try TestFixtures.temporaryDirectory().appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        #expect(try gazetteer("import", "units", TestFixtures.data("boundaries/demo_units.geojson"), "--registry", registry).status == 0)
        #expect(try gazetteer("import", "names", demoNames, "--registry", registry).status == 0)
        let firstRun = try gazetteer("names", "check", "--registry", registry, "--format", "json").stdout
        let first = try findings(firstRun).filter { $0["severity"] as? String == "warning" }
        #expect(first.count == 47)
        let cosmic = try #require(first.first { ($0["subjects"] as? [String]) == ["N0280"] && ($0["values"] as? [String: String])?["rule"] == "da.cosmic" })
        let id = try #require(cosmic["id"] as? String)
        #expect(try gazetteer("findings", "accept", id, "--reason", "测试：豁免", "--registry", registry).status == 0)
        let secondRun = try gazetteer("names", "check", "--registry", registry, "--format", "json").stdout
        let second = try findings(secondRun).filter { $0["severity"] as? String == "warning" }
        #expect(second.count == 46)
        // The totals count what is still open: one 大 finding fewer, in N0280's unit; N0280 still breaks a rule.
        func total(_ run: String, _ key: String) throws -> Double? {
            try JSONParser.parse(Array(run.utf8))["summary"]?["totals"]?[key]?.numberValue
        }
        let grandiose = try #require(try total(firstRun, "rule_name.grandiose"))
        #expect(try total(secondRun, "rule_name.grandiose") == grandiose - 1)
        let units = try #require(try JSONParser.parse(Array(firstRun.utf8))["summary"]?["totals"]?.objectValue)
            .members.map(\.key).filter { $0.hasPrefix("unit_") }
        let dropped = try units.filter { try total(firstRun, $0) != total(secondRun, $0) }
        #expect(dropped.count == 1)
        #expect(try dropped.allSatisfy { try total(secondRun, $0)! == total(firstRun, $0)! - 1 })
        #expect(try JSONParser.parse(Array(secondRun.utf8))["summary"]?["statement"]?.stringValue
            == JSONParser.parse(Array(firstRun.utf8))["summary"]?["statement"]?.stringValue)
        #expect(second.contains { ($0["subjects"] as? [String]) == ["N0280"] && ($0["values"] as? [String: String])?["rule"] == "da.status" })
    }

    @Test("names rename: a new name breaking a rule is refused (3) unless waived with a reason; the old name becomes historical")
    func rename() throws {
        let registry = try TestFixtures.temporaryDirectory().appendingPathComponent("r.gpkg").path
        #expect(try gazetteer("init", registry).status == 0)
        #expect(try gazetteer("import", "units", TestFixtures.data("boundaries/demo_units.geojson"), "--registry", registry).status == 0)
        #expect(try gazetteer("import", "names", demoNames, "--registry", registry).status == 0)
        let refused = try gazetteer("names", "rename", "N0289", "--to", "维也纳家园", "--decision", "满政地字〔2099〕1号", "--date", "2099-03-01", "--registry", registry)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("yang.place"))
        // A duplicate of 阳光小区 in the same county is refused too (重 against the other registered names).
        let duplicate = try gazetteer("names", "rename", "N0270", "--to", "阳光小区", "--decision", "海建地字〔2099〕2号", "--date", "2099-03-01", "--registry", registry)
        #expect(duplicate.status == 3)
        #expect(duplicate.stderr.contains("chong.county"))
        let renamed = try gazetteer("names", "rename", "N0289", "--to", "莫嫩家园", "--decision", "满政地字〔2099〕1号", "--date", "2099-03-01", "--registry", registry, "--lang", "en")
        #expect(renamed.status == 0)
        #expect(renamed.stdout.contains("Monen Jiayuan"))
        let shown = try gazetteer("show", "N0289", "--layer", "names", "--registry", registry, "--format", "json")
        #expect(shown.stdout.contains("乔巴山家园"))
        #expect(shown.stdout.contains("2099-03-01"))
        let waived = try gazetteer("names", "rename", "N0290", "--to", "乌兰巴托大厦", "--decision", "满政地字〔2099〕2号", "--date", "2099-03-01",
                                   "--waive", "yang.place", "--reason", "友好城市纪念", "--registry", registry)
        #expect(waived.status == 0)
        // An invisible character is refused even with its rule waived: an import would refuse it too.
        let invisible = try gazetteer("names", "rename", "N0291", "--to", "伊敏\u{200B}河小区", "--decision", "满政地字〔2099〕3号",
                                      "--date", "2099-03-01", "--waive", "shu.invisible", "--reason", "试", "--registry", registry)
        #expect(invisible.status == 3)
        #expect(invisible.stderr.contains("U+200B ZERO WIDTH SPACE"), "\(invisible.stderr)")
        #expect(try gazetteer("show", "N0291", "--layer", "names", "--registry", registry).stdout.contains("\u{200B}") == false)
    }
}
