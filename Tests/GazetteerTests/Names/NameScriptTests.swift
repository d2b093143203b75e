import Foundation
import Testing
@testable import Gazetteer

/// The 书写 rules and the character tables generated from Unihan (tools/char-tables).
@Suite("Name rules: 书写 characters")
struct NameScriptTests {
    let rules: NameRuleSet
    let checker: NameChecker

    init() throws {
        rules = try BundledNameRules.load()
        checker = NameChecker(rules: rules)
    }

    /// The 书写 and other hits on a street called `standard`, without the info prompt for a Mongolian-script form.
    func hits(_ standard: String) -> [String] {
        checker.hits(for: PlaceName(id: "T", names: NameForms(standard: standard), category: .streetOrRoad)).filter { $0.rule.id != "meng.missing" }.map { "\($0.rule.id) \($0.matched.joined(separator: ","))" }
    }

    @Test("the tables hold the 8,105 characters with levels and readings (values as in the 通用规范汉字表 and kMandarin)")
    func tables() throws {
        #expect(rules.hanziReadings.count == 8105)
        #expect(rules.hanziReadings["呼"] == "hu")
        #expect(rules.hanziReadings["绿"] == "lv")
        #expect(rules.simplifiedOf["門"] == "门")
        let text = try String(contentsOfFile: TestFixtures.data("names/hanzi.tsv"), encoding: .utf8)
        #expect(text.contains("Unicode 15.0.0"))
        #expect(text.contains("\n一\t1\t1\tyī\tyi\n"))
        // The level boundaries: number 3500 is level 1, 3501 level 2, 6501 level 3.
        #expect(text.split(separator: "\n").filter { $0.split(separator: "\t").dropFirst().first == "3501" }.first?.split(separator: "\t")[2] == "2")
    }

    @Test("a rare character is flagged, a traditional one with its simplified form, standard characters not")
    func script() {
        #expect(hits("乌兰图嘠路") == ["shu.rare 嘠"])
        #expect(hits("東風路") == ["shu.traditional 東→东,風→风"])
        #expect(hits("呼伦贝尔大街") == [])
        #expect(hits("鄂温克路") == [])
    }
}
